import { randomUUID } from 'node:crypto';
import { DEMO_ORGS, DEMO_PASSWORD } from '../../../db/seeds/demo';
import { Journey, mobileOverflow, screenshot, signIn, useWebJourney } from '../../support/web';

jest.setTimeout(300_000);

const HOST = 'Structure d’accueil Ac.Sé « Les Tilleuls »';
const CELL = 'Cellule TEH du CLAV 84';

/**
 * Administration without SQL in a real browser (issue 14 §3): the platform administrator sets up a new Ac.Sé host
 * (organisation with its flags, then edited) and a new cell (its coordinator's account with territories, its member
 * organisations), changes a deadline rule and the distancing rule of a territory, replays a dead letter and reads the
 * emergency-access report. axe on every tab, screenshots at desktop and phone widths.
 */
describe('web: the platform administration', () => {
  let j: Journey;
  useWebJourney({ worker: false }, (journey) => (j = journey));

  it('sets up an Ac.Sé host and a cell, tunes the rules, looks at the queues and the emergency accesses', async () => {
    const { page } = j;
    const overflow: string[] = [];
    // A click on a button at a wide table's right end scrolls its container: back to the start before each picture.
    const unscroll = () => page.evaluate(() => document.querySelectorAll('.fr-table__container').forEach((e) => (e.scrollLeft = 0)));
    const tab = (name: string) => page.getByRole('tab', { name });
    await page.goto(`${j.base}/administration`);
    await signIn(page, 'admin@demo.mnio.test', DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Administration', level: 1 }).waitFor();

    // A new Ac.Sé host and a new cell, with their flags and départements.
    const create = page.locator('form', { has: page.getByRole('heading', { name: 'Créer une organisation' }) });
    await create.getByLabel('Type').selectOption('host');
    await create.getByLabel('Nom', { exact: true }).fill(HOST);
    await create.getByLabel('Départements couverts').fill('84');
    await create.getByText('Membre du réseau Ac.Sé').click();
    await create.getByRole('button', { name: 'Créer l’organisation' }).click();
    await page.getByText(`L’organisation « ${HOST} » est créée.`).waitFor();
    await create.getByLabel('Type').selectOption('clav_cell');
    await create.getByLabel('Nom', { exact: true }).fill(CELL);
    await create.getByLabel('Départements couverts').fill('84');
    await create.getByRole('button', { name: 'Créer l’organisation' }).click();
    await page.getByText(`L’organisation « ${CELL} » est créée.`).waitFor();
    const hostRow = page.getByRole('row').filter({ hasText: HOST });
    await hostRow.getByText('Membre du réseau Ac.Sé').waitFor();

    // Edited: one more département; the typing mistake is told before anything is sent.
    await hostRow.getByRole('button', { name: `Modifier ${HOST}` }).click();
    const edit = page.locator('form', { has: page.getByRole('heading', { name: `Modifier « ${HOST} »` }) });
    await edit.getByLabel('Départements couverts').fill('84, 300');
    await edit.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await edit.getByText('Département inconnu : 300').waitFor();
    await edit.getByLabel('Départements couverts').fill('84, 30');
    await edit.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await hostRow.getByText('Départements 84, 30').waitFor();
    await j.check('admin-organisations');
    await unscroll();
    await screenshot(page, 'admin-organisations');
    overflow.push(...(await mobileOverflow(page, 'admin-organisations')));

    // The cell's coordinator: granted at once (a role that reads no identity), in its département.
    await tab('Comptes et rattachements').click();
    await page.waitForURL(/\/administration\/comptes$/);
    const account = page.locator('form', { has: page.getByRole('heading', { name: 'Créer un compte' }) });
    await account.getByLabel('Nom affiché').fill('Coordination cellule 84');
    await account.getByLabel('Adresse électronique').fill(`cellule.84.${randomUUID().slice(0, 6)}@test.mnio.test`);
    await account.getByLabel('Organisation', { exact: true }).selectOption({ label: CELL });
    await account.getByLabel('Rôle').selectOption('cell_coordinator');
    await account.getByLabel('Départements du rattachement').fill('84');
    await account.getByRole('button', { name: 'Créer le compte' }).click();
    // The account's own confirmation (the form's hint also speaks of the « lien d'inscription »: waiting for those words
    // went on before the account existed).
    await page.getByText('Compte créé pour Coordination cellule 84').waitFor();
    await page.getByText(/Transmettez ce lien d’inscription/).waitFor();
    await page.getByLabel('Afficher les comptes de l’organisation').selectOption({ label: CELL });
    await page.getByText('Coordination de la cellule — Cellule TEH du CLAV 84 (départements 84)').waitFor();
    await page.getByText('asso.93@demo.mnio.test').waitFor({ state: 'detached' });
    await j.check('admin-accounts');
    await unscroll();
    await screenshot(page, 'admin-accounts');
    overflow.push(...(await mobileOverflow(page, 'admin-accounts')));

    // The cell's member organisations: the new host joins it.
    await tab('Cellules TEH').click();
    await page.getByLabel('Cellule', { exact: true }).selectOption({ label: `${CELL} (département 84)` });
    await page.getByLabel(/Ajouter une organisation du département/).selectOption({ label: `${HOST} (Structure d’hébergement)` });
    await page.getByRole('button', { name: 'Ajouter à la cellule' }).click();
    await page.getByRole('region', { name: 'Organisations membres de la cellule' }).getByText(HOST).waitFor();
    await j.check('admin-cells');
    await unscroll();
    await screenshot(page, 'admin-cells');
    overflow.push(...(await mobileOverflow(page, 'admin-cells')));

    // A deadline of the département, and its Ac.Sé distancing rule.
    await tab('Délais et éloignement').click();
    await page.getByLabel('Département', { exact: true }).selectOption('84');
    const review = page.getByRole('row').filter({ hasText: 'Examen par la cellule' });
    await review.getByRole('button', { name: /Modifier/ }).click();
    const rule = page.locator('form', { has: page.getByRole('heading', { name: /Examen par la cellule — département 84/ }) });
    await rule.getByLabel('Durée').fill('3');
    await rule.getByLabel('Unité').selectOption('working_days');
    await rule.getByLabel('Alerte (jours avant)').fill('1');
    await rule.getByRole('button', { name: 'Enregistrer le délai' }).click();
    await review.getByText('3 jours ouvrés, alerte 1 jour avant').waitFor();
    await review.getByText('Propre au département').waitFor();
    const local = page.getByRole('group', { name: /Règle pour une situation suivie dans le département 84/ });
    await local.getByText('Hors des départements d’exploitation et de résidence seulement').click();
    await page.getByText('Départements avec une règle propre : 84 (départements seulement).').waitFor();
    await j.check('admin-rules');
    await unscroll();
    await screenshot(page, 'admin-rules');
    overflow.push(...(await mobileOverflow(page, 'admin-rules')));

    // A delivery that exhausted its attempts (as the worker leaves one when a mail server refuses), replayed.
    const admin = await j.db.query(`SELECT id FROM users WHERE email = 'coord.93@demo.mnio.test'`);
    const delivery = await j.db.query(
      `INSERT INTO notification_deliveries (event_key, event_type, channel, recipient_id, organisation_id, content, status, attempts, last_error)
       VALUES ($1, 'OrientationAccepted', 'email', $2, $3, '{}', 'dead', 5, 'smtp_rejected') RETURNING id`,
      [`journey-${randomUUID()}`, admin.rows[0].id, DEMO_ORGS.asso93],
    );
    await j.db.query(`INSERT INTO notification_dead_letters (delivery_id, round, channel, attempts, last_error) VALUES ($1, 1, 'email', 5, 'smtp_rejected')`, [delivery.rows[0].id]);
    await tab('Files d’envoi').click();
    await page.getByRole('region', { name: 'Files d’envoi' }).getByText('Courriels').waitFor();
    await page.getByText(/Événements en attente de distribution/).waitFor();
    const letter = page.getByRole('row').filter({ hasText: 'Orientation acceptée' });
    await letter.getByText('Courriel', { exact: true }).waitFor();
    await j.check('admin-queues');
    await unscroll();
    await screenshot(page, 'admin-queues');
    overflow.push(...(await mobileOverflow(page, 'admin-queues')));
    await letter.getByRole('button', { name: /Relancer/ }).click();
    await page.getByText('L’envoi est remis en file.').waitFor();
    await page.getByText('Aucun envoi abandonné.').waitFor();

    await tab('Accès exceptionnels').click();
    await page.getByText(/^Du \d+ \S+ \d{4} au \d+ \S+ \d{4} :/).waitFor();
    await j.check('admin-break-glass');
    await unscroll();
    await screenshot(page, 'admin-break-glass');
    overflow.push(...(await mobileOverflow(page, 'admin-break-glass')));

    // Every step is in the audit journal, by the platform.
    const actions = await j.db.query(`SELECT action FROM audit_entries WHERE actor_organisation_id = $1 AND action = ANY($2) ORDER BY occurred_at`, [
      DEMO_ORGS.platform,
      ['organisation.created', 'organisation.updated', 'user.created', 'cell.member_added', 'deadline_rule.changed', 'distancing_rule.changed', 'notification.dead_letter_replayed'],
    ]);
    expect(new Set(actions.rows.map((r) => r.action))).toEqual(
      new Set(['organisation.created', 'organisation.updated', 'user.created', 'cell.member_added', 'deadline_rule.changed', 'distancing_rule.changed', 'notification.dead_letter_replayed']),
    );
    expect(overflow).toEqual([]);
    expect(j.violations).toEqual([]);
    expect(j.titles.every((t) => t.startsWith('Administration'))).toBe(true);
    expect(j.consoleLines.filter((l) => /error/i.test(l))).toEqual([]);
  });
});
