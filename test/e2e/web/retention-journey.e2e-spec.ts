import { DEMO_PASSWORD } from '../../../db/seeds/demo';
import { caseBody } from '../../support/cases';
import { waitFor } from '../../support/stack';
import { Journey, screenshot, signIn, signOut, useWebJourney } from '../../support/web';

jest.setTimeout(300_000);

/**
 * Retention and erasure in a real browser (issue 16 §1): the owner's coordinator erases a case on the person's
 * request from its page (reason, confirmation, then « Situation anonymisée le … »), and the platform administrator
 * starts a dry run and reads its report. axe on every view.
 */
describe('web: erasing a case and reading the retention reports', () => {
  let j: Journey;
  useWebJourney({}, (journey) => (j = journey));

  it('the coordinator anonymises a case from its page; the administrator runs a simulation and reads its report', async () => {
    const body = caseBody();
    const { body: c } = await (await j.api.as('asso.93@demo.mnio.test')).post('/api/cases').send(body).expect(201);
    const { page } = j;
    await page.goto(`${j.base}/cases/${c.id}`);
    await signIn(page, 'coord.93@demo.mnio.test', DEMO_PASSWORD);
    await page.getByRole('heading', { name: `Situation ${c.reference}` }).waitFor();
    await page.getByRole('button', { name: 'Anonymiser cette situation' }).click();
    await page.getByRole('heading', { name: `Anonymiser la situation ${c.reference}` }).waitFor();
    await j.check('erase-dialog');
    await screenshot(page, 'retention-erase-dialog', false);
    await page.getByLabel('Motif de l’effacement').selectOption('person_request');
    await page.getByRole('button', { name: 'Confirmer l’anonymisation' }).click();
    await page.getByText(/Situation anonymisée le \d+ \S+ \d{4}/).waitFor();
    await page.getByText('Identité effacée lors de l’anonymisation.').waitFor();
    await j.check('anonymised-case');
    await screenshot(page, 'retention-anonymised-case');
    expect(await page.content()).not.toContain(body.identity.lastName);
    await signOut(page);

    await page.goto(`${j.base}/protection-des-donnees`);
    await signIn(page, 'admin@demo.mnio.test', DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Règles de conservation' }).waitFor();
    await page.getByText('Situation close : identité, récit et textes libres').first().waitFor();
    await page.getByRole('button', { name: 'Lancer une simulation' }).click();
    const link = page.getByRole('link', { name: 'Voir le rapport' }).first();
    await link.waitFor();
    await waitFor(async () => (await page.getByRole('cell', { name: 'Terminé' }).count()) > 0 || (await page.reload(), false), 'the run to finish', 60_000, 1000);
    await j.check('privacy-page');
    await screenshot(page, 'retention-privacy-page');
    await page.getByRole('link', { name: 'Voir le rapport' }).first().click();
    await page.getByRole('heading', { name: /Simulation des règles de conservation du/ }).waitFor();
    await page.getByRole('heading', { name: 'Ce qui serait anonymisé' }).waitFor();
    // The row rules' counts, per rule (issue 16 §1): the demo's inbox items, sessions… are all younger than their rules.
    await page.getByRole('heading', { name: 'Ce qui serait supprimé' }).waitFor();
    await page.getByRole('table', { name: 'Lignes à supprimer par règle' }).getByRole('cell', { name: 'Sessions de connexion' }).waitFor();
    await j.check('retention-report');
    await screenshot(page, 'retention-report');
    expect(j.violations).toEqual([]);
    expect(j.consoleLines.filter((l) => /error/i.test(l))).toEqual([]);
  });
});
