import { Injectable } from '@nestjs/common';
import { AbilityFactory, actingOrganisationId, Actor, assertVersion, asSubject, bumpVersion, Db, DomainError, isUuid, NotFoundError, prepared, rowsOf } from '@mnio/platform';
import { QueryBus } from '@nestjs/cqrs';
import { OrganisationKind, OrganisationsByIdQuery, territorialServices, TerritoryOrganisationsQuery } from '@mnio/directory';

export type AccessReason = 'owner' | 'cell' | 'referral' | 'orientation' | 'minor_protection' | 'transfer' | 'former_owner' | 'break_glass';

/** What authorization needs to know about a case, loaded in one query. */
export interface CaseSubject extends Record<string, unknown> {
  id: string;
  reference: string;
  territory: string;
  ownerOrganisationId: string;
  minor: boolean;
  version: number;
  viewers: string[];
  identityReaders: string[];
  /** Users holding a live break-the-glass grant: read-only, personal, lapsing on time. */
  breakGlassUsers: string[];
  /** Set once the case is anonymised (issue 16): from then on it is read-only. */
  anonymisedAt?: Date | null;
}

/**
 * Grants are the one source of "who may see a case and why". `cases.viewer_org_ids` and
 * `identity_org_ids` are derived from them (and from consents) in the same transaction, so list
 * queries can scope in SQL with an index. Break-the-glass grants are personal (the user who broke the glass),
 * read-only (only read rules look at `breakGlassUsers`) and read live at each check, so they lapse on time
 * without a job; they never put a case in a list.
 */
/** A case's subject for instance checks, read at every case read and write: planned once per connection (ADR 0003). */
const loadCaseSql = (lock: boolean) =>
  prepared(`SELECT c.id, c.reference, c.territory, c.owner_organisation_id AS "ownerOrganisationId", c.minor, c.version,
              c.viewer_org_ids AS viewers, c.identity_org_ids AS "identityReaders", c.anonymised_at AS "anonymisedAt",
              coalesce((SELECT array_agg(a.granted_by) FROM case_access a
                WHERE a.case_id = c.id AND a.reason = 'break_glass' AND a.revoked_at IS NULL AND a.expires_at > now()), '{}') AS "breakGlassUsers"
       FROM cases c WHERE c.id = $1 ${lock ? 'FOR UPDATE OF c' : ''}`);
const LOAD_CASE_SQL = loadCaseSql(false);
const LOAD_CASE_FOR_UPDATE_SQL = loadCaseSql(true);

@Injectable()
export class CaseAccessService {
  constructor(
    private readonly db: Db,
    private readonly abilities: AbilityFactory,
    private readonly queries: QueryBus,
  ) {}

  private get em() {
    return this.db.em;
  }

  /** Loads the case for an instance check; `lock` takes the row lock writes need. */
  async load(caseId: string, lock = false): Promise<CaseSubject | null> {
    if (!isUuid(caseId)) return null;
    const rows: CaseSubject[] = await this.em.query(lock ? LOAD_CASE_FOR_UPDATE_SQL : LOAD_CASE_SQL, [caseId]);
    return rows[0] ?? null;
  }

  /**
   * Loads and checks. Invisible and missing answer the same 404; visible but not allowed answers 403
   * (with `deniedCode` when given). `expectedVersion` enforces optimistic concurrency.
   */
  async authorize(actor: Actor, caseId: string, action: string, opts: { lock?: boolean; expectedVersion?: number; deniedCode?: string } = {}): Promise<CaseSubject> {
    const subject = await this.load(caseId, opts.lock);
    const ability = this.abilities.forActor(actor);
    if (!subject || !ability.can('read', asSubject('Case', subject))) throw new NotFoundError('Case');
    if (action !== 'read' && !ability.can(action, asSubject('Case', subject))) {
      throw new DomainError(opts.deniedCode ?? 'FORBIDDEN', 'You may not do this on this case');
    }
    // An anonymised case is read-only: no write (every write takes the row lock) may put a note or a name back into it.
    if (opts.lock && subject.anonymisedAt) throw new DomainError('CASE_ANONYMISED', 'This case is anonymised');
    assertVersion('case', opts.expectedVersion, subject.version);
    return subject;
  }

  /** The organisation an actor acts for on this case (`actingOrganisationId`, the owner preferred); 403 when none of theirs may. */
  actingOrganisation(actor: Actor, subject: CaseSubject, action: string): string {
    return actingOrganisationId(this.abilities, actor, action, asSubject('Case', subject), { prefer: subject.ownerOrganisationId });
  }

  async grant(caseId: string, organisationId: string, reason: AccessReason, opts: { sourceId?: string; grantedBy?: string; expiresAt?: Date } = {}): Promise<boolean> {
    const rows: unknown[] = await this.em.query(
      prepared(`INSERT INTO case_access (case_id, organisation_id, reason, source_id, granted_by, expires_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT DO NOTHING RETURNING id`),
      [caseId, organisationId, reason, opts.sourceId ?? null, opts.grantedBy ?? null, opts.expiresAt ?? null],
    );
    return rows.length > 0;
  }

