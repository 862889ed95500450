import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { AbilityFactory, organisationIdsOf, Transactional, Db } from '@mnio/platform';
import { NEWEST_FIRST, readableCases } from './case-scope';
import { CaseSummary, ListCasesQuery } from './list-cases.query';

const COLUMN_FILTERS: [keyof ListCasesQuery['filter'], string][] = [
  ['territory', 'c.territory'],
  ['identificationStatus', 'c.identification_status'],
  ['residenceStatus', 'c.residence_status'],
  ['childProtectionStatus', 'c.child_protection_status'],
  ['criminalStatus', 'c.criminal_status'],
  ['caseStatus', 'c.case_status'],
  ['ownerOrganisationId', 'c.owner_organisation_id'],
  ['minor', 'c.minor'],
  ['reference', 'c.reference'],
];

/** Scoped in the SQL itself (never filtered after loading), keyset-paginated on (created_at, id) descending. */
@QueryHandler(ListCasesQuery)
export class ListCasesHandler implements IQueryHandler<ListCasesQuery> {
  constructor(
    private readonly db: Db,
    private readonly abilities: AbilityFactory,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ actor, filter }: ListCasesQuery): Promise<{ items: CaseSummary[]; nextCursor: string | null }> {
    const cursor = NEWEST_FIRST.decode(filter.cursor);
    const params: unknown[] = [];
    const where = [readableCases(this.abilities.forActor(actor), params)];
    for (const [key, column] of COLUMN_FILTERS) {
      if (filter[key] !== undefined) where.push(`${column} = $${params.push(filter[key])}`);
    }
    if (filter.exploitationForm) where.push(`c.exploitation_forms @> ARRAY[$${params.push(filter.exploitationForm)}]::text[]`);
    // Days as France counts them: from midnight in Paris, to midnight in Paris (exclusive).
    if (filter.createdFrom) where.push(`c.created_at >= ($${params.push(filter.createdFrom)}::date::timestamp AT TIME ZONE 'Europe/Paris')`);
    if (filter.createdTo) where.push(`c.created_at < ($${params.push(filter.createdTo)}::date::timestamp AT TIME ZONE 'Europe/Paris')`);
    if (filter.personKeys) {
      where.push(`c.id IN (SELECT b.case_id FROM case_blind_indexes b WHERE b.hash = ANY($${params.push(filter.personKeys)}::text[]))`);
      where.push(readableCases(this.abilities.forActor(actor), params, 'read_identity'));
    }
    if (filter.assignedTo) {
      // Only assignments within the actor's own organisations: another organisation's worker is never a filter (no oracle).
      where.push(`EXISTS (SELECT 1 FROM case_assignments a WHERE a.case_id = c.id AND a.ended_at IS NULL
        AND a.user_id = $${params.push(filter.assignedTo)}::uuid AND a.organisation_id = ANY($${params.push(organisationIdsOf(actor))}::uuid[]))`);
    }
    if (filter.hasOpenDeadline !== undefined) {
      where.push(`${filter.hasOpenDeadline ? '' : 'NOT '}EXISTS (SELECT 1 FROM case_deadlines d WHERE d.case_id = c.id AND d.closed_at IS NULL)`);
    }
    if (cursor) where.push(`(c.created_at, c.id) < ($${params.push(cursor[0])}::timestamptz, $${params.push(cursor[1])}::uuid)`);
    const rows: (CaseSummary & { createdAtRaw: Date; createdAtKey: string })[] = await this.db.em.query(
      `SELECT c.id, c.reference, c.territory, c.owner_organisation_id AS "ownerOrganisationId", c.sex, c.age_band AS "ageBand", c.minor, c.nationality,
              c.exploitation_forms AS "exploitationForms",
              json_build_object('identification', c.identification_status, 'residence', c.residence_status, 'childProtection', c.child_protection_status,
                'criminal', c.criminal_status, 'case', c.case_status) AS statuses,
              (SELECT json_build_object('kind', d.kind, 'dueOn', d.due_on) FROM case_deadlines d
                WHERE d.case_id = c.id AND d.closed_at IS NULL ORDER BY d.due_on LIMIT 1) AS "nextDeadline",
              c.created_at AS "createdAtRaw", c.created_at::text AS "createdAtKey", c.updated_at AS "updatedAt"
       FROM cases c WHERE ${where.join(' AND ')}
       ORDER BY c.created_at DESC, c.id DESC LIMIT $${params.push(filter.limit + 1)}`,
      params,
    );
    const page = rows.slice(0, filter.limit);
    const items = page.map(({ createdAtRaw, createdAtKey: _key, updatedAt, ...r }) => ({
      ...r,
      createdAt: createdAtRaw.toISOString(),
      updatedAt: (updatedAt as unknown as Date).toISOString(),
    }));
    if (items.length) {
      await this.audit.record({ action: 'case.list', subjectType: 'case_list', subjectId: null, stream: `list:${actor.userId}`, details: { caseIds: items.map((i) => i.id) } });
    }
    return { items, nextCursor: NEWEST_FIRST.next(rows, filter.limit, (last) => [last.createdAtKey, last.id]) };
  }
}
