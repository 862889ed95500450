/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { DEMO_ORGS, DEMO_PASSWORD } from '../../../db/seeds/demo';
import { TestApi } from '../../support/app';
import { waitFor } from '../../support/stack';
import { browserStorage, Journey, recordConsole, screenshot, seriousViolations, signIn, signOut, useWebJourney } from '../../support/web';

jest.setTimeout(240_000);

const ASSO93 = 'asso.93@demo.mnio.test';
const ASSO75 = 'asso.75@demo.mnio.test';
const ACSE = 'acse@demo.mnio.test';
const HOST13 = 'host.13@demo.mnio.test';

/** A made-up person whose every identity value is distinctive, so that finding one anywhere is a leak. */
const tag = Math.random().toString(36).slice(2, 8);
const PERSON = { lastName: `Zyqoralet${tag}`, firstName: `Vexmira${tag}`, phone: '06 71 23 45 98' };
const IDENTITY_VALUES = [PERSON.lastName, PERSON.firstName, '0671234598', '+33671234598'];

/**
 * The referral mechanism in a real browser (Debian's Chromium) against the real API and worker on their own
 * database: an association worker records a presumed victim and asks Ac.Sé; Ac.Sé accepts; the worker sees
 * the answer and the notification the worker process put in the inbox; another territory's worker gets the
 * 404 page. axe-core checks every page visited (WCAG 2.1 A/AA: no serious or critical violation).
 */