  /** Whether the organisation held a view of the case granted by that source (e.g. a transfer, by its id), ended or not. */
  async heldAccessFrom(caseId: string, organisationId: string, sourceId: string): Promise<boolean> {
    if (!isUuid(sourceId)) return false;
    const rows = await rowsOf(this.em, `SELECT 1 FROM case_access WHERE case_id = $1 AND organisation_id = $2 AND source_id = $3 LIMIT 1`, [caseId, organisationId, sourceId]);
    return rows.length > 0;
  }

  /** Revokes matching active grants; returns the organisations that lost one. */
  async revoke(caseId: string, filter: { organisationId?: string; reason: AccessReason; sourceId?: string; organisationKinds?: string[] }, why: string): Promise<string[]> {
    const params: unknown[] = [caseId, filter.reason];
    const where = [`case_id = $1`, `reason = $2`, `revoked_at IS NULL`];
    if (filter.organisationId) where.push(`organisation_id = $${params.push(filter.organisationId)}`);
    if (filter.sourceId) where.push(`source_id = $${params.push(filter.sourceId)}`);
    if (filter.organisationKinds) {
      // Kinds are the directory's: the holders of matching grants, narrowed to those kinds by asking it.
      const holders = await rowsOf<{ organisation_id: string }>(this.em, `SELECT DISTINCT organisation_id FROM case_access WHERE ${where.join(' AND ')}`, params);
      if (!holders.length) return [];
      const kinds = new Set(filter.organisationKinds);
      const ids = (await this.queries.execute(new OrganisationsByIdQuery(holders.map((h) => h.organisation_id)))).filter((o) => kinds.has(o.kind)).map((o) => o.id);
      if (!ids.length) return [];
      where.push(`organisation_id = ANY($${params.push(ids)}::uuid[])`);
    }
    const rows = await rowsOf<{ organisation_id: string }>(this.em,
      `UPDATE case_access SET revoked_at = now(), revoked_reason = $${params.push(why)} WHERE ${where.join(' AND ')} RETURNING organisation_id`,
      params,
    );
    return rows.map((r) => r.organisation_id);
  }

  /** Re-derives the access arrays from grants and consents. Call after any grant or consent change. */
  async recompute(caseId: string): Promise<void> {
    await this.em.query(
      prepared(`UPDATE cases c SET
         viewer_org_ids = coalesce((SELECT array_agg(DISTINCT a.organisation_id) FROM case_access a
           WHERE a.case_id = c.id AND a.revoked_at IS NULL AND a.expires_at IS NULL), '{}'),
         identity_org_ids = coalesce((SELECT array_agg(DISTINCT a.organisation_id) FROM case_access a
           WHERE a.case_id = c.id AND a.revoked_at IS NULL AND a.expires_at IS NULL
             AND (a.reason IN ('owner', 'minor_protection')
               OR (a.reason = 'orientation' AND (c.minor OR EXISTS (
                 -- the consent to an orientation's target covers every organisation of that orientation (e.g. the host Ac.Sé picks)
                 SELECT 1 FROM case_access t WHERE t.case_id = c.id AND t.reason = 'orientation' AND t.revoked_at IS NULL
                   AND t.source_id IS NOT DISTINCT FROM a.source_id
                   AND (SELECT k.granted FROM case_consents k WHERE k.case_id = c.id AND k.purpose = 'orientation' AND k.target_organisation_id = t.organisation_id
                        ORDER BY k.recorded_at DESC LIMIT 1) IS TRUE))))), '{}')
       WHERE c.id = $1`),
      [caseId],
    );
  }

  /** A territory's own services of the given kinds (the directory's covering organisations that are not national), by kind then name. */
  async territoryOrganisations(territory: string, kinds: string[]): Promise<{ id: string; kind: string }[]> {
    return territorialServices(await this.queries.execute(new TerritoryOrganisationsQuery(territory, kinds as OrganisationKind[])));
  }

  /** Kind and name of organisations (directory fields, never people): who must act on a minor's clocks. */
  async organisationsById(ids: string[]): Promise<Record<string, { kind: string; name: string }>> {
    if (!ids.length) return {};
    const rows = await this.queries.execute(new OrganisationsByIdQuery(ids));
    return Object.fromEntries(rows.map((r) => [r.id, { kind: r.kind, name: r.name }]));
  }

  /** Bumps the version (platform `bumpVersion`); 409 VERSION_CONFLICT if someone else moved it meanwhile. */
  async touch(caseId: string, version: number): Promise<number> {
    return (await bumpVersion(this.em, { table: 'cases', id: caseId, expected: version, subject: 'case' })).version;
  }
}
