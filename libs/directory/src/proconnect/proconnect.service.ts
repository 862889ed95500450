import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';
import type * as OpenIdClient from 'openid-client';
import { AuditJournal } from '@mnio/audit';
import { Db, DomainError, FieldCipher, isUuid, OutboxService, rowsOf } from '@mnio/platform';
import { AuthenticationService, MfaChallenge, TokenPair } from '../authentication/authentication.service';
import { DIRECTORY_EVENTS } from '../events';
import { loadOpenIdClient } from './openid-client';
import { PROCONNECT_CONFIG, PROCONNECT_SCOPES, ProConnectConfig } from './proconnect.config';

/** An attempt lives 10 minutes: the time to sign in at the provider. */
const ATTEMPT_TTL_SECONDS = 600;

interface AttemptSecrets {
  state: string;
  nonce: string;
  verifier: string;
}

/** Why a sign-in was refused, as the audit journal records it (never an identity). */
export type ProConnectRefusal =
  | 'state_mismatch' | 'attempt_unknown' | 'attempt_expired' | 'attempt_replayed' | 'provider_error' | 'issuer_mismatch' | 'audience_mismatch'
  | 'nonce_mismatch' | 'id_token_expired' | 'invalid_grant' | 'invalid_response' | 'missing_claims' | 'unknown_siret' | 'no_account' | 'user_disabled';

/**
 * Sign-in with ProConnect: the authorization code flow with PKCE, state and nonce, through `openid-client`,
 * configured by the provider's discovery document. The web app starts an attempt (it keeps the attempt's id in
 * its tab), sends the browser to the provider, and hands the provider's answer back here. The ID token (issuer,
 * audience, nonce, expiry, signature) and the signed userinfo are verified by the library; the identity is then
 * linked to an mnio user (e-mail of an active user and SIRET of one of its organisations) or refused, and the
 * session opens through `AuthenticationService` like any other. Each refusal is audited with its reason.
 */
@Injectable()
export class ProConnectService {
  private client?: typeof OpenIdClient;
  private configuration?: Promise<OpenIdClient.Configuration>;

  constructor(
    private readonly db: Db,
    private readonly audit: AuditJournal,
    private readonly cipher: FieldCipher,
    private readonly auth: AuthenticationService,
    private readonly outbox: OutboxService,
    @Optional() @Inject(PROCONNECT_CONFIG) private readonly config: ProConnectConfig | undefined,
  ) {}

  get enabled(): boolean {
    return this.config !== undefined;
  }

  private settings(): ProConnectConfig {
    if (!this.config) throw new DomainError('PROCONNECT_OFF', 'Sign-in with ProConnect is not configured');
    return this.config;
  }

  private lib(): typeof OpenIdClient {
    return (this.client ??= loadOpenIdClient());
  }

  /** The provider's configuration, discovered once (again after a failure). */
  private async discovered(): Promise<OpenIdClient.Configuration> {
    const c = this.settings();
    const oidc = this.lib();
    this.configuration ??= oidc
      .discovery(
        new URL(c.issuer),
        c.clientId,
        { client_secret: c.clientSecret, id_token_signed_response_alg: 'RS256', userinfo_signed_response_alg: 'RS256' },
        oidc.ClientSecretPost(c.clientSecret),
        { execute: c.allowInsecure ? [oidc.allowInsecureRequests] : [], timeout: 10 },
      )
      .catch((e: unknown) => {
        this.configuration = undefined;
        throw e;
      });
    try {
      return await this.configuration;
    } catch {
      throw new DomainError('PROCONNECT_UNAVAILABLE', 'ProConnect cannot be reached; try again later');
    }
  }

