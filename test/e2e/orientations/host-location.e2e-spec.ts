import { randomBytes } from 'node:crypto';
import { DEMO_ORGS } from '../../../db/seeds/demo';
import { createOrgUser, signIn } from '../../support/actors';
import { rawDb } from '../../support/db';
import { startCapturingApi } from './capture';
import { ACSE, ASSO93, consentTo, HOST13, newCase, steps } from './support';

describe('a host\u2019s location is secret', () => {
  let api: Awaited<ReturnType<typeof startCapturingApi>>;
  beforeAll(async () => (api = await startCapturingApi()));
  afterAll(() => api.close());

  it('is returned only to the host and to its coordination: absent from every other response, from the outbox and from the logs', async () => {
    const tag = randomBytes(4).toString('hex');
    const secret = { address: `${tag} chemin des Oliviers-Qorvane`, postalCode: '06100', city: `Vallorimbe${tag}`, phone: `+3349${tag.replace(/\D/g, '7').padEnd(7, '7').slice(0, 7)}`, accessInstructions: `Code portail ${tag}` };
    const secretBits = [secret.address, secret.city, secret.phone, secret.accessInstructions, tag];

    const h = await createOrgUser(api, { kind: 'host', territories: ['06'], attributes: { acseNetwork: true } }, 'host_operator');
    const host = await signIn(api, h.email);
    const worker = await api.as(ASSO93);
    const acse = await api.as(ACSE);
    await host.put(`/api/hosts/${h.organisationId}/capacity`).send({ women: 2 }).expect(200);
    const saved = await host.put(`/api/hosts/${h.organisationId}/location`).send(secret).expect(200);
    expect(saved.body).toEqual({ hostId: h.organisationId, updatedAt: expect.any(String) });

    // A whole orientation to this host, every party looking at everything it may look at.
    const c = await newCase(worker);
    await consentTo(worker, c.id, DEMO_ORGS.acse);
    const { body: o } = await worker.post(`/api/cases/${c.id}/orientations`).send({ targetKind: 'acse', targetOrganisationId: DEMO_ORGS.acse, reason: 'local_danger' }).expect(201);
    await steps(acse, o.id, { action: 'start_assessment' }, { action: 'search_place' }, { action: 'agree_in_principle', hostId: h.organisationId },
      { action: 'schedule_pre_admission' }, { action: 'transfer' });
    await steps(host, o.id, { action: 'admit' });
    for (const who of [worker, acse, host]) {
      await who.get(`/api/orientations/${o.id}`).expect(200);
      await who.get('/api/orientations').expect(200);
      await who.get('/api/orientations?inbox=true').expect(200);
      await who.get(`/api/cases/${c.id}`).expect(200);
      await who.get(`/api/cases/${c.id}/orientations`).expect(200);
      await who.get(`/api/cases/${c.id}/history`).expect(200);
    }
    await worker.get(`/api/cases/${c.id}/identity`).expect(200);
    for (const who of [acse, host]) {
      await who.get(`/api/hosts/${h.organisationId}/capacity`).expect(200);
      await who.get(`/api/hosts/${h.organisationId}/occupancy`).expect(200);
    }
    await worker.get('/api/organisations?kind=host').expect(200);
    // Ac.Sé searches its network for a free place: counters and directory fields, never a location.
    const search = await acse.get('/api/hosts?placeKind=women&available=true').expect(200);
    expect(search.body.find((x: { hostId: string }) => x.hostId === h.organisationId)).toMatchObject({
      territories: ['06'], places: expect.arrayContaining([{ placeKind: 'women', capacity: 2, reserved: 0, occupied: 1, free: 1 }]),
    });
    expect(search.body.map((x: { hostId: string }) => x.hostId)).not.toContain(DEMO_ORGS.dna69);
    expect((await host.get('/api/hosts').expect(200)).body.map((x: { hostId: string }) => x.hostId)).toEqual([h.organisationId]);
    await worker.get('/api/hosts').expect(403);

    // The location itself: the host and Ac.Sé (its network's coordination) read it; nobody else does.
    const own = await host.get(`/api/hosts/${h.organisationId}/location`).expect(200);
    expect(own.body).toEqual({ hostId: h.organisationId, location: secret, updatedAt: saved.body.updatedAt });
    expect((await acse.get(`/api/hosts/${h.organisationId}/location`).expect(200)).body.location).toEqual(secret);
    await worker.get(`/api/hosts/${h.organisationId}/location`).expect(403);
    await worker.get(`/api/hosts/${h.organisationId}/occupancy`).expect(403);
    await (await api.as(HOST13)).get(`/api/hosts/${h.organisationId}/location`).expect(404);
    await (await api.as('minors@demo.mnio.test')).get(`/api/hosts/${h.organisationId}/location`).expect(404);
    await (await api.as('admin@demo.mnio.test')).get(`/api/hosts/${h.organisationId}/location`).expect(403);
    await acse.put(`/api/hosts/${h.organisationId}/location`).send({ address: 'elsewhere' }).expect(403);
    await host.get(`/api/hosts/${DEMO_ORGS.acse}/location`).expect(404);

    const hostBearer = await api.bearer(h.email);
    const acseBearer = await api.bearer(ACSE);
    const revealing = api.responses.filter((r) => secretBits.some((bit) => r.body.includes(bit)));
    expect(revealing.map((r) => `${r.method} ${r.url} ${r.status} ${r.authorization === hostBearer ? 'host' : r.authorization === acseBearer ? 'acse' : 'other'}`).sort()).toEqual([
      `GET /api/hosts/${h.organisationId}/location 200 acse`,
      `GET /api/hosts/${h.organisationId}/location 200 host`,
    ]);
    expect(api.responses.length).toBeGreaterThan(40);

    // Logs: requests were logged (at debug level), the location never was.
    const logs = api.logs.join('');
    expect(logs).toContain(`"path":"/api/hosts/${h.organisationId}/location"`);
    for (const bit of secretBits) expect(logs).not.toContain(bit);

    const db = await rawDb();
    try {
      const outbox = await db.query(`SELECT type, payload::text AS payload FROM outbox_messages WHERE aggregate_id = $1 OR payload->>'caseId' = $2`, [o.id, c.id]);
      expect(outbox.rows.length).toBeGreaterThanOrEqual(8);
      for (const bit of secretBits) expect(outbox.rows.map((r) => r.payload).join('\n')).not.toContain(bit);
      const audit = await db.query(`SELECT action, details::text AS details FROM audit_entries WHERE subject_id = $1 OR subject_id = $2`, [h.organisationId, c.id]);
      expect(audit.rows.map((r) => r.action)).toEqual(expect.arrayContaining(['host.location_set', 'host.location_read']));
      for (const bit of secretBits) expect(audit.rows.map((r) => r.details).join('\n')).not.toContain(bit);
      const stored = await db.query(`SELECT location_enc FROM host_locations WHERE host_id = $1`, [h.organisationId]);
      expect(stored.rows[0].location_enc).toMatch(/^v1\./);
      for (const bit of secretBits) expect(stored.rows[0].location_enc).not.toContain(bit);
      // Bound to its host: the same ciphertext copied onto another host does not decrypt.
      const other = await createOrgUser(api, { kind: 'host', territories: ['05'] }, 'host_operator');
      await db.query(`INSERT INTO host_locations (host_id, location_enc, updated_by) VALUES ($1, $2, $3)`, [other.organisationId, stored.rows[0].location_enc, other.userId]);
      const copied = await (await signIn(api, other.email)).get(`/api/hosts/${other.organisationId}/location`).expect(500);
      expect(copied.body.code).toBe('INTERNAL_ERROR');
      for (const bit of secretBits) expect(JSON.stringify(copied.body) + api.logs.join('')).not.toContain(bit);
    } finally {
      await db.end();
    }
  });
});
