/// <reference lib="dom" />
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { DEMO_PASSWORD } from '../../../db/seeds/demo';
import { demoProviderAccounts, LocalProvider, startLocalOidcProvider } from '../../support/oidc-provider';
import { browserStorage, Journey, screenshot, signIn, signOut, useWebJourney } from '../../support/web';

jest.setTimeout(300_000);

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Both ways into mnio in a real browser: « S'identifier avec ProConnect » (the local provider, with the demo
 * accounts, as `npm start` runs it), choose the account at the provider, come back signed in; sign out ends the
 * provider's session too; and the password still works. An agent mnio does not know sees the French page that
 * says whom to ask.
 */
describe('web: sign-in with ProConnect', () => {
  let provider: LocalProvider;
  let j: Journey;
  const env: Record<string, string> = {};
  let port = 0;
  beforeAll(async () => {
    port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    provider = await startLocalOidcProvider({ accounts: demoProviderAccounts(), redirectUris: [`${base}/connexion/proconnect`], postLogoutRedirectUris: [`${base}/`] });
    Object.assign(env, provider.env(`${base}/connexion/proconnect`));
  });
  useWebJourney({ env, worker: false, get port() { return port; } }, (journey) => (j = journey));
  afterAll(() => provider?.close());

  it('signs in with ProConnect, signs out at both ends, and still signs in with a password', async () => {
    const { page, base } = j;
    await page.goto(base);
    await page.getByRole('heading', { name: 'Connexion à mnio' }).waitFor();
    const button = page.getByRole('button', { name: /S’identifier avec\s*ProConnect/ });
    await button.waitFor();
    await j.check('sign-in with ProConnect');
    await screenshot(page, 'proconnect-sign-in');
    await button.click();

    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.getByRole('button', { name: /Sophie Leroy/ }).click();

    await page.waitForURL(`${base}/`);
    await page.getByRole('heading', { name: 'Connexion à mnio' }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Se déconnecter' }).first().waitFor();
    await j.check('signed in through ProConnect');
    await screenshot(page, 'proconnect-signed-in');
    // The home page, not the return address's.
    expect(await page.getByRole('heading', { name: 'Page non trouvée' }).count()).toBe(0);
    expect(await page.evaluate(() => window.location.search)).toBe('');
    const storage = await browserStorage(page);
    expect(storage).not.toMatch(/proconnect|eyJ/i);

    // Sign out: mnio's session, then the provider's; back on the sign-in page.
    await page.getByRole('button', { name: 'Se déconnecter' }).first().click();
    await page.waitForURL(`${base}/`);
    await page.getByRole('heading', { name: 'Connexion à mnio' }).waitFor();
    const link = await j.db.query(`SELECT count(*)::int AS n FROM user_identities i JOIN users u ON u.id = i.user_id WHERE u.email = 'prefecture.93@demo.mnio.test'`);
    expect(link.rows[0].n).toBe(1);
    const sessions = await j.db.query(`SELECT count(*)::int AS n FROM oidc_sessions`);
    expect(sessions.rows[0].n).toBe(0);

    await signIn(page, 'prefecture.93@demo.mnio.test', DEMO_PASSWORD);
    await signOut(page);
  });

  it('tells an agent mnio does not know whom to ask', async () => {
    const { page, base } = j;
    await page.goto(base);
    await page.getByRole('button', { name: /S’identifier avec\s*ProConnect/ }).click();
    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.getByRole('button', { name: /Nouvel Agent/ }).click();
    await page.getByRole('heading', { name: 'Vous n’avez pas encore de compte mnio' }).waitFor();
    await j.check('ProConnect: no account yet');
    await screenshot(page, 'proconnect-no-account');
    expect(await page.getByText('Association Aide TEH 93', { exact: false }).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Revenir à la page de connexion' }).click();
    await page.getByRole('heading', { name: 'Connexion à mnio' }).waitFor();
  });

  afterAll(() => {
    expect(j.violations).toEqual([]);
    expect(j.consoleLines.filter((l) => /@|\d{14}/.test(l))).toEqual([]);
  });
});
