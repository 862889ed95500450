import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DEMO_ORGS } from '../../../../db/seeds/demo';
import { AccessReason, seedCase } from '../../../support/cases';
import { publish as publishRaw, waitFor } from '../../../support/stack';

let seq = 100;
/** A fresh case reference in the format of the cases context. */
export const nextReference = (territory = '93') => `${territory}-2026-${String(seq++).padStart(6, '0')}`;

export function caseFields(territory = '93') {
  return { caseId: randomUUID(), reference: nextReference(territory), territory };
}

export function orientationPayload(over: Record<string, unknown> = {}) {
  return {
    orientationId: randomUUID(),
    ...caseFields(),
    targetKind: 'acse',
    targetOrganisationId: DEMO_ORGS.acse,
    requesterOrganisationId: DEMO_ORGS.asso93,
    ...over,
  };
}

const TERRITORY_ORGS: Record<string, { cell: string; ase: string; parquet: string; prefecture: string }> = {
  '93': { cell: DEMO_ORGS.cell93, ase: DEMO_ORGS.ase93, parquet: DEMO_ORGS.parquet93, prefecture: DEMO_ORGS.prefecture93 },
};
const GRANTABLE: AccessReason[] = ['cell', 'referral', 'orientation', 'minor_protection', 'transfer', 'former_owner'];

/**
 * The worker runs the production case-access check, so an event about a case must be about a real case that
 * its recipients may see. Records the case an event names (once), shared as the product shares it when that
 * event happens: the owner (the requester of an orientation, the responsible organisation of a deadline), the
 * orientation's target, the organisation a `CaseShared` names, the territory's cell for a presumed victim, the
 * territory's ASE and parquet for a minor.
 */
export async function seedCaseFor(db: Client, type: string, payload: Record<string, unknown>): Promise<void> {
  const caseId = payload.caseId;
  if (typeof caseId !== 'string') return;
  const territory = typeof payload.territory === 'string' ? payload.territory : '93';
  const str = (k: string) => (typeof payload[k] === 'string' && /^[0-9a-f-]{36}$/.test(payload[k] as string) ? (payload[k] as string) : undefined);
  const owner = str('ownerOrganisationId') ?? str('requesterOrganisationId') ?? str('responsibleOrganisationId') ?? DEMO_ORGS.asso93;
  const access: { organisationId: string; reason: AccessReason }[] = [];
  const target = str('targetOrganisationId');
  if (target) access.push({ organisationId: target, reason: 'orientation' });
  const shared = str('organisationId');
  if (shared) access.push({ organisationId: shared, reason: GRANTABLE.includes(payload.reason as AccessReason) ? (payload.reason as AccessReason) : 'referral' });
  const local = TERRITORY_ORGS[territory];
  const minor = type === 'MinorCaseCreated' || type === 'DeadlineEscalated';
  if (local && type === 'PresumedVictimIdentified') access.push({ organisationId: local.cell, reason: 'cell' });
  if (local && minor) access.push({ organisationId: local.ase, reason: 'minor_protection' }, { organisationId: local.parquet, reason: 'minor_protection' });
  // A removal order is recorded on a case the préfecture follows (referred to it): its referents are told.
  if (local && type === 'RemovalOrderAlert') access.push({ organisationId: local.prefecture, reason: 'referral' });
  // The cell that gave an action sees the case it decided on.
  const cell = str('cellId');
  if (cell) access.push({ organisationId: cell, reason: 'cell' });
  // A transfer's target saw the case while the transfer was pending; a cancellation ended that view.
  const transferTarget = str('toOrganisationId');
  const transferId = str('transferId');
  const endedAccess = type === 'CaseTransferCancelled' && transferTarget && transferId ? [{ organisationId: transferTarget, reason: 'transfer' as AccessReason, sourceId: transferId }] : [];
  if (type === 'CaseTransferRequested' && transferTarget) access.push({ organisationId: transferTarget, reason: 'transfer' });
  const reference = typeof payload.reference === 'string' && /^\d{2,3}-\d{4}-\d{6}$/.test(payload.reference) ? payload.reference : nextReference(territory);
  await seedCase(db, { caseId, reference, territory, ownerOrganisationId: owner, minor, access, endedAccess });
}

/** Writes an outbox message about a real case (seeded by `seedCaseFor` when the test made it up). */
export async function publish(db: Client, type: string, payload: Record<string, unknown>, aggregateId?: string): Promise<string> {
  await seedCaseFor(db, type, payload);
  return publishRaw(db, type, payload, aggregateId);
}

/** Publishes and waits until the event is fanned out and every delivery it made has settled (sent, skipped or dead). */
export async function publishAndSettle(db: Client, type: string, payload: Record<string, unknown>, timeoutMs = 20_000): Promise<string> {
  const id = await publish(db, type, payload);
  await settled(db, `outbox-${id}`, timeoutMs);
  return id;
}

export async function settled(db: Client, eventKey: string, timeoutMs = 20_000): Promise<void> {
  await waitFor(
    async () => {
      const r = await db.query(
        `SELECT (SELECT count(*) FROM notification_fanouts WHERE event_key = $1)::int AS fanned,
                (SELECT count(*) FROM notification_deliveries WHERE event_key = $1 AND status IN ('pending', 'sending'))::int AS open`,
        [eventKey],
      );
      return r.rows[0].fanned === 1 && r.rows[0].open === 0;
    },
    `event ${eventKey} to settle`,
    timeoutMs,
  );
}

export async function inboxUsers(db: Client, eventKey: string): Promise<string[]> {
  const r = await db.query<{ email: string }>(
    `SELECT u.email FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.event_key = $1 ORDER BY u.email`,
    [eventKey],
  );
  return r.rows.map((x) => x.email);
}
