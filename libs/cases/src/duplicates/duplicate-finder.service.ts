import { Inject, Injectable } from '@nestjs/common';
import { AuditJournal } from '@mnio/audit';
import { Actor, DomainError, OutboxService, parisToday, Db } from '@mnio/platform';
import { CASES_CONFIG, CasesConfig } from '../cases.config';
import { CASES_EVENTS } from '../events';

/**
 * What the recorder learns from a duplicate check: whether another organisation may follow the same person
 * (`true`), not (`false`), or nothing because the user ran more checks today than allowed (`null`).
 * Never which organisation, territory or case: the match goes to the other case's owner, who may propose a link.
 */
export interface DuplicateCheck {
  possibleDuplicate: boolean | null;
  /**
   * The recording organisation's own open cases sharing a key (« peut-être déjà suivie par votre structure »), one
   * entry per case: it sees them already, so their references are no disclosure. Never another organisation's.
   */
  sameOrganisation: { caseId: string; reference: string }[];
}

/**
 * The duplicate search of a case (`$1`, its owner `$2`): its open matches recorded (new ones `inserted`), with what
 * the finder needs of each.
 * One index lookup per key of this case, then each match by primary key (a LATERAL with OFFSET 0 is never
 * flattened into a join, so the planner cannot trade these lookups for scans whatever it estimates): the work
 * follows the matches, never the tables' sizes. As a plain join, the planner chose to scan every blind index and
 * every case whenever the statistics were missing or stale (a fresh table, a restore), and each creation's check
 * then grew with the country's cases (issue 17 §2; test/e2e/cases/duplicate-search-plan.e2e-spec.ts).
 */
export const DUPLICATE_SEARCH_SQL = `WITH mine AS (SELECT hash FROM case_blind_indexes WHERE case_id = $1),
   others AS MATERIALIZED (
     SELECT DISTINCT ON (o.id) o.id, o.reference, o.territory, o.owner_organisation_id
     FROM mine,
       LATERAL (SELECT b.case_id FROM case_blind_indexes b WHERE b.hash = mine.hash AND b.case_id <> $1 OFFSET 0) b,
       LATERAL (
         SELECT c.id, c.reference, c.territory, c.owner_organisation_id FROM cases c
         WHERE c.id = b.case_id AND c.case_status NOT IN ('closed', 'closed_referred') AND c.anonymised_at IS NULL
         OFFSET 0
       ) o
   ),
   m AS (
     INSERT INTO case_duplicate_matches (case_id, other_case_id) SELECT $1, id FROM others
     ON CONFLICT (case_id, other_case_id) DO UPDATE SET found_at = now()
     RETURNING id, other_case_id, (xmax = 0) AS inserted
   )
   SELECT m.id AS "matchId", m.inserted, o.id AS "caseId", o.reference, o.territory, o.owner_organisation_id AS "ownerOrganisationId",
          o.owner_organisation_id = $2 AS same
   FROM m JOIN others o ON o.id = m.other_case_id ORDER BY o.reference`;

/**
 * Looks for open cases sharing a blind-index key: other organisations' and the recording organisation's own. Each new match is recorded, audited on
 * both cases and announced (`PossibleDuplicateFound`) to the owner of the case that was already there; the
 * recorder is told one bit at most, within a daily quota per user, so the check is no oracle on who is followed.
 */
@Injectable()
export class DuplicateFinder {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditJournal,
    private readonly outbox: OutboxService,
    @Inject(CASES_CONFIG) private readonly config: CasesConfig,
  ) {}

  async find(actor: Actor, caseId: string, ownerOrganisationId: string, explicit = false): Promise<DuplicateCheck> {
    const em = this.db.em;
    const [count]: { checks: number }[] = await em.query(
      `INSERT INTO case_duplicate_check_counts AS q (user_id, day, checks) VALUES ($1, $2, 1)
       ON CONFLICT (user_id, day) DO UPDATE SET checks = q.checks + 1 RETURNING checks`,
      [actor.userId, parisToday()],
    );
    const told = count.checks <= this.config.duplicateChecksPerDay;
    if (!told && explicit) throw new DomainError('DUPLICATE_CHECKS_LIMITED', 'Too many duplicate checks today: the owners of possible matches are still told');
    const matches: { matchId: string; inserted: boolean; caseId: string; reference: string; territory: string; ownerOrganisationId: string; same: boolean }[] = await em.query(
      DUPLICATE_SEARCH_SQL,
      [caseId, ownerOrganisationId],
    );
    for (const m of matches.filter((x) => x.inserted)) {
      await this.audit.record({ action: 'case.duplicate_match_found', subjectType: 'case', subjectId: caseId, actorOrganisationId: ownerOrganisationId, details: { matchId: m.matchId } });
      await this.audit.record({ action: 'case.duplicate_match_found', subjectType: 'case', subjectId: m.caseId, actorOrganisationId: ownerOrganisationId, details: { matchId: m.matchId } });
      await this.outbox.publish(CASES_EVENTS.PossibleDuplicateFound, { matchId: m.matchId, caseId: m.caseId, reference: m.reference, territory: m.territory, ownerOrganisationId: m.ownerOrganisationId }, m.matchId);
    }
    await this.audit.record({ action: 'case.duplicates_checked', subjectType: 'case', subjectId: caseId, actorOrganisationId: ownerOrganisationId, details: { matches: matches.length, told } });
    // Another organisation's follow-up is one bit within the quota; the recorder's own cases are named (it sees them).
    const elsewhere = matches.some((m) => !m.same);
    const sameOrganisation = matches.filter((m) => m.same).map((m) => ({ caseId: m.caseId, reference: m.reference }));
    return { possibleDuplicate: told ? elsewhere : null, sameOrganisation };
  }
}
