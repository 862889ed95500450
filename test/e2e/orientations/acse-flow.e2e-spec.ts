import { EVENT_FIELDS } from '@mnio/notifications';
import { DEMO_ORGS } from '../../../db/seeds/demo';
import { startApi, TestApi } from '../../support/app';
import { rawDb } from '../../support/db';
import { ACSE, ASSO93, consentTo, HOST13, newCase, step, steps } from './support';

// codes and ids only; the place kind and status and the host feed the capacity statistics (libs/reporting)
const PAYLOAD_KEYS = [
  'action', 'caseId', 'hostOrganisationId', 'orientationId', 'placeKind', 'placeStatus', 'reference', 'requesterOrganisationId', 'state', 'targetKind', 'targetOrganisationId',
  'territory',
];

describe('an Ac.Sé orientation, end to end', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
    await (await api.as(HOST13)).put(`/api/hosts/${DEMO_ORGS.host13}/capacity`).send({ women: 3, family: 1 }).expect(200);
  });
  afterAll(() => api.close());

  it('asso.93 asks, Ac.Sé assesses and finds host 13 outside Île-de-France, the host admits and ends; every party sees what it must', async () => {
    const worker = await api.as(ASSO93);
    const acse = await api.as(ACSE);
    const host = await api.as(HOST13);
    const c = await newCase(worker);
    await consentTo(worker, c.id, DEMO_ORGS.acse);
    const before = (await host.get(`/api/hosts/${DEMO_ORGS.host13}/occupancy`).expect(200)).body.places.find((p: { placeKind: string }) => p.placeKind === 'women');

    const asked = await worker.post(`/api/cases/${c.id}/orientations`).send({ targetKind: 'acse', targetOrganisationId: DEMO_ORGS.acse, reason: 'local_danger', note: 'Threats in Saint-Denis' }).expect(201);
    const o = asked.body;
    expect(o).toMatchObject({
      caseId: c.id, reference: c.reference, territory: '93', targetKind: 'acse', targetOrganisationId: DEMO_ORGS.acse, requesterOrganisationId: DEMO_ORGS.asso93,
      state: 'requested', placeKind: 'women', placeStatus: 'none', hostOrganisationId: null, version: 1, parties: ['requester'], allowedActions: ['cancel'],
      answerDueOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(asked.headers.location).toBe(`/api/orientations/${o.id}`);
    let view = await worker.get(`/api/cases/${c.id}`).expect(200);
    expect(view.body.deadlines).toEqual([expect.objectContaining({ kind: 'orientation_answer', responsibleOrganisationId: DEMO_ORGS.acse, dueOn: o.answerDueOn })]);

    // The target finds it in its work queue, sees the case, and reads the identity because the person agreed to this orientation.
    const inbox = await acse.get('/api/orientations?inbox=true&state=requested').expect(200);
    expect(inbox.body.items.map((i: { id: string }) => i.id)).toContain(o.id);
    expect(inbox.body.items.find((i: { id: string }) => i.id === o.id)).toMatchObject({ parties: ['target'], allowedActions: ['start_assessment', 'refuse'] });
    await acse.get(`/api/cases/${c.id}`).expect(200);
    await acse.get(`/api/cases/${c.id}/identity?reason=orientation`).expect(200);

    await steps(acse, o.id, { action: 'start_assessment' }, { action: 'search_place' });
    view = await worker.get(`/api/cases/${c.id}`).expect(200);
    expect(view.body.deadlines).toEqual([]);
    const wrongParty = await step(worker, o.id, { action: 'agree_in_principle', hostId: DEMO_ORGS.host13 }).expect(403);
    expect(wrongParty.body.code).toBe('ACTION_NOT_ALLOWED_FOR_PARTY');
    const noHost = await step(acse, o.id, { action: 'agree_in_principle' }).expect(422);
    expect(noHost.body.code).toBe('HOST_REQUIRED');
    const dna = await step(acse, o.id, { action: 'agree_in_principle', hostId: DEMO_ORGS.dna69 }).expect(422);
    expect(dna.body.code).toBe('HOST_NOT_IN_NETWORK');

    const agreed = await step(acse, o.id, { action: 'agree_in_principle', hostId: DEMO_ORGS.host13, note: 'Host agrees, video call Tuesday' }).expect(200);
    expect(agreed.body).toMatchObject({ state: 'agreed_in_principle', hostOrganisationId: DEMO_ORGS.host13, placeStatus: 'reserved', version: 4 });
    let occupancy = (await host.get(`/api/hosts/${DEMO_ORGS.host13}/occupancy`).expect(200)).body;
    expect(occupancy.places.find((p: { placeKind: string }) => p.placeKind === 'women')).toEqual({ ...before, reserved: before.reserved + 1, free: before.free - 1 });
    expect(occupancy.orientations).toEqual(expect.arrayContaining([{ orientationId: o.id, targetKind: 'acse', state: 'agreed_in_principle', placeKind: 'women', placeStatus: 'reserved' }]));

    // The chosen host now sees the orientation and the case, identity included: the consent to the Ac.Sé orientation covers the host it picks.
    const hostInbox = await host.get('/api/orientations?inbox=true').expect(200);
    expect(hostInbox.body.items.find((i: { id: string }) => i.id === o.id)).toMatchObject({ parties: ['host'], allowedActions: [] });
    await host.get(`/api/cases/${c.id}`).expect(200);
    await host.get(`/api/cases/${c.id}/identity?reason=orientation`).expect(200);

    await steps(acse, o.id, { action: 'schedule_pre_admission' }, { action: 'transfer' });
    const admitted = await step(host, o.id, { action: 'admit' }).expect(200);
    expect(admitted.body).toMatchObject({ state: 'hosted', placeStatus: 'occupied', allowedActions: ['end'] });
    occupancy = (await host.get(`/api/hosts/${DEMO_ORGS.host13}/occupancy`).expect(200)).body;
    expect(occupancy.places.find((p: { placeKind: string }) => p.placeKind === 'women')).toEqual({ ...before, occupied: before.occupied + 1, free: before.free - 1 });

    // The requester follows every state, without the host's location and without the others' notes unless it reads the identity (it does).
    const seen = await worker.get(`/api/orientations/${o.id}`).expect(200);
    expect(seen.body).toMatchObject({ state: 'hosted', hostOrganisationId: DEMO_ORGS.host13, parties: ['requester'] });
    expect(seen.body.history.map((h: { action: string; to: string }) => `${h.action}→${h.to}`)).toEqual([
      'request→requested', 'start_assessment→assessment', 'search_place→searching_place', 'agree_in_principle→agreed_in_principle',
      'schedule_pre_admission→pre_admission_scheduled', 'transfer→transfer_organised', 'admit→hosted',
    ]);
    expect(seen.body.history[3]).toMatchObject({ party: 'target', hostOrganisationId: DEMO_ORGS.host13, note: 'Host agrees, video call Tuesday' });
    const hostSees = await host.get(`/api/orientations/${o.id}`).expect(200);
    // Reading the identity, the host also reads the request's notes.
    expect(hostSees.body.history[0]).toHaveProperty('note', 'Threats in Saint-Denis');

    const missingReason = await step(host, o.id, { action: 'end' }).expect(422);
    expect(missingReason.body.code).toBe('REASON_CODE_REQUIRED');
    const ended = await step(host, o.id, { action: 'end', reasonCode: 'mainstream_services' }).expect(200);
    expect(ended.body).toMatchObject({ state: 'ended', open: false, placeStatus: 'none', outcomeCode: 'mainstream_services', closedAt: expect.any(String) });
    occupancy = (await host.get(`/api/hosts/${DEMO_ORGS.host13}/occupancy`).expect(200)).body;
    expect(occupancy.places.find((p: { placeKind: string }) => p.placeKind === 'women')).toEqual(before);
    const listed = await worker.get(`/api/cases/${c.id}/orientations`).expect(200);
    expect(listed.body.items).toEqual([expect.objectContaining({ id: o.id, state: 'ended' })]);

    const db = await rawDb();
    try {
      const { rows } = await db.query(`SELECT type, payload FROM outbox_messages WHERE aggregate_id = $1 ORDER BY id`, [o.id]);
      expect(rows.map((r) => `${r.type}:${r.payload.action}`)).toEqual([
        'OrientationRequested:request', 'OrientationTransitioned:start_assessment', 'OrientationTransitioned:search_place',
        'OrientationAccepted:agree_in_principle', 'OrientationHostChosen:agree_in_principle', 'OrientationTransitioned:schedule_pre_admission', 'OrientationTransitioned:transfer',
        'OrientationAdmitted:admit', 'OrientationEnded:end',
      ]);
      for (const r of rows) expect(Object.keys(r.payload).sort()).toEqual(PAYLOAD_KEYS);
      // The notifications context reads these events: every field it requires is there, as a string.
      const known = rows.filter((r) => r.type in EVENT_FIELDS);
      expect(known.map((r) => r.type)).toEqual(['OrientationRequested', 'OrientationAccepted', 'OrientationHostChosen', 'OrientationAdmitted', 'OrientationEnded']);
      for (const r of known) for (const field of EVENT_FIELDS[r.type as keyof typeof EVENT_FIELDS]) expect([r.type, field, typeof r.payload[field]]).toEqual([r.type, field, 'string']);
      expect(rows[8].payload).toEqual({
        orientationId: o.id, caseId: c.id, reference: c.reference, territory: '93', targetKind: 'acse', targetOrganisationId: DEMO_ORGS.acse,
        requesterOrganisationId: DEMO_ORGS.asso93, action: 'end', state: 'ended', placeKind: 'women', placeStatus: 'none', hostOrganisationId: DEMO_ORGS.host13,
      });
      const audit = await db.query(
        `SELECT action, stream, details FROM audit_entries WHERE subject_type = 'case' AND subject_id = $1 AND action LIKE 'orientation.%' AND action <> 'orientation.read' ORDER BY seq`,
        [c.id],
      );
      expect(audit.rows.map((r) => r.action)).toEqual([
        'orientation.request', 'orientation.start_assessment', 'orientation.search_place', 'orientation.agree_in_principle', 'orientation.schedule_pre_admission',
        'orientation.transfer', 'orientation.admit', 'orientation.end',
      ]);
      expect(new Set(audit.rows.map((r) => r.stream))).toEqual(new Set([`case:${c.id}`]));
      expect(audit.rows[3].details).toMatchObject({ orientationId: o.id, action: 'agree_in_principle', from: 'searching_place', to: 'agreed_in_principle', hostJoined: DEMO_ORGS.host13 });
      const notes = await db.query(`SELECT note_enc FROM orientation_transitions WHERE orientation_id = $1 AND note_enc IS NOT NULL`, [o.id]);
      expect(notes.rows).toHaveLength(2);
      expect(JSON.stringify(notes.rows)).not.toMatch(/Saint-Denis|video call/);
    } finally {
      await db.end();
    }
  });

  it('stops the target reading the identity when the person withdraws consent, and refuses a stale version', async () => {
    const worker = await api.as(ASSO93);
    const acse = await api.as(ACSE);
    const c = await newCase(worker);
    await consentTo(worker, c.id, DEMO_ORGS.acse);
    const { body: o } = await worker.post(`/api/cases/${c.id}/orientations`).send({ targetKind: 'acse', targetOrganisationId: DEMO_ORGS.acse, reason: 'local_danger' }).expect(201);
    await acse.get(`/api/cases/${c.id}/identity`).expect(200);
    await consentTo(worker, c.id, DEMO_ORGS.acse, false);
    await acse.get(`/api/cases/${c.id}/identity`).expect(403);
    await acse.get(`/api/cases/${c.id}`).expect(200);

    const stale = await step(acse, o.id, { action: 'start_assessment', version: 7 }).expect(409);
    expect(stale.body).toMatchObject({ code: 'VERSION_CONFLICT', details: { currentVersion: 1 } });
    await acse.post(`/api/orientations/${o.id}/transitions`).set('If-Match', '"2"').send({ action: 'start_assessment' }).expect(409);
    const ok = await acse.post(`/api/orientations/${o.id}/transitions`).set('If-Match', '"1"').send({ action: 'start_assessment' }).expect(200);
    expect(ok.headers.etag).toBe('"2"');
    const illegal = await step(acse, o.id, { action: 'transfer' }).expect(409);
    expect(illegal.body.code).toBe('ILLEGAL_TRANSITION');
    const unknown = await step(acse, o.id, { action: 'teleport' }).expect(422);
    expect(unknown.body.code).toBe('UNKNOWN_MOVE');
  });

  it('a refusal ends the target\u2019s access to the case; a host that is not retained loses it too', async () => {
    const worker = await api.as(ASSO93);
    const acse = await api.as(ACSE);
    const host = await api.as(HOST13);
    const c = await newCase(worker);
    await consentTo(worker, c.id, DEMO_ORGS.acse);
    const { body: o } = await worker.post(`/api/cases/${c.id}/orientations`).send({ targetKind: 'acse', targetOrganisationId: DEMO_ORGS.acse, reason: 'local_danger' }).expect(201);
    await steps(acse, o.id, { action: 'start_assessment' }, { action: 'search_place' }, { action: 'agree_in_principle', hostId: DEMO_ORGS.host13 });
    await host.get(`/api/cases/${c.id}`).expect(200);
    const released = await step(acse, o.id, { action: 'release_host', reasonCode: 'host_withdrew' }).expect(200);
    expect(released.body).toMatchObject({ state: 'searching_place', hostOrganisationId: null, placeStatus: 'none' });
    await host.get(`/api/cases/${c.id}`).expect(404);
    await host.get(`/api/orientations/${o.id}`).expect(404);

    await acse.get(`/api/cases/${c.id}`).expect(200);
    const refused = await step(acse, o.id, { action: 'refuse', reasonCode: 'no_place' }).expect(200);
    expect(refused.body).toMatchObject({ state: 'refused', open: false, outcomeCode: 'no_place', allowedActions: [] });
    await acse.get(`/api/cases/${c.id}`).expect(404);
    await acse.get(`/api/cases/${c.id}/identity`).expect(404);
    // Its own orientation stays in its records; nothing more can happen to it.
    await acse.get(`/api/orientations/${o.id}`).expect(200);
    await step(worker, o.id, { action: 'cancel' }).expect(409);
    const again = await worker.post(`/api/cases/${c.id}/orientations`).send({ targetKind: 'acse', targetOrganisationId: DEMO_ORGS.acse, reason: 'local_danger' }).expect(201);
    const dup = await worker.post(`/api/cases/${c.id}/orientations`).send({ targetKind: 'acse', targetOrganisationId: DEMO_ORGS.acse, reason: 'local_danger' }).expect(409);
    expect(dup.body.code).toBe('ORIENTATION_ALREADY_OPEN');
    const cancelled = await step(worker, again.body.id, { action: 'cancel', reasonCode: 'person_declined' }).expect(200);
    expect(cancelled.body).toMatchObject({ state: 'cancelled', answeredAt: null });
    await acse.get(`/api/cases/${c.id}`).expect(404);
    // Unanswered, then cancelled: no answer is awaited any more.
    expect((await worker.get(`/api/cases/${c.id}`).expect(200)).body.deadlines).toEqual([]);
    const db = await rawDb();
    try {
      const { rows } = await db.query(`SELECT type FROM outbox_messages WHERE aggregate_id = ANY($1) AND type IN ('OrientationRefused', 'OrientationCancelled') ORDER BY id`, [[o.id, again.body.id]]);
      expect(rows.map((r) => r.type)).toEqual(['OrientationRefused', 'OrientationCancelled']);
    } finally {
      await db.end();
    }
  });

  it('shows an orientation only to its parties: others, in any territory, get the same 404 as for a missing one', async () => {
    const worker = await api.as(ASSO93);
    const c = await newCase(worker);
    await consentTo(worker, c.id, DEMO_ORGS.acse);
    const { body: o } = await worker.post(`/api/cases/${c.id}/orientations`).send({ targetKind: 'acse', targetOrganisationId: DEMO_ORGS.acse, reason: 'local_danger' }).expect(201);
    const missing = await worker.get('/api/orientations/00000000-0000-4000-8000-000000000000').expect(404);
    for (const email of ['asso.75@demo.mnio.test', 'dna.69@demo.mnio.test', HOST13, 'prefecture.93@demo.mnio.test', 'minors@demo.mnio.test']) {
      const other = await api.as(email);
      const res = await other.get(`/api/orientations/${o.id}`);
      expect([email, res.status, res.body.code, res.body.message]).toEqual([email, 404, missing.body.code, missing.body.message]);
      const moved = await step(other, o.id, { action: 'start_assessment' });
      expect([email, moved.status]).toEqual([email, 404]);
      const inbox = await other.get('/api/orientations?inbox=true');
      expect((inbox.body.items ?? []).map((i: { id: string }) => i.id)).not.toContain(o.id);
    }
    // Roles that never handle orientations are refused at the route, whatever the id.
    for (const email of ['national@demo.mnio.test', 'clav.93@demo.mnio.test']) await (await api.as(email)).get(`/api/orientations/${o.id}`).expect(403);
    const cell = await (await api.as('clav.93@demo.mnio.test')).get(`/api/cases/${c.id}/orientations`);
    expect(cell.status).toBe(404);
  });
});
