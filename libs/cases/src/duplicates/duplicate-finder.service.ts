import { Injectable } from '@nestjs/common';
import { AuditJournal } from '@mnio/audit';
import { Tx, TransactionHost } from '@mnio/platform';

export interface PossibleDuplicate {
  matchId: string;
  territory: string;
  ownerOrganisationKind: string;
}

/**
 * Looks for other organisations' cases sharing a blind-index key. The caller learns that a match
 * exists, its territory and the kind of the owning organisation — never the other case's id or identity.
 */
@Injectable()
export class DuplicateFinder {
  constructor(
    private readonly txHost: TransactionHost,
    private readonly audit: AuditJournal,
  ) {}

  async find(caseId: string, ownerOrganisationId: string): Promise<PossibleDuplicate[]> {
    const em = (this.txHost as Tx).tx;
    const rows: PossibleDuplicate[] = await em.query(
      `WITH mine AS (SELECT hash FROM case_blind_indexes WHERE case_id = $1),
       others AS (
         SELECT DISTINCT b.case_id FROM case_blind_indexes b JOIN mine USING (hash)
         JOIN cases c ON c.id = b.case_id
         WHERE b.case_id <> $1 AND c.owner_organisation_id <> $2 AND c.case_status NOT IN ('closed', 'closed_referred')
       ),
       m AS (
         INSERT INTO case_duplicate_matches (case_id, other_case_id) SELECT $1, case_id FROM others
         ON CONFLICT (case_id, other_case_id) DO UPDATE SET found_at = now()
         RETURNING id, other_case_id
       )
       SELECT m.id AS "matchId", c.territory, o.kind AS "ownerOrganisationKind"
       FROM m JOIN cases c ON c.id = m.other_case_id JOIN organisations o ON o.id = c.owner_organisation_id
       ORDER BY c.territory, m.id`,
      [caseId, ownerOrganisationId],
    );
    await this.audit.record({ action: 'case.duplicates_checked', subjectType: 'case', subjectId: caseId, details: { matches: rows.length } });
    return rows;
  }
}