  /** A new attempt: its id (kept by the web page that started it) and the provider's authorization address. */
  async start(): Promise<{ attempt: string; authorizationUrl: string }> {
    const c = this.settings();
    const config = await this.discovered();
    const oidc = this.lib();
    const secrets: AttemptSecrets = { state: oidc.randomState(), nonce: oidc.randomNonce(), verifier: oidc.randomPKCECodeVerifier() };
    const id = randomUUID();
    // Attempts never finished are forgotten a day after they expired (the index on expires_at keeps this cheap).
    await this.db.em.query(`DELETE FROM oidc_login_attempts WHERE expires_at < now() - interval '1 day'`);
    await this.db.em.query(
      `INSERT INTO oidc_login_attempts (id, secrets, expires_at) VALUES ($1, $2, now() + make_interval(secs => $3))`,
      [id, this.cipher.encrypt(JSON.stringify(secrets), `oidc-attempt:${id}`), ATTEMPT_TTL_SECONDS],
    );
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: c.redirectUrl,
      scope: PROCONNECT_SCOPES,
      code_challenge: await oidc.calculatePKCECodeChallenge(secrets.verifier),
      code_challenge_method: 'S256',
      state: secrets.state,
      nonce: secrets.nonce,
      // ProConnect asks for the claims through `claims` as well as through the scopes.
      claims: JSON.stringify({ id_token: { amr: { essential: true }, acr: { essential: false } } }),
    });
    return { attempt: id, authorizationUrl: url.href };
  }

  /**
   * The provider's answer (`query`: the search part of the address it sent the browser back to) for the attempt
   * `attempt`. Spends the attempt whatever happens next: an answer is used once.
   */
  async complete(attempt: string, query: string): Promise<TokenPair | MfaChallenge> {
    const c = this.settings();
    const config = await this.discovered();
    const oidc = this.lib();
    const secrets = await this.spendAttempt(attempt);
    const callback = new URL(c.redirectUrl);
    callback.search = query.startsWith('?') ? query : `?${query}`;
    if (callback.searchParams.get('state') !== secrets.state) await this.refuse('state_mismatch');
    let tokens: OpenIdClient.TokenEndpointResponse & OpenIdClient.TokenEndpointResponseHelpers;
    try {
      tokens = await oidc.authorizationCodeGrant(config, callback, {
        pkceCodeVerifier: secrets.verifier,
        expectedState: secrets.state,
        expectedNonce: secrets.nonce,
        idTokenExpected: true,
      });
    } catch (e) {
      return this.refuse(reasonOf(e));
    }
    const claims = tokens.claims()!;
    let info: OpenIdClient.UserInfoResponse;
    try {
      info = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
    } catch (e) {
      return this.refuse(reasonOf(e));
    }
    const email = typeof info.email === 'string' ? info.email.trim() : '';
    const siret = typeof info.siret === 'string' ? info.siret.trim() : '';
    if (!email || !siret) return this.refuse('missing_claims');
    const issuer = config.serverMetadata().issuer;
    const acr = typeof claims.acr === 'string' ? claims.acr : '';
    const userId = await this.linkedUser(issuer, claims.sub, email, siret, displayNameOf(info));
    const signedIn = await this.auth.federatedSignIn(userId, c.mfaAcrValues.includes(acr), 'proconnect');
    await this.db.withTransaction(async () => {
      await this.db.em.query(
        `INSERT INTO oidc_sessions (session_id, challenge_id, id_token) VALUES ($1, $2, $3)`,
        [signedIn.sessionId ?? null, signedIn.challengeId ?? null, this.cipher.encrypt(tokens.id_token!, `oidc-session:${userId}`)],
      );
      await this.db.em.query(`UPDATE user_identities SET last_used_at = now() WHERE issuer = $1 AND subject = $2`, [issuer, claims.sub]);
      await this.audit.record({
        action: 'auth.proconnect_signed_in', subjectType: 'user', subjectId: userId, actorUserId: userId, actorOrganisationId: null,
        details: { mfaProven: c.mfaAcrValues.includes(acr), ...(signedIn.sessionId ? { sessionId: signedIn.sessionId } : { mfaStep: true }) },
      });
    });
    return signedIn.result;
  }

  /**
   * Where to send the browser to end the provider's session too (null: not a ProConnect session). Forgets the
   * session's ID token; the mnio session itself ends through the usual logout, called next.
   */
  async endSessionUrl(sessionId: string): Promise<{ endSessionUrl: string | null }> {
    const rows = (await rowsOf(this.db.em, `DELETE FROM oidc_sessions WHERE session_id = $1 RETURNING id_token, (SELECT user_id FROM auth_sessions WHERE id = $1) AS user_id`, [sessionId])) as { id_token: string; user_id: string }[];
    if (!rows[0] || !this.config) return { endSessionUrl: null };
    const config = await this.discovered();
    const idToken = this.cipher.decrypt(rows[0].id_token, `oidc-session:${rows[0].user_id}`);
    const url = this.lib().buildEndSessionUrl(config, { id_token_hint: idToken, post_logout_redirect_uri: this.config.postLogoutRedirectUrl, state: this.lib().randomState() });
    return { endSessionUrl: url.href };
  }

  private async spendAttempt(attempt: string): Promise<AttemptSecrets> {
    if (!isUuid(attempt)) return this.refuse('attempt_unknown');
    // Spent by the one request whose update finds it unspent: a concurrent replay waits, then finds it spent.
    const rows = (await this.db.withTransaction(() =>
      rowsOf(this.db.em, `UPDATE oidc_login_attempts SET used_at = now() WHERE id = $1 AND used_at IS NULL RETURNING secrets, expires_at <= now() AS expired`, [attempt]),
    )) as { secrets: string; expired: boolean }[];
    const row = rows[0];
    if (!row) {
      const known: unknown[] = await this.db.em.query(`SELECT 1 FROM oidc_login_attempts WHERE id = $1`, [attempt]);
      return this.refuse(known.length ? 'attempt_replayed' : 'attempt_unknown');
    }
    if (row.expired) return this.refuse('attempt_expired');
    return JSON.parse(this.cipher.decrypt(row.secrets, `oidc-attempt:${attempt}`)) as AttemptSecrets;
  }

  /**
   * The mnio user of this identity. Linked already: that user, if still active. Otherwise linked now when the
   * e-mail is an active user's and the SIRET one of that user's organisations'. Else no account and no access:
   * the organisation of that SIRET, if mnio knows it, gets an access request for its coordinators.
   */
  private async linkedUser(issuer: string, subject: string, email: string, siret: string, displayName: string): Promise<string> {
    const em = this.db.em;
    const linked: { user_id: string; status: string }[] = await em.query(
      `SELECT i.user_id, u.status FROM user_identities i JOIN users u ON u.id = i.user_id WHERE i.issuer = $1 AND i.subject = $2`,
      [issuer, subject],
    );
    if (linked[0]) {
      if (linked[0].status !== 'active') return this.refuse('user_disabled', linked[0].user_id);
      return linked[0].user_id;
    }
    const users: { id: string; status: string; matches: boolean }[] = await em.query(
      `SELECT u.id, u.status, EXISTS (SELECT 1 FROM memberships m JOIN organisations o ON o.id = m.organisation_id
                                      WHERE m.user_id = u.id AND m.active AND o.active AND o.siret = $2) AS matches
       FROM users u WHERE lower(u.email) = lower($1)`,
      [email, siret],
    );
    const user = users[0];
    if (user && user.status !== 'active') return this.refuse('user_disabled', user.id);
    if (user?.matches) {
      return this.db.withTransaction(async () => {
        const inserted: unknown[] = await em.query(
          `INSERT INTO user_identities (issuer, subject, user_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING user_id`,
          [issuer, subject, user.id],
        );
        if (!inserted.length) throw new DomainError('PROCONNECT_REFUSED', 'This account is already linked to another ProConnect identity');
        await this.audit.record({ action: 'auth.proconnect_linked', subjectType: 'user', subjectId: user.id, actorUserId: user.id, actorOrganisationId: null });
        return user.id;
      });
    }
    const orgs: { id: string; name: string }[] = await em.query(`SELECT id, name FROM organisations WHERE siret = $1 AND active ORDER BY created_at LIMIT 1`, [siret]);
    if (!orgs[0]) return this.refuse('unknown_siret');
    await this.db.withTransaction(async () => {
      const request: { id: string }[] = await em.query(
        `INSERT INTO access_requests (organisation_id, issuer, subject, email, display_name) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (organisation_id, issuer, subject) WHERE status = 'pending' DO NOTHING RETURNING id`,
        [orgs[0].id, issuer, subject, email.toLowerCase(), displayName],
      );
      if (request[0]) {
        await this.audit.record({
          action: 'access.requested', subjectType: 'access_request', subjectId: request[0].id, actorUserId: null, actorOrganisationId: orgs[0].id,
          details: { organisationId: orgs[0].id },
        });
        // Its coordinators are told a request waits (ids only: who asked is read in the home page's panel).
        await this.outbox.publish(DIRECTORY_EVENTS.AccessRequested, { requestId: request[0].id, organisationId: orgs[0].id }, request[0].id);
      }
    });
    return this.refuse('no_account', null, { organisationName: orgs[0].name });
  }

  /** Audits the refusal (its own committed transaction) and answers with its code: never who it was. */
  private async refuse(reason: ProConnectRefusal, userId: string | null = null, details?: Record<string, unknown>): Promise<never> {
    await this.db.withTransaction(() =>
      this.audit.record({
        action: 'auth.proconnect_refused', subjectType: 'user', subjectId: userId, stream: `auth:${userId ?? 'unknown'}`, actorUserId: null, actorOrganisationId: null,
        details: { reason },
      }),
    );
    if (reason === 'no_account') throw new DomainError('PROCONNECT_NO_ACCOUNT', 'No mnio account matches this identity: an access request was sent to your organisation', details);
    if (reason === 'unknown_siret') throw new DomainError('PROCONNECT_UNKNOWN_ORGANISATION', 'Your organisation does not use mnio');
    if (reason === 'user_disabled') throw new DomainError('PROCONNECT_ACCOUNT_DISABLED', 'This account is disabled');
    if (reason === 'attempt_expired' || reason === 'attempt_replayed' || reason === 'attempt_unknown') {
      throw new DomainError('PROCONNECT_ATTEMPT_INVALID', 'This sign-in attempt was already used or has expired; start again');
    }
    throw new DomainError('PROCONNECT_REFUSED', 'The answer of ProConnect could not be verified; start again', { reason });
  }
}

