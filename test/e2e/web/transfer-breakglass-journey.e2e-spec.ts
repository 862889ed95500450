/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { DEMO_ORGS, DEMO_PASSWORD } from '../../../db/seeds/demo';
import { createOrgUser, TEST_PASSWORD } from '../../support/actors';
import { TestApi } from '../../support/app';
import { caseBody } from '../../support/cases';
import { browserStorage, Journey, screenshot, signIn, signOut, useWebJourney } from '../../support/web';

jest.setTimeout(300_000);

const ASSO93 = 'asso.93@demo.mnio.test';
const COORD93 = 'coord.93@demo.mnio.test';
const POLICE93 = 'police.93@demo.mnio.test';
const tag = Math.random().toString(36).slice(2, 8);
const PERSON = { lastName: `Quelvarion${tag}`, firstNames: [`Ostrelle${tag}`] };

/**
 * Transfer of follow-up and emergency access in a real browser: coord.93 transfers a case to an association of
 * the Bouches-du-Rhône, whose worker accepts from its home; asso.93 then sees why its view is reduced. A police
 * investigator opens another case by its reference in an emergency and sees the banner on the case and its
 * orientation page; coord.93 sees « Qui a consulté ce dossier ». axe on every page.
 */
describe('web: transfer 93 → 13, break-the-glass with its banner, who read this file', () => {
  let asso13: { organisationId: string; email: string };
  let transferCase: { id: string; reference: string };
  let glassCase: { id: string; reference: string };
  let orientationId = '';

  let api: TestApi;
  let page: Page;
  let base: string;
  let consoleLines: string[];
  let violations: string[];
  let titles: string[];
  let urls: string[];
  let check: Journey['check'];
  useWebJourney({ env: { NOTIFY_BACKOFF_MS: '100' } }, (j) => ({ api, page, base, consoleLines, violations, titles, urls, check } = j));

  beforeAll(async () => {
    // No demo association in 13: one of our own, created through the admin API, with one worker.
    asso13 = await createOrgUser(api, { kind: 'association', territories: ['13'], name: 'Association Accueil Marseille' }, 'case_worker');
    const asso = await api.as(ASSO93);
    transferCase = (await asso.post('/api/cases').send(caseBody({ territory: '93', events: [], identity: PERSON })).expect(201)).body;
    glassCase = (await asso.post('/api/cases').send(caseBody({ territory: '93', events: [], identity: PERSON })).expect(201)).body;
    await asso.post(`/api/cases/${glassCase.id}/consents`).send({ purpose: 'orientation', granted: true, method: 'oral', targetOrganisationId: DEMO_ORGS.acse }).expect(201);
    orientationId = (await asso.post(`/api/cases/${glassCase.id}/orientations`).send({ targetKind: 'acse', targetOrganisationId: DEMO_ORGS.acse, reason: 'local_danger' }).expect(201)).body.id;
  });

  it('coord.93 asks a transfer to an association of the 13 from the case page', async () => {
    await page.goto(`${base}/cases/${transferCase.id}`);
    await signIn(page, COORD93, DEMO_PASSWORD);
    await page.getByRole('heading', { name: `Situation ${transferCase.reference}` }).waitFor();
    await page.getByRole('button', { name: 'Transférer le suivi' }).click();
    await page.getByRole('combobox', { name: 'Département d’arrivée' }).selectOption('13');
    await page.getByRole('combobox', { name: /Organisation qui reprendra le suivi/ }).waitFor();
    const offered = await page.getByRole('combobox', { name: /Organisation qui reprendra le suivi/ }).locator('option').allTextContents();
    expect(offered.some((o) => o.startsWith('Association Accueil Marseille'))).toBe(true);
    expect(offered.some((o) => /Structure d’accueil/.test(o))).toBe(false);
    expect(await page.getByRole('combobox', { name: 'Département d’arrivée' }).locator('option[value="13"]').textContent()).toBe('Bouches-du-Rhône (13)');
    // Sent without a reason: the error is next to the field.
    await page.getByRole('combobox', { name: /Organisation qui reprendra le suivi/ }).selectOption(asso13.organisationId);
    await page.getByRole('button', { name: 'Demander le transfert' }).click();
    await page.getByText('Choisissez le motif du transfert.').waitFor();
    await page.getByRole('combobox', { name: 'Motif du transfert' }).selectOption('relocation');
    await check('transfer form');
    await screenshot(page, 'access-transfer-form');
    await page.getByRole('button', { name: 'Demander le transfert' }).click();
    await page.getByText(/Transfert demandé le .* à Association Accueil Marseille/).waitFor();
    await page.getByRole('button', { name: 'Annuler la demande de transfert' }).waitFor();
    await check('transfer pending');
    await screenshot(page, 'access-transfer-pending');
    await signOut(page);
  });

  it('the association of the 13 accepts it from its home', async () => {
    await page.goto(`${base}/`);
    await signIn(page, asso13.email, TEST_PASSWORD);
    await page.getByRole('heading', { name: 'Transferts de suivi à examiner' }).waitFor();
    await page.getByText(`Situation ${transferCase.reference}`).waitFor();
    await page.getByText(/Demandé le .* par Association Aide TEH 93 · motif : Déménagement de la personne/).waitFor();
    await check('receiving home');
    await screenshot(page, 'access-transfer-incoming');
    await page.getByRole('button', { name: 'Accepter le transfert' }).click();
    await page.getByText('Transfert accepté : votre organisation suit désormais cette situation.').waitFor();
    await page.getByRole('link', { name: transferCase.reference }).first().click();
    await page.getByText(/suivie par Association Accueil Marseille/).waitFor();
    await page.getByRole('button', { name: 'Afficher l’identité' }).waitFor();
    await check('case taken over');
    await signOut(page);
  });

  it('asso.93 sees that the follow-up was transferred and what it keeps', async () => {
    await page.goto(`${base}/cases/${transferCase.id}`);
    await signIn(page, ASSO93, DEMO_PASSWORD);
    await page.getByText(/Le suivi a été transféré à Association Accueil Marseille le/).waitFor();
    await page.getByText(/Vous conservez une vue sans identité/).waitFor();
    expect(await page.getByText('L’identité de cette personne n’est pas partagée avec votre organisation.').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Transférer le suivi' }).count()).toBe(0);
    await check('former owner');
    await screenshot(page, 'access-transfer-former-owner');
    await signOut(page);
  });

  it('a police investigator opens another case by its reference in an emergency, with the banner on the case and its orientation page', async () => {
    await page.goto(`${base}/`);
    await signIn(page, POLICE93, DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Accès exceptionnel à une situation' }).waitFor();
    await page.getByRole('textbox', { name: /Référence de la situation/ }).fill('Dupont');
    await page.getByRole('button', { name: 'Demander un accès exceptionnel' }).click();
    await page.getByText('Saisissez une référence au format 93-2026-000042.').waitFor();
    await page.getByRole('textbox', { name: /Référence de la situation/ }).fill(glassCase.reference);
    await check('police home');
    await page.getByRole('button', { name: 'Demander un accès exceptionnel' }).click();
    const dialog = page.getByRole('dialog', { name: /Accès exceptionnel à une situation/ });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Confirmer l’accès exceptionnel' }).click();
    await dialog.getByText('Choisissez le motif de l’urgence.').waitFor();
    await dialog.getByRole('combobox', { name: 'Motif de l’urgence' }).selectOption('imminent_danger');
    await dialog.locator('textarea').fill('Signalement d’un danger imminent par un témoin cette nuit');
    await check('break-the-glass dialog');
    await screenshot(page, 'access-break-glass-dialog', false);
    await dialog.getByRole('button', { name: 'Confirmer l’accès exceptionnel' }).click();
    await page.getByRole('heading', { name: `Situation ${glassCase.reference}` }).waitFor();
    const banner = page.getByText(/Accès exceptionnel en lecture seule, enregistré, jusqu’au .* à \d\d:\d\d/);
    await banner.waitFor();
    expect(new URL(page.url()).pathname).toBe(`/cases/${glassCase.id}`);
    // Read-only: no action on the case is offered.
    expect(await page.getByRole('button', { name: 'Transférer le suivi' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Enregistrer l’accord' }).count()).toBe(0);
    await page.getByRole('combobox', { name: 'Motif de la consultation' }).selectOption('emergency');
    await page.getByRole('button', { name: 'Afficher l’identité' }).click();
    await page.getByText(PERSON.lastName).first().waitFor();
    await page.getByRole('button', { name: 'Masquer l’identité' }).click();
    await check('case opened in an emergency');
    await screenshot(page, 'access-break-glass-case');

    await page.goto(`${base}/cases/${glassCase.id}/orientations/${orientationId}`);
    await signIn(page, POLICE93, DEMO_PASSWORD);
    await page.getByText(/Accès exceptionnel en lecture seule, enregistré, jusqu’au/).waitFor();
    await page.getByText(/Les orientations de la personne .* restent réservées à leurs parties/).waitFor();
    await check('orientation page in an emergency');
    await screenshot(page, 'access-break-glass-orientation');

    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${base}/cases/${glassCase.id}`);
    await signIn(page, POLICE93, DEMO_PASSWORD);
    await page.getByText(/Accès exceptionnel en lecture seule/).waitFor();
    await check('case in an emergency, phone');
    await screenshot(page, 'access-break-glass-case-mobile');
    await page.setViewportSize({ width: 1280, height: 900 });
    await signOut(page);
  });

  it('coord.93 sees who read the file: the identity read and the emergency access', async () => {
    await page.goto(`${base}/cases/${glassCase.id}`);
    await signIn(page, COORD93, DEMO_PASSWORD);
    await page.getByRole('heading', { name: `Situation ${glassCase.reference}` }).waitFor();
    expect(await page.getByText(/Accès exceptionnel en lecture seule/).count()).toBe(0);
    await page.getByRole('button', { name: 'Qui a consulté ce dossier' }).click();
    const table = page.getByRole('region', { name: 'Consultations de l’identité et accès exceptionnels' });
    await table.waitFor();
    const rows = await table.locator('tbody tr').allInnerTexts();
    expect(rows[0]).toMatch(/Police nationale, Seine-Saint-Denis[\s\S]*Affichage de l’identité[\s\S]*Urgence/);
    expect(rows[1]).toMatch(/Police nationale, Seine-Saint-Denis[\s\S]*Accès exceptionnel[\s\S]*jusqu’au[\s\S]*Danger imminent pour la personne/);
    expect(rows.join('\n')).not.toContain(PERSON.lastName);
    await check('who read this file');
    await screenshot(page, 'access-who-read');
    await signOut(page);
  });

  it('put no identity in addresses, titles, storage or the console, and no serious accessibility violation', async () => {
    const leaks = [PERSON.lastName, PERSON.firstNames[0]];
    for (const v of leaks) {
      expect(urls.join('\n')).not.toContain(v);
      expect(titles.join('\n')).not.toContain(v);
      expect(consoleLines.join('\n')).not.toContain(v);
      expect(await browserStorage(page)).not.toContain(v);
    }
    expect(violations).toEqual([]);
  });
});
