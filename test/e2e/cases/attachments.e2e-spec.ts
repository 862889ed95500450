import { QueryBus } from '@nestjs/cqrs';
import { randomBytes } from 'node:crypto';
import { CaseSubjectAccessQuery } from '@mnio/cases';
import { DEMO_ORGS } from '../../../db/seeds/demo';
import { createOrgUser, signIn } from '../../support/actors';
import { startApi, TestApi } from '../../support/app';
import { rawDb } from '../../support/db';
import { Agent, inDays, sharedCase } from '../coordination/coordination-helpers';

const NAME = 'Récépissé Okafor Blessing.pdf';
/** A PDF by its signature, then bytes no text search would find by chance, then a marker to look for in the raw rows. */
const MARKER = 'MARQUEUR-EN-CLAIR-7f3a';
const pdf = () => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(150_000), Buffer.from(MARKER)]);
const binary = (res: { body: unknown }) => res.body as Buffer;
const asBuffer = (req: ReturnType<Agent['get']>) => req.buffer(true).parse((r, done) => {
  const chunks: Buffer[] = [];
  r.on('data', (c: Buffer) => chunks.push(c));
  r.on('end', () => done(null, Buffer.concat(chunks)));
});

/** Issue 14 §2: a case's attachments, encrypted in PostgreSQL, typed by content, downloaded by identity readers only. */
describe('attachments of a case', () => {
  let api: TestApi;
  let worker: Agent;
  let c: { id: string; reference: string };

  const upload = (as: Agent, caseId: string, file: Buffer, name = NAME, fields: Record<string, string> = { kind: 'recepisse', documentDate: inDays(-2) }) => {
    let req = as.post(`/api/cases/${caseId}/attachments`);
    for (const [k, v] of Object.entries(fields)) req = req.field(k, v);
    return req.attach('file', file, { filename: name, contentType: 'application/pdf' });
  };

  beforeAll(async () => {
    api = await startApi();
    worker = await api.as('asso.93@demo.mnio.test');
    c = await sharedCase(worker, '93');
  });
  afterAll(() => api.close());

  it('round-trips the bytes, stores neither them nor the name in clear, and audits each download', async () => {
    const content = pdf();
    const added = await upload(worker, c.id, content).expect(201);
    expect(added.body).toEqual({ id: expect.any(String), kind: 'recepisse', documentDate: inDays(-2), mediaType: 'application/pdf', sizeBytes: content.length });
    expect(JSON.stringify(added.body)).not.toContain('Okafor');

    const list = await worker.get(`/api/cases/${c.id}/attachments`).expect(200);
    expect(list.body).toEqual([expect.objectContaining({ id: added.body.id, kind: 'recepisse', sizeBytes: content.length, organisationId: DEMO_ORGS.asso93, erased: false, name: NAME })]);

    for (let i = 0; i < 2; i++) {
      const res = await asBuffer(worker.get(`/api/cases/${c.id}/attachments/${added.body.id}/content`)).expect(200);
      expect(Buffer.compare(binary(res), content)).toBe(0);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toBe(`attachment; filename="recepisse-${inDays(-2)}.pdf"`);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }

    const db = await rawDb();
    try {
      const { rows } = await db.query(`SELECT * FROM case_attachments WHERE id = $1`, [added.body.id]);
      expect(rows[0].name_enc).toMatch(/^v1\./);
      expect(rows[0].content_enc).toMatch(/^v1\./);
      const raw = JSON.stringify(rows);
      for (const clear of ['Okafor', 'Récépissé', MARKER, Buffer.from(MARKER).toString('base64').slice(0, 16), content.subarray(9, 41).toString('base64')]) expect(raw).not.toContain(clear);
      const audit = await db.query(
        `SELECT actor_user_id, actor_organisation_id, details, occurred_at FROM audit_entries WHERE stream = $1 AND action = 'case.attachment_downloaded' ORDER BY seq`,
        [`case:${c.id}`],
      );
      expect(audit.rows).toEqual([0, 1].map(() => expect.objectContaining({ actor_organisation_id: DEMO_ORGS.asso93, details: { attachmentId: added.body.id }, actor_user_id: expect.any(String) })));
      expect(JSON.stringify((await db.query(`SELECT details FROM audit_entries WHERE stream = $1`, [`case:${c.id}`])).rows)).not.toContain('Okafor');
    } finally {
      await db.end();
    }
  });

  it('refuses a file over the limit (413), HTML named .pdf and an empty file (422), with stable codes that never quote the name', async () => {
    const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(10 * 1024 * 1024 - 8)]);
    const tooLarge = await upload(worker, c.id, big).expect(413);
    expect(tooLarge.body.code).toBe('ATTACHMENT_TOO_LARGE');
    const html = await upload(worker, c.id, Buffer.from('<!doctype html><html><script>alert(1)</script></html>'), 'Okafor.pdf').expect(422);
    expect(html.body.code).toBe('ATTACHMENT_TYPE_NOT_ALLOWED');
    expect((await upload(worker, c.id, Buffer.alloc(0)).expect(422)).body.code).toMatch(/^ATTACHMENT_(EMPTY|FILE_REQUIRED)$/);
    expect((await worker.post(`/api/cases/${c.id}/attachments`).field('kind', 'recepisse').field('documentDate', inDays(-1)).expect(422)).body.code).toBe('ATTACHMENT_FILE_REQUIRED');
    expect((await upload(worker, c.id, pdf(), NAME, { kind: 'passport', documentDate: inDays(-1) }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await upload(worker, c.id, pdf(), NAME, { kind: 'other', documentDate: inDays(3) }).expect(422)).body.code).toBe('ATTACHMENT_DATE_IN_FUTURE');
    for (const res of [tooLarge, html]) expect(JSON.stringify(res.body)).not.toMatch(/Okafor|Récépissé/);
    expect((await worker.get(`/api/cases/${c.id}/attachments`).expect(200)).body).toHaveLength(1);
  });

  it('a reader of the case who does not read its identity sees the list without names and gets 404 on the content; other organisations and territories get 404', async () => {
    const other = await sharedCase(worker, '93');
    const { body: a } = await upload(worker, other.id, pdf()).expect(201);
    const cell = await api.as('clav.93@demo.mnio.test');
    const seen = await cell.get(`/api/cases/${other.id}/attachments`).expect(200);
    expect(seen.body).toEqual([expect.objectContaining({ id: a.id, kind: 'recepisse', organisationId: DEMO_ORGS.asso93 })]);
    expect(seen.body[0]).not.toHaveProperty('name');
    const invisible = { code: 'NOT_FOUND', message: 'Case not found' };
    expect((await cell.get(`/api/cases/${other.id}/attachments/${a.id}/content`).expect(404)).body).toMatchObject(invisible);
    // The cell may not attach either: it does not keep the case.
    expect((await upload(cell, other.id, pdf()).expect(403)).body.code).toBe('FORBIDDEN');

    const sameTerritory = await createOrgUser(api, { kind: 'association', territories: ['93'] }, 'case_worker');
    const elsewhere = await api.as('asso.75@demo.mnio.test');
    for (const outsider of [await signIn(api, sameTerritory.email), elsewhere]) {
      expect((await outsider.get(`/api/cases/${other.id}/attachments`).expect(404)).body).toMatchObject(invisible);
      expect((await outsider.get(`/api/cases/${other.id}/attachments/${a.id}/content`).expect(404)).body).toMatchObject(invisible);
      expect((await upload(outsider, other.id, pdf()).expect(404)).body).toMatchObject(invisible);
    }
    // An attachment named under another case does not open.
    expect((await worker.get(`/api/cases/${c.id}/attachments/${a.id}/content`).expect(404)).body.code).toBe('NOT_FOUND');
  });

  it('erasure removes the contents and the names, keeps the trace; the right of access lists them', async () => {
    const gone = await sharedCase(worker, '93');
    const { body: a } = await upload(worker, gone.id, pdf()).expect(201);
    const before = await api.app.get(QueryBus).execute(new CaseSubjectAccessQuery(gone.id));
    expect(before!.attachments).toEqual([expect.objectContaining({ name: NAME, kind: 'recepisse', mediaType: 'application/pdf', organisationId: DEMO_ORGS.asso93 })]);

    await (await api.as('coord.93@demo.mnio.test')).post('/api/privacy/case-erasures').send({ reference: gone.reference, reason: 'person_request' }).expect(200);
    const db = await rawDb();
    try {
      const { rows } = await db.query(`SELECT name_enc, content_enc, erased_at, size_bytes FROM case_attachments WHERE case_id = $1`, [gone.id]);
      expect(rows).toEqual([{ name_enc: null, content_enc: null, erased_at: expect.any(Date), size_bytes: expect.any(Number) }]);
    } finally {
      await db.end();
    }
    expect((await worker.get(`/api/cases/${gone.id}/attachments`).expect(200)).body).toEqual([expect.not.objectContaining({ name: expect.anything() })]);
    expect((await worker.get(`/api/cases/${gone.id}/attachments`).expect(200)).body[0].erased).toBe(true);
    expect((await worker.get(`/api/cases/${gone.id}/attachments/${a.id}/content`).expect(404)).body.code).toBe('NOT_FOUND');
    expect((await upload(worker, gone.id, pdf()).expect(409)).body.code).toBe('CASE_ANONYMISED');
  });
});