describe('web: record a presumed victim, orient to Ac.Sé, answer, notification, another territory kept out', () => {
  let caseId = '';
  let reference = '';

  let api: TestApi;
  let page: Page;
  let base: string;
  let browser: Browser;
  let consoleLines: string[];
  let violations: string[];
  let titles: string[];
  let urls: string[];
  let check: Journey['check'];
  useWebJourney({ env: { NOTIFY_BACKOFF_MS: '100' } }, (j) => ({ api, page, base, browser, consoleLines, violations, titles, urls, check } = j));

  beforeAll(async () => {
    await (await api.as(HOST13)).put(`/api/hosts/${DEMO_ORGS.host13}/capacity`).send({ women: 2, family: 1 }).expect(200);
  });

  it('serves the pages from the API with a CSP, and keeps /api and /health answering JSON', async () => {
    const res = await fetch(`${base}/cases/00000000-0000-4000-8000-000000000000`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.text()).toContain('<html lang="fr"');
    const apiMiss = await fetch(`${base}/api/nothing-here`);
    expect(apiMiss.status).toBe(404);
    expect(((await apiMiss.json()) as { code: string }).code).toBe('ROUTE_NOT_FOUND');
  });

  it('asso.93 signs in and records a presumed victim through the guided form; an expired token is refreshed without losing the form', async () => {
    await page.goto(`${base}/`);
    await page.getByRole('heading', { name: 'Connexion à mnio' }).waitFor();
    await check('connexion');
    await screenshot(page, 'connexion');
    await signIn(page, ASSO93, DEMO_PASSWORD);
    await page.getByRole('heading', { name: /Bonjour/ }).waitFor();
    await check('accueil intervenant');

    await page.getByRole('link', { name: 'Nouvelle situation' }).first().click();
    await page.getByRole('heading', { name: 'Nouvelle situation', level: 1 }).waitFor();
    await page.getByRole('checkbox', { name: 'Mise en sécurité' }).check({ force: true });
    await page.getByRole('checkbox', { name: 'Hébergement sécurisé' }).check({ force: true });
    await check('formulaire étape 1');
    await page.getByRole('button', { name: 'Étape suivante' }).click();

    // Step 2 refuses to go on without the sex, in French.
    await page.getByRole('button', { name: 'Étape suivante' }).click();
    await page.getByText('Indiquez le sexe (ou « Non renseigné »).').first().waitFor();
    await page.getByRole('textbox', { name: 'Nom', exact: true }).fill(PERSON.lastName);
    await page.getByRole('textbox', { name: 'Prénom', exact: true }).fill(PERSON.firstName);
    await page.getByRole('radio', { name: 'Femme' }).check({ force: true });
    await page.getByRole('combobox', { name: 'Nationalité' }).selectOption('NG');
    await page.getByRole('textbox', { name: /Âge estimé/ }).fill('24');
    await check('formulaire étape 2');
    await screenshot(page, 'nouvelle-situation');
    await page.getByRole('button', { name: 'Étape suivante' }).click();

    await page.getByRole('checkbox', { name: 'Anglais' }).check({ force: true });
    await page.getByRole('group', { name: /interprète est-il nécessaire/ }).getByRole('radio', { name: 'Oui' }).check({ force: true });
    await page.getByRole('textbox', { name: /Téléphone/ }).fill(PERSON.phone);
    await page.getByRole('group', { name: /sûr de contacter/ }).getByRole('radio', { name: 'Non' }).check({ force: true });
    await page.getByRole('button', { name: 'Étape suivante' }).click();

    await page.getByRole('checkbox', { name: 'Exploitation sexuelle' }).check({ force: true });
    await page.getByRole('button', { name: 'Ajouter un fait' }).click();
    await page.getByRole('combobox', { name: 'Pays', exact: true }).selectOption('FR');
    await page.getByRole('combobox', { name: 'Département', exact: true }).selectOption('93');
    await check('formulaire étape 4');
    await page.getByRole('button', { name: 'Étape suivante' }).click();

    await page.getByRole('checkbox', { name: 'Papiers d’identité confisqués' }).check({ force: true });
    await page.getByRole('group', { name: /Papiers d’identité confisqués/ }).getByRole('radio', { name: 'Fort' }).check({ force: true });
    await check('formulaire étape 5');
    await page.getByRole('button', { name: 'Étape suivante' }).click();

    await page.getByRole('group', { name: /en danger là où elle se trouve/ }).getByRole('radio', { name: 'Oui' }).check({ force: true });
    await page.getByRole('button', { name: 'Étape suivante' }).click();

    await page.getByRole('group', { name: /cellule TEH du CLAV/ }).getByRole('radio', { name: 'Oui' }).check({ force: true });
    await page.getByRole('group', { name: /forces de l’ordre/ }).getByRole('radio', { name: 'Non' }).check({ force: true });
    await page.getByRole('checkbox', { name: /Accepte une orientation vers Ac\.Sé/ }).check({ force: true });
    await page.getByRole('checkbox', { name: /victime présumée de traite/ }).check({ force: true });
    await check('formulaire étape 7');
    await page.getByRole('button', { name: 'Étape suivante' }).click();
    await page.getByText('Vérification et enregistrement').first().waitFor();

    // Leave the form and come back: the draft is still there (in memory).
    await page.getByRole('link', { name: 'Accueil' }).first().click();
    await page.getByRole('heading', { name: /Bonjour/ }).waitFor();
    await page.getByRole('link', { name: 'Nouvelle situation' }).first().click();
    await page.getByText('Vérification et enregistrement').first().waitFor();

    // The access token "expires" just as the form is sent: the client refreshes it and sends the form again.
    let expiredOnce = false;
    await page.route('**/api/cases', async (route) => {
      if (!expiredOnce && route.request().method() === 'POST') {
        expiredOnce = true;
        await route.fulfill({ status: 401, contentType: 'application/json', body: JSON.stringify({ code: 'TOKEN_EXPIRED', message: 'expired', correlationId: 'x' }) });
      } else await route.continue();
    });
    const refreshed = page.waitForResponse((r) => r.url().endsWith('/api/auth/refresh') && r.status() === 200);
    await page.getByRole('button', { name: 'Enregistrer la situation' }).click();
    await refreshed;
    await page.getByRole('heading', { name: 'Situation enregistrée' }).waitFor();
    await page.unroute('**/api/cases');
    expect(expiredOnce).toBe(true);
    reference = (await page.getByText(/^Référence /).first().textContent())!.replace('Référence ', '').trim();
    expect(reference).toMatch(/^93-\d{4}-\d{6}$/);
    await check('situation enregistrée');

    await page.getByRole('link', { name: 'Ouvrir la situation' }).click();
    await page.getByRole('heading', { name: `Situation ${reference}` }).waitFor();
    caseId = new URL(page.url()).pathname.split('/')[2];
    expect(page.url()).toBe(`${base}/cases/${caseId}`);
    await page.getByText('Victime présumée').first().waitFor();
    await check('situation');
    await screenshot(page, 'situation');
  });

  it('shows the identity only on request, says the read is recorded, and the answer is not cacheable', async () => {
    await page.getByText('Chaque consultation est enregistrée dans le journal d’audit').waitFor();
    expect(await page.getByText(PERSON.lastName).count()).toBe(0);
    const identity = page.waitForResponse((r) => r.url().includes(`/api/cases/${caseId}/identity`));
    await page.getByRole('button', { name: 'Afficher l’identité' }).click();
    const res = await identity;
    expect(res.headers()['cache-control']).toBe('no-store');
    expect(res.url()).toContain('reason=follow_up');
    await page.getByTestId('identity').getByText(PERSON.lastName).waitFor();
    await check('identité affichée');
    await page.getByRole('button', { name: 'Masquer l’identité' }).click();
    expect(await page.getByText(PERSON.lastName).count()).toBe(0);
  });

  it('explains eligibility in French before sending, then asks Ac.Sé', async () => {
    await page.getByRole('link', { name: 'Demander une orientation' }).click();
    await page.getByRole('heading', { name: 'Demander une orientation' }).waitFor();
    // No consent for the préfecture yet: said before anything is sent.
    await page.getByRole('radio', { name: 'Préfecture (référent TEH)' }).check({ force: true });
    await page.getByRole('combobox', { name: /Organisation destinataire/ }).selectOption({ label: 'Préfecture de la Seine-Saint-Denis' });
    await page.getByText('La personne n’a pas encore donné son accord pour cette orientation').waitFor();
    expect(await page.getByRole('button', { name: 'Envoyer la demande' }).isDisabled()).toBe(true);
    await check('orientation : éligibilité');
    await screenshot(page, 'orientation-eligibilite');

    await page.getByRole('radio', { name: 'Ac.Sé (hébergement sécurisant et éloigné)' }).check({ force: true });
    await page.getByRole('combobox', { name: /Organisation destinataire/ }).selectOption({ label: 'Ac.Sé coordination' });
    expect(await page.getByText('Cette orientation ne peut pas encore être demandée').count()).toBe(0);
    await page.getByRole('button', { name: 'Envoyer la demande' }).click();
    await page.getByRole('heading', { name: /Orientation : Ac\.Sé/ }).waitFor();
    await page.getByText('Demandée', { exact: true }).first().waitFor();
    await page.getByRole('button', { name: 'Annuler la demande' }).waitFor();
    await check('orientation demandée');
    await signOut(page);
  });

  it('Ac.Sé finds the request in its inbox, assesses, searches a place and agrees in principle with host 13', async () => {
    await signIn(page, ACSE, DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Demandes à traiter' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: reference });
    await row.waitFor();
    expect(await row.getByRole('button', { name: /Annuler la demande/ }).count()).toBe(0);
    await check('accueil Ac.Sé');
    await screenshot(page, 'demandes-recues');
    await row.getByRole('button', { name: /Commencer l’évaluation/ }).click();
    await row.getByRole('button', { name: /Rechercher une place/ }).click();
    await row.getByRole('button', { name: /Accepter \(accord de principe\)/ }).click();
    await row.getByRole('combobox', { name: /Structure d’hébergement/ }).selectOption({ label: 'Structure d’accueil Ac.Sé « Horizon »' });
    await check('accord de principe : formulaire');
    await row.getByRole('button', { name: /Confirmer/ }).click();
    await row.getByText('Accord de principe').first().waitFor();
    await signOut(page);
  });

  it('asso.93 sees the answer and the notification the worker delivered (unread count in the header)', async () => {
    const worker93 = await api.as(ASSO93);
    await waitFor(async () => {
      const res = await worker93.get('/api/notifications');
      return res.body.items?.some((n: { title: string }) => n.title === `Orientation acceptée — ${reference}`);
    }, 'the OrientationAccepted notification in asso.93’s inbox', 30_000);

    await signIn(page, ASSO93, DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Réponses à mes demandes d’orientation' }).waitFor();
    await page.getByRole('listitem').filter({ hasText: reference }).getByText('Accord de principe').waitFor();
    const bell = page.getByRole('link', { name: /Notifications \(\d+ non lues?\)/ }).first();
    await bell.waitFor();
    await check('accueil intervenant avec réponse');
    await screenshot(page, 'accueil-intervenant');
    await bell.click();
    await page.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
    const item = page.getByRole('link', { name: `Orientation acceptée — ${reference}` });
    await item.waitFor();
    await check('notifications');
    await screenshot(page, 'notifications');
    await item.click();
    await page.getByRole('heading', { name: /Orientation : Ac\.Sé/ }).waitFor();
    await page.getByText('Accord de principe').first().waitFor();
    await check('orientation acceptée');
    await screenshot(page, 'orientation');
    await signOut(page);
  });

  it('asso.75 (another territory) following a link to the case gets the 404 page', async () => {
    await page.goto(`${base}/cases/${caseId}`);
    await signIn(page, ASSO75, DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Page non trouvée' }).waitFor();
    expect(await page.getByText(reference).count()).toBe(0);
    await check('404 autre territoire');
    await signOut(page);
  });

  it('is usable on a phone: the home and the case page at 375 px', async () => {
    const phone = await browser.newContext({ locale: 'fr-FR', viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    recordConsole(phone, consoleLines);
    const p = await phone.newPage();
    try {
      await p.goto(`${base}/cases/${caseId}`);
      await signIn(p, ASSO93, DEMO_PASSWORD);
      await p.getByRole('heading', { name: `Situation ${reference}` }).waitFor();
      await p.waitForLoadState('networkidle');
      violations.push(...(await seriousViolations(p, 'situation (téléphone)')));
      const overflow = await p.evaluate(() => {
        const root = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document.documentElement;
        return root.scrollWidth - root.clientWidth;
      });
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(p, 'situation-telephone');
    } finally {
      await phone.close();
    }
  });

  it('found no serious or critical accessibility violation, and no identity in URLs, titles, storage or console', async () => {
    expect(violations).toEqual([]);
    expect(titles.length).toBeGreaterThan(10);
    const storage = await browserStorage(page);
    for (const value of IDENTITY_VALUES) {
      for (const t of titles) expect(t).not.toContain(value);
      for (const u of urls) expect(u).not.toContain(value);
      for (const line of consoleLines) expect(line).not.toContain(value);
      expect(storage).not.toContain(value);
    }
    expect(storage).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}/);
    expect(storage).not.toMatch(/refresh/i);
    expect(storage).toContain('idb=[]');
  });
});
