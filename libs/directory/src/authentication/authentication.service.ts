import { Inject, Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { createHash } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { AuditJournal } from '@mnio/audit';
import { AccessTokenService, APP_CONFIG, AppConfig, countSignInFailure, Db, DomainError, FieldCipher, isUuid, rowsOf } from '@mnio/platform';
import { MFA_COVERED_ROLES } from '../domain/roles';
import { ACCOUNT_ADDRESS_POLICY, ACCOUNT_POLICY, blockSecondsAfter, ThrottlePolicy } from './login-throttle';
import { hashSecret, newRefreshSecret, parseRefreshToken, secretMatches, successorKey, successorSecret } from './session-tokens';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  tokenType: 'Bearer';
  /** Seconds until the session ends unless it is refreshed (idle timeout, never past its absolute end). */
  idleExpiresIn: number;
  /** Seconds until the session's absolute end: no refresh takes it further. */
  sessionExpiresIn: number;
}

export interface MfaChallenge {
  mfaRequired: true;
  /** True when the user must first enrol a second factor (`/api/auth/totp/enrol` with this token). */
  enrolmentRequired: boolean;
  mfaToken: string;
  expiresIn: number;
}

interface UserRow {
  id: string;
  password_hash: string | null;
  status: string;
  totp_enabled: boolean;
  totp_secret: string | null;
  roles: string[];
}

const MFA_TOKEN_TTL = 300;

/** Whether `MNIO_MFA_REQUIRED` demands a second factor of someone holding these roles. */
export function mfaCovers(mfaRequired: boolean, roles: readonly string[]): boolean {
  return mfaRequired && roles.some((r) => (MFA_COVERED_ROLES as readonly string[]).includes(r));
}

/**
 * Password + optional TOTP authentication, and rotating refresh tokens. This is the one seam where
 * users are authenticated: an OpenID Connect provider would end in `openSession` the same way.
 * Failures are recorded (and audited) in their own committed transaction before the error is thrown.
 */
@Injectable()
export class AuthenticationService {
  private dummyHash?: Promise<string>;
  private successorKeyCache?: Buffer;

