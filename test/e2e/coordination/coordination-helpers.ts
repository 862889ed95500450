import { inflateSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import { createOrgUser, signIn, TEST_PASSWORD } from '../../support/actors';
import type { TestApi } from '../../support/app';
import { provisionUser } from '../../support/provision';
import { caseBody } from '../../support/cases';
import { rawDb } from '../../support/db';

export type Agent = Awaited<ReturnType<TestApi['as']>>;

/** A new user of an existing organisation, signed in. */
export async function userOf(api: TestApi, organisationId: string, role: string): Promise<{ userId: string; email: string; agent: Agent }> {
  const email = `coord.${randomBytes(4).toString('hex')}@test.mnio.test`;
  const { id } = await provisionUser(api, { email, displayName: `Test ${role}`, password: TEST_PASSWORD, memberships: [{ organisationId, role }] });
  return { userId: id, email, agent: await signIn(api, email) };
}

/** The territory's CLAV cell (created when missing: one per territory) and a coordinator of it. */
export async function cellOf(api: TestApi, territory: string): Promise<{ cellId: string; coordinator: Agent; coordinatorId: string }> {
  const db = await rawDb();
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      const { rows } = await db.query<{ id: string }>(`SELECT id FROM organisations WHERE kind = 'clav_cell' AND active AND territories[1] = $1`, [territory]);
      if (rows[0]) {
        const u = await userOf(api, rows[0].id, 'cell_coordinator');
        return { cellId: rows[0].id, coordinator: u.agent, coordinatorId: u.userId };
      }
      try {
        const created = await createOrgUser(api, { kind: 'clav_cell', territories: [territory], name: `Cellule TEH du CLAV ${territory}` }, 'cell_coordinator');
        return { cellId: created.organisationId, coordinator: await signIn(api, created.email), coordinatorId: created.userId };
      } catch {
        // Another test file created it meanwhile: look again.
      }
    }
    throw new Error(`no cell for ${territory}`);
  } finally {
    await db.end();
  }
}

/** A presumed victim's case recorded by `worker` in `territory`, shared with the cell on consent. */
export async function sharedCase(worker: Agent, territory: string, overrides: Record<string, unknown> = {}): Promise<{ id: string; reference: string }> {
  const created = await worker.post('/api/cases').send(caseBody({ territory, events: [], ...overrides }));
  if (created.status !== 201) throw new Error(`case creation failed: ${created.status} ${created.body.code}`);
  await worker.post(`/api/cases/${created.body.id}/identification`).send({ to: 'presumed_victim' }).expect(200);
  await worker.post(`/api/cases/${created.body.id}/consents`).send({ purpose: 'share_with_cell', granted: true, method: 'oral' }).expect(201);
  return { id: created.body.id, reference: created.body.reference };
}

export function inDays(n: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
  return new Date(Date.parse(`${today}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

export async function outboxOf(aggregateId: string): Promise<{ type: string; payload: Record<string, unknown> }[]> {
  const db = await rawDb();
  try {
    return (await db.query(`SELECT type, payload FROM outbox_messages WHERE aggregate_id = $1 ORDER BY id`, [aggregateId])).rows;
  } finally {
    await db.end();
  }
}

export async function auditOf(caseId: string): Promise<{ action: string; reason: string | null; actor_user_id: string; actor_organisation_id: string; details: Record<string, unknown> }[]> {
  const db = await rawDb();
  try {
    return (await db.query(`SELECT action, reason, actor_user_id, actor_organisation_id, details FROM audit_entries WHERE subject_type = 'case' AND subject_id = $1 ORDER BY id`, [caseId])).rows;
  } finally {
    await db.end();
  }
}

/** The text a PDF shows: its Flate streams inflated, the hex strings of each TJ/Tj operator decoded (WinAnsi ≈ Latin-1). */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const lines: string[] = [];
  for (const m of raw.matchAll(/<<([^]*?)>>\s*stream\r?\n/g)) {
    const start = m.index! + m[0].length;
    const end = raw.indexOf('endstream', start);
    let body = Buffer.from(raw.slice(start, end), 'latin1');
    if (/\/FlateDecode/.test(m[1])) {
      try {
        body = inflateSync(body);
      } catch {
        continue; // not a content stream
      }
    }
    for (const op of body.toString('latin1').matchAll(/\[([^\]]*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      const hex = op[1] !== undefined ? [...op[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]).join('') : op[2];
      lines.push(Buffer.from(hex, 'hex').toString('latin1'));
    }
  }
  return lines.join(' ');
}
