import { ConfigError, readString, readUrl } from '@mnio/platform';

/** Settings of sign-in with ProConnect, validated at boot. All four MNIO_OIDC_* variables, or none (off). */
export interface ProConnectConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The web page the provider sends the browser back to (registered with the provider): `<PUBLIC_URL>/connexion/proconnect`. */
  redirectUrl: string;
  /** Where the provider sends the browser after its own sign-out (registered too): the web app's root by default. */
  postLogoutRedirectUrl: string;
  /** `acr` values that prove a second factor at the provider; any other makes mnio ask for its own TOTP when the role needs one. */
  mfaAcrValues: string[];
  /** Plain http to the provider, allowed for a loopback provider outside production only (tests, demo). */
  allowInsecure: boolean;
}

export const PROCONNECT_CONFIG = Symbol('PROCONNECT_CONFIG');

export const PROCONNECT_SCOPES = 'openid usual_name given_name email uid siret';

const DEFAULT_MFA_ACR = [
  'https://proconnect.gouv.fr/assurance/self-asserted-2fa',
  'https://proconnect.gouv.fr/assurance/consistency-checked-2fa',
].join(',');

export function loadProConnectConfig(env: NodeJS.ProcessEnv = process.env): ProConnectConfig | undefined {
  const names = ['MNIO_OIDC_ISSUER', 'MNIO_OIDC_CLIENT_ID', 'MNIO_OIDC_CLIENT_SECRET', 'MNIO_OIDC_REDIRECT_URL'] as const;
  const set = names.filter((n) => readString(env, n, undefined) !== undefined);
  if (set.length === 0) return undefined;
  const missing = names.find((n) => !set.includes(n));
  if (missing) throw new ConfigError(missing, 'is required when any MNIO_OIDC_* variable is set (sign-in with ProConnect)');
  const production = env.NODE_ENV === 'production';
  const issuer = readUrl(env, 'MNIO_OIDC_ISSUER', '', ['https:', 'http:']);
  const url = new URL(issuer);
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol === 'http:' && (production || !loopback)) throw new ConfigError('MNIO_OIDC_ISSUER', 'must use https (http only for a loopback provider outside production)');
  const redirectUrl = readUrl(env, 'MNIO_OIDC_REDIRECT_URL', '', production ? ['https:'] : ['https:', 'http:']);
  return {
    issuer,
    clientId: readString(env, 'MNIO_OIDC_CLIENT_ID', ''),
    clientSecret: readString(env, 'MNIO_OIDC_CLIENT_SECRET', ''),
    redirectUrl,
    postLogoutRedirectUrl: readUrl(env, 'MNIO_OIDC_POST_LOGOUT_REDIRECT_URL', new URL('/', redirectUrl).href, production ? ['https:'] : ['https:', 'http:']),
    mfaAcrValues: readString(env, 'MNIO_OIDC_MFA_ACR', DEFAULT_MFA_ACR).split(',').map((s) => s.trim()).filter(Boolean),
    allowInsecure: url.protocol === 'http:',
  };
}
