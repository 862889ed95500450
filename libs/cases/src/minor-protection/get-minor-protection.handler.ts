import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { parisToday, Transactional, Db } from '@mnio/platform';
import { CaseAccessService } from '../access/case-access.service';
import { MINOR_CLOCK_KINDS } from '../deadlines/deadline-rules';
import { GetMinorProtectionQuery, MinorProtectionView } from './get-minor-protection.query';
import { MinorProtectionInput, minorProtectionChecklist, nextClock } from './minor-protection-checklist';

@QueryHandler(GetMinorProtectionQuery)
export class GetMinorProtectionHandler implements IQueryHandler<GetMinorProtectionQuery> {
  constructor(
    private readonly db: Db,
    private readonly access: CaseAccessService,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ actor, caseId, uaped }: GetMinorProtectionQuery): Promise<MinorProtectionView> {
    const subject = await this.access.authorize(actor, caseId, 'read');
    await this.audit.record({
      action: 'case.minor_protection_read', subjectType: 'case', subjectId: caseId, actorOrganisationId: this.access.actingOrganisation(actor, subject, 'read'),
    });
    const today = parisToday();
    const base = { caseId, reference: subject.reference, today };
    if (!subject.minor) return { ...base, applicable: false, steps: [], nextClock: null };

    const em = this.db.em;
    const [c]: { created_on: string }[] = await em.query(
      `SELECT to_char(created_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD') AS created_on FROM cases WHERE id = $1`, [caseId],
    );
    const events: MinorProtectionInput['events'] = await em.query(
      `SELECT type, to_char(occurred_on, 'YYYY-MM-DD') AS "occurredOn", recorded_by_organisation_id AS "organisationId"
       FROM case_events WHERE case_id = $1 AND track = 'child_protection'`,
      [caseId],
    );
    const deadlines: (MinorProtectionInput['deadlines'][number] & { sourceRef: string | null })[] = await em.query(
      `SELECT id, kind, to_char(due_on, 'YYYY-MM-DD') AS "dueOn", responsible_organisation_id AS "responsibleOrganisationId",
              closed_at IS NOT NULL AS closed, source_ref AS "sourceRef"
       FROM case_deadlines WHERE case_id = $1 AND (kind = ANY($2) OR (kind = 'orientation_answer' AND source_ref = $3))
       ORDER BY opened_at`,
      [caseId, MINOR_CLOCK_KINDS, uaped?.orientationId ?? ''],
    );
    const territorial = await this.access.territoryOrganisations(subject.territory, ['ase', 'parquet']);
    const ase = territorial.find((o) => o.kind === 'ase')?.id ?? null;
    const parquet = territorial.find((o) => o.kind === 'parquet')?.id ?? null;
    const ids = new Set([subject.ownerOrganisationId, ...events.map((e) => e.organisationId), ...deadlines.map((d) => d.responsibleOrganisationId)]);
    for (const id of [ase, parquet, uaped?.targetOrganisationId]) if (id) ids.add(id);
    const answer = uaped ? deadlines.find((d) => d.kind === 'orientation_answer' && !d.closed) : undefined;

    const steps = minorProtectionChecklist({
      today,
      createdOn: c.created_on,
      ownerOrganisationId: subject.ownerOrganisationId,
      aseOrganisationId: ase,
      parquetOrganisationId: parquet,
      organisations: await this.access.organisationsById([...ids]),
      events,
      deadlines: deadlines.filter((d) => d.kind !== 'orientation_answer'),
      uaped: uaped ? { state: uaped.state, since: uaped.updatedOn, targetOrganisationId: uaped.targetOrganisationId, answerDueOn: answer?.dueOn ?? null } : null,
    });
    return { ...base, applicable: true, steps, nextClock: nextClock(steps) };
  }
}
