/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../../db/seeds/demo';
import { browserStorage, Journey, screenshot, signIn, useWebJourney } from '../../support/web';

jest.setTimeout(420_000);

const ASSO93 = 'asso.93@demo.mnio.test';
const LAST_NAME = 'Brouillon-Sessionnaire';

/**
 * Issue 15 §2 in the browser: a reload or a new tab keeps the session (the refresh cookie, HttpOnly, restores it
 * at boot), and an idle session warns before it ends (« Rester connecté »), then ends, while the half-filled
 * new-situation form stays on the page through the re-sign-in. The idle timeout is the shortest allowed (60 s):
 * the warning opens 30 s before the end.
 */
describe('web: sessions survive a reload, warn before their idle end, and keep the form through a re-sign-in', () => {
  let journey: Journey;
  let page: Page;
  useWebJourney({ worker: false, env: { MNIO_SESSION_IDLE_TIMEOUT: '60s' } }, (j) => ((journey = j), (page = j.page)));

  const signedInAs = (p: Page) => p.getByRole('button', { name: 'Se déconnecter' }).first().waitFor();

  it('signs in, reloads the page: still signed in on the same page; the refresh token is in an HttpOnly cookie only', async () => {
    await page.goto(`${journey.base}/situations`);
    await signIn(page, ASSO93, DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Situations', level: 1 }).waitFor();
    const access = await page.evaluate(() => document.cookie);
    await page.reload();
    await page.getByRole('heading', { name: 'Situations', level: 1 }).waitFor();
    await signedInAs(page);
    expect(page.url()).toBe(`${journey.base}/situations`);
    expect(await page.getByRole('heading', { name: 'Connexion à mnio' }).count()).toBe(0);
    await journey.check('situations après rechargement');

    const cookies = await journey.context.cookies();
    const refresh = cookies.filter((c) => c.name === 'mnio_refresh');
    expect(refresh).toHaveLength(1);
    expect(refresh[0]).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/auth/refresh' });
    // Scripts see neither the refresh cookie nor any token in storage: only the session marker, which holds nothing.
    expect(access).toBe('mnio_session=1');
    const storage = await browserStorage(page);
    expect(storage).not.toContain(refresh[0].value);
    expect(storage).not.toMatch(/eyJ/);
  });

  it('opens a new tab of the same browser already signed in', async () => {
    const tab = await journey.context.newPage();
    try {
      await tab.goto(`${journey.base}/situations/nouvelle`);
      await signedInAs(tab);
      await tab.getByRole('heading', { name: /Nouvelle situation|Enregistrer une situation/, level: 1 }).waitFor();
      expect(await tab.getByRole('heading', { name: 'Connexion à mnio' }).count()).toBe(0);
    } finally {
      await tab.close();
    }
  });

  it('warns before the idle end; « Rester connecté » keeps the session and the half-filled form', async () => {
    await page.getByRole('link', { name: 'Nouvelle situation' }).first().click();
    await page.getByRole('heading', { name: 'Nouvelle situation', level: 1 }).waitFor();
    await page.getByRole('checkbox', { name: 'Mise en sécurité' }).check({ force: true });
    await page.getByRole('button', { name: 'Étape suivante' }).click();
    const lastName = page.getByRole('textbox', { name: 'Nom', exact: true });
    await lastName.click();
    await lastName.pressSequentially(LAST_NAME);
    // No key, no click: the warning opens 30 s before the end (60 s at most after the last renewal).
    const warning = page.getByRole('dialog', { name: /Votre session va expirer dans/ });
    await warning.waitFor({ timeout: 90_000 });
    expect(await warning.textContent()).toMatch(/Votre session va expirer dans \d+ secondes/);
    // Answered at once: the warning leaves 30 s, too short for an accessibility scan on a loaded machine (the
    // expired-session dialog, the same DSFR modal, is scanned below).
    await screenshot(page, 'session-idle-warning', false);
    await page.locator('dialog button', { hasText: 'Rester connecté' }).click();
    await warning.waitFor({ state: 'detached' });
    expect(await lastName.inputValue()).toBe(LAST_NAME);
    await signedInAs(page);
  });

  it('ends an idle session: the page stays, the user signs in again in the dialog, and the form still holds its values', async () => {
    const lastName = page.getByRole('textbox', { name: 'Nom', exact: true });
    await page.getByRole('dialog', { name: /Votre session va expirer dans/ }).waitFor({ timeout: 90_000 });
    // Nobody answers: the session ends at the idle end.
    const expired = page.getByRole('dialog', { name: 'Votre session a expiré' });
    await expired.waitFor({ timeout: 60_000 });
    await journey.check('session expirée');
    const password = page.locator('dialog input[type=password]');
    await password.waitFor({ timeout: 10_000 }).catch(async (e: unknown) => {
      // What the page shows instead, for the failure's message (no identity: the draft is a made-up name).
      throw new Error(`${String(e)}\n${(await page.locator('body').innerText()).slice(0, 2000)}`);
    });
    await password.fill(DEMO_PASSWORD);
    await page.locator('dialog button', { hasText: 'Se connecter' }).click();
    await expired.waitFor({ state: 'detached' });
    expect(await lastName.inputValue()).toBe(LAST_NAME);
    expect(page.url()).toBe(`${journey.base}/situations/nouvelle`);
    // The draft was kept in the page's memory, never in the browser's storage.
    expect(await browserStorage(page)).not.toContain(LAST_NAME);
  });

  it('shows a browser that never signed in the sign-in form at once, without asking the refresh route', async () => {
    const fresh = await journey.browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris' });
    try {
      const tab = await fresh.newPage();
      const asked: string[] = [];
      tab.on('request', (r) => r.url().includes('/api/auth/refresh') && asked.push(r.url()));
      await tab.goto(`${journey.base}/situations`);
      await tab.getByRole('heading', { name: 'Connexion à mnio' }).waitFor();
      expect(asked).toEqual([]);
      expect(await tab.evaluate(() => document.cookie)).toBe('');
    } finally {
      await fresh.close();
    }
  });

  it('draws the sign-in page before any script has run, inert (nothing typed there is kept or sent), then the live form takes over', async () => {
    const noScript = await journey.browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris', javaScriptEnabled: false });
    try {
      const tab = await noScript.newPage();
      await tab.goto(`${journey.base}/situations`);
      // From the HTML and the stylesheet alone: the page's frame, heading, notice and form.
      await tab.getByRole('heading', { name: 'Connexion à mnio', level: 1 }).waitFor();
      expect(await tab.title()).toBe('Connexion — mnio');
      expect(await tab.getByText('Pour protéger les personnes, votre session prend fin').isVisible()).toBe(true);
      const email = tab.locator('input[type="email"]');
      expect(await email.isVisible()).toBe(true);
      await screenshot(tab, 'connexion-avant-les-scripts');
      // A click on the field and some typing: inert, the field takes neither focus nor text, and Enter sends nothing.
      const box = (await email.boundingBox())!;
      await tab.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await tab.keyboard.type('asso.93@demo.mnio.test');
      await tab.keyboard.press('Enter');
      expect(await email.inputValue()).toBe('');
      expect(tab.url()).toBe(`${journey.base}/situations`);
    } finally {
      await noScript.close();
    }
    // With its scripts, the same address: the live page replaced the drawn one (nothing inert is left), and takes text.
    const fresh = await journey.browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris' });
    try {
      const tab = await fresh.newPage();
      await tab.goto(`${journey.base}/situations`);
      await tab.getByRole('textbox', { name: /Adresse électronique/ }).fill(ASSO93);
      expect(await tab.locator('[inert]').count()).toBe(0);
      expect(await tab.getByRole('heading', { name: 'Connexion à mnio', level: 1 }).count()).toBe(1);
      expect(await tab.getByRole('textbox', { name: /Adresse électronique/ }).inputValue()).toBe(ASSO93);
    } finally {
      await fresh.close();
    }
  });

  it('found no serious accessibility violation and no error in the console', async () => {
    expect(journey.violations).toEqual([]);
    expect(journey.consoleLines.filter((l) => /^pageerror/.test(l))).toEqual([]);
    for (const line of journey.consoleLines) expect(line).not.toContain(LAST_NAME);
  });
});