function displayNameOf(info: OpenIdClient.UserInfoResponse): string {
  const name = [info.given_name, info.usual_name].filter((v): v is string => typeof v === 'string' && v.trim() !== '').join(' ');
  return name.slice(0, 200) || 'Agent ProConnect';
}

/** The reason of a failure of openid-client (oauth4webapi underneath), from its codes and causes, never from values. */
function reasonOf(e: unknown): ProConnectRefusal {
  let claim: unknown;
  let code: unknown;
  let providerError: unknown;
  for (let c = e as Record<string, unknown> | undefined, depth = 0; c && typeof c === 'object' && depth < 5; c = c.cause as Record<string, unknown>, depth++) {
    claim ??= c.claim ?? c.parameter;
    code ??= c.code;
    providerError ??= c.error;
  }
  if (providerError === 'invalid_grant') return 'invalid_grant';
  if (providerError) return 'provider_error';
  if (claim === 'iss') return 'issuer_mismatch';
  if (claim === 'aud' || claim === 'azp') return 'audience_mismatch';
  if (claim === 'nonce') return 'nonce_mismatch';
  if (claim === 'exp' || (code === 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED' && claim === undefined)) return 'id_token_expired';
  if (claim === 'state') return 'state_mismatch';
  return 'invalid_response';
}
