import { randomBytes } from 'node:crypto';
import type { Client } from 'pg';
import { CREATE_CASE_EXAMPLE } from '../../apps/api/src/http/cases/cases.dto';

/** A distinctive made-up person, so that scans for identity values cannot match by accident. */
export function distinctivePerson(): { lastName: string; firstName: string; alias: string; phone: string; birthDate: string } {
  const tag = randomBytes(4).toString('hex');
  const digits = String(parseInt(tag, 16) % 100000000).padStart(8, '0');
  return {
    lastName: `Zyqoraleth${tag}`,
    firstName: `Vexmirande${tag}`,
    alias: `Quillon${tag}`,
    phone: `+336${digits}`,
    birthDate: '1999-04-12',
  };
}

type Body = typeof CREATE_CASE_EXAMPLE;

/** The example body, with a distinctive identity and optional overrides. */
export function caseBody(overrides: { territory?: string; identity?: Partial<Body['identity']> & Record<string, unknown>; [k: string]: unknown } = {}): Body {
  const p = distinctivePerson();
  const { identity, ...rest } = overrides;
  return {
    ...CREATE_CASE_EXAMPLE,
    ...rest,
    identity: {
      ...CREATE_CASE_EXAMPLE.identity,
      lastName: p.lastName,
      firstNames: [p.firstName],
      aliases: [p.alias],
      contact: { phone: p.phone, safeToContact: false },
      ...identity,
    },
  } as Body;
}

export type AccessReason = 'owner' | 'cell' | 'referral' | 'orientation' | 'minor_protection' | 'transfer' | 'former_owner';

export interface SeededCase {
  caseId: string;
  reference: string;
  territory: string;
  ownerOrganisationId: string;
  minor?: boolean;
  /** Who else may see the case, and why (the owner always may). */
  access?: { organisationId: string; reason: AccessReason }[];
  /** Views that have ended (revoked), granted by a source such as a transfer: not viewers any more. */
  endedAccess?: { organisationId: string; reason: AccessReason; sourceId: string }[];
}

/**
 * Records a case as the cases context keeps one for the access check (the row, its grants in `case_access`,
 * `viewer_org_ids` derived from them), without the API: for tests that publish events about a case straight
 * into the outbox and still want the worker's production check to decide who is told. The identity is an
 * opaque placeholder, never read. Does nothing when the case is already there.
 */
export async function seedCase(db: Pick<Client, 'query'>, c: SeededCase): Promise<void> {
  const grants = [{ organisationId: c.ownerOrganisationId, reason: 'owner' as AccessReason }, ...(c.access ?? [])];
  const viewers = [...new Set(grants.map((g) => g.organisationId))];
  const inserted = await db.query(
    `INSERT INTO cases (id, reference, territory, owner_organisation_id, created_by, sex, age_band, minor, age_uncertain, foreign_national,
                        exploitation_forms, exploited_in_france, exploited_abroad, identity_enc, viewer_org_ids, identity_org_ids)
     SELECT $1, $2, $3, $4, (SELECT id FROM users ORDER BY created_at, id LIMIT 1), 'female', $5, $6, false, true,
            '{sexual_exploitation}', true, false, 'seeded-by-test', $7::uuid[], ARRAY[$4]::uuid[]
     ON CONFLICT (id) DO NOTHING`,
    [c.caseId, c.reference, c.territory, c.ownerOrganisationId, c.minor ? '15-17' : '18-24', !!c.minor, viewers],
  );
  if (!inserted.rowCount) return;
  for (const g of grants) await db.query(`INSERT INTO case_access (case_id, organisation_id, reason) VALUES ($1, $2, $3)`, [c.caseId, g.organisationId, g.reason]);
  for (const g of c.endedAccess ?? []) {
    await db.query(`INSERT INTO case_access (case_id, organisation_id, reason, source_id, revoked_at, revoked_reason) VALUES ($1, $2, $3, $4, now(), 'ended')`, [c.caseId, g.organisationId, g.reason, g.sourceId]);
  }
}
