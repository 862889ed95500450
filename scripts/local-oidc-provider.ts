import { randomBytes, generateKeyPairSync } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local OpenID provider standing in for ProConnect (the `oidc-provider` package, a dev dependency), on a
 * loopback port: the end-to-end tests run against it, and `npm start` in demo mode starts it with the demo
 * accounts when no MNIO_OIDC_ISSUER is set. It speaks what ProConnect speaks: the authorization code flow with
 * PKCE, the scopes of the pivot identity (usual_name, given_name, email, uid, siret), signed ID tokens and signed
 * userinfo (RS256), an `acr` per account, RP-initiated logout. Its sign-in page lists the accounts: choose one,
 * no password. Never for production.
 *
 * `oidc-provider` is ESM-only: it is loaded with Node's own require (require(esm), Node ≥ 20.19), see
 * libs/directory/src/proconnect/openid-client.ts for why not Jest's.
 */

export interface ProviderAccount {
  sub: string;
  email: string;
  given_name: string;
  usual_name: string;
  uid: string;
  siret: string;
  /** ProConnect's assurance level of the sign-in; the `-2fa` ones prove a second factor. */
  acr?: string;
}

export const ACR_SELF_ASSERTED = 'https://proconnect.gouv.fr/assurance/self-asserted';
export const ACR_SELF_ASSERTED_2FA = 'https://proconnect.gouv.fr/assurance/self-asserted-2fa';

export interface LocalProviderOptions {
  accounts: ProviderAccount[];
  redirectUris: string[];
  postLogoutRedirectUris?: string[];
  /** 0 (default): any free loopback port. */
  port?: number;
  clientId?: string;
  clientSecret?: string;
}

export interface LocalProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The MNIO_OIDC_* variables that point the API at this provider. */
  env(redirectUrl: string): Record<string, string>;
  /**
   * The next ID token the token endpoint answers is rewritten by `edit` and signed again with the provider's own
   * key (the tests' wrong issuer, audience, nonce, expiry).
   */
  tamperNextIdToken(edit: (claims: Record<string, unknown>) => Record<string, unknown>): void;
  /** One more account (tests make their users first). */
  addAccount(account: ProviderAccount): void;
  close(): Promise<void>;
}

type Ctx = { path: string; method: string; status: number; body: unknown };

/** What this file uses of `oidc-provider` (the package ships no types). */
interface OidcProvider {
  use(middleware: (ctx: Ctx, next: () => Promise<void>) => Promise<void>): void;
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
  interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<{ uid: string }>;
  interactionFinished(req: IncomingMessage, res: ServerResponse, result: object, options: object): Promise<void>;
}
interface Grant {
  addOIDCScope(scope: string): void;
  save(): Promise<string>;
}
interface GrantContext {
  oidc: {
    result?: { consent?: { grantId?: string } };
    session: { accountId: string; grantIdFor(clientId: string): string | undefined };
    client: { clientId: string };
    provider: { Grant: { new (init: { clientId: string; accountId: string }): Grant; find(id: string): Promise<Grant | undefined> } };
  };
}

function nativeRequire(id: string): unknown {
  const { createRequire } = process.getBuiltinModule('node:module');
  return createRequire(__filename)(id);
}

/**
 * The same value made of the host realm's objects and arrays. Under Jest, this file runs in a vm context while
 * oidc-provider runs in Node's main one, and oidc-provider tells a plain object by its realm's prototype.
 * Outside Jest it changes nothing.
 */
function hostRealm<T>(value: T): T {
  const { runInThisContext } = process.getBuiltinModule('node:vm');
  const host = runInThisContext('({ Object, Array })') as { Object: ObjectConstructor; Array: ArrayConstructor };
  const copy = (v: unknown): unknown => {
    if (Array.isArray(v)) return host.Array.from(v, copy);
    if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v)?.constructor?.name === 'Object') {
      return host.Object.fromEntries(Object.entries(v).map(([k, x]) => [k, copy(x)]));
    }
    return v;
  };
  return copy(value) as T;
}

const SCOPES = ['openid', 'usual_name', 'given_name', 'email', 'uid', 'siret'];

