/// <reference lib="dom" />
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { TOTP } from 'otpauth';
import { DEMO_ORGS } from '../../../db/seeds/demo';
import { ACR_SELF_ASSERTED, demoProviderAccounts, LocalProvider, startLocalOidcProvider } from '../../support/oidc-provider';
import { browserStorage, Journey, screenshot, useWebJourney } from '../../support/web';

jest.setTimeout(420_000);

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const totp = (secret: string, steps = 0) => new TOTP({ issuer: 'mnio', secret }).generate({ timestamp: Date.now() + steps * 30_000 });

const PROCONNECT = /S’identifier avec\s*ProConnect/;
const AWA = /Awa Diallo/;
const LAST_NAME = 'Brouillon-Fenetre';

/**
 * Issue 15 §2 for a user who signs in only with ProConnect (her association's password sign-in is switched off):
 * her session ends while the new-situation form is half filled; the re-sign-in dialog opens ProConnect in a popup
 * window (mnio's own second factor asked for in it, her ProConnect sign-in proving none), the popup closes, the
 * dialog leaves, and the form still holds her values. The idle timeout is the shortest allowed (60 s).
 */
describe('web: a ProConnect-only user signs back in through a popup, and the half-filled form survives', () => {
  let provider: LocalProvider;
  let j: Journey;
  let page: Page;
  const env: Record<string, string> = { MNIO_MFA_REQUIRED: 'true', MNIO_SESSION_IDLE_TIMEOUT: '60s' };
  let port = 0;
  beforeAll(async () => {
    port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    // Awa Diallo (case worker of the association 93) signs in at the provider with a password only: mnio asks for its code.
    const accounts = demoProviderAccounts().map((a) => (a.email === 'asso.93@demo.mnio.test' ? { ...a, acr: ACR_SELF_ASSERTED } : a));
    provider = await startLocalOidcProvider({ accounts, redirectUris: [`${base}/connexion/proconnect`], postLogoutRedirectUris: [`${base}/`] });
    Object.assign(env, provider.env(`${base}/connexion/proconnect`));
  });
  useWebJourney({ env, get port() { return port; } }, (journey) => ((j = journey), (page = journey.page)), 360_000);
  afterAll(() => provider?.close());

  async function enterCode(p: Page, code: string) {
    await p.getByRole('textbox', { name: /Code de vérification/ }).fill(code);
    await p.getByRole('button', { name: 'Valider le code' }).click();
  }

  it('keeps the form through a re-sign-in with ProConnect in a popup, mnio’s code asked for in it', async () => {
    await j.db.query(`UPDATE organisations SET password_sign_in = false WHERE id = $1`, [DEMO_ORGS.asso93]);
    await page.goto(j.base);
    await page.getByRole('button', { name: PROCONNECT }).click();
    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.getByRole('button', { name: AWA }).click();
    await page.waitForURL((url) => url.origin === j.base);
    // First time: mnio's second factor is set up on the way back.
    const alert = page.getByText(/Ajoutez cette clé dans votre application d’authentification/).filter({ hasText: /[A-Z2-7]{32}/ });
    await alert.waitFor();
    const key = /([A-Z2-7]{32})\s*$/.exec(((await alert.textContent()) ?? '').trim())?.[1];
    if (!key) throw new Error('no enrolment key on the page');
    await enterCode(page, totp(key));
    await page.getByRole('button', { name: 'Se déconnecter' }).first().waitFor();

    // The half-filled form.
    await page.getByRole('link', { name: 'Nouvelle situation' }).first().click();
    await page.getByRole('heading', { name: 'Nouvelle situation', level: 1 }).waitFor();
    await page.getByRole('checkbox', { name: 'Mise en sécurité' }).check({ force: true });
    await page.getByRole('button', { name: 'Étape suivante' }).click();
    const lastName = page.getByRole('textbox', { name: 'Nom', exact: true });
    await lastName.click();
    await lastName.pressSequentially(LAST_NAME);

    // Nobody answers the warning: the session ends.
    const expired = page.getByRole('dialog', { name: 'Votre session a expiré' });
    await expired.waitFor({ timeout: 150_000 });
    const button = expired.getByRole('button', { name: PROCONNECT });
    await button.waitFor();
    await j.check('session expirée, ProConnect');
    await screenshot(page, 'session-expired-proconnect', false);

    // Someone new at the provider (its session of the first sign-in is forgotten; mnio's cookie was spent anyway).
    await j.context.clearCookies();
    const popupOpened = page.waitForEvent('popup');
    await button.click();
    const popup = await popupOpened;
    await popup.waitForURL((url) => url.origin === provider.issuer);
    await popup.getByRole('button', { name: AWA }).click();
    await popup.waitForURL((url) => url.origin === j.base);
    await popup.getByText('Saisissez le code à 6 chiffres affiché par votre application d’authentification.').waitFor();
    await screenshot(popup, 'session-expired-proconnect-popup-code', false);
    const closed = popup.waitForEvent('close');
    await enterCode(popup, totp(key, 1));
    await closed;

    await expired.waitFor({ state: 'detached' });
    expect(await lastName.inputValue()).toBe(LAST_NAME);
    expect(page.url()).toBe(`${j.base}/situations/nouvelle`);
    await page.getByRole('button', { name: 'Se déconnecter' }).first().waitFor();
    // The session is the browser's again (a reload would restore it); the draft never reached the storage.
    expect(await browserStorage(page)).not.toContain(LAST_NAME);
    expect(await browserStorage(page)).not.toMatch(/eyJ/);
    const sessions = await j.db.query(
      `SELECT count(*)::int AS n FROM auth_sessions s JOIN users u ON u.id = s.user_id WHERE u.email = 'asso.93@demo.mnio.test' AND s.revoked_at IS NULL AND s.idle_expires_at > now()`,
    );
    expect(sessions.rows[0].n).toBeGreaterThanOrEqual(1);
  });

  afterAll(() => {
    expect(j.violations).toEqual([]);
    expect(j.consoleLines.filter((l) => /^pageerror/.test(l))).toEqual([]);
    for (const line of j.consoleLines) expect(line).not.toContain(LAST_NAME);
  });
});
