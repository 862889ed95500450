import { createOrgUser, signIn } from '../../support/actors';
import { startApi, TestApi } from '../../support/app';
import { rawDb } from '../../support/db';
import { ASSO93, Client, consentTo, newCase, step } from './support';

const REQUESTS = 50;

/** Runs `fn` over `items`, `width` at a time (set-up only: the contention itself is one Promise.all). */
async function inBatches<T, R>(items: T[], width: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += width) out.push(...(await Promise.all(items.slice(i, i + width).map(fn))));
  return out;
}

describe('places are never given twice', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startApi()));
  afterAll(() => api.close());

  it('fifty concurrent acceptances for a host with one free place: exactly one succeeds, the others answer 409 NO_PLACE_AVAILABLE', async () => {
    const host = await createOrgUser(api, { kind: 'host', territories: ['69'], attributes: { dnaDedicated: true } }, 'host_operator');
    const hostClient: Client = await signIn(api, host.email);
    await hostClient.put(`/api/hosts/${host.organisationId}/capacity`).send({ women: 1 }).expect(200);
    const worker = await api.as(ASSO93);
    const orientationIds = await inBatches([...Array(REQUESTS).keys()], 10, async () => {
      const c = await newCase(worker);
      await consentTo(worker, c.id, host.organisationId);
      const res = await worker.post(`/api/cases/${c.id}/orientations`).send({ targetKind: 'dna', targetOrganisationId: host.organisationId, reason: 'asylum_accommodation', asylumStatus: 'asylum_seeker' });
      if (res.status !== 201) throw new Error(`request failed: ${res.status} ${res.body.code}`);
      return res.body.id as string;
    });

    const answers = await Promise.all(orientationIds.map((id) => step(hostClient, id, { action: 'accept' })));

    const statuses = answers.map((a) => `${a.status} ${a.body.code ?? a.body.state}`);
    expect(statuses.filter((s) => s === '200 accepted')).toHaveLength(1);
    expect(statuses.filter((s) => s === '409 NO_PLACE_AVAILABLE')).toHaveLength(REQUESTS - 1);
    const winner = orientationIds[answers.findIndex((a) => a.status === 200)];
    const occupancy = await hostClient.get(`/api/hosts/${host.organisationId}/occupancy`).expect(200);
    expect(occupancy.body.places).toEqual([{ placeKind: 'family', capacity: 0, reserved: 0, occupied: 0, free: 0 }, { placeKind: 'men', capacity: 0, reserved: 0, occupied: 0, free: 0 },
      { placeKind: 'minors', capacity: 0, reserved: 0, occupied: 0, free: 0 }, { placeKind: 'women', capacity: 1, reserved: 1, occupied: 0, free: 0 }]);
    expect(occupancy.body.orientations).toEqual([expect.objectContaining({ orientationId: winner, placeStatus: 'reserved' })]);

    const db = await rawDb();
    try {
      const states = await db.query(`SELECT state, place_status, count(*)::int AS n FROM orientations WHERE target_organisation_id = $1 GROUP BY 1, 2 ORDER BY 1`, [host.organisationId]);
      expect(states.rows).toEqual([{ state: 'accepted', place_status: 'reserved', n: 1 }, { state: 'requested', place_status: 'none', n: REQUESTS - 1 }]);
      // The losers left nothing behind: no history row, no event, no audit entry of an acceptance.
      const accepted = await db.query(`SELECT count(*)::int AS n FROM orientation_transitions WHERE orientation_id = ANY($1) AND action = 'accept'`, [orientationIds]);
      expect(accepted.rows[0].n).toBe(1);
      const events = await db.query(`SELECT count(*)::int AS n FROM outbox_messages WHERE aggregate_id = ANY($1) AND type = 'OrientationAccepted'`, [orientationIds]);
      expect(events.rows[0].n).toBe(1);
    } finally {
      await db.end();
    }

    // Giving the place back makes it available again, once.
    await step(worker, winner, { action: 'cancel', reasonCode: 'person_declined' }).expect(200);
    const second = await Promise.all(orientationIds.filter((id) => id !== winner).slice(0, 10).map((id) => step(hostClient, id, { action: 'accept' })));
    expect(second.map((a) => a.status).sort()).toEqual([200, ...Array(9).fill(409)]);
  });
});
