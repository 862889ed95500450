import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { ClsService } from 'nestjs-cls';
import type { Client } from 'pg';
import type { Response } from 'superagent';
import { SUBJECT_ACCESS_QUEUE, SubjectAccessExporter } from '@mnio/privacy';
import { redisOptions } from '@mnio/platform';
import { DEMO_ORGS } from '../../../db/seeds/demo';
import { createOrgUser, signIn } from '../../support/actors';
import type { TestApi } from '../../support/app';
import { caseBody } from '../../support/cases';
import { Stack, TestWorker, useStack, waitFor } from '../../support/stack';
import { Agent, pdfText, userOf } from '../coordination/coordination-helpers';

const binary = (res: Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};
const REASON = 'Demande écrite de la personne reçue le 2 décembre, remise en main propre';

/** Issue 16 §2: the person's right of access — made in the worker, downloadable once by the requester within 24 h. */
describe('subject-access export', () => {
  let api: TestApi;
  let worker: TestWorker;
  let db: Client;
  let env: Stack['env'];
  let caseWorker: Agent;
  let coordinator: Agent;
  useStack({}, (s) => ({ api, worker, db, env } = s), 120_000);

  beforeAll(async () => {
    caseWorker = await api.as('asso.93@demo.mnio.test');
    coordinator = await api.as('coord.93@demo.mnio.test');
  });

  const ready = (agent: Agent, id: string) =>
    waitFor(async () => {
      const r = await agent.get(`/api/subject-access/${id}`).expect(200);
      return r.body.state === 'ready' ? r.body : r.body.state === 'failed' ? Promise.reject(new Error('export failed')) : false;
    }, 'the export to be ready', 60_000, 200);

  it('exports every section about the person, and nothing about anyone else; the queue holds ids only; each file once; audited', async () => {
    const body = caseBody({ territory: '93', identity: { birthDate: '1990-03-12' } });
    const other = caseBody({ territory: '93' });
    const { body: c } = await caseWorker.post('/api/cases').send({ ...body, consents: [{ purpose: 'share_with_cell', granted: true, method: 'oral' }] }).expect(201);
    await caseWorker.post('/api/cases').send(other).expect(201);
    await caseWorker.get(`/api/cases/${c.id}/identity?reason=orientation`).expect(200);
    const v = (await caseWorker.get(`/api/cases/${c.id}`).expect(200)).body.version;
    await caseWorker.patch(`/api/cases/${c.id}`).send({ version: v, identity: { ...body.identity, birthDate: '1991-03-12' } }).expect(200);
    await caseWorker.post(`/api/cases/${c.id}/attachments`).field('kind', 'medical_certificate').field('documentDate', '2026-11-02')
      .attach('file', Buffer.from('%PDF-1.4 certificat'), { filename: 'certificat-medical.pdf', contentType: 'application/pdf' }).expect(201);

    const asked = await coordinator.post(`/api/cases/${c.id}/subject-access`).send({ reason: REASON }).expect(202);
    expect(asked.body).toMatchObject({ caseId: c.id, caseReference: c.reference, state: 'preparing', requestedByMe: true });
    const exportId: string = asked.body.id;

    // The job in Redis: the export's id, nothing else (no name, no reason, no reference).
    const queue = new Queue(SUBJECT_ACCESS_QUEUE, { connection: redisOptions(process.env.REDIS_URL!, 'producer'), prefix: env.queuePrefix });
    try {
      const job = await queue.getJob(`export-${exportId}`);
      expect(job?.data).toEqual({ exportId });
    } finally {
      await queue.close();
    }
    const redis = new Redis(process.env.REDIS_URL!);
    try {
      const raw = JSON.stringify(await redis.hgetall(`${env.queuePrefix}:${SUBJECT_ACCESS_QUEUE}:export-${exportId}`));
      expect(raw).toContain(exportId);
      for (const secret of [body.identity.lastName, body.identity.firstNames[0], body.identity.contact.phone, 'Demande écrite', c.reference, '1990', '1991']) expect(raw).not.toContain(secret);
    } finally {
      redis.disconnect();
    }

    const done = await ready(coordinator, exportId);
    expect(done).toMatchObject({ state: 'ready', readyAt: expect.any(String), expiresAt: expect.any(String) });
    expect(Date.parse(done.expiresAt) - Date.parse(done.readyAt)).toBe(24 * 3600 * 1000);
    const stored = (await db.query(`SELECT reason_enc, pdf_enc, json_enc FROM subject_access_exports WHERE id = $1`, [exportId])).rows[0];
    expect(stored.reason_enc).toMatch(/^v1\./);
    expect(stored.pdf_enc).toMatch(/^v1\./);
    expect(stored.json_enc).toMatch(/^v1\./);
    expect(JSON.stringify(stored)).not.toMatch(new RegExp(`${body.identity.lastName}|Demande écrite`));

    // Another coordinator of the same organisation sees the state but may not download.
    const colleague = await userOf(api, DEMO_ORGS.asso93, 'coordinator');
    expect((await colleague.agent.get(`/api/subject-access/${exportId}`).expect(200)).body).toMatchObject({ state: 'ready', requestedByMe: false });
    expect((await colleague.agent.get(`/api/subject-access/${exportId}/download?format=pdf`).expect(403)).body.code).toBe('SUBJECT_ACCESS_NOT_REQUESTER');

    const json = await coordinator.get(`/api/subject-access/${exportId}/download?format=json`).buffer(true).parse(binary).expect(200);
    expect(json.headers['content-type']).toMatch(/^application\/json/);
    expect(json.headers['content-disposition']).toBe(`attachment; filename="acces-aux-donnees-${c.reference}.json"`);
    expect(json.headers['cache-control']).toBe('no-store');
    const doc = JSON.parse((json.body as Buffer).toString('utf8'));
    expect(doc.sections.map((s: { key: string }) => s.key)).toEqual(['identity', 'facts', 'tracks', 'history', 'indicators', 'consents', 'orientations', 'deadlines', 'rectifications', 'attachments', 'notifications', 'identity_reads']);
    expect(doc.sections.find((s: { key: string }) => s.key === 'attachments').table.rows[0]).toEqual(expect.arrayContaining(['Certificat médical', '2 novembre 2026', 'certificat-medical.pdf', 'PDF']));
    const section = (key: string) => doc.sections.find((s: { key: string }) => s.key === key);
    expect(section('identity').rows).toEqual(expect.arrayContaining([['Nom', body.identity.lastName], ['Date de naissance', '12 mars 1991']]));
    expect(section('consents').table.rows[0]).toEqual(expect.arrayContaining(['Partage avec la cellule TEH du CLAV', 'Accord']));
    expect(section('rectifications').table.rows[0]).toEqual(expect.arrayContaining(['Date de naissance', 'Association Aide TEH 93', 'Date de naissance : 12 mars 1990']));
    expect(section('identity_reads').table.rows).toEqual(expect.arrayContaining([
      expect.arrayContaining(['Association Aide TEH 93', 'Accompagnement social', 'Consultation', 'Orientation']),
    ]));
    expect(section('history').table.rows.map((r: string[]) => r[2])).toEqual(expect.arrayContaining(['Situation enregistrée', 'Identité ou faits corrigés']));
    const text = JSON.stringify(doc);
    for (const foreign of [other.identity.lastName, other.identity.firstNames[0], other.identity.contact.phone, 'Awa Diallo', 'Claire Martin', REASON]) expect(text).not.toContain(foreign);

    const pdf = await coordinator.get(`/api/subject-access/${exportId}/download?format=pdf`).buffer(true).parse(binary).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    const shown = pdfText(pdf.body as Buffer).replace(/\s+/g, '');
    for (const s of [body.identity.lastName, 'Identité', 'Consultationsdel’identité'.replace('’', '\x92'), c.reference]) expect(shown).toContain(s);
    expect(shown).not.toContain(other.identity.lastName);

    // Once each: a second download is refused, the files are erased, the state says « téléchargée ».
    expect((await coordinator.get(`/api/subject-access/${exportId}/download?format=pdf`).expect(410)).body.code).toBe('SUBJECT_ACCESS_ALREADY_DOWNLOADED');
    expect((await coordinator.get(`/api/subject-access/${exportId}/download?format=json`).expect(410)).body.code).toBe('SUBJECT_ACCESS_ALREADY_DOWNLOADED');
    const after = (await db.query(`SELECT pdf_enc, json_enc, pdf_downloaded_at, json_downloaded_at FROM subject_access_exports WHERE id = $1`, [exportId])).rows[0];
    expect(after).toMatchObject({ pdf_enc: null, json_enc: null, pdf_downloaded_at: expect.any(Date), json_downloaded_at: expect.any(Date) });
    expect((await coordinator.get(`/api/subject-access/${exportId}`).expect(200)).body.state).toBe('downloaded');

    const audit = (await db.query(`SELECT action, actor_user_id, details FROM audit_entries WHERE stream = $1 AND action LIKE 'subject_access.%' ORDER BY seq`, [`case:${c.id}`])).rows;
    expect(audit.map((a) => a.action)).toEqual(['subject_access.requested', 'subject_access.generated', 'subject_access.downloaded', 'subject_access.downloaded']);
    expect(audit[1].actor_user_id).toBeNull();
    expect(audit.map((a) => a.details.exportId)).toEqual([exportId, exportId, exportId, exportId]);
    expect(JSON.stringify(audit)).not.toMatch(new RegExp(`${body.identity.lastName}|Demande écrite`));
  });

  it('refuses a download after the 24 hours (410), and the purge erases the files not downloaded', async () => {
    const { body: c } = await caseWorker.post('/api/cases').send(caseBody({ territory: '93' })).expect(201);
    const dpo = await userOf(api, DEMO_ORGS.asso93, 'dpo');
    const asked = await dpo.agent.post('/api/subject-access').send({ reference: c.reference, reason: REASON }).expect(202);
    const exportId: string = asked.body.id;
    await ready(dpo.agent, exportId);
    await db.query(`UPDATE subject_access_exports SET ready_at = ready_at - interval '25 hours', expires_at = expires_at - interval '25 hours' WHERE id = $1`, [exportId]);
    expect((await dpo.agent.get(`/api/subject-access/${exportId}`).expect(200)).body.state).toBe('expired');
    expect((await dpo.agent.get(`/api/subject-access/${exportId}/download?format=pdf`).expect(410)).body.code).toBe('SUBJECT_ACCESS_EXPIRED');
    const exporter = worker.app.get(SubjectAccessExporter);
    expect(await worker.app.get(ClsService).run(() => exporter.purge(exportId))).toEqual({ purged: true });
    const row = (await db.query(`SELECT pdf_enc, json_enc, purged_at FROM subject_access_exports WHERE id = $1`, [exportId])).rows[0];
    expect(row).toMatchObject({ pdf_enc: null, json_enc: null, purged_at: expect.any(Date) });
    expect((await db.query(`SELECT count(*)::int AS n FROM audit_entries WHERE stream = $1 AND action = 'subject_access.expired'`, [`case:${c.id}`])).rows[0].n).toBe(1);
    expect((await dpo.agent.get('/api/subject-access').expect(200)).body.items.map((i: { id: string }) => i.id)).toContain(exportId);
  });

  it('is refused to other roles (403) and other organisations (403 when they see the case, else 404)', async () => {
    const { body: c } = await caseWorker.post('/api/cases').send({ ...caseBody({ territory: '93' }), consents: [{ purpose: 'share_with_cell', granted: true, method: 'oral' }] }).expect(201);
    const asked = await coordinator.post(`/api/cases/${c.id}/subject-access`).send({ reason: REASON }).expect(202);
    const url = `/api/cases/${c.id}/subject-access`;
    expect((await caseWorker.post(url).send({ reason: REASON }).expect(403)).body.code).toBe('FORBIDDEN');
    await caseWorker.get(`/api/subject-access/${asked.body.id}`).expect(403);
    await (await api.as('clav.93@demo.mnio.test')).post(url).send({ reason: REASON }).expect(403);
    await (await api.as('admin@demo.mnio.test')).post(url).send({ reason: REASON }).expect(403);
    await (await api.as('national@demo.mnio.test')).post(url).send({ reason: REASON }).expect(403);
    const otherCoord = await signIn(api, (await createOrgUser(api, { kind: 'association', territories: ['93'] }, 'coordinator')).email);
    const notFound = await otherCoord.post(url).send({ reason: REASON }).expect(404);
    const missing = await otherCoord.post('/api/cases/00000000-0000-4000-8000-000000000000/subject-access').send({ reason: REASON }).expect(404);
    expect([notFound.body.code, notFound.body.message]).toEqual([missing.body.code, missing.body.message]);
    await otherCoord.get(`/api/subject-access/${asked.body.id}`).expect(404);
    await otherCoord.get(`/api/subject-access/${asked.body.id}/download?format=pdf`).expect(404);
    expect((await otherCoord.get('/api/subject-access').expect(200)).body.items).toEqual([]);
    const otherDpo = await signIn(api, (await createOrgUser(api, { kind: 'association', territories: ['93'] }, 'dpo')).email);
    await otherDpo.post('/api/subject-access').send({ reference: c.reference, reason: REASON }).expect(404);
    const platformDpo = await userOf(api, (await db.query(`SELECT id FROM organisations WHERE kind = 'platform' LIMIT 1`)).rows[0].id, 'dpo');
    await platformDpo.agent.post(url).send({ reason: REASON }).expect(403);
    expect((await coordinator.post(url).send({ reason: ' ' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await coordinator.get(`/api/subject-access/${asked.body.id}/download?format=zip`).expect(400)).body.code).toBe('VALIDATION_FAILED');
  });
});
