import { INestApplication } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import request from 'supertest';
import { ApiModule } from '../../../apps/api/src/api.module';
import { configureApp } from '../../../apps/api/src/configure-app';
import { WorkerModule } from '../../../apps/worker/src/worker.module';
import { DEMO_PASSWORD, seedDemo } from '../../../db/seeds/demo';
import { APP_CONFIG, AppConfig, loadConfig } from '@mnio/platform';
import { ENCRYPTED_COLUMNS } from '@mnio/privacy';
import { appUrlFor, migrate } from '../../../scripts/migrate';
import { dropDatabase, ensureDatabase } from '../../../scripts/services';
import { caseBody, distinctivePerson } from '../../support/cases';

/**
 * Key rotation without downtime (issue 16 §3), against the real PostgreSQL and Redis, the real API and worker.
 * Its own database: a rotation changes the key rings every process of the database follows, which the run's
 * other files (booted with one key each) must not see. Every process holds the old and the new keys (the new
 * one after the current one), as the operator's procedure has it (docs/operations.md).
 */
describe('key rotation under load', () => {
  const owner = new URL(process.env.DATABASE_OWNER_URL!);
  owner.pathname = `${owner.pathname}_keys`;
  const ownerUrl = owner.toString();
  const appUrl = appUrlFor(ownerUrl);
  const b64 = (n = 32) => randomBytes(n).toString('base64');
  const env = {
    ...process.env,
    MNIO_ENCRYPTION_KEY: `${process.env.MNIO_ENCRYPTION_KEY},t2:${b64()}`,
    MNIO_BLIND_INDEX_KEY: `b1:${process.env.MNIO_BLIND_INDEX_KEY},b2:${b64()}`,
    MNIO_JWT_SECRET: `j1:${process.env.MNIO_JWT_SECRET},j2:${b64(48)}`,
  };
  const config: AppConfig = { ...loadConfig(env), databaseUrl: appUrl, databaseOwnerUrl: ownerUrl, queuePrefix: `${process.env.QUEUE_PREFIX}:keys` };
  let api: INestApplication;
  let worker: TestingModule;
  let db: Client;
  const tokens = new Map<string, string>();

  const server = () => api.getHttpServer();
  async function login(email: string): Promise<string> {
    const res = await request(server()).post('/api/auth/login').send({ email, password: DEMO_PASSWORD }).expect(200);
    return `Bearer ${res.body.accessToken}`;
  }
  async function as(email: string) {
    if (!tokens.has(email)) tokens.set(email, await login(email));
    const auth = tokens.get(email)!;
    return {
      get: (url: string) => request(server()).get(url).set('Authorization', auth),
      post: (url: string) => request(server()).post(url).set('Authorization', auth),
    };
  }
  const ADMIN = 'admin@demo.mnio.test';
  const PARIS = 'asso.75@demo.mnio.test';
  const BOBIGNY = 'asso.93@demo.mnio.test';

  /** Values per key id over every encrypted column, read behind the application's back. */
  async function fieldKeys(): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const c of ENCRYPTED_COLUMNS) {
      const { rows } = await db.query(`SELECT split_part(${c.column}, '.', 2) AS k, count(*)::int AS n FROM ${c.table} WHERE ${c.column} IS NOT NULL GROUP BY 1`);
      for (const r of rows) out[r.k] = (out[r.k] ?? 0) + r.n;
    }
    return out;
  }
  async function until<T>(what: () => Promise<T>, ok: (v: T) => boolean, ms = 60_000): Promise<T> {
    const end = Date.now() + ms;
    for (;;) {
      const v = await what();
      if (ok(v)) return v;
      if (Date.now() > end) throw new Error(`timed out: ${JSON.stringify(v)}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const progress = async (id: string) => (await (await as(ADMIN)).get(`/api/admin/keys/rotations/${id}`).expect(200)).body;

  async function createCase(email: string, overrides: Parameters<typeof caseBody>[0] = {}) {
    const body = caseBody({ territory: email === PARIS ? '75' : '93', ...overrides });
    const res = await (await as(email)).post('/api/cases').send(body).expect(201);
    return { id: res.body.id as string, identity: body.identity, possibleDuplicate: res.body.possibleDuplicate as boolean };
  }

  beforeAll(async () => {
    await dropDatabase(ownerUrl).catch(() => undefined);
    await ensureDatabase(ownerUrl);
    await migrate(ownerUrl, appUrl);
    await seedDemo(ownerUrl);
    db = new Client({ connectionString: ownerUrl });
    await db.connect();
    const apiRef = await Test.createTestingModule({ imports: [ApiModule] }).overrideProvider(APP_CONFIG).useValue(config).compile();
    api = apiRef.createNestApplication({ bufferLogs: true });
    configureApp(api, { docs: false });
    await api.init();
    // One sign-in each, one after the other (sign-ins are throttled).
    for (const email of [ADMIN, PARIS, BOBIGNY]) await as(email);
  }, 120_000);

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await db?.end();
    await dropDatabase(ownerUrl);
  });

  async function startWorker(): Promise<void> {
    worker = await Test.createTestingModule({ imports: [WorkerModule] }).overrideProvider(APP_CONFIG).useValue(config).compile();
    await worker.init();
  }

  it('rotates the field key while cases are created and read: nothing lost, every value under the new key', async () => {
    const before = await Promise.all(Array.from({ length: 24 }, (_, i) => createCase(i % 2 ? PARIS : BOBIGNY, { narrative: `Récit ${i} ${randomBytes(4).toString('hex')}` })));
    // Attachments (issue 14 §2): their bytes are rewritten two at a time (`batch`), so three take two batches.
    const files = await Promise.all([0, 2, 4].map(async (i) => {
      const bytes = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(50_000)]);
      const res = await (await as(BOBIGNY)).post(`/api/cases/${before[i].id}/attachments`).field('kind', 'medical_certificate').field('documentDate', '2026-01-15')
        .attach('file', bytes, { filename: `certificat-${i}.pdf`, contentType: 'application/pdf' }).expect(201);
      return { caseId: before[i].id, id: res.body.id as string, bytes };
    }));
    expect(Object.keys(await fieldKeys())).toEqual(['t1']);
    const saved = await db.query(`SELECT identity_enc FROM cases WHERE id = $1`, [before[0].id]);

    const admin = await as(ADMIN);
    // Not yet in the ring: refused, saying what to do.
    const notHeld = await admin.post('/api/admin/keys/rotations').send({ kind: 'field', keyId: 't9' }).expect(422);
    expect(notHeld.body.code).toBe('KEY_NOT_HELD');
    const started = await admin.post('/api/admin/keys/rotations').send({ kind: 'field', keyId: 't2', ratePerSecond: 40 }).expect(202);
    expect(started.body).toMatchObject({ keyId: 't2', status: 'running', phase: 'reencrypt' });
    expect(started.body.total).toBeGreaterThanOrEqual(24);
    const twice = await admin.post('/api/admin/keys/rotations').send({ kind: 'blind_index', keyId: 'b2' }).expect(409);
    expect(twice.body.code).toBe('KEY_ROTATION_RUNNING');
    const early = await admin.post('/api/admin/keys/field/t1/retire').expect(409);
    expect(early.body.code).toBe('KEY_ROTATION_RUNNING');

    await startWorker();
    // Load while the worker re-encrypts: creations and identity reads, checked value by value.
    const during: typeof before = [];
    let reads = 0;
    let mixed = false;
    while ((await progress(started.body.id)).status === 'running' || during.length < 12) {
      const [made] = await Promise.all([
        createCase(during.length % 2 ? PARIS : BOBIGNY, { narrative: `Pendant ${during.length}` }),
        ...before.slice(0, 4).map(async (c, i) => {
          const target = before[(reads + i) % before.length];
          const email = before.indexOf(target) % 2 ? PARIS : BOBIGNY;
          const res = await (await as(email)).get(`/api/cases/${target.id}/identity`).expect(200);
          expect(res.body.identity.lastName).toBe(target.identity.lastName);
          expect(res.body.identity.contact.phone).toBe(target.identity.contact!.phone);
        }),
      ]);
      reads += 4;
      during.push(made);
      const keys = await fieldKeys();
      if (keys.t1 && keys.t2) mixed = true;
    }
    expect(mixed).toBe(true);

    const keys = await fieldKeys();
    expect(keys.t1 ?? 0).toBe(0);
    expect(keys.t2).toBeGreaterThanOrEqual(24 + during.length);
    expect(await progress(started.body.id)).toMatchObject({ status: 'done', skipped: 0 });
    for (const [i, c] of [...before, ...during].entries()) {
      const res = await (await as(i < before.length ? (i % 2 ? PARIS : BOBIGNY) : ((i - before.length) % 2 ? PARIS : BOBIGNY))).get(`/api/cases/${c.id}/identity`).expect(200);
      expect(res.body.identity.lastName).toBe(c.identity.lastName);
      expect(res.body.identity.firstNames).toEqual(c.identity.firstNames);
    }
    for (const f of files) {
      const res = await (await as(BOBIGNY)).get(`/api/cases/${f.caseId}/attachments/${f.id}/content`).buffer(true)
        .parse((r, done) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => done(null, Buffer.concat(chunks)));
        }).expect(200);
      expect(Buffer.compare(res.body as Buffer, f.bytes)).toBe(0);
    }
    const { rows: attachmentKeys } = await db.query(`SELECT DISTINCT split_part(content_enc, '.', 2) AS c, split_part(name_enc, '.', 2) AS n FROM case_attachments`);
    expect(attachmentKeys).toEqual([{ c: 't2', n: 't2' }]);

    // A value still under the old key (a process that had not seen the switch): status counts it, retiring is refused.
    await db.query(`UPDATE cases SET identity_enc = $2 WHERE id = $1`, [before[0].id, saved.rows[0].identity_enc]);
    const status = (await admin.get('/api/admin/keys').expect(200)).body;
    expect(status.find((r: { kind: string }) => r.kind === 'field')).toMatchObject({ current: 't2', keys: expect.arrayContaining([expect.objectContaining({ keyId: 't1', values: 1, status: 'previous' })]) });
    const inUse = await admin.post('/api/admin/keys/field/t1/retire').expect(409);
    expect(inUse.body.code).toBe('KEY_STILL_IN_USE');
    expect(inUse.body.message).toContain('1 stored values');
    // Rotating again to the current key sweeps what is left.
    const sweep = await admin.post('/api/admin/keys/rotations').send({ kind: 'field', keyId: 't2', ratePerSecond: 1000 }).expect(202);
    await until(() => progress(sweep.body.id), (p) => p.status === 'done');
    expect((await fieldKeys()).t1 ?? 0).toBe(0);
    expect((await admin.post('/api/admin/keys/rotations').send({ kind: 'field', keyId: 't2' }).expect(409)).body.code).toBe('KEY_ALREADY_CURRENT');
    await admin.post('/api/admin/keys/field/t1/retire').expect(200);
    expect((await admin.post('/api/admin/keys/field/t2/retire').expect(409)).body.code).toBe('KEY_IS_CURRENT');

    // The retired key opens nothing any more; the new key still refuses an altered byte.
    await db.query(`UPDATE cases SET identity_enc = $2 WHERE id = $1`, [before[1].id, saved.rows[0].identity_enc]);
    await (await as(PARIS)).get(`/api/cases/${before[1].id}/identity`).expect(500);
    const { rows: [t2] } = await db.query(`SELECT identity_enc FROM cases WHERE id = $1`, [before[2].id]);
    const parts = (t2.identity_enc as string).split('.');
    const ct = Buffer.from(parts[3], 'base64url');
    ct[0] ^= 0x01;
    await db.query(`UPDATE cases SET identity_enc = $2 WHERE id = $1`, [before[2].id, [...parts.slice(0, 3), ct.toString('base64url'), parts[4]].join('.')]);
    const tampered = await (await as(BOBIGNY)).get(`/api/cases/${before[2].id}/identity`).expect(500);
    expect(JSON.stringify(tampered.body)).not.toContain(before[2].identity.lastName!);
  }, 180_000);

  it('rotates the blind-index key: duplicates and search by name keep working mid-rotation, then only the new digests remain', async () => {
    const p = distinctivePerson();
    const identity = { lastName: p.lastName, firstNames: [p.firstName], aliases: [] as string[], birthDate: '1999-04-12' };
    const first = await createCase(PARIS, { identity });
    const admin = await as(ADMIN);
    // Slowly: one case a second, so the checks below run while most cases still carry the old digests only.
    const started = await admin.post('/api/admin/keys/rotations').send({ kind: 'blind_index', keyId: 'b2', ratePerSecond: 1 }).expect(202);
    await until(() => progress(started.body.id), (r) => r.processed >= 1, 20_000);
    const { rows: [mid] } = await db.query(`SELECT count(*) FILTER (WHERE hash LIKE 'b2.%')::int AS b2, count(*) FILTER (WHERE hash NOT LIKE '%.%')::int AS b1 FROM case_blind_indexes`);
    expect(mid.b1).toBeGreaterThan(0);

    const second = await createCase(BOBIGNY, { identity: { ...identity, lastName: p.firstName.toUpperCase(), firstNames: [p.lastName.toLowerCase()] } });
    expect(second.possibleDuplicate).toBe(true);
    const found = await (await as(PARIS)).post('/api/cases/search-by-name').send({ lastName: p.lastName, firstNames: [p.firstName], birthYear: 1999 }).expect(200);
    expect(found.body.items.map((i: { id: string }) => i.id)).toEqual([first.id]);
    expect((await admin.post('/api/admin/keys/blind_index/b1/retire').expect(409)).body.code).toBe('KEY_ROTATION_RUNNING');

    await db.query(`UPDATE key_rotations SET rate_per_second = 100000 WHERE id = $1`, [started.body.id]);
    await until(() => progress(started.body.id), (r) => r.status === 'done', 60_000);
    const { rows: [end] } = await db.query(`SELECT count(*) FILTER (WHERE hash LIKE 'b2.%')::int AS b2, count(*) FILTER (WHERE hash NOT LIKE 'b2.%')::int AS other FROM case_blind_indexes`);
    expect(end.other).toBe(0);
    expect(end.b2).toBeGreaterThan(0);
    const third = await createCase(BOBIGNY, { identity });
    expect(third.possibleDuplicate).toBe(true);
    const again = await (await as(PARIS)).post('/api/cases/search-by-name').send({ lastName: p.lastName, firstNames: [p.firstName], birthYear: 1999 }).expect(200);
    expect(again.body.items.map((i: { id: string }) => i.id)).toEqual([first.id]);
    await admin.post('/api/admin/keys/blind_index/b1/retire').expect(200);
    const status = (await admin.get('/api/admin/keys').expect(200)).body.find((r: { kind: string }) => r.kind === 'blind_index');
    expect(status.keys.find((k: { keyId: string }) => k.keyId === 'b1')).toMatchObject({ status: 'retired', values: 0 });
  }, 120_000);

  it('rotates the JWT key: the old key\'s tokens pass until it is retired, then are refused', async () => {
    const old = await login(PARIS);
    const header = (t: string) => JSON.parse(Buffer.from(t.slice('Bearer '.length).split('.')[0], 'base64url').toString()) as { kid?: string };
    expect(header(old).kid).toBe('j1');
    const admin = await as(ADMIN);
    const rotated = await admin.post('/api/admin/keys/rotations').send({ kind: 'jwt', keyId: 'j2' }).expect(202);
    expect(rotated.body).toMatchObject({ status: 'done', phase: 'switched' });
    const fresh = await login(PARIS);
    expect(header(fresh).kid).toBe('j2');
    await request(server()).get('/api/me').set('Authorization', old).expect(200);
    await request(server()).get('/api/me').set('Authorization', fresh).expect(200);
    const early = await admin.post('/api/admin/keys/jwt/j1/retire').expect(409);
    expect(early.body.code).toBe('KEY_STILL_IN_USE');
    // Once every token it signed has expired (here: the clock moved by hand), it is retired and refused.
    await db.query(`UPDATE key_ring_keys SET status_changed_at = now() - interval '1 hour' WHERE kind = 'jwt' AND key_id = 'j1'`);
    tokens.delete(ADMIN);
    await (await as(ADMIN)).post('/api/admin/keys/jwt/j1/retire').expect(200);
    await request(server()).get('/api/me').set('Authorization', old).expect(401);
    await request(server()).get('/api/me').set('Authorization', fresh).expect(200);
    // A token naming an unknown key, or none at all once the legacy key is retired, is refused too.
    const forged = `${Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT', kid: 'zz' })).toString('base64url')}.${fresh.split('.')[1]}.${fresh.split('.')[2]}`;
    await request(server()).get('/api/me').set('Authorization', forged).expect(401);
  }, 60_000);

  it('refuses the routes to everyone but the platform administrators', async () => {
    tokens.clear(); // signed by the retired JWT key above
    for (const email of [PARIS, BOBIGNY]) {
      const u = await as(email);
      await u.get('/api/admin/keys').expect(403);
      await u.post('/api/admin/keys/rotations').send({ kind: 'field', keyId: 't2' }).expect(403);
      await u.post('/api/admin/keys/field/t1/retire').expect(403);
    }
    await request(server()).get('/api/admin/keys').expect(401);
    const admin = await as(ADMIN);
    expect((await admin.post('/api/admin/keys/rotations').send({ kind: 'nope', keyId: 't2' }).expect(400)).body.code).toBeDefined();
    expect((await admin.post('/api/admin/keys/nope/t1/retire').expect(422)).body.code).toBe('KEY_KIND_UNKNOWN');
    expect((await admin.post('/api/admin/keys/field/zz/retire').expect(404)).body.code).toBe('KEY_UNKNOWN');
  });
});
