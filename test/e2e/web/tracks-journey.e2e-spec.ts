/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { DEMO_ORGS, DEMO_PASSWORD } from '../../../db/seeds/demo';
import { TestApi } from '../../support/app';
import { caseBody } from '../../support/cases';
import { browserStorage, Journey, screenshot, signIn, signOut, useWebJourney } from '../../support/web';

jest.setTimeout(300_000);

const ASSO93 = 'asso.93@demo.mnio.test';
const PREFECTURE93 = 'prefecture.93@demo.mnio.test';
const POLICE93 = 'police.93@demo.mnio.test';

/**
 * The legal tracks recorded in the pages, each by the organisation whose step it is: the préfecture of 93 informs of
 * rights, grants the reflection period, issues the récépissé, records the complaint and the L425-1 permit and sees the
 * deadlines appear and close; the police of 93 formally identify the referred case after a hearing; the association
 * closes then reopens it. Every page is checked with axe (WCAG 2.1 A/AA, no serious or critical violation).
 */
describe('web: legal tracks recorded by the préfecture, the police and the association', () => {
  let caseId = '';
  let reference = '';
  let lastName = '';

  /** Each user signs in on the case's own address (signIn drops the previous user's session the cookie restored). */
  const openCaseAs = async (email: string) => {
    await page.goto(`${base}/cases/${caseId}`);
    await signIn(page, email, DEMO_PASSWORD);
    await page.getByRole('heading', { name: `Situation ${reference}` }).waitFor();
  };
  const button = (name: string) => page.getByRole('button', { name, exact: true });
  const save = async (expected: RegExp) => {
    await button('Enregistrer').click();
    await page.getByText(expected).first().waitFor();
  };

  let api: TestApi;
  let page: Page;
  let base: string;
  let consoleLines: string[];
  let violations: string[];
  let titles: string[];
  let urls: string[];
  let check: Journey['check'];
  useWebJourney({ worker: false }, (j) => ({ api, page, base, consoleLines, violations, titles, urls, check } = j));

  beforeAll(async () => {
    // The owner association records a presumed victim and refers her to the préfecture and, with her consent, to the police.
    const body = caseBody();
    lastName = body.identity.lastName!;
    const worker = await api.as(ASSO93);
    const created = (await worker.post('/api/cases').send(body).expect(201)).body as { id: string; reference: string };
    caseId = created.id;
    reference = created.reference;
    await worker.post(`/api/cases/${caseId}/identification`).send({ to: 'presumed_victim' }).expect(200);
    await worker.post(`/api/cases/${caseId}/referrals`).send({ organisationId: DEMO_ORGS.prefecture93 }).expect(201);
    await worker.post(`/api/cases/${caseId}/consents`).send({ purpose: 'police_contact', granted: true, method: 'oral' }).expect(201);
    await worker.post(`/api/cases/${caseId}/referrals`).send({ organisationId: DEMO_ORGS.police93 }).expect(201);
  });

  it('the préfecture informs of rights, grants the reflection period, issues the récépissé, records the complaint and the permit, and sees the deadlines', async () => {
    await openCaseAs(PREFECTURE93);
    await page.getByRole('tab', { name: 'Séjour' }).click();
    // Only residence steps, and only those of this step of the track.
    await button('Informer de ses droits').waitFor();
    expect(await button('Délivrer le récépissé').count()).toBe(0);
    await page.getByRole('tab', { name: 'Pénal' }).click();
    expect(await page.getByRole('button', { name: /^Enregistrer/ }).count()).toBe(0);
    await page.getByRole('tab', { name: 'Séjour' }).click();
    await check('séjour préfecture');

    await button('Informer de ses droits').click();
    await button('Enregistrer').click();
    await page.getByText('Ce champ est obligatoire.').first().waitFor();
    await page.getByRole('combobox', { name: /^Service/ }).selectOption('prefecture');
    await page.getByRole('combobox', { name: /^Langue/ }).selectOption('en');
    await page.getByRole('group', { name: /interprète/ }).getByRole('radio', { name: 'Oui' }).check({ force: true });
    await check('formulaire information sur les droits');
    await screenshot(page, 'tracks-prefecture-droits');
    await save(/Information sur les droits donnée : c’est enregistré/);

    await button('Accorder le délai de réflexion').click();
    await save(/Nouvelle échéance : fin du délai de réflexion le /);
    await page.getByRole('listitem').filter({ hasText: 'Fin du délai de réflexion' }).first().waitFor();
    await check('délai de réflexion accordé');
    await screenshot(page, 'tracks-prefecture-delai');

    await button('Délivrer le récépissé').click();
    await save(/Récépissé délivré : c’est enregistré/);
    await button('Enregistrer une plainte ou un témoignage').click();
    await page.getByRole('combobox', { name: /^Service/ }).selectOption('police');
    await save(/Échéance levée : fin du délai de réflexion/);
    await button('Délivrer le titre de séjour (L425-1)').click();
    await save(/Nouvelle échéance : expiration du titre de séjour le /);
    await page.getByRole('listitem').filter({ hasText: 'Expiration du titre de séjour' }).first().waitFor();
    const timeline = page.getByRole('region', { name: 'Chronologie' });
    for (const step of ['Information sur les droits donnée', 'Délai de réflexion accordé', 'Récépissé délivré', 'Plainte déposée ou témoignage recueilli', 'Titre de séjour L425-1 délivré']) {
      await timeline.getByText(step).first().waitFor();
    }
    await timeline.getByText('Service : Préfecture · Langue : Anglais · Avec interprète').waitFor();
    await check('titre de séjour délivré');
    await screenshot(page, 'tracks-prefecture-titre');

    // A removal order: the alert at the top of the case page.
    await button('Signaler une obligation de quitter le territoire').click();
    await save(/Obligation de quitter le territoire notifiée : c’est enregistré/);
    await page.getByText('Obligation de quitter le territoire enregistrée').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await check('alerte obligation de quitter le territoire');
    await screenshot(page, 'tracks-alerte-oqtf', false);
    await signOut(page);
  });

  it('the police formally identify the referred case after a hearing', async () => {
    await openCaseAs(POLICE93);
    await button('Identifier formellement (après audition)').click();
    await button('Enregistrer').click();
    await page.getByText('L’identification formelle suit une audition de la personne : confirmez-la.').waitFor();
    await page.getByRole('checkbox', { name: /La personne a été entendue/ }).check({ force: true });
    await check('identification formelle');
    await screenshot(page, 'tracks-police-identification');
    await save(/Identifiée formellement : c’est enregistré/);
    await page.getByText('Étape actuelle : Identifiée formellement').waitFor();
    expect(await button('Clore la situation').count()).toBe(0);
    await signOut(page);
  });

  it('the association closes the case with a reason, then reopens it; the history names each consent and step', async () => {
    await openCaseAs(ASSO93);
    await page.getByRole('tab', { name: 'Suivi et accords' }).click();
    await button('Clore la situation').click();
    await page.getByRole('combobox', { name: 'Motif de clôture' }).selectOption('support_completed');
    await save(/Situation close : c’est enregistré/);
    await page.getByText('Étape actuelle : Close (Accompagnement terminé)').waitFor();
    await button('Rouvrir la situation').click();
    await save(/Situation rouverte : c’est enregistré/);
    const timeline = page.getByRole('region', { name: 'Chronologie' });
    await timeline.getByText('Accord pour le contact avec les forces de l’ordre donné').waitFor();
    await timeline.getByText('Situation transmise : Préfecture de la Seine-Saint-Denis').waitFor();
    expect(await timeline.getByText('Accord enregistré').count()).toBe(0);
    await check('suivi et accords');
    await screenshot(page, 'tracks-association-suivi');

    await page.setViewportSize({ width: 375, height: 800 });
    await page.getByRole('tab', { name: 'Identification' }).click();
    await button('Ajouter un indicateur').click();
    await check('indicateur (mobile)');
    await screenshot(page, 'tracks-mobile-indicateur');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('had no serious accessibility violation and leaked no identity into addresses, titles, storage or the console', async () => {
    expect(violations).toEqual([]);
    const leaks = [...urls, ...titles, await browserStorage(page), ...consoleLines].filter((s) => s.includes(lastName));
    expect(leaks).toEqual([]);
  });
});
