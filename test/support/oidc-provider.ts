import { DEMO_SIRETS, DEMO_USERS } from '../../db/seeds/demo';
import { ACR_SELF_ASSERTED, ProviderAccount } from '../../scripts/local-oidc-provider';

export * from '../../scripts/local-oidc-provider';

/** The demo users of organisations that have a SIRET, as the local provider knows them (`npm start` uses the same). */
export { demoProviderAccounts } from '../../scripts/local-oidc-provider-accounts';

/**
 * A browser without a browser: follows the provider's redirections with its cookies, chooses the account `sub` on
 * the provider's sign-in page, and answers the address the provider finally sends back to (the redirect URL with
 * `code`, `state` and `iss`), without requesting it.
 */
export async function signInAtProvider(authorizationUrl: string, sub: string, redirectUrl: string): Promise<URL> {
  const jar = new Map<string, string>();
  let url = new URL(authorizationUrl);
  let init: RequestInit = {};
  for (let hop = 0; hop < 20; hop++) {
    if (url.href.startsWith(redirectUrl)) return url;
    const res = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair.indexOf('=');
      jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    init = {};
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      url = new URL(location, url);
      continue;
    }
    const html = await res.text();
    if (res.status === 200 && /\/interaction\//.test(url.pathname)) {
      if (!html.includes(`value="${sub}"`)) throw new Error('the provider does not list this account');
      init = { method: 'POST', body: new URLSearchParams({ sub }).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } };
      continue;
    }
    throw new Error(`the provider answered ${res.status} at ${url.pathname}`);
  }
  throw new Error('too many redirections at the provider');
}

/** An account for a test: unique `sub`, the given e-mail and SIRET. */
export function providerAccount(sub: string, email: string, siret: string, acr = ACR_SELF_ASSERTED): ProviderAccount {
  return { sub, email, siret, acr, given_name: 'Agent', usual_name: sub, uid: sub };
}

export { DEMO_SIRETS, DEMO_USERS };
