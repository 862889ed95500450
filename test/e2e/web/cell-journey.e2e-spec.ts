/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { DEMO_ORGS, DEMO_PASSWORD } from '../../../db/seeds/demo';
import { TestApi } from '../../support/app';
import { caseBody } from '../../support/cases';
import { browserStorage, Journey, recordConsole, screenshot, seriousViolations, signIn, signOut, useWebJourney } from '../../support/web';

jest.setTimeout(300_000);

const CLAV = 'clav.93@demo.mnio.test';
const ASE = 'ase.93@demo.mnio.test';
const tag = Math.random().toString(36).slice(2, 8);
const PERSON = { lastName: `Zyqoralet${tag}`, firstName: `Vexmira${tag}` };
const DECISION_TEXT = `Mise à l’abri chez Madame Quillonbert${tag}`;
const ACTION_TITLE = `Évaluer la mise à l’abri ${tag}`;
const SECRETS = [PERSON.lastName, PERSON.firstName, `Quillonbert${tag}`];
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
const inDays = (n: number) => new Date(Date.parse(`${today()}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * The CLAV cell's whole meeting in a real browser against the real API and worker: the cell coordinator opens
 * a meeting, ticks attendees, puts a case on the agenda by its reference, records a decision and gives an action
 * to the ASE with a due date, prints the minutes and downloads them as a PDF; the ASE closes the action from its
 * home; the coordinator sees it closed and manages the cell's membership. axe-core on every page.
 */
describe('web: the cell’s meeting, its actions closed by their owner, its minutes, its membership', () => {
  let meetingUrl = '';
  let reference = '';
  let newOrgName = '';

  let api: TestApi;
  let page: Page;
  let base: string;
  let browser: Browser;
  let consoleLines: string[];
  let violations: string[];
  let titles: string[];
  let urls: string[];
  let check: Journey['check'];
  useWebJourney({ env: { NOTIFY_BACKOFF_MS: '100' }, context: { acceptDownloads: true } }, (j) => ({ api, page, base, browser, consoleLines, violations, titles, urls, check } = j));

  beforeAll(async () => {

    // A presumed victim recorded by the association and shared with the cell (her consent).
    const asso = await api.as('asso.93@demo.mnio.test');
    const created = await asso.post('/api/cases').send(caseBody({ territory: '93', events: [], identity: { lastName: PERSON.lastName, firstNames: [PERSON.firstName] } })).expect(201);
    reference = created.body.reference;
    await asso.post(`/api/cases/${created.body.id}/identification`).send({ to: 'presumed_victim' }).expect(200);
    await asso.post(`/api/cases/${created.body.id}/consents`).send({ purpose: 'share_with_cell', granted: true, method: 'oral' }).expect(201);
    // An organisation of the territory not yet in the cell, for the membership page.
    newOrgName = `Association Solidarité Bobigny ${tag}`;
    await (await api.as('admin@demo.mnio.test')).post('/api/admin/organisations').send({ kind: 'association', name: newOrgName, national: false, territories: ['93'], attributes: {} }).expect(201);

  });

  it('clav.93 sees the dashboard with the month’s chart and its table, then schedules and opens a meeting', async () => {
    await page.goto(`${base}/`);
    await signIn(page, CLAV, DEMO_PASSWORD);
    await page.getByRole('heading', { name: /Tableau de bord/ }).waitFor();
    const table = page.getByRole('table', { name: /^Activité de .* par semaine$/ });
    await table.waitFor();
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['Semaine', 'Situations reçues', 'Décisions', 'Orientations demandées']);
    // The DSFR chart (a web component drawing on a canvas) renders beside its table.
    await page.locator('bar-chart canvas').first().waitFor({ timeout: 20_000 });
    await check('accueil cellule');
    await screenshot(page, 'cell-accueil');

    await page.getByRole('link', { name: 'Cellule TEH', exact: true }).first().click();
    await page.getByRole('heading', { name: 'Réunions de la cellule' }).waitFor();
    await page.getByLabel('Date de la prochaine réunion').fill(today());
    await page.getByRole('button', { name: 'Programmer la réunion' }).click();
    const link = page.getByRole('link', { name: /^Réunion du / }).first();
    await link.waitFor();
    await check('cellule');
    await link.click();
    await page.getByRole('heading', { name: /^Réunion du /, level: 1 }).waitFor();
    meetingUrl = page.url();
    expect(meetingUrl).toMatch(/\/cellule\/reunions\/[0-9a-f-]{36}$/);
  });

  it('ticks attendees, adds the case by its reference, records a decision and gives an action to the ASE', async () => {
    for (const name of ['ASE Seine-Saint-Denis', 'Parquet de Bobigny']) {
      const saved = page.waitForResponse((r) => r.url().endsWith('/attendees') && r.request().method() === 'POST' && r.status() === 201);
      await page.getByRole('checkbox', { name }).check({ force: true });
      await saved;
    }
    await page.getByRole('group', { name: /Organisations présentes/ }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Parquet de Bobigny' }).isChecked()).toBe(true);

    // The case is suggested among the new ones; it is added here by its reference, as a member would.
    await page.getByText(reference).first().waitFor();
    await page.getByRole('textbox', { name: /Ajouter une situation/ }).fill('93-0000');
    await page.getByRole('button', { name: 'Ajouter à l’ordre du jour' }).click();
    await page.getByText('Saisissez une référence de la forme 93-2026-000042.').waitFor();
    await page.getByRole('textbox', { name: /Ajouter une situation/ }).fill(reference);
    await page.getByRole('button', { name: 'Ajouter à l’ordre du jour' }).click();
    const item = page.getByRole('article').filter({ has: page.getByRole('heading', { name: `Situation ${reference}` }) });
    await item.waitFor();

    await item.getByRole('combobox', { name: 'Décision' }).selectOption({ label: 'Suivi à poursuivre' });
    await item.getByRole('textbox', { name: /Texte de la décision/ }).fill(DECISION_TEXT);
    await item.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await item.getByText(DECISION_TEXT).waitFor();

    const form = item.getByRole('form', { name: 'Donner une action' });
    await form.getByRole('button', { name: 'Donner l’action' }).click();
    await form.getByText('Choisissez l’organisation responsable.').waitFor();
    await check('réunion : erreurs du formulaire d’action');
    await form.getByRole('combobox', { name: 'Organisation responsable' }).selectOption({ label: 'ASE Seine-Saint-Denis' });
    await form.getByRole('textbox', { name: /Action à mener/ }).fill(ACTION_TITLE);
    await form.getByLabel('Échéance').fill(inDays(7));
    await form.getByRole('button', { name: 'Donner l’action' }).click();
    const row = item.getByRole('row').filter({ hasText: ACTION_TITLE });
    await row.waitFor();
    expect(await row.textContent()).toContain('ASE Seine-Saint-Denis');
    expect(await row.getByText('À faire').count()).toBe(1);
    await check('réunion');
    await screenshot(page, 'cell-reunion');
  });

  it('prints the minutes on a clean French page (no identity, no free text; header and footer hidden on paper)', async () => {
    await page.getByRole('link', { name: 'Imprimer le compte rendu' }).click();
    await page.getByRole('heading', { name: 'Compte rendu de réunion', level: 1 }).waitFor();
    const main = page.locator('main');
    await main.getByText(`Situation ${reference}`).first().waitFor();
    await main.getByText('ASE Seine-Saint-Denis').first().waitFor();
    await main.getByText('Suivi à poursuivre').waitFor();
    const text = await main.textContent();
    for (const secret of [...SECRETS, ACTION_TITLE]) expect(text).not.toContain(secret);
    await check('compte rendu');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.fr-header').isVisible()).toBe(false);
    expect(await page.locator('footer.fr-footer').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Imprimer le compte rendu' }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: 'Compte rendu de réunion' }).isVisible()).toBe(true);
    await screenshot(page, 'cell-compte-rendu-impression');
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('link', { name: 'Retour à la réunion' }).click();
    await page.getByRole('heading', { name: /^Réunion du /, level: 1 }).waitFor();
  });

  it('downloads the minutes as a PDF', async () => {
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Télécharger le PDF' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`compte-rendu-${today()}.pdf`);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const pdf = Buffer.concat(chunks);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(1000);
    await signOut(page);
  });

  it('ase.93 sees the action on its home and closes it', async () => {
    await signIn(page, ASE, DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Actions de la cellule' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: ACTION_TITLE });
    await row.waitFor();
    expect(await row.textContent()).toContain(reference);
    await check('accueil ASE avec action');
    await screenshot(page, 'cell-actions-accueil-ase');
    await row.getByRole('button', { name: /^Marquer comme réalisée/ }).click();
    await row.waitFor({ state: 'detached' });
    await signOut(page);
  });

  it('clav.93 sees the action closed, then manages the cell’s membership', async () => {
    await page.goto(meetingUrl);
    await signIn(page, CLAV, DEMO_PASSWORD);
    const row = page.getByRole('row').filter({ hasText: ACTION_TITLE });
    await row.getByText('Réalisée').waitFor();
    await check('réunion : action réalisée');

    await page.getByRole('link', { name: 'Retour à la cellule' }).click();
    await page.getByRole('link', { name: 'Gérer les membres de la cellule' }).click();
    await page.getByRole('heading', { name: 'Membres de la cellule', level: 1 }).waitFor();
    const members = page.getByRole('table', { name: 'Organisations membres de la cellule' });
    await members.getByText('ASE Seine-Saint-Denis').waitFor();
    await page.getByRole('button', { name: 'Ajouter à la cellule' }).click();
    await page.getByText('Choisissez une organisation du département.').waitFor();
    const select = page.getByRole('combobox', { name: /Ajouter une organisation du département/ });
    expect(await select.locator('option').allTextContents()).not.toContain(expect.stringContaining('Paris'));
    await select.selectOption({ label: `${newOrgName} (Association)` });
    await page.getByRole('button', { name: 'Ajouter à la cellule' }).click();
    await members.getByText(newOrgName).waitFor();
    await check('membres de la cellule');
    await screenshot(page, 'cell-membres');
    await members.getByRole('button', { name: `Retirer ${newOrgName} de la cellule` }).click();
    await members.getByText(newOrgName).waitFor({ state: 'detached' });
    const cell = await (await api.as(CLAV)).get(`/api/cells/${DEMO_ORGS.cell93}`).expect(200);
    expect(cell.body.memberOrganisations.map((o: { name: string }) => o.name)).not.toContain(newOrgName);
  });

  it('is usable on a phone: the meeting page at 375 px', async () => {
    const phone = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris', viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    recordConsole(phone, consoleLines);
    const p = await phone.newPage();
    try {
      await p.goto(meetingUrl);
      await signIn(p, CLAV, DEMO_PASSWORD);
      await p.getByRole('heading', { name: /^Réunion du /, level: 1 }).waitFor();
      await p.getByRole('row').filter({ hasText: ACTION_TITLE }).waitFor();
      await p.waitForLoadState('networkidle');
      violations.push(...(await seriousViolations(p, 'réunion (téléphone)')));
      const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(p, 'cell-reunion-telephone');
    } finally {
      await phone.close();
    }
  });

  it('found no serious or critical accessibility violation, and no identity or free text in URLs, titles, storage or console', async () => {
    expect(violations).toEqual([]);
    expect(titles.length).toBeGreaterThan(6);
    const storage = await browserStorage(page);
    for (const value of [...SECRETS, reference]) {
      for (const t of titles) expect(t).not.toContain(value);
      for (const u of urls) expect(u).not.toContain(value);
      expect(storage).not.toContain(value);
    }
    for (const value of SECRETS) for (const line of consoleLines) expect(line).not.toContain(value);
    expect(consoleLines.filter((l) => /^(error|pageerror)/.test(l))).toEqual([]);
  });
});
