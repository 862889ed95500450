/// <reference lib="dom" />
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { TOTP } from 'otpauth';
import { DEMO_ORGS, DEMO_PASSWORD, DEMO_SIRETS } from '../../../db/seeds/demo';
import { ACR_SELF_ASSERTED, ACR_SELF_ASSERTED_2FA, demoProviderAccounts, LocalProvider, startLocalOidcProvider } from '../../support/oidc-provider';
import { browserStorage, Journey, screenshot, signOut, useWebJourney } from '../../support/web';

jest.setTimeout(420_000);

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A code of mnio's TOTP for `secret`, `steps` time steps ahead (a code of a step already spent is refused). */
const totp = (secret: string, steps = 0) => new TOTP({ issuer: 'mnio', secret }).generate({ timestamp: Date.now() + steps * 30_000 });

const SIGN_IN = 'Connexion à mnio';
const PROCONNECT = /S’identifier avec\s*ProConnect/;
const NEW_AGENT = 'Agent Nouveau';
const NEW_AGENT_EMAIL = 'agent.nouveau@asso93.demo.mnio.test';
const SIRET_75 = '99900000600000';

/**
 * Issue 15 in a real browser, with the second factor mandatory (`MNIO_MFA_REQUIRED`) and the local provider:
 * a référente whose ProConnect `acr` proves no second factor is asked for mnio's own code (set up the first
 * time, then asked for); sessions opened either way survive a reload; an agent mnio does not know leaves an access
 * request that the coordinator is told of and accepts with a role; the platform sets an organisation's SIRET and
 * switches its password sign-in off, and its agent is then told clearly on the password form.
 */
