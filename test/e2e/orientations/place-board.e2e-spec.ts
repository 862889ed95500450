import { randomBytes } from 'node:crypto';
import { DEMO_ORGS } from '../../../db/seeds/demo';
import { createOrgUser, signIn } from '../../support/actors';
import type { TestApi } from '../../support/app';
import { Stack, useStack, waitFor } from '../../support/stack';
import { ACSE, ASSO93, Client, consentTo, HOST13, newCase, step, steps } from './support';

interface BoardHost {
  hostId: string;
  name: string;
  regionCodes: string[];
  free: Record<string, number>;
  selectable: boolean | null;
  excludedBecause: string | null;
}

/** A case followed in 93, exploited in 93 and in 69: Île-de-France and Auvergne-Rhône-Alpes are too close. */
const EVENTS = [
  { type: 'recruitment', country: 'NG', from: '2024-11' },
  { type: 'exploitation', country: 'FR', territory: '93', from: '2025-06', to: '2026-01' },
  { type: 'exploitation', country: 'FR', territory: '69', from: '2026-02', to: '2026-10' },
];

describe('hosts declare their places and address; the place board; the chosen host is told', () => {
  let api: TestApi;
  let stack: Stack;
  useStack({}, (s) => {
    stack = s;
    api = s.api;
  });

  /** An Ac.Sé orientation of a fresh case, up to the search for a place; returns its id and the case's. */
  async function searching(worker: Client, acse: Client): Promise<{ id: string; caseId: string; reference: string }> {
    const c = await newCase(worker, { events: EVENTS });
    await consentTo(worker, c.id, DEMO_ORGS.acse);
    const { body: o } = await worker.post(`/api/cases/${c.id}/orientations`).send({ targetKind: 'acse', targetOrganisationId: DEMO_ORGS.acse, reason: 'local_danger' }).expect(201);
    await steps(acse, o.id, { action: 'start_assessment' }, { action: 'search_place' });
    return { id: o.id, caseId: c.id, reference: c.reference };
  }

  it('a host declares its places and its secret address; nobody else may; the address is in no board, no orientation, no notification', async () => {
    const tag = randomBytes(4).toString('hex');
    const secret = { address: `${tag} impasse des Glycines-Orvanne`, postalCode: '13001', city: `Marveline${tag}`, phone: '+33491000000', accessInstructions: `Sonner ${tag}` };
    const h = await createOrgUser(api, { kind: 'host', territories: ['13'], attributes: { acseNetwork: true } }, 'host_operator');
    const other = await createOrgUser(api, { kind: 'host', territories: ['33'], attributes: { acseNetwork: true } }, 'host_operator');
    const host = await signIn(api, h.email);
    const otherHost = await signIn(api, other.email);
    const acse = await api.as(ACSE);
    const worker = await api.as(ASSO93);

    const declared = await host.put(`/api/hosts/${h.organisationId}/capacity`).send({ women: 2, men: 1, family: 1 }).expect(200);
    expect(declared.body.places).toEqual(expect.arrayContaining([{ placeKind: 'women', capacity: 2 }, { placeKind: 'men', capacity: 1 }, { placeKind: 'family', capacity: 1 }, { placeKind: 'minors', capacity: 0 }]));
    await host.put(`/api/hosts/${h.organisationId}/location`).send(secret).expect(200);

    // Ac.Sé reads the places and the address of its network's host, and may change neither; another host, the association may not.
    expect((await acse.put(`/api/hosts/${h.organisationId}/capacity`).send({ women: 9 }).expect(403)).body.code).toBe('FORBIDDEN');
    await acse.put(`/api/hosts/${h.organisationId}/location`).send({ address: 'ailleurs' }).expect(403);
    await otherHost.put(`/api/hosts/${h.organisationId}/capacity`).send({ women: 9 }).expect(404);
    await otherHost.put(`/api/hosts/${h.organisationId}/location`).send({ address: 'ailleurs' }).expect(404);
    await otherHost.get(`/api/hosts/${h.organisationId}/location`).expect(404);
    await worker.put(`/api/hosts/${h.organisationId}/capacity`).send({ women: 9 }).expect(403);
    await worker.get(`/api/hosts/${h.organisationId}/location`).expect(403);
    expect((await acse.get(`/api/hosts/${h.organisationId}/location`).expect(200)).body.location).toEqual(secret);
    const read = (await host.get(`/api/hosts/${h.organisationId}/capacity`).expect(200)).body;
    expect(read.places).toEqual(expect.arrayContaining([{ placeKind: 'women', capacity: 2 }]));
    // What the address form tells the host: who besides itself will read the address (here, the Ac.Sé coordination).
    expect(read.locationReaders).toEqual(['host', 'acse_coordination']);

    // The board: Ac.Sé sees this host's free places; the host sees only itself; the association has no board.
    const board = await acse.get('/api/hosts/board').expect(200);
    const row = (board.body.hosts as BoardHost[]).find((x) => x.hostId === h.organisationId)!;
    expect(row).toMatchObject({ regionCodes: ['93'], free: { women: 2, men: 1, family: 1, minors: 0 }, selectable: null, excludedBecause: null });
    expect(board.body.regions).toEqual(expect.arrayContaining([expect.objectContaining({ regionCode: '93', regionName: expect.any(String) })]));
    const own = await host.get('/api/hosts/board').expect(200);
    expect((own.body.hosts as BoardHost[]).map((x) => x.hostId)).toEqual([h.organisationId]);
    await worker.get('/api/hosts/board').expect(403);
    expect((await acse.get('/api/hosts/board?regionCode=11').expect(200)).body.hosts.map((x: BoardHost) => x.hostId)).not.toContain(h.organisationId);

    // A whole orientation to this host: the address appears in no board, no orientation view, no notification.
    const o = await searching(worker, acse);
    await steps(acse, o.id, { action: 'agree_in_principle', hostId: h.organisationId });
    const seen: string[] = [JSON.stringify(board.body), JSON.stringify(own.body)];
    seen.push(JSON.stringify((await acse.get(`/api/hosts/board?orientationId=${o.id}`).expect(200)).body));
    for (const who of [worker, acse, host]) seen.push(JSON.stringify((await who.get(`/api/orientations/${o.id}`).expect(200)).body));
    const told = await waitFor(async () => {
      const res = await host.get('/api/notifications').expect(200);
      return res.body.items.find((n: { eventType: string; orientationId: string }) => n.eventType === 'OrientationHostChosen' && n.orientationId === o.id);
    }, 'the host told it was chosen', 30_000);
    seen.push(JSON.stringify(told));
    const outbox = await stack.db.query(`SELECT payload::text AS p FROM outbox_messages WHERE aggregate_id = $1`, [o.id]);
    seen.push(...outbox.rows.map((r: { p: string }) => r.p));
    for (const text of seen) for (const bit of [secret.address, secret.city, secret.accessInstructions, tag]) expect(text).not.toContain(bit);
  });

  it('greys out the hosts too close to the places of exploitation or residence, with the rule, and counts free places right under concurrent reservations', async () => {
    const near = await createOrgUser(api, { kind: 'host', territories: ['77'], attributes: { acseNetwork: true } }, 'host_operator'); // Île-de-France: region of residence
    const exploited = await createOrgUser(api, { kind: 'host', territories: ['69'], attributes: { acseNetwork: true } }, 'host_operator'); // département of exploitation
    const national = await createOrgUser(api, { kind: 'host', national: true, attributes: { acseNetwork: true } }, 'host_operator');
    const far = await createOrgUser(api, { kind: 'host', territories: ['29'], attributes: { acseNetwork: true } }, 'host_operator'); // Bretagne
    const dnaOnly = await createOrgUser(api, { kind: 'host', territories: ['35'], attributes: { dnaDedicated: true } }, 'host_operator');
    for (const x of [near, exploited, national, far]) await (await signIn(api, x.email)).put(`/api/hosts/${x.organisationId}/capacity`).send({ women: 3 }).expect(200);
    const acse = await api.as(ACSE);
    const worker = await api.as(ASSO93);

    const o = await searching(worker, acse);
    const { body } = await acse.get(`/api/hosts/board?orientationId=${o.id}`).expect(200);
    expect(body.orientation).toMatchObject({ id: o.id, reference: o.reference, targetKind: 'acse', placeKind: 'women', distancing: { applied: true, regions: true } });
    const why = (id: string) => (body.hosts as BoardHost[]).find((x) => x.hostId === id);
    expect(why(near.organisationId)).toMatchObject({ selectable: false, excludedBecause: 'region' });
    expect(why(exploited.organisationId)).toMatchObject({ selectable: false, excludedBecause: 'departement' });
    expect(why(national.organisationId)).toMatchObject({ selectable: false, excludedBecause: 'national' });
    expect(why(far.organisationId)).toMatchObject({ selectable: true, excludedBecause: null, free: expect.objectContaining({ women: 3 }) });
    expect(why(DEMO_ORGS.host13)).toBeDefined();
    // Outside the Ac.Sé network: not on its board at all.
    expect(why(dnaOnly.organisationId)).toBeUndefined();
    // The step agrees with the board: a greyed-out host is refused with the same rule.
    const refused = await step(acse, o.id, { action: 'agree_in_principle', hostId: near.organisationId }).expect(422);
    expect(refused.body).toMatchObject({ code: 'ELIGIBILITY_DISTANCE', details: { rule: 'region' } });

    // Only the orientation's target opens the board from it: the requester has no board, another host's operator gets 404.
    await worker.get(`/api/hosts/board?orientationId=${o.id}`).expect(403);
    await (await signIn(api, far.email)).get(`/api/hosts/board?orientationId=${o.id}`).expect(404);
    await acse.get(`/api/hosts/board?orientationId=${DEMO_ORGS.acse}`).expect(404);
    expect((await acse.get('/api/hosts/board?orientationId=not-a-uuid').expect(400)).body.code).toBe('VALIDATION_FAILED');

    // Six orientations race for the far host's three places: three agreements, three 409, and the board says 0 free, greyed for lack of a place.
    const racing = await Promise.all([...Array(6).keys()].map(() => searching(worker, acse)));
    const answers = await Promise.all(racing.map((r) => step(acse, r.id, { action: 'agree_in_principle', hostId: far.organisationId })));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 409, 409, 409]);
    const after = (await acse.get(`/api/hosts/board?orientationId=${o.id}`).expect(200)).body;
    expect((after.hosts as BoardHost[]).find((x) => x.hostId === far.organisationId)).toMatchObject({ free: expect.objectContaining({ women: 0 }), selectable: false, excludedBecause: 'no_free_place' });
    const occupancy = (await (await signIn(api, far.email)).get(`/api/hosts/${far.organisationId}/occupancy`).expect(200)).body;
    expect(occupancy.places.find((p: { placeKind: string }) => p.placeKind === 'women')).toEqual({ placeKind: 'women', capacity: 3, reserved: 3, occupied: 0, free: 0 });
  });

  it('tells the chosen host (and only it) when Ac.Sé agrees in principle; the meeting and the transfer get their dates; the answer is dated by the agreement', async () => {
    const h = await createOrgUser(api, { kind: 'host', territories: ['33'], attributes: { acseNetwork: true } }, 'host_operator');
    const host = await signIn(api, h.email);
    await host.put(`/api/hosts/${h.organisationId}/capacity`).send({ women: 1 }).expect(200);
    const acse = await api.as(ACSE);
    const worker = await api.as(ASSO93);
    const o = await searching(worker, acse);
    // Taking the request in hand is not its answer.
    expect((await acse.get(`/api/orientations/${o.id}`).expect(200)).body).toMatchObject({ state: 'searching_place', answeredAt: null });

    const agreed = await step(acse, o.id, { action: 'agree_in_principle', hostId: h.organisationId }).expect(200);
    expect(agreed.body.answeredAt).toEqual(expect.any(String));
    const told = await waitFor(async () => {
      const res = await host.get('/api/notifications').expect(200);
      return res.body.items.find((n: { eventType: string; orientationId: string }) => n.eventType === 'OrientationHostChosen' && n.orientationId === o.id);
    }, 'the chosen host’s notification', 30_000);
    expect(told).toMatchObject({ title: `Votre structure est choisie pour accueillir une personne — ${o.reference}`, caseId: o.caseId, link: `/cases/${o.caseId}/orientations/${o.id}` });
    // Ids and codes only: the payload carries no name, no note, no address.
    const outbox = await stack.db.query(`SELECT payload FROM outbox_messages WHERE aggregate_id = $1 AND type = 'OrientationHostChosen'`, [o.id]);
    expect(outbox.rows).toHaveLength(1);
    expect(Object.keys(outbox.rows[0].payload).sort()).toEqual([
      'action', 'caseId', 'hostOrganisationId', 'orientationId', 'placeKind', 'placeStatus', 'reference', 'requesterOrganisationId', 'state', 'targetKind', 'targetOrganisationId', 'territory',
    ]);
    // Host 13, not chosen, hears nothing of it.
    const other = await api.as(HOST13);
    expect((await other.get('/api/notifications').expect(200)).body.items.filter((n: { orientationId: string }) => n.orientationId === o.id)).toEqual([]);

    // The dates of the pre-admission video meeting and of the transfer, seen by every party; a step that dates nothing refuses one.
    const wrong = await step(acse, o.id, { action: 'release_host', reasonCode: 'not_suitable', scheduledAt: '2026-12-10T10:00:00+01:00' }).expect(422);
    expect(wrong.body.code).toBe('SCHEDULED_AT_NOT_EXPECTED');
    expect((await step(acse, o.id, { action: 'schedule_pre_admission', scheduledAt: 'mardi' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    await steps(acse, o.id, { action: 'schedule_pre_admission', scheduledAt: '2026-12-10T10:00:00+01:00' }, { action: 'transfer', scheduledAt: '2026-12-14T09:30:00+01:00' });
    for (const who of [worker, acse, host]) {
      const v = (await who.get(`/api/orientations/${o.id}`).expect(200)).body;
      expect(v).toMatchObject({ state: 'transfer_organised', preAdmissionAt: '2026-12-10T09:00:00.000Z', transferAt: '2026-12-14T08:30:00.000Z', answeredAt: agreed.body.answeredAt });
    }
    const offered = (await acse.get(`/api/orientations/${o.id}`).expect(200)).body;
    expect(offered.nextSteps.find((s: { action: string }) => s.action === 'refuse')).toBeUndefined();
  });
});