export async function startLocalOidcProvider(options: LocalProviderOptions): Promise<LocalProvider> {
  const mod = nativeRequire('oidc-provider') as { default: new (issuer: string, config: Record<string, unknown>) => OidcProvider };
  const jose = nativeRequire('jose') as typeof import('jose');
  const Provider = mod.default;
  const clientId = options.clientId ?? 'mnio-local';
  const clientSecret = options.clientSecret ?? randomBytes(24).toString('base64url');
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...(privateKey.export({ format: 'jwk' }) as Record<string, string>), kid: 'local-1', use: 'sig', alg: 'RS256' };
  const signingKey = await jose.importJWK(jwk, 'RS256');
  const accounts = new Map(options.accounts.map((a) => [a.sub, a]));
  let tamper: ((claims: Record<string, unknown>) => Record<string, unknown>) | undefined;

  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const provider = new Provider(issuer, hostRealm({
    clients: [{
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: options.redirectUris,
      post_logout_redirect_uris: options.postLogoutRedirectUris ?? [],
      response_types: ['code'],
      grant_types: ['authorization_code'],
      token_endpoint_auth_method: 'client_secret_post',
      id_token_signed_response_alg: 'RS256',
      userinfo_signed_response_alg: 'RS256',
    }],
    jwks: { keys: [jwk] },
    scopes: SCOPES,
    claims: { openid: ['sub'], email: ['email'], given_name: ['given_name'], usual_name: ['usual_name'], uid: ['uid'], siret: ['siret'] },
    acrValues: [ACR_SELF_ASSERTED, ACR_SELF_ASSERTED_2FA],
    pkce: { required: () => true },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    features: {
      devInteractions: { enabled: false },
      jwtUserinfo: { enabled: true },
      claimsParameter: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx: { body: string }, form: string) => {
          ctx.body = page('Déconnexion', `${form}<p>Vous quittez le fournisseur d’identité local.</p>
            <button autofocus type="submit" form="op.logoutForm" value="yes" name="logout">Se déconnecter</button>
            <script>document.forms[0].insertAdjacentHTML('beforeend','<input type="hidden" name="logout" value="yes">');document.forms[0].submit()</script>`);
        },
        postLogoutSuccessSource: async (ctx: { body: string }) => {
          ctx.body = page('Déconnecté', '<p>Vous êtes déconnecté du fournisseur d’identité local.</p>');
        },
      },
    },
    ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx: unknown, sub: string) {
      const account = accounts.get(sub);
      if (!account) return undefined;
      const { acr: _acr, ...claims } = account;
      return hostRealm({ accountId: sub, claims: async () => hostRealm(claims) });
    },
    // Consent is implied (mnio is the only client): the grant covers what mnio asks for.
    async loadExistingGrant(ctx: GrantContext) {
      const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope(SCOPES.join(' '));
      await grant.save();
      return grant;
    },
  }));

  // The tests' tampering: the ID token of the next token response, edited and signed again.
  provider.use(async (ctx: Ctx, next: () => Promise<void>) => {
    await next();
    if (ctx.path === '/token' && ctx.method === 'POST' && ctx.status === 200 && tamper) {
      const edit = tamper;
      tamper = undefined;
      const body = ctx.body as { id_token: string };
      const claims = JSON.parse(Buffer.from(body.id_token.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;
      body.id_token = await new jose.SignJWT(edit(claims)).setProtectedHeader({ alg: 'RS256', kid: jwk.kid, typ: 'JWT' }).sign(signingKey);
    }
  });

  const callback = provider.callback();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const match = /^\/interaction\/([\w-]+)$/.exec(new URL(req.url ?? '/', issuer).pathname);
    if (!match) return void callback(req, res);
    interaction(req, res).catch(() => {
      res.statusCode = 500;
      res.end('interaction failed');
    });
  });

  async function interaction(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const details = await provider.interactionDetails(req, res);
    if (req.method === 'POST') {
      const form = new URLSearchParams(await bodyOf(req));
      const account = accounts.get(form.get('sub') ?? '');
      if (account) {
        const login = { accountId: account.sub, acr: account.acr ?? ACR_SELF_ASSERTED, amr: account.acr?.endsWith('-2fa') ? ['pwd', 'mfa'] : ['pwd'] };
        await provider.interactionFinished(req, res, hostRealm({ login }), hostRealm({ mergeWithLastSubmission: false }));
        return;
      }
    }
    const choices = [...accounts.values()].map((a) =>
      `<li><button type="submit" name="sub" value="${esc(a.sub)}">${esc(a.given_name)} ${esc(a.usual_name)} · ${esc(a.email)}</button></li>`).join('');
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(page('Fournisseur d’identité local', `<p>Choisissez le compte avec lequel vous identifier (démonstration, sans mot de passe).</p>
      <form method="post" action="/interaction/${esc(details.uid)}"><ul>${choices}</ul></form>`));
  }

  return {
    issuer,
    clientId,
    clientSecret,
    env: (redirectUrl) => ({ MNIO_OIDC_ISSUER: issuer, MNIO_OIDC_CLIENT_ID: clientId, MNIO_OIDC_CLIENT_SECRET: clientSecret, MNIO_OIDC_REDIRECT_URL: redirectUrl }),
    tamperNextIdToken(edit) {
      tamper = edit;
    },
    addAccount(account) {
      accounts.set(account.sub, account);
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

function bodyOf(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (data += chunk));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>${esc(title)}</title></head>
    <body><main><h1>${esc(title)}</h1>${body}</main></body></html>`;
}
