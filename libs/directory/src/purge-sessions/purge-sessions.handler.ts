import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { Db, PurgedRows, rowsOf, Transactional } from '@mnio/platform';
import { PurgeEndedSessionsCommand } from './purge-sessions.command';

const ENDED = `(expires_at < $1 OR revoked_at < $1)`;

@CommandHandler(PurgeEndedSessionsCommand)
export class PurgeEndedSessionsHandler implements ICommandHandler<PurgeEndedSessionsCommand> {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ purge: { cutoff, limit, dryRun } }: PurgeEndedSessionsCommand): Promise<PurgedRows> {
    const em = this.db.em;
    if (dryRun) return { count: (await rowsOf<{ n: number }>(em, `SELECT count(*)::int AS n FROM auth_sessions WHERE ${ENDED}`, [cutoff]))[0].n };
    // One statement: the tokens go with their sessions (the foreign key is checked at its end).
    const rows = await rowsOf<{ id: string }>(
      em,
      `WITH doomed AS (SELECT id FROM auth_sessions WHERE ${ENDED} ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED),
            tokens AS (DELETE FROM refresh_tokens WHERE session_id IN (SELECT id FROM doomed))
       DELETE FROM auth_sessions WHERE id IN (SELECT id FROM doomed) RETURNING id`,
      [cutoff, limit],
    );
    if (rows.length) await this.audit.record({ action: 'retention.rows_purged', subjectType: 'retention_rule', stream: 'retention_rule:auth_sessions', actorUserId: null, details: { rule: 'auth_sessions', count: rows.length } });
    return { count: rows.length };
  }
}