describe('web: ProConnect with mnio’s second factor, access requests, the platform’s sign-in settings', () => {
  let provider: LocalProvider;
  let j: Journey;
  let page: Page;
  const env: Record<string, string> = { MNIO_MFA_REQUIRED: 'true' };
  let port = 0;
  beforeAll(async () => {
    port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    // Sophie Leroy (référente TEH, a role the second factor covers) signs in at the provider with a password only.
    const accounts = demoProviderAccounts().map((a) => (a.email === 'prefecture.93@demo.mnio.test' ? { ...a, acr: ACR_SELF_ASSERTED } : a));
    accounts.push({ sub: 'demo-agent-nouveau', email: NEW_AGENT_EMAIL, given_name: 'Agent', usual_name: 'Nouveau', uid: 'agent.nouveau', siret: DEMO_SIRETS[DEMO_ORGS.asso93], acr: ACR_SELF_ASSERTED_2FA });
    provider = await startLocalOidcProvider({ accounts, redirectUris: [`${base}/connexion/proconnect`], postLogoutRedirectUris: [`${base}/`] });
    Object.assign(env, provider.env(`${base}/connexion/proconnect`));
  });
  useWebJourney({ env, get port() { return port; } }, (journey) => ((j = journey), (page = journey.page)), 360_000);
  afterAll(() => provider?.close());

  const signedIn = () => page.getByRole('button', { name: 'Se déconnecter' }).first().waitFor();

  /** The sign-in page at `url`, whatever session a previous step left in the browser (mnio's or the provider's). */
  async function signedOutAt(url: string) {
    await page.goto(url);
    const form = page.getByRole('heading', { name: SIGN_IN });
    await form.or(page.getByRole('button', { name: 'Se déconnecter', includeHidden: true }).first()).waitFor({ state: 'attached' });
    if (await form.isVisible()) return;
    await page.waitForLoadState('networkidle');
    await j.context.clearCookies();
    await page.goto(url);
    await form.waitFor();
  }

  /**
   * From the sign-in page to the provider, as `who` (the provider's account button), back to mnio. Someone new at
   * the browser: the provider's session of whoever came before (it would answer at once for them) is forgotten.
   */
  async function viaProConnect(who: string | RegExp) {
    await j.context.clearCookies();
    await signedOutAt(j.base);
    await page.getByRole('button', { name: PROCONNECT }).click();
    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.getByRole('button', { name: who }).click();
    await page.waitForURL((url) => url.origin === j.base);
  }

  /** The enrolment step: the key is shown once; returns it. */
  async function enrolmentKey(): Promise<string> {
    // The key arrives with the enrolment's answer, after the step shows.
    const alert = page.getByText(/Ajoutez cette clé dans votre application d’authentification/).filter({ hasText: /[A-Z2-7]{32}/ });
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    const key = /([A-Z2-7]{32})\s*$/.exec(text.trim())?.[1];
    if (!key) throw new Error('no enrolment key on the page');
    return key;
  }

  async function enterCode(code: string) {
    await page.getByRole('textbox', { name: /Code de vérification/ }).fill(code);
    await page.getByRole('button', { name: 'Valider le code' }).click();
  }

  async function reloadKeepsSession(heading: string | RegExp) {
    const before = page.url();
    await page.reload();
    await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
    await signedIn();
    expect(page.url()).toBe(before);
    expect(await page.getByRole('heading', { name: SIGN_IN }).count()).toBe(0);
  }

  let prefectureKey = '';

  it('asks a référente whose ProConnect sign-in proves no second factor for mnio’s own code: set up first, then asked for', async () => {
    await viaProConnect(/Sophie Leroy/);
    // No second factor yet in mnio: she sets it up on the way back.
    prefectureKey = await enrolmentKey();
    await j.check('ProConnect: mnio’s second factor to set up');
    await screenshot(page, 'proconnect-totp-enrolment');
    await enterCode(totp(prefectureKey));
    await signedIn();
    expect(page.url()).toBe(`${j.base}/`);
    // A reload keeps the session opened through ProConnect.
    await page.goto(`${j.base}/situations`);
    await page.getByRole('heading', { name: 'Situations', level: 1 }).waitFor();
    await reloadKeepsSession('Situations');
    await signOut(page);

    // Next time: the provider's acr still proves no second factor, mnio asks for the code.
    await viaProConnect(/Sophie Leroy/);
    await page.getByText('Saisissez le code à 6 chiffres affiché par votre application d’authentification.').waitFor();
    await j.check('ProConnect: mnio’s code asked for');
    await screenshot(page, 'proconnect-totp-step');
    await enterCode(totp(prefectureKey, 1));
    await signedIn();
    await page.getByRole('heading', { name: 'Bonjour Sophie Leroy', level: 1 }).waitFor();
    await reloadKeepsSession('Bonjour Sophie Leroy');
    const storage = await browserStorage(page);
    expect(storage).not.toContain(prefectureKey);
    expect(storage).not.toMatch(/eyJ/);
    await signOut(page);
  });

  it('tells the coordinator of an access request, who accepts it with a role; the agent then comes in with ProConnect', async () => {
    await viaProConnect(new RegExp(NEW_AGENT));
    await page.getByRole('heading', { name: 'Vous n’avez pas encore de compte mnio' }).waitFor();
    expect(await page.getByText('Association Aide TEH 93', { exact: false }).count()).toBeGreaterThan(0);

    // Claire Martin, coordinator of the association (her ProConnect sign-in proves a second factor).
    await viaProConnect(/Claire Martin/);
    await signedIn();
    await page.goto(`${j.base}/notifications`);
    const notice = page.getByRole('link', { name: "Une demande d'accès attend votre décision" });
    for (let i = 0; i < 30 && !(await notice.count()); i++) {
      await page.waitForTimeout(1000);
      await page.reload();
      await page.getByRole('heading', { name: /Notifications/, level: 1 }).waitFor();
    }
    await notice.first().waitFor();
    await j.check('notification: an access request');
    await screenshot(page, 'proconnect-access-request-notification');
    // The notification says nothing of who asks.
    expect(await page.locator('main').innerText()).not.toContain(NEW_AGENT);
    await notice.first().click();
    const panel = page.getByRole('region', { name: 'Personnes à accueillir dans mnio' });
    await panel.getByText(NEW_AGENT_EMAIL, { exact: false }).waitFor();
    await j.check('home: access requests panel');
    await screenshot(page, 'proconnect-access-request-panel');
    await panel.getByLabel(`Rôle à donner à ${NEW_AGENT}`).selectOption('case_worker');
    await panel.getByRole('button', { name: /^Accepter/ }).click();
    await panel.waitFor({ state: 'detached' });
    const granted = await j.db.query(
      `SELECT m.role FROM users u JOIN memberships m ON m.user_id = u.id WHERE u.email = $1 AND m.organisation_id = $2 AND m.active`,
      [NEW_AGENT_EMAIL, DEMO_ORGS.asso93],
    );
    expect(granted.rows).toEqual([{ role: 'case_worker' }]);
    await signOut(page);

    await viaProConnect(new RegExp(NEW_AGENT));
    await signedIn();
    await signOut(page);
  });

  it('lets the platform set a SIRET and switch password sign-in off; the organisation’s agent is then told clearly', async () => {
    // The administrator signs in with a password; the second factor is set up on the way.
    await signedOutAt(`${j.base}/administration`);
    await page.getByLabel('Adresse électronique').fill('admin@demo.mnio.test');
    await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    const adminKey = await enrolmentKey();
    await enterCode(totp(adminKey));
    await page.getByRole('heading', { name: 'Administration', level: 1 }).waitFor();
    // A password session survives a reload too.
    await reloadKeepsSession('Administration');

    const item = page.locator('li', { has: page.getByRole('heading', { name: 'Association Paris Accueil', level: 3 }) });
    await item.scrollIntoViewIfNeeded();
    expect(await item.innerText()).toMatch(/SIRET enregistré : aucun/);
    const siret = item.getByLabel(/^SIRET/);
    await siret.fill('999 000 006 00001');
    await item.getByRole('button', { name: /Enregistrer le SIRET/ }).click();
    await item.getByText(/Ce numéro SIRET n’est pas valide/).first().waitFor();
    await j.check('administration: a wrong SIRET');
    await screenshot(page, 'admin-siret-invalid', false);
    await siret.fill('999 000 006 00000');
    await item.getByRole('button', { name: /Enregistrer le SIRET/ }).click();
    await item.getByText(/SIRET enregistré : 999 000 006 00000/).waitFor();
    const toggle = item.getByRole('checkbox', { name: /Connexion par mot de passe autorisée/ });
    expect(await toggle.isChecked()).toBe(true);
    await item.locator('label', { hasText: 'Connexion par mot de passe autorisée' }).click();
    await item.getByText(/connexion par mot de passe désactivée/).waitFor();
    expect(await toggle.isChecked()).toBe(false);
    await j.check('administration: sign-in of organisations');
    await item.scrollIntoViewIfNeeded();
    await screenshot(page, 'admin-organisation-sign-in', false);
    const stored = await j.db.query(`SELECT siret, password_sign_in FROM organisations WHERE id = $1`, [DEMO_ORGS.asso75]);
    expect(stored.rows).toEqual([{ siret: SIRET_75, password_sign_in: false }]);
    await signOut(page);

    // An agent of that organisation, with the right password: told to use ProConnect.
    await page.getByLabel('Adresse électronique').fill('asso.75@demo.mnio.test');
    await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByText('Votre organisation se connecte avec ProConnect : utilisez le bouton « S’identifier avec ProConnect ».').waitFor();
    expect(await page.getByRole('heading', { name: SIGN_IN }).count()).toBe(1);
    await j.check('password sign-in refused');
    await screenshot(page, 'password-sign-in-refused');
  });

  afterAll(() => {
    expect(j.violations).toEqual([]);
    expect(j.consoleLines.filter((l) => /^pageerror/.test(l))).toEqual([]);
    expect(j.consoleLines.filter((l) => /@|\d{14}/.test(l))).toEqual([]);
  });
});