  constructor(
    private readonly db: Db,
    private readonly audit: AuditJournal,
    private readonly tokens: AccessTokenService,
    private readonly cipher: FieldCipher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get em() {
    return this.db.em;
  }

  async login(email: string, password: string, ip: string): Promise<TokenPair | MfaChallenge> {
    const account = email.trim().toLowerCase();
    const accountKey = `account:${createHash('sha256').update(account).digest('hex')}`;
    const pairKey = `account-address:${createHash('sha256').update(`${account}\n${ip}`).digest('hex')}`;
    const rows: UserRow[] = await this.em.query(
      `SELECT u.id, u.password_hash, u.status, u.totp_enabled, u.totp_secret,
              coalesce(array_agg(m.role) FILTER (WHERE m.role IS NOT NULL), '{}') AS roles
       FROM users u LEFT JOIN memberships m ON m.user_id = u.id AND m.active
       WHERE lower(u.email) = lower($1) GROUP BY u.id`,
      [email.trim()],
    );
    const user = rows[0];
    const locks = await this.countAttempt(user?.id ?? null, [
      { key: pairKey, policy: ACCOUNT_ADDRESS_POLICY },
      { key: accountKey, policy: ACCOUNT_POLICY },
    ]);
    this.dummyHash ??= argon2.hash('not-a-password', { type: argon2.argon2id });
    const ok = user?.password_hash
      ? await argon2.verify(user.password_hash, password).catch(() => false)
      : await argon2.verify(await this.dummyHash, password).then(() => false);
    if (!ok || !user || user.status !== 'active') {
      await this.recordFailure(user?.id ?? null, locks);
      throw new DomainError('INVALID_CREDENTIALS', 'Wrong email or password');
    }
    await this.forgiveAttempt(pairKey, accountKey);
    await this.assertOrganisationActive(user.id);
    await this.assertPasswordSignInAllowed(user.id);
    if (user.totp_enabled || mfaCovers(this.config.mfaRequired, user.roles)) return (await this.mfaStep(user.id, user.totp_enabled)).challenge;
    return this.openSession(user.id, false, 'password');
  }

  /** The step token names a challenge row: it opens one session at most (spent in that session's transaction). */
  private async mfaStep(userId: string, enrolled: boolean): Promise<{ challenge: MfaChallenge; challengeId: string }> {
    const rows: { id: string }[] = await this.db.withTransaction(() =>
      this.em.query(`INSERT INTO auth_mfa_challenges (user_id, expires_at) VALUES ($1, now() + make_interval(secs => $2)) RETURNING id`, [userId, MFA_TOKEN_TTL]),
    );
    return {
      challengeId: rows[0].id,
      challenge: {
        mfaRequired: true,
        enrolmentRequired: !enrolled,
        mfaToken: this.tokens.sign({ sub: userId, sid: rows[0].id, mfa: false }, 'mfa', MFA_TOKEN_TTL),
        expiresIn: MFA_TOKEN_TTL,
      },
    };
  }

  /**
   * An account whose every organisation is deactivated signs in no more (one with no membership yet still may:
   * it waits for a request to be approved). Checked after the password, like the next rule; audited.
   */
  private async assertOrganisationActive(userId: string): Promise<void> {
    const [row]: { stranded: boolean }[] = await this.em.query(
      `SELECT EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = $1 AND m.active)
              AND NOT EXISTS (SELECT 1 FROM memberships m JOIN organisations o ON o.id = m.organisation_id WHERE m.user_id = $1 AND m.active AND o.active) AS stranded`,
      [userId],
    );
    if (!row?.stranded) return;
    await this.db.withTransaction(() =>
      this.audit.record({ action: 'auth.organisation_deactivated_refused', subjectType: 'user', subjectId: userId, stream: `auth:${userId}`, actorUserId: null, actorOrganisationId: null }),
    );
    throw new DomainError('ORGANISATION_DEACTIVATED', 'Your organisation is deactivated');
  }

  /**
   * The platform may switch password sign-in off for an organisation (its members use ProConnect): checked after
   * the password, so that the answer tells nothing to whoever does not know it. Audited.
   */
  private async assertPasswordSignInAllowed(userId: string): Promise<void> {
    const off: unknown[] = await this.em.query(
      `SELECT 1 FROM memberships m JOIN organisations o ON o.id = m.organisation_id WHERE m.user_id = $1 AND m.active AND o.active AND NOT o.password_sign_in LIMIT 1`,
      [userId],
    );
    if (!off.length) return;
    await this.db.withTransaction(() =>
      this.audit.record({ action: 'auth.password_sign_in_refused', subjectType: 'user', subjectId: userId, stream: `auth:${userId}`, actorUserId: null, actorOrganisationId: null }),
    );
    throw new DomainError('PASSWORD_SIGN_IN_DISABLED', 'Your organisation signs in with ProConnect');
  }

  /**
   * The end of a sign-in at an identity provider (ProConnect), once the provider's answer is verified and the
   * identity linked to this user. `mfaProven`: the provider's `acr` proves a second factor. Otherwise a user with
   * TOTP, or whose role must use a second factor, gets mnio's own TOTP step, as after a password.
   * Returns what the sign-in answers and the row (session or challenge) the provider's ID token is kept with.
   */
  async federatedSignIn(userId: string, mfaProven: boolean, method: string): Promise<{ result: TokenPair | MfaChallenge; sessionId?: string; challengeId?: string }> {
    const rows: { status: string; totp_enabled: boolean; roles: string[] }[] = await this.em.query(
      `SELECT u.status, u.totp_enabled, ARRAY(SELECT m.role FROM memberships m WHERE m.user_id = u.id AND m.active) AS roles FROM users u WHERE u.id = $1`,
      [userId],
    );
    const user = rows[0];
    if (!user || user.status !== 'active') throw new DomainError('INVALID_CREDENTIALS', 'This account cannot sign in');
    await this.assertOrganisationActive(userId);
    if (!mfaProven && (user.totp_enabled || mfaCovers(this.config.mfaRequired, user.roles))) {
      const { challenge, challengeId } = await this.mfaStep(userId, user.totp_enabled);
      return { result: challenge, challengeId };
    }
    let sessionId = '';
    const result = await this.openSession(userId, mfaProven, method, undefined, (id) => (sessionId = id));
    return { result, sessionId };
  }

  /**
   * Second step of a login with TOTP. The code's time step must be later than the last one accepted for the
   * user (a code works once), and the step token's challenge must be unspent (the token works once).
   */
  async verifyMfa(mfaToken: string, code: string): Promise<TokenPair> {
    const { sub, sid } = this.challengeOf(mfaToken);
    const rows: { totp_secret: string | null; totp_enabled: boolean; status: string }[] = await this.em.query(
      `SELECT totp_secret, totp_enabled, status FROM users WHERE id = $1`,
      [sub],
    );
    const user = rows[0];
    if (!user || user.status !== 'active' || !user.totp_enabled || !user.totp_secret) throw new DomainError('MFA_NOT_ENROLLED', 'No second factor enrolled');
    const mfaKey = `mfa:${sub}`;
    const locks = await this.countAttempt(sub, [{ key: mfaKey, policy: ACCOUNT_ADDRESS_POLICY }]);
    const step = this.totpStep(sub, user.totp_secret, code);
    try {
      if (step === null) throw new DomainError('INVALID_MFA_CODE', 'Wrong verification code');
      return await this.db.withTransaction(async () => {
        await this.spendChallenge(sid, sub);
        await this.acceptStep(sub, step);
        await this.em.query(`DELETE FROM login_throttle WHERE key = $1`, [mfaKey]);
        return this.openSession(sub, true, 'totp', sid);
      });
    } catch (e) {
      if (e instanceof DomainError && e.code === 'INVALID_MFA_CODE') await this.recordFailure(sub, locks);
      throw e;
    }
  }

  /** Enrolment at login: confirms the first code, spends the step token and opens the session, in one transaction. */
  async confirmTotpAtLogin(mfaToken: string, code: string): Promise<TokenPair> {
    const { sub, sid } = this.challengeOf(mfaToken);
    return this.db.withTransaction(async () => {
      await this.confirmTotp(sub, code);
      await this.spendChallenge(sid, sub);
      return this.openSession(sub, true, 'totp', sid);
    });
  }

  /** The user of a step token that is still unspent (enrolment at login checks this before showing a secret). */
  async mfaTokenUser(mfaToken: string): Promise<string> {
    const { sub, sid } = this.challengeOf(mfaToken);
    const rows: unknown[] = await this.em.query(`SELECT 1 FROM auth_mfa_challenges WHERE id = $1 AND user_id = $2 AND used_at IS NULL AND expires_at > now()`, [sid, sub]);
    if (!rows.length) throw new DomainError('MFA_TOKEN_USED', 'This sign-in step was already used or has expired; sign in again');
    return sub;
  }

  private challengeOf(mfaToken: string): { sub: string; sid: string } {
    const { sub, sid } = this.tokens.verify(mfaToken, 'mfa');
    if (!isUuid(sid)) throw new DomainError('UNAUTHENTICATED', 'Invalid token');
    return { sub, sid };
  }

  private async spendChallenge(challengeId: string, userId: string): Promise<void> {
    const spent = await rowsOf(this.em,
      `UPDATE auth_mfa_challenges SET used_at = now() WHERE id = $1 AND user_id = $2 AND used_at IS NULL AND expires_at > now() RETURNING id`,
      [challengeId, userId],
    );
    if (!spent.length) throw new DomainError('MFA_TOKEN_USED', 'This sign-in step was already used or has expired; sign in again');
  }

  /** Records the code's time step; a step not later than the last accepted one is a replay. */
  private async acceptStep(userId: string, step: number): Promise<void> {
    const accepted = await rowsOf(this.em,
      `UPDATE users SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2) RETURNING id`,
      [userId, step],
    );
    if (!accepted.length) throw new DomainError('INVALID_MFA_CODE', 'Wrong verification code');
  }

  /**
   * A fresh second factor for one sensitive act (break-the-glass), whatever the session's: `false` when the
   * user has no TOTP enrolled (nothing to step up to), `true` for a right code. No code answers
   * STEP_UP_REQUIRED, a wrong one STEP_UP_INVALID (403: the session itself is fine), counted against the
   * account like the sign-in's second step. Commits its own transactions: call it before the act's.
   */
  async verifyStepUp(userId: string, code: string | undefined): Promise<boolean> {
    const rows: { totp_secret: string | null; totp_enabled: boolean }[] = await this.em.query(`SELECT totp_secret, totp_enabled FROM users WHERE id = $1`, [userId]);
    const user = rows[0];
    if (!user?.totp_enabled || !user.totp_secret) return false;
    if (!code) throw new DomainError('STEP_UP_REQUIRED', 'Confirm this act with a code from your authenticator app');
    const mfaKey = `mfa:${userId}`;
    const locks = await this.countAttempt(userId, [{ key: mfaKey, policy: ACCOUNT_POLICY }]);
    // A code counts once, here as at sign-in: a replayed step is a wrong code.
    const step = this.totpStep(userId, user.totp_secret, code);
    try {
      if (step === null) throw new DomainError('INVALID_MFA_CODE', 'Wrong verification code');
      await this.db.withTransaction(async () => {
        await this.acceptStep(userId, step);
        await this.em.query(`DELETE FROM login_throttle WHERE key = $1`, [mfaKey]);
      });
    } catch (e) {
      if (!(e instanceof DomainError && e.code === 'INVALID_MFA_CODE')) throw e;
      await this.recordFailure(userId, locks);
      throw new DomainError('STEP_UP_INVALID', 'Wrong verification code');
    }
    return true;
  }

  /** Starts TOTP enrolment for a signed-in user, or for one holding an enrolment token at login. */
  async enrolTotp(userId: string): Promise<{ secret: string; otpauthUrl: string }> {
    const rows: { email: string; totp_enabled: boolean }[] = await this.em.query(`SELECT email, totp_enabled FROM users WHERE id = $1`, [userId]);
    if (!rows[0]) throw new DomainError('NOT_FOUND', 'User not found');
    if (rows[0].totp_enabled) throw new DomainError('MFA_ALREADY_ENABLED', 'A second factor is already enabled');
    const secret = new Secret({ size: 20 });
    await this.em.query(`UPDATE users SET totp_secret = $2, updated_at = now() WHERE id = $1`, [userId, this.cipher.encrypt(secret.base32, `user:${userId}/totp`)]);
    await this.db.withTransaction(() => this.audit.record({ action: 'auth.totp_enrolment_started', subjectType: 'user', subjectId: userId, actorUserId: userId }));
    const totp = new TOTP({ issuer: 'mnio', label: rows[0].email, secret });
    return { secret: secret.base32, otpauthUrl: totp.toString() };
  }

  async confirmTotp(userId: string, code: string): Promise<void> {
    await this.db.withTransaction(async () => {
      const rows: { totp_secret: string | null; totp_enabled: boolean }[] = await this.em.query(
        `SELECT totp_secret, totp_enabled FROM users WHERE id = $1 FOR UPDATE`,
        [userId],
      );
      if (!rows[0]?.totp_secret) throw new DomainError('MFA_NOT_ENROLLED', 'Start the enrolment first');
      if (rows[0].totp_enabled) throw new DomainError('MFA_ALREADY_ENABLED', 'A second factor is already enabled');
      const step = this.totpStep(userId, rows[0].totp_secret, code);
      if (step === null) throw new DomainError('INVALID_MFA_CODE', 'Wrong verification code');
      await this.acceptStep(userId, step);
      await this.em.query(`UPDATE users SET totp_enabled = true, version = version + 1, updated_at = now() WHERE id = $1`, [userId]);
      await this.audit.record({ action: 'auth.totp_enabled', subjectType: 'user', subjectId: userId, actorUserId: userId });
    });
  }

  /**
   * Rotates a refresh token: the presented one is spent and names its successor. Presented again within
   * `MNIO_REFRESH_GRACE` of its rotation while that successor is unused (two tabs of one browser refreshing at
   * once), it answers the same successor with a fresh access token. Presented again later, or after the
   * successor was itself rotated, it is a replay: the whole session (the token family) is revoked and audited.
   */
  async refresh(refreshToken: string): Promise<TokenPair> {
    const parsed = parseRefreshToken(refreshToken);
    if (!parsed) throw new DomainError('REFRESH_TOKEN_INVALID', 'Invalid refresh token');
    let reused = false;
    let mfaMissing = false;
    const pair = await this.db.withTransaction(async () => {
      const rows: {
        token_hash: string; used_at: Date | null; in_grace: boolean; replaced_by: string | null; expires_at: Date; session_id: string; user_id: string;
        mfa: boolean; revoked_at: Date | null; status: string; roles: string[]; stranded: boolean;
      }[] = await this.em.query(
        `SELECT t.token_hash, t.used_at, t.replaced_by, t.expires_at, t.session_id, s.user_id, s.mfa, s.revoked_at, u.status,
                coalesce(t.used_at > now() - make_interval(secs => $2::double precision / 1000), false) AS in_grace,
                ARRAY(SELECT m.role FROM memberships m WHERE m.user_id = s.user_id AND m.active) AS roles,
                (EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = s.user_id AND m.active)
                 AND NOT EXISTS (SELECT 1 FROM memberships m JOIN organisations o ON o.id = m.organisation_id
                                 WHERE m.user_id = s.user_id AND m.active AND o.active)) AS stranded
         FROM refresh_tokens t JOIN auth_sessions s ON s.id = t.session_id JOIN users u ON u.id = s.user_id
         WHERE t.id = $1 FOR UPDATE OF t, s`,
        [parsed.id, this.config.refreshGraceMs],
      );
      const t = rows[0];
      if (!t || !secretMatches(parsed.secret, t.token_hash)) return null;
      const successor = successorSecret(this.successorKey, parsed.id, parsed.secret);
      if (t.used_at) {
        if (t.in_grace && t.replaced_by && !t.revoked_at && t.status === 'active') {
          // Two refreshes with the same token at once: the later one gets the successor the first one made.
          const next: { id: string }[] = await this.em.query(
            `SELECT id FROM refresh_tokens WHERE id = $1 AND token_hash = $2 AND used_at IS NULL AND expires_at > now() FOR UPDATE`,
            [t.replaced_by, hashSecret(successor)],
          );
          if (next.length) return this.answer(t.user_id, t.session_id, t.mfa, `${next[0].id}.${successor}`);
        }
        reused = true;
        if (!t.revoked_at) {
          await this.em.query(`UPDATE auth_sessions SET revoked_at = now(), revoked_reason = 'refresh_token_reuse' WHERE id = $1`, [t.session_id]);
          await this.audit.record({ action: 'auth.refresh_reuse_detected', subjectType: 'user', subjectId: t.user_id, actorUserId: t.user_id, details: { sessionId: t.session_id } });
        }
        return null;
      }
      // Every organisation of the account deactivated: no new token (its sessions were revoked with it).
      if (t.revoked_at || t.status !== 'active' || t.stranded || t.expires_at.getTime() <= Date.now()) return null;
      if (!t.mfa && mfaCovers(this.config.mfaRequired, t.roles)) {
        // The policy changed under this session: it ends here.
        await this.endSessionForPolicy(t.session_id, t.user_id);
        mfaMissing = true;
        return null;
      }
      const issued = await this.issue(t.user_id, t.session_id, t.mfa, successor);
      await this.em.query(`UPDATE refresh_tokens SET used_at = now(), replaced_by = $2 WHERE id = $1`, [parsed.id, issued.refreshToken.split('.')[0]]);
      return issued;
    });
    if (reused) throw new DomainError('REFRESH_TOKEN_REUSED', 'Refresh token already used; the session is revoked');
    if (mfaMissing) throw new DomainError('MFA_REQUIRED', 'A second factor is now required: sign in again');
    if (!pair) throw new DomainError('REFRESH_TOKEN_INVALID', 'Invalid refresh token');
    return pair;
  }

  private get successorKey(): Buffer {
    return (this.successorKeyCache ??= successorKey(this.config.jwtSecret));
  }

  /** Ends a session opened without a second factor that `MNIO_MFA_REQUIRED` no longer allows (audited). */
  async endSessionForPolicy(sessionId: string, userId: string): Promise<void> {
    await this.db.withTransaction(async () => {
      const ended = await rowsOf(this.em, `UPDATE auth_sessions SET revoked_at = now(), revoked_reason = 'mfa_policy' WHERE id = $1 AND revoked_at IS NULL RETURNING id`, [sessionId]);
      if (ended.length) {
        await this.audit.record({ action: 'auth.session_ended_by_policy', subjectType: 'user', subjectId: userId, actorUserId: null, actorOrganisationId: null, details: { sessionId } });
      }
    });
  }

  async logout(userId: string, sessionId: string): Promise<void> {
    await this.db.withTransaction(async () => {
      await this.em.query(`UPDATE auth_sessions SET revoked_at = now(), revoked_reason = 'logout' WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL`, [sessionId, userId]);
      await this.audit.record({ action: 'auth.logout', subjectType: 'user', subjectId: userId, details: { sessionId } });
    });
  }

  /** `challengeId`: the TOTP step this session ends; a provider's ID token kept with it follows to the session. */
  private async openSession(userId: string, mfa: boolean, method: string, challengeId?: string, opened?: (sessionId: string) => void): Promise<TokenPair> {
    return this.db.withTransaction(async () => {
      const s: { id: string }[] = await this.em.query(
        `INSERT INTO auth_sessions (user_id, mfa, expires_at, idle_expires_at) VALUES ($1, $2, now() + make_interval(secs => $3), now()) RETURNING id`,
        [userId, mfa, this.config.refreshTokenTtlSeconds],
      );
      if (challengeId) await this.em.query(`UPDATE oidc_sessions SET session_id = $1, challenge_id = NULL WHERE challenge_id = $2`, [s[0].id, challengeId]);
      opened?.(s[0].id);
      await this.audit.record({ action: 'auth.login', subjectType: 'user', subjectId: userId, actorUserId: userId, details: { method, sessionId: s[0].id } });
      return this.issue(userId, s[0].id, mfa);
    });
  }

  /**
   * A new refresh token for the session (random, or the rotated token's successor), valid until the session's
   * new idle end: now + the idle timeout, never past the session's absolute end.
   */
  private async issue(userId: string, sessionId: string, mfa: boolean, secret?: string): Promise<TokenPair> {
    const fresh = secret ? { secret, hash: hashSecret(secret) } : newRefreshSecret();
    await this.em.query(
      `UPDATE auth_sessions SET idle_expires_at = least(expires_at, now() + make_interval(secs => $2)) WHERE id = $1`,
      [sessionId, this.config.sessionIdleSeconds],
    );
    const r: { id: string }[] = await this.em.query(
      `INSERT INTO refresh_tokens (session_id, token_hash, expires_at) SELECT id, $2, idle_expires_at FROM auth_sessions WHERE id = $1 RETURNING id`,
      [sessionId, fresh.hash],
    );
    return this.answer(userId, sessionId, mfa, `${r[0].id}.${fresh.secret}`);
  }

  private async answer(userId: string, sessionId: string, mfa: boolean, refreshToken: string): Promise<TokenPair> {
    const ends: { idle: number; absolute: number }[] = await this.em.query(
      `SELECT greatest(0, floor(extract(epoch FROM idle_expires_at - now())))::int AS idle, greatest(0, floor(extract(epoch FROM expires_at - now())))::int AS absolute
       FROM auth_sessions WHERE id = $1`,
      [sessionId],
    );
    return {
      accessToken: this.tokens.sign({ sub: userId, sid: sessionId, mfa }),
      refreshToken,
      expiresIn: this.tokens.ttlSeconds,
      tokenType: 'Bearer',
      idleExpiresIn: ends[0].idle,
      sessionExpiresIn: ends[0].absolute,
    };
  }

  /** The time step (30 s counter) the code belongs to, within ±1 step of now, or null. */
  private totpStep(userId: string, stored: string, code: string): number | null {
    if (!/^\d{6}$/.test(code)) return null;
    const secret = Secret.fromBase32(this.cipher.decrypt(stored, `user:${userId}/totp`));
    const totp = new TOTP({ issuer: 'mnio', secret });
    const now = Date.now();
    const delta = totp.validate({ token: code, window: 1, timestamp: now });
    return delta === null ? null : totp.counter({ timestamp: now }) + delta;
  }

  /**
   * Counts an attempt before the secret is checked, so that parallel guesses cannot all pass a check made
   * before any of them failed. A key already blocked refuses the attempt (429) and nothing is counted.
   * Otherwise the block this attempt earns if it fails is set now; `forgiveAttempt` lifts it on success.
   * Returns that block in seconds (0: none).
   */
  private async countAttempt(userId: string | null, keys: { key: string; policy: ThrottlePolicy }[]): Promise<number> {
    let blockedSeconds = 0;
    try {
      return await this.db.withTransaction(async () => {
        let lockSeconds = 0;
        for (const { key, policy } of keys) {
          const rows: { failures: number; left: number | null }[] = await this.em.query(
            `INSERT INTO login_throttle AS t (key, failures, window_start) VALUES ($1, 1, now())
             ON CONFLICT (key) DO UPDATE SET
               failures = CASE WHEN t.window_start < now() - make_interval(secs => $2) THEN 1 ELSE t.failures + 1 END,
               window_start = CASE WHEN t.window_start < now() - make_interval(secs => $2) THEN now() ELSE t.window_start END
             RETURNING failures, CASE WHEN locked_until > now() THEN ceil(extract(epoch FROM locked_until - now()))::int END AS left`,
            [key, policy.windowSeconds],
          );
          blockedSeconds = Math.max(blockedSeconds, rows[0].left ?? 0);
          const block = blockSecondsAfter(rows[0].failures, policy);
          if (block > 0) {
            await this.em.query(`UPDATE login_throttle SET locked_until = now() + make_interval(secs => $2) WHERE key = $1`, [key, block]);
            lockSeconds = Math.max(lockSeconds, block);
          }
        }
        // Throwing rolls the counting back: attempts refused while blocked neither count nor extend the block.
        if (blockedSeconds > 0) throw new DomainError('ACCOUNT_LOCKED', 'Too many failed sign-in attempts; try again later', { retryAfterSeconds: blockedSeconds });
        return lockSeconds;
      });
    } catch (e) {
      if (blockedSeconds > 0) {
        await this.db.withTransaction(() =>
          this.audit.record({ action: 'auth.login_throttled', subjectType: 'user', subjectId: userId, stream: `auth:${userId ?? 'unknown'}`, actorUserId: null, actorOrganisationId: null }),
        );
      }
      throw e;
    }
  }

  /**
   * A successful sign-in clears the count of this account from this address, and takes its own attempt back
   * from the account's: failures from other addresses keep counting against the account.
   */
  private async forgiveAttempt(pairKey: string, accountKey: string): Promise<void> {
    await this.em.query(`DELETE FROM login_throttle WHERE key = $1`, [pairKey]);
    await this.em.query(
      `UPDATE login_throttle SET failures = greatest(failures - 1, 0), locked_until = CASE WHEN failures - 1 < $2 THEN NULL ELSE locked_until END WHERE key = $1`,
      [accountKey, ACCOUNT_POLICY.slowAfter],
    );
  }

  private async recordFailure(userId: string | null, lockedSeconds: number): Promise<void> {
    await this.db.withTransaction(async () => {
      const stream = `auth:${userId ?? 'unknown'}`;
      await this.audit.record({ action: 'auth.login_failed', subjectType: 'user', subjectId: userId, stream, actorUserId: null, actorOrganisationId: null });
      if (lockedSeconds > 0) {
        await this.audit.record({ action: 'auth.locked', subjectType: 'user', subjectId: userId, stream, actorUserId: null, actorOrganisationId: null, details: { seconds: lockedSeconds } });
      }
    });
    countSignInFailure(lockedSeconds > 0);
  }
}
