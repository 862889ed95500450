import { newRefreshSecret, parseRefreshToken } from '../authentication/session-tokens';

/** How long an enrolment link works: long enough to hand over, short enough that a lost one soon dies. */
export const ENROLMENT_TTL_SECONDS = 72 * 3600;

interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/**
 * Issues a single-use enrolment token `<id>.<secret>` for a user; only a SHA-256 of the secret is stored.
 * Earlier unused tokens of the user stop working. The web page reads it from the address's fragment
 * (`/inscription#<token>`), which browsers never send to a server, so no request log can hold it.
 */
export async function issueEnrolmentToken(em: Queryable, userId: string, createdBy: string | null): Promise<{ token: string; expiresAt: string }> {
  await em.query(`UPDATE enrolment_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [userId]);
  const { secret, hash } = newRefreshSecret();
  const rows = (await em.query(
    `INSERT INTO enrolment_tokens (user_id, token_hash, created_by, expires_at) VALUES ($1, $2, $3, now() + make_interval(secs => $4))
     RETURNING id, expires_at`,
    [userId, hash, createdBy, ENROLMENT_TTL_SECONDS],
  )) as { id: string; expires_at: Date }[];
  return { token: `${rows[0].id}.${secret}`, expiresAt: rows[0].expires_at.toISOString() };
}

export const parseEnrolmentToken = parseRefreshToken;

export function enrolmentPath(token: string): string {
  return `/inscription#${token}`;
}
