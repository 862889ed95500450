import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import * as argon2 from 'argon2';
import { AuditJournal } from '@mnio/audit';
import { DomainError, Transactional, Db } from '@mnio/platform';
import { secretMatches } from '../authentication/session-tokens';
import { CompleteEnrolmentCommand } from './complete-enrolment.command';
import { parseEnrolmentToken } from './enrolment-links';

/**
 * Sets the password of the link's user and spends the link, in one transaction: a second use, an expired
 * link, a link of a disabled user and a made-up one all answer the same `ENROLMENT_LINK_INVALID`.
 * The answer carries the e-mail to sign in with, nothing else.
 */
@CommandHandler(CompleteEnrolmentCommand)
export class CompleteEnrolmentHandler implements ICommandHandler<CompleteEnrolmentCommand> {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute(cmd: CompleteEnrolmentCommand): Promise<{ email: string }> {
    const em = this.db.em;
    const parsed = parseEnrolmentToken(cmd.token);
    const invalid = new DomainError('ENROLMENT_LINK_INVALID', 'This enrolment link is not valid (used, expired or unknown)');
    if (!parsed) throw invalid;
    const rows: { user_id: string; token_hash: string; email: string }[] = await em.query(
      `SELECT t.user_id, t.token_hash, u.email FROM enrolment_tokens t JOIN users u ON u.id = t.user_id
       WHERE t.id = $1 AND t.used_at IS NULL AND t.expires_at > now() AND u.status = 'active' FOR UPDATE OF t`,
      [parsed.id],
    );
    const t = rows[0];
    if (!t || !secretMatches(parsed.secret, t.token_hash)) throw invalid;
    const hash = await argon2.hash(cmd.password, { type: argon2.argon2id });
    await em.query(`UPDATE enrolment_tokens SET used_at = now() WHERE id = $1`, [parsed.id]);
    await em.query(`UPDATE users SET password_hash = $2, version = version + 1, updated_at = now() WHERE id = $1`, [t.user_id, hash]);
    // A new password ends whatever sessions existed.
    await em.query(`UPDATE auth_sessions SET revoked_at = now(), revoked_reason = 'enrolment' WHERE user_id = $1 AND revoked_at IS NULL`, [t.user_id]);
    await this.audit.record({ action: 'user.enrolled', subjectType: 'user', subjectId: t.user_id, actorUserId: t.user_id, actorOrganisationId: null });
    return { email: t.email };
  }
}
