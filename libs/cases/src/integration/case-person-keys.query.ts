import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { BlindIndex, Db, isUuid } from '@mnio/platform';

/**
 * For counting persons once across organisations (the annual survey's national totals, libs/reporting): per case,
 * opaque person keys derived from the blind-index keys duplicate detection keeps (ADR 0008): two cases share a key
 * when duplicate detection would match them. A key is an HMAC of the stored digest for this purpose only, so it can
 * be compared with other person keys but not with `case_blind_indexes`; it says nothing about identity. It must stay
 * on the server: never in an answer, a file, a log or a queue payload. A case recorded without a name has no key
 * (it counts as a person of its own).
 */
export interface CasePersonKeys {
  caseId: string;
  personKeys: string[];
}

export class CasePersonKeysQuery extends Query<CasePersonKeys[]> {
  constructor(readonly caseIds: readonly string[]) {
    super();
  }
}

const PURPOSE = 'survey-person';

@QueryHandler(CasePersonKeysQuery)
export class CasePersonKeysHandler implements IQueryHandler<CasePersonKeysQuery> {
  constructor(
    private readonly db: Db,
    private readonly index: BlindIndex,
  ) {}

  async execute(q: CasePersonKeysQuery): Promise<CasePersonKeys[]> {
    const ids = [...new Set(q.caseIds.filter(isUuid))];
    if (!ids.length) return [];
    const rows: { caseId: string; hashes: string[] }[] = await this.db.em.query(
      `SELECT x.id AS "caseId", coalesce(array_agg(b.hash ORDER BY b.hash) FILTER (WHERE b.hash IS NOT NULL), '{}') AS hashes
       FROM unnest($1::uuid[]) AS x(id) LEFT JOIN case_blind_indexes b ON b.case_id = x.id
       GROUP BY x.id ORDER BY x.id`,
      [ids],
    );
    return rows.map((r) => ({ caseId: r.caseId, personKeys: r.hashes.map((h) => this.index.derive(PURPOSE, h)) }));
  }
}
