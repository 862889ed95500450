/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { DEMO_ORGS, DEMO_PASSWORD } from '../../../db/seeds/demo';
import { TEST_PASSWORD } from '../../support/actors';
import { TestApi } from '../../support/app';
import { caseBody } from '../../support/cases';
import { provisionUser } from '../../support/provision';
import { browserStorage, Journey, mobileOverflow, screenshot, signIn, useWebJourney } from '../../support/web';

jest.setTimeout(300_000);

const ASSO93 = 'asso.93@demo.mnio.test';
const COORD93 = 'coord.93@demo.mnio.test';

/**
 * Issue 14 §2 and issue 16 §2 in the pages: the owner association corrects a birth date in the identity panel (the
 * old value stays in the corrections' history); its coordinator asks for the person's export from the case page,
 * sees it « Prête » and downloads the PDF once; the organisation's DPO finds the request on its own page. axe on
 * every view; no identity in addresses, titles, storage or the console.
 */
describe('web: rectification and the right of access', () => {
  let caseId = '';
  let reference = '';
  let lastName = '';

  let api: TestApi;
  let page: Page;
  let base: string;
  let consoleLines: string[];
  let violations: string[];
  let titles: string[];
  let urls: string[];
  let check: Journey['check'];
  useWebJourney({}, (j) => ({ api, page, base, consoleLines, violations, titles, urls, check } = j));

  const button = (name: string) => page.getByRole('button', { name, exact: true });
  const openCaseAs = async (email: string, password = DEMO_PASSWORD) => {
    await page.goto(`${base}/cases/${caseId}`);
    await signIn(page, email, password);
    await page.getByRole('heading', { name: `Situation ${reference}` }).waitFor();
  };

  beforeAll(async () => {
    const body = caseBody({ territory: '93', identity: { birthDate: '1990-03-12' } });
    lastName = body.identity.lastName!;
    const created = (await (await api.as(ASSO93)).post('/api/cases').send(body).expect(201)).body as { id: string; reference: string };
    caseId = created.id;
    reference = created.reference;
  });

  it('the owner corrects the birth date; the old value is in the corrections’ history', async () => {
    await openCaseAs(ASSO93);
    await button('Afficher l’identité').click();
    await page.getByTestId('identity').getByText('12 mars 1990').waitFor();
    await button('Corriger l’identité').click();
    await page.getByLabel(/^Date de naissance/).fill('1991-03-12');
    await page.getByLabel(/^Motif de la correction/).fill('Passeport présenté');
    await check('corriger l’identité');
    await screenshot(page, 'rectification-formulaire');
    await button('Enregistrer la correction').click();
    await page.getByTestId('identity').getByText('12 mars 1991').waitFor();
    await button('Voir les corrections').click();
    await page.getByText('Date de naissance : 12 mars 1990').waitFor();
    await check('corrections');
    await screenshot(page, 'rectification-historique');
  });

  it('the coordinator asks for the person’s export, sees it ready and downloads the PDF once', async () => {
    await openCaseAs(COORD93);
    await page.getByRole('button', { name: 'Droit d’accès de la personne' }).click();
    await page.getByLabel(/^Motif de la demande/).fill('Demande écrite de la personne reçue ce jour');
    await button('Demander l’export').click();
    await page.getByText('Prête', { exact: true }).waitFor({ timeout: 60_000 });
    await check('droit d’accès prête');
    await screenshot(page, 'droit-acces-prete');
    const [download] = await Promise.all([page.waitForEvent('download'), button('Télécharger le PDF').click()]);
    expect(download.suggestedFilename()).toBe(`acces-aux-donnees-${reference}.pdf`);
    expect(readFileSync((await download.path())!).subarray(0, 5).toString()).toBe('%PDF-');
    await page.getByText(/^PDF téléchargé le/).waitFor();
    expect(await button('Télécharger le PDF').count()).toBe(0);
    await check('droit d’accès téléchargée');
    await screenshot(page, 'droit-acces-telechargee');
  });

  it('the organisation’s DPO finds the request on the right-of-access page', async () => {
    const email = `dpo.${Date.now().toString(36)}@test.mnio.test`;
    await provisionUser(api, { email, displayName: 'Délégué test', password: TEST_PASSWORD, memberships: [{ organisationId: DEMO_ORGS.asso93, role: 'dpo' }] });
    await page.goto(`${base}/protection-des-donnees/droit-d-acces`);
    await signIn(page, email, TEST_PASSWORD);
    await page.getByRole('heading', { name: 'Droit d’accès des personnes', level: 1 }).waitFor();
    await page.getByRole('cell', { name: reference }).first().waitFor();
    await check('page du délégué');
    await screenshot(page, 'droit-acces-dpo');
    expect(await mobileOverflow(page, 'droit-acces-dpo')).toEqual([]);
  });

  it('had no serious accessibility violation and leaked no identity into addresses, titles, storage or the console', async () => {
    expect(violations).toEqual([]);
    const leaks = [...urls, ...titles, await browserStorage(page), ...consoleLines].filter((s) => s.includes(lastName));
    expect(leaks).toEqual([]);
  });
});
