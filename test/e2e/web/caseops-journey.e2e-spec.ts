/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { createOrgUser, signIn as signInApi, TEST_PASSWORD } from '../../support/actors';
import { TestApi } from '../../support/app';
import { caseBody, distinctivePerson } from '../../support/cases';
import { provisionUser } from '../../support/provision';
import { browserStorage, Journey, mobileOverflow, screenshot, signIn, useWebJourney } from '../../support/web';

jest.setTimeout(240_000);

const tag = Math.random().toString(36).slice(2, 8);
const PERSON = distinctivePerson();

/**
 * A case followed over years (issue 14 §2) in a real browser: a worker of an association records a situation with the
 * context of the first contact, is told that her own structure may already follow this person (with the reference of
 * that case and the way to link them), opens the case, assigns herself, and finds it under « Mes situations ». axe on
 * every page, each page also at 375 px; the person's name in no address, title, storage or console line.
 */
describe('web: first contact, duplicate within the structure, « Suivie par » and « Mes situations »', () => {
  let api: TestApi;
  let page: Page;
  let base: string;
  let consoleLines: string[];
  let violations: string[];
  let titles: string[];
  let urls: string[];
  let check: Journey['check'];
  let worker = { email: '', name: 'Inès Moreau' };
  let earlier = { id: '', reference: '' };
  let created = '';
  let bruno = '';
  const overflow: string[] = [];
  useWebJourney({ worker: false }, (j) => ({ api, page, base, consoleLines, violations, titles, urls, check } = j));

  beforeAll(async () => {
    const org = await createOrgUser(api, { kind: 'association', territories: ['93'], name: `Association Escale ${tag}` }, 'coordinator');
    const email = `ines.${tag}@test.mnio.test`;
    await provisionUser(api, { email, displayName: worker.name, password: TEST_PASSWORD, memberships: [{ organisationId: org.organisationId, role: 'case_worker' }] });
    bruno = (await provisionUser(api, { email: `bruno.${tag}@test.mnio.test`, displayName: 'Bruno Petit', password: TEST_PASSWORD, memberships: [{ organisationId: org.organisationId, role: 'case_worker' }] })).id;
    worker = { ...worker, email };
    // A colleague recorded the same person last month.
    const colleague = await signInApi(api, org.email);
    const first = await colleague.post('/api/cases').send(caseBody({ identity: { lastName: PERSON.lastName, firstNames: [PERSON.firstName], aliases: [], birthDate: PERSON.birthDate } })).expect(201);
    earlier = { id: first.body.id, reference: first.body.reference };
    // Bruno follows that earlier case.
    await colleague.post(`/api/cases/${earlier.id}/assignments`).send({ userId: bruno }).expect(201);
  });

  const look = async (name: string, shot: string) => {
    await check(name);
    await screenshot(page, shot);
    overflow.push(...(await mobileOverflow(page, shot)));
  };

  it('records a situation with the context and day of the first contact', async () => {
    await page.goto(`${base}/`);
    await signIn(page, worker.email, TEST_PASSWORD);
    await page.getByRole('heading', { name: /Bonjour/ }).waitFor();
    await page.getByRole('link', { name: 'Enregistrer une nouvelle situation' }).click();
    await page.getByText('Mise en sécurité et besoins immédiats').first().waitFor();
    await page.getByRole('combobox', { name: /Contexte du premier contact/ }).selectOption('outreach');
    await page.getByLabel(/Date du premier contact/).fill('2026-12-01');
    await look('nouvelle situation : premier contact', 'suivi-premier-contact');
    await page.getByRole('button', { name: 'Étape suivante' }).click();
    await page.getByRole('textbox', { name: 'Nom', exact: true }).fill(PERSON.lastName);
    await page.getByRole('textbox', { name: 'Prénom', exact: true }).fill(PERSON.firstName);
    await page.getByRole('textbox', { name: /^Date de naissance/ }).fill(PERSON.birthDate);
    await page.getByRole('radio', { name: 'Femme' }).check({ force: true });
    await page.getByRole('button', { name: 'Étape suivante' }).click();
    await page.getByRole('button', { name: 'Étape suivante' }).click();
    await page.getByRole('checkbox', { name: 'Exploitation sexuelle' }).check({ force: true });
    await page.getByRole('button', { name: 'Étape suivante' }).click();
    await page.getByRole('button', { name: 'Étape suivante' }).click();
    await page.getByRole('group', { name: /en danger là où elle se trouve/ }).getByRole('radio', { name: 'Non' }).check({ force: true });
    await page.getByRole('button', { name: 'Étape suivante' }).click();
    await page.getByRole('button', { name: 'Étape suivante' }).click();
    await page.getByText('Vérification et enregistrement').first().waitFor();
    await page.getByText('Maraude, le 1 décembre 2026').waitFor();
    await page.getByRole('button', { name: 'Enregistrer la situation' }).click();
    await page.getByRole('heading', { name: 'Situation enregistrée', level: 1 }).waitFor();
  });

  it('is told that her structure may already follow this person, with the reference of that case and the way to link them', async () => {
    await page.getByText('Cette personne est peut-être déjà suivie par votre structure').waitFor();
    await page.getByRole('link', { name: `Situation ${earlier.reference}` }).waitFor();
    await page.getByRole('link', { name: 'Rapprochements' }).first().waitFor();
    // No other organisation follows her: no other warning.
    expect(await page.getByText('Une autre organisation suit peut-être la même personne').count()).toBe(0);
    await look('situation enregistrée : doublon dans la structure', 'suivi-doublon-structure');
  });

  it('opens the case: the first contact in its facts, and assigns herself (« Suivie par »)', async () => {
    await page.getByRole('link', { name: 'Ouvrir la situation' }).click();
    await page.getByRole('heading', { name: /^Situation \d{2,3}-\d{4}-\d{6}$/, level: 1 }).waitFor();
    created = page.url().split('/cases/')[1];
    await page.getByText('Maraude, le 1 décembre 2026').waitFor();
    await page.getByText('Personne n’est encore affecté à cette situation.').waitFor();
    await page.getByRole('button', { name: 'M’affecter' }).click();
    await page.getByText(`Suivie par ${worker.name} (vous).`).waitFor();
    await page.getByRole('combobox', { name: 'Affecter un collègue' }).waitFor();
    await look('situation : suivie par', 'suivi-situation');
  });

  it('finds it under « Mes situations »', async () => {
    await page.getByRole('link', { name: 'Accueil' }).first().click();
    await page.getByRole('heading', { name: /Bonjour/ }).waitFor();
    await page.getByRole('link', { name: 'Les situations que je suis' }).click();
    await page.getByRole('heading', { name: 'Mes situations', level: 1 }).waitFor();
    const rows = page.getByRole('table').getByRole('row');
    await rows.filter({ has: page.locator(`a[href="/cases/${created}"]`) }).waitFor();
    // Only hers: the colleague's earlier case is not assigned to her.
    expect(await page.locator(`a[href="/cases/${earlier.id}"]`).count()).toBe(0);
    await look('mes situations', 'suivi-mes-situations');
  });

  it('« Suivies par » a colleague: Bruno’s cases, under his name, with his id and not his name in the address', async () => {
    await page.getByRole('combobox', { name: 'Suivies par' }).selectOption({ label: 'Bruno Petit' });
    await page.getByRole('heading', { name: 'Situations suivies par Bruno Petit', level: 1 }).waitFor();
    await page.locator(`a[href="/cases/${earlier.id}"]`).waitFor();
    expect(await page.locator(`a[href="/cases/${created}"]`).count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('suivies')).toBe(bruno);
    expect(page.url()).not.toContain('Bruno');
    await look('situations suivies par un collègue', 'suivi-situations-collegue');
  });

  it('found no serious accessibility violation, nothing wider than a phone, and the name nowhere but the form', async () => {
    expect(violations).toEqual([]);
    expect(overflow).toEqual([]);
    expect(titles.length).toBe(5);
    const storage = await browserStorage(page);
    for (const value of [PERSON.lastName, PERSON.firstName]) {
      for (const u of urls) expect(u).not.toContain(value);
      for (const t of titles) expect(t).not.toContain(value);
      for (const line of consoleLines) expect(line).not.toContain(value);
      expect(storage).not.toContain(value);
    }
  });
});
