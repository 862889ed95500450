import { DEMO_ORGS } from '../../../db/seeds/demo';
import { createDpo, createOrgUser, signIn } from '../../support/actors';
import { startApi, TestApi } from '../../support/app';
import { caseBody } from '../../support/cases';
import { rawDb } from '../../support/db';
import { Agent, userOf } from '../coordination/coordination-helpers';

interface Entry {
  id: string;
  at: string;
  kind: string;
  action: string;
  userId: string | null;
  userName: string | null;
  organisationId: string | null;
  caseId: string | null;
  caseReference: string | null;
  caseOwnerOrganisationId: string | null;
  reason: string | null;
}

/** Parses the journal's CSV (BOM, `;`, CRLF; cells quoted when needed). */
function parseCsv(text: string): string[][] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 1; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

/**
 * Issue 16 §4: who read what, for an organisation's DPO and coordinators (its scope: reads by its users and reads of
 * the cases it follows) and for the platform's DPO (every organisation), as a page and as a CSV; others get 403.
 */
describe('privacy: the journal of who read what', () => {
  let api: TestApi;
  // Two associations of territory 93, each with a case worker, a coordinator and a DPO.
  let a: { organisationId: string; userId: string; worker: Agent; coordinator: Agent; dpo: Agent };
  let b: { organisationId: string; userId: string; worker: Agent; dpo: Agent };
  let platformDpo: Agent;
  let caseA: { id: string; reference: string; identity: { lastName: string; firstNames: string[] } };
  let caseB: { id: string; reference: string; identity: { lastName: string; firstNames: string[] } };
  const from = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());

  beforeAll(async () => {
    api = await startApi();
    const orgA = await createOrgUser(api, { kind: 'association', territories: ['93'] }, 'case_worker');
    const orgB = await createOrgUser(api, { kind: 'association', territories: ['93'] }, 'case_worker');
    a = {
      ...orgA,
      worker: await signIn(api, orgA.email),
      coordinator: (await userOf(api, orgA.organisationId, 'coordinator')).agent,
      dpo: (await createDpo(api, orgA.organisationId)).agent,
    };
    b = { ...orgB, worker: await signIn(api, orgB.email), dpo: (await createDpo(api, orgB.organisationId)).agent };
    platformDpo = (await createDpo(api, DEMO_ORGS.platform)).agent;

    const bodyA = caseBody({ territory: '93', events: [] });
    const bodyB = caseBody({ territory: '93', events: [] });
    const { body: ca } = await a.worker.post('/api/cases').send(bodyA).expect(201);
    const { body: cb } = await b.worker.post('/api/cases').send(bodyB).expect(201);
    caseA = { ...ca, identity: bodyA.identity };
    caseB = { ...cb, identity: bodyB.identity };
    await a.worker.get(`/api/cases/${caseA.id}/identity?reason=follow_up`).expect(200);
    await a.worker.get(`/api/cases/${caseA.id}/identity?reason=orientation`).expect(200);
    await b.worker.get(`/api/cases/${caseB.id}/identity?reason=protection`).expect(200);
  }, 120_000);
  afterAll(() => api.close());

  const journal = async (agent: Agent, query = '') => (await agent.get(`/api/privacy/access-journal?from=${from}${query}`).expect(200)).body as { items: Entry[]; nextCursor: string | null };

  it('shows an organisation’s DPO and coordinators the reads of its cases, by case reference, and nothing of another organisation’s', async () => {
    for (const agent of [a.dpo, a.coordinator]) {
      const { items } = await journal(agent);
      const reads = items.filter((e) => e.kind === 'identity_read');
      expect(reads.map((e) => [e.caseReference, e.userId, e.reason])).toEqual([
        [caseA.reference, a.userId, 'orientation'],
        [caseA.reference, a.userId, 'follow_up'],
      ]);
      expect(reads.every((e) => e.caseOwnerOrganisationId === a.organisationId && e.organisationId === a.organisationId)).toBe(true);
      expect(items.some((e) => e.caseId === caseB.id || e.organisationId === b.organisationId)).toBe(false);
    }
    const ofB = (await journal(b.dpo)).items;
    expect(ofB.map((e) => e.caseReference)).toEqual([caseB.reference]);

    // Another organisation's scope, asked by name: refused, not silently narrowed.
    const refused = await a.dpo.get(`/api/privacy/access-journal?organisationId=${b.organisationId}`).expect(403);
    expect(refused.body.code).toBe('FORBIDDEN');
    await a.dpo.get(`/api/privacy/access-journal.csv?organisationId=${b.organisationId}`).expect(403);
  });

  it('shows the platform’s DPO every organisation’s, narrowed by organisation, user and kind on demand', async () => {
    const all = (await journal(platformDpo, '&limit=200')).items;
    const mine = all.filter((e) => [caseA.id, caseB.id].includes(e.caseId ?? ''));
    expect(mine.map((e) => e.caseReference).sort()).toEqual([caseA.reference, caseA.reference, caseB.reference].sort());

    const onlyB = (await journal(platformDpo, `&organisationId=${b.organisationId}`)).items;
    expect(onlyB.map((e) => e.caseReference)).toEqual([caseB.reference]);
    const byUser = (await journal(platformDpo, `&userId=${a.userId}`)).items;
    expect(byUser.length).toBe(2);
    expect(byUser.every((e) => e.userId === a.userId)).toBe(true);
    expect((await journal(platformDpo, `&organisationId=${a.organisationId}&kinds=break_glass,export`)).items).toEqual([]);
    // A period that ends before it starts, a kind the journal does not know: clear 4xx.
    expect((await platformDpo.get('/api/privacy/access-journal?from=2026-03-02&to=2026-03-01').expect(422)).body.code).toBe('REPORT_PERIOD_INVALID');
    expect((await platformDpo.get('/api/privacy/access-journal?kinds=gossip').expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await platformDpo.get('/api/privacy/access-journal?cursor=not-a-cursor').expect(400)).body.code).toBe('INVALID_CURSOR');
  });

  it('pages by cursor without gaps or repeats', async () => {
    const first = await journal(a.dpo, '&limit=1');
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await journal(a.dpo, `&limit=1&cursor=${first.nextCursor}`);
    expect(second.items).toHaveLength(1);
    expect(second.items[0].id).not.toBe(first.items[0].id);
    const whole = (await journal(a.dpo)).items;
    expect([first.items[0].id, second.items[0].id]).toEqual(whole.slice(0, 2).map((e) => e.id));
  });

  it('gives the same entries as a CSV in French, and names no one who was read', async () => {
    const json = (await journal(a.dpo)).items;
    const res = await a.dpo.get(`/api/privacy/access-journal.csv?from=${from}`).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="mnio-journal-des-acces-[\d-]+\.csv"/);
    const text = (res.body as Buffer).toString('utf8');
    const [header, ...lines] = parseCsv(text);
    expect(header).toEqual(['Date et heure', 'Nature', 'Action', 'Utilisateur', 'Organisation de l’utilisateur', 'Référence de la situation', 'Organisation qui suit la situation', 'Motif', 'Précision']);
    expect(lines.map((l) => l[5])).toEqual(json.map((e) => e.caseReference ?? ''));
    expect(lines.map((l) => l[3])).toEqual(json.map((e) => e.userName ?? ''));
    expect(lines.filter((l) => l[1] === 'Lecture de l’identité').map((l) => l[7])).toEqual(['Orientation', 'Suivi de la personne']);
    for (const person of [caseA.identity, caseB.identity]) {
      for (const body of [text, JSON.stringify(json)]) {
        expect(body).not.toContain(person.lastName);
        expect(body).not.toContain(person.firstNames[0]);
      }
    }
  });

  it('refuses everyone else, whatever they see of cases', async () => {
    const national = await api.as('national@demo.mnio.test');
    const admin = await api.as('admin@demo.mnio.test');
    for (const agent of [a.worker, national, admin, await api.as('clav.93@demo.mnio.test')]) {
      expect((await agent.get('/api/privacy/access-journal').expect(403)).body.code).toBe('FORBIDDEN');
      await agent.get('/api/privacy/access-journal.csv').expect(403);
    }
  });

  it('keeps the DPO case-blind: the case routes refuse them at the door, as they refuse the national analysts', async () => {
    for (const [agent, c] of [[a.dpo, caseA], [platformDpo, caseB]] as const) {
      expect((await agent.get(`/api/cases/${c.id}`).expect(403)).body.code).toBe('FORBIDDEN');
      await agent.get(`/api/cases/${c.id}/identity?reason=follow_up`).expect(403);
      await agent.get('/api/cases').expect(403);
    }
  });

  it('records each reading of the journal in the audit journal', async () => {
    await journal(a.dpo);
    const db = await rawDb();
    try {
      const { rows } = await db.query(
        `SELECT action, actor_organisation_id FROM audit_entries WHERE action IN ('privacy.access_journal_read', 'privacy.access_journal_exported') AND actor_organisation_id = $1`,
        [a.organisationId],
      );
      expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['privacy.access_journal_read', 'privacy.access_journal_exported']));
    } finally {
      await db.end();
    }
  });
  it('lists the download of a case’s attachment as an export of that case, with no file name', async () => {
    const file = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    const added = await b.worker.post(`/api/cases/${caseB.id}/attachments`).field('kind', 'recepisse').field('documentDate', from)
      .attach('file', file, { filename: `${caseB.identity.lastName}-recepisse.pdf`, contentType: 'application/pdf' }).expect(201);
    await b.worker.get(`/api/cases/${caseB.id}/attachments/${added.body.id}/content`).expect(200);

    const exports = (await journal(b.dpo, '&kinds=export')).items.filter((e) => e.action === 'case.attachment_downloaded');
    expect(exports.map((e) => [e.kind, e.caseReference, e.userId, e.organisationId, e.reason])).toEqual([['export', caseB.reference, b.userId, b.organisationId, null]]);
    expect(JSON.stringify(exports)).not.toContain(caseB.identity.lastName);
    // Another organisation's DPO does not see it.
    expect((await journal(a.dpo, '&kinds=export')).items.some((e) => e.caseId === caseB.id)).toBe(false);
    const csv = (await b.dpo.get(`/api/privacy/access-journal.csv?from=${from}&kinds=export`).expect(200)).text;
    expect(csv).toContain('Téléchargement d’une pièce jointe');
    expect(csv).not.toContain(caseB.identity.lastName);
  });
});
