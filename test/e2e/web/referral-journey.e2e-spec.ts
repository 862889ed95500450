/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { DEMO_ORGS, DEMO_PASSWORD } from '../../../db/seeds/demo';
import { createOrgUser, TEST_PASSWORD } from '../../support/actors';
import { TestApi } from '../../support/app';
import { caseBody } from '../../support/cases';
import { browserStorage, Journey, recordConsole, screenshot, seriousViolations, signIn, signOut, useWebJourney } from '../../support/web';

jest.setTimeout(240_000);

const ASSO93 = 'asso.93@demo.mnio.test';
const POLICE93 = 'police.93@demo.mnio.test';
const PREFECTURE93 = 'prefecture.93@demo.mnio.test';

const isoDay = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(d);

/**
 * Referrals in a real browser against the real API and worker: asso.93 refers a case to the police of 93,
 * recording the person's police-contact consent inline, and to the préfecture; the police find it on their home
 * and open it; the préfecture sees it and only its own deadlines (the permit's renewal window included); the
 * police of another territory see nothing. axe-core on every page visited.
 */
describe('web: refer a case to the police and the préfecture; each referent’s home', () => {
  let police13 = '';
  const body = caseBody();
  const IDENTITY_VALUES = [body.identity.lastName, body.identity.firstNames[0], body.identity.aliases[0], body.identity.contact.phone];
  let referred = { id: '', reference: '' };
  let permitCase = { id: '', reference: '' };

  let api: TestApi;
  let page: Page;
  let base: string;
  let browser: Browser;
  let consoleLines: string[];
  let violations: string[];
  let titles: string[];
  let urls: string[];
  let check: Journey['check'];
  useWebJourney({}, (j) => ({ api, page, base, browser, consoleLines, violations, titles, urls, check } = j));

  beforeAll(async () => {

    // No demo account polices another territory: the admin creates one.
    police13 = (await createOrgUser(api, { kind: 'police', territories: ['13'], name: 'Police nationale, Bouches-du-Rhône' }, 'investigator')).email;

    // The case asso.93 will refer: a presumed victim shared with the cell, so that the cell has its own deadline on it.
    const asso = await api.as(ASSO93);
    referred = (await asso.post('/api/cases').send(body).expect(201)).body;
    await asso.post(`/api/cases/${referred.id}/identification`).send({ to: 'presumed_victim' }).expect(200);
    await asso.post(`/api/cases/${referred.id}/consents`).send({ purpose: 'share_with_cell', granted: true, method: 'oral' }).expect(201);

    // Another case already with the préfecture, whose permit ends in about 20 days: its renewal window is open.
    const prefecture = await api.as(PREFECTURE93);
    permitCase = (await asso.post('/api/cases').send(caseBody()).expect(201)).body;
    await asso.post(`/api/cases/${permitCase.id}/referrals`).send({ organisationId: DEMO_ORGS.prefecture93 }).expect(201);
    await prefecture.post(`/api/cases/${permitCase.id}/residence-events`).send({ event: 'rights_information', service: 'prefecture', language: 'en', interpreter: true }).expect(201);
    await prefecture.post(`/api/cases/${permitCase.id}/residence-events`).send({ event: 'reflection_period_started' }).expect(201);
    await asso.post(`/api/cases/${permitCase.id}/residence-events`).send({ event: 'complaint_or_testimony' }).expect(201);
    const issued = new Date(Date.now() - 345 * 86_400_000);
    await prefecture.post(`/api/cases/${permitCase.id}/residence-events`).send({ event: 'permit_issued', occurredOn: isoDay(issued) }).expect(201);

  });

  it('asso.93 refers the case to the police of 93, recording the police-contact consent inline, then to the préfecture', async () => {
    await page.goto(`${base}/`);
    await signIn(page, ASSO93, DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Mes échéances' }).waitFor();
    await check('accueil association');
    // The cell's review of this case is the cell's deadline, not the association's.
    const ownDeadlines = page.locator('section[aria-labelledby="mes-echeances"]');
    expect(await ownDeadlines.getByText(referred.reference).count()).toBe(0);
    await screenshot(page, 'referrals-accueil-association');

    await page.getByRole('link', { name: referred.reference }).first().click();
    await page.getByRole('heading', { name: `Situation ${referred.reference}` }).waitFor();
    const section = page.locator('section[aria-labelledby="signalement"]');
    await section.getByRole('heading', { name: 'Signaler à un partenaire' }).waitFor();
    await section.getByText('La situation n’a encore été signalée à aucun partenaire.').waitFor();

    await section.getByRole('radio', { name: /Police nationale, Seine-Saint-Denis/ }).check({ force: true });
    await section.getByText(/la personne doit accepter un contact avec les forces de l’ordre/).waitFor();
    expect(await section.getByRole('button', { name: 'Signaler la situation' }).count()).toBe(0);
    await section.getByRole('combobox', { name: /Comment l’accord/ }).selectOption('interpreter');
    await check('signalement : accord demandé');
    await screenshot(page, 'referrals-accord-police');
    await section.getByRole('button', { name: 'Enregistrer l’accord' }).click();

    const send = section.getByRole('button', { name: 'Signaler la situation' });
    await send.waitFor();
    await section.getByText(/Accord pour un contact avec les forces de l’ordre enregistré le/).waitFor();
    await send.click();
    await section.getByText('Situation signalée à Police nationale, Seine-Saint-Denis.').waitFor();
    const policeRow = section.getByRole('row').filter({ hasText: 'Police nationale, Seine-Saint-Denis' });
    await policeRow.getByText('En cours').waitFor();
    expect(await section.getByRole('radio', { name: /Police nationale, Seine-Saint-Denis/ }).count()).toBe(0);

    await section.getByRole('radio', { name: /Préfecture de la Seine-Saint-Denis/ }).check({ force: true });
    await section.getByRole('button', { name: 'Signaler la situation' }).click();
    await section.getByText('Situation signalée à Préfecture de la Seine-Saint-Denis.').waitFor();
    await section.getByRole('row').filter({ hasText: 'Préfecture de la Seine-Saint-Denis' }).waitFor();
    await check('signalement envoyé');
    await screenshot(page, 'referrals-signalement');
    await signOut(page);

    // The préfecture starts the reflection period on the referred case (its form is another page's work).
    const prefecture = await api.as(PREFECTURE93);
    await prefecture.post(`/api/cases/${referred.id}/residence-events`).send({ event: 'rights_information', service: 'prefecture', language: 'en', interpreter: true }).expect(201);
    await prefecture.post(`/api/cases/${referred.id}/residence-events`).send({ event: 'reflection_period_started' }).expect(201);
  });

  it('police.93 finds it on its home under « Situations qui me sont adressées » and opens it on the identification track', async () => {
    await signIn(page, POLICE93, DEMO_PASSWORD);
    const queue = page.locator('section[aria-labelledby="adressees"]');
    await queue.getByRole('heading', { name: 'Situations qui me sont adressées' }).waitFor();
    const row = queue.getByRole('row').filter({ hasText: referred.reference });
    await row.getByText('Association Aide TEH 93').waitFor();
    await row.getByText('Victime présumée').waitFor();
    expect(await queue.getByText(permitCase.reference).count()).toBe(0);
    await check('accueil police');
    await screenshot(page, 'referrals-accueil-police');

    await row.getByRole('link', { name: referred.reference }).click();
    await page.getByRole('heading', { name: `Situation ${referred.reference}` }).waitFor();
    await page.getByRole('tab', { name: 'Identification' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Signaler à un partenaire' }).count()).toBe(0);
    await check('situation vue par la police');
    await screenshot(page, 'referrals-situation-police');
    await signOut(page);
  });

  it('prefecture.93 sees the referred cases and only its own deadlines, the permit’s renewal window included', async () => {
    await signIn(page, PREFECTURE93, DEMO_PASSWORD);
    const queue = page.locator('section[aria-labelledby="adressees"]');
    await queue.getByRole('row').filter({ hasText: referred.reference }).waitFor();
    await queue.getByRole('row').filter({ hasText: permitCase.reference }).waitFor();
    const deadlines = page.locator('section[aria-labelledby="mes-echeances"]');
    const reflection = deadlines.getByRole('row').filter({ hasText: referred.reference });
    await reflection.getByText('Fin du délai de réflexion').waitFor();
    const permit = deadlines.getByRole('row').filter({ hasText: permitCase.reference });
    await permit.getByText('Expiration du titre de séjour').waitFor();
    await permit.getByText('Renouvellement à demander').waitFor();
    // The same case carries the cell's review deadline: never on the préfecture's list.
    expect(await deadlines.getByText('Examen par la cellule').count()).toBe(0);
    // Soonest first: the permit (due in about 20 days) before the reflection period (30 days).
    const order = (await deadlines.getByRole('row').allTextContents()).filter((t) => t.includes(referred.reference) || t.includes(permitCase.reference));
    expect(order.map((t) => (t.includes(permitCase.reference) ? 'permit' : 'reflection'))).toEqual(['permit', 'reflection']);
    await check('accueil préfecture');
    await screenshot(page, 'referrals-accueil-prefecture');

    // At 375 px the tables scroll inside themselves: the page never does sideways.
    const phone = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris', viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    recordConsole(phone, consoleLines);
    const p = await phone.newPage();
    try {
      await p.goto(`${base}/`);
      await signIn(p, PREFECTURE93, DEMO_PASSWORD);
      // Below 768 px each deadline is a card: kind, case, due date and state read without scrolling sideways.
      const card = p.locator('section[aria-labelledby="mes-echeances"]').getByRole('listitem').filter({ hasText: 'Expiration du titre de séjour' });
      await card.getByText('Renouvellement à demander').waitFor();
      await card.getByText('Date limite').waitFor();
      await p.waitForLoadState('networkidle');
      violations.push(...(await seriousViolations(p, 'accueil préfecture (téléphone)')));
      const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(p, 'referrals-accueil-prefecture-telephone');
    } finally {
      await phone.close();
    }
    await signOut(page);
  });

  it('the police of another territory see nothing: an empty queue and the 404 page', async () => {
    await signIn(page, police13, TEST_PASSWORD);
    const queue = page.locator('section[aria-labelledby="adressees"]');
    await queue.getByText('Aucune situation ne vous a été signalée.').waitFor();
    await page.locator('section[aria-labelledby="mes-echeances"]').getByText('Aucune échéance ne revient à votre organisation.').waitFor();
    expect(await page.getByText(referred.reference).count()).toBe(0);
    await check('accueil police autre territoire');
    await screenshot(page, 'referrals-police-autre-territoire');
    await page.goto(`${base}/cases/${referred.id}`);
    await signIn(page, police13, TEST_PASSWORD);
    await page.getByRole('heading', { name: 'Page non trouvée' }).waitFor();
    expect(await page.getByText(referred.reference).count()).toBe(0);
    await check('404 police autre territoire');
    await signOut(page);
  });

  it('found no serious or critical accessibility violation, and no identity in URLs, titles, storage or console', async () => {
    expect(violations).toEqual([]);
    expect(titles.length).toBeGreaterThanOrEqual(8);
    const storage = await browserStorage(page);
    for (const value of IDENTITY_VALUES) {
      for (const t of titles) expect(t).not.toContain(value);
      for (const u of urls) expect(u).not.toContain(value);
      for (const line of consoleLines) expect(line).not.toContain(value);
      expect(storage).not.toContain(value);
    }
    expect(storage).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}/);
  });
});
