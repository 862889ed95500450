import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { InvalidCursorError, keysetCursor, Transactional, Db } from '@mnio/platform';

/** The journal's actions that say "someone opened this person's file". */
export const CASE_ACCESS_ACTIONS = ['case.identity_read', 'case.break_glass'] as const;
export type CaseAccessAction = (typeof CASE_ACCESS_ACTIONS)[number];

/** Newest first: keyset on the case stream's `seq`. */
const LATEST_SEQ_FIRST = keysetCursor('int');

export interface CaseAccessEntry {
  /** The entry's place in the case's chain: stable, and the page's key. */
  seq: number;
  action: CaseAccessAction;
  at: string;
  actorUserId: string | null;
  actorOrganisationId: string | null;
  /** The reason code the reader gave (identity reads) or the break-the-glass reason code. */
  reason: string | null;
  /** Break-the-glass only: when the grant ends. */
  expiresAt: string | null;
}

/**
 * Identity reads and break-the-glass uses of one case, newest first, keyset on the case stream's `seq`.
 * Raw journal rows (ids and codes): the caller authorizes, names the actors and audits its own read.
 */
export class CaseAccessLogQuery extends Query<{ items: CaseAccessEntry[]; nextCursor: string | null }> {
  constructor(
    readonly caseId: string,
    readonly page: { cursor?: string; limit: number },
  ) {
    super();
  }
}

@QueryHandler(CaseAccessLogQuery)
export class CaseAccessLogHandler implements IQueryHandler<CaseAccessLogQuery> {
  constructor(private readonly db: Db) {}

  @Transactional()
  async execute({ caseId, page }: CaseAccessLogQuery): Promise<{ items: CaseAccessEntry[]; nextCursor: string | null }> {
    const before = LATEST_SEQ_FIRST.decode(page.cursor)?.[0] ?? null;
    if (before === 0) throw new InvalidCursorError();
    const rows: { seq: string; action: CaseAccessAction; at: Date; actorUserId: string | null; actorOrganisationId: string | null; reason: string | null; expiresAt: string | null }[] =
      await this.db.em.query(
        `SELECT seq, action, occurred_at AS at, actor_user_id AS "actorUserId", actor_organisation_id AS "actorOrganisationId", reason,
                details->>'expiresAt' AS "expiresAt"
         FROM audit_entries
         WHERE stream = $1 AND action = ANY($2) AND ($3::bigint IS NULL OR seq < $3)
         ORDER BY seq DESC LIMIT $4`,
        [`case:${caseId}`, CASE_ACCESS_ACTIONS, before, page.limit + 1],
      );
    const items = rows.slice(0, page.limit).map((r) => ({
      ...r,
      seq: Number(r.seq),
      at: r.at.toISOString(),
      expiresAt: r.action === 'case.break_glass' ? r.expiresAt : null,
    }));
    return { items, nextCursor: LATEST_SEQ_FIRST.next(rows, page.limit, (last) => [Number(last.seq)]) };
  }
}
