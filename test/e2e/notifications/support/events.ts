import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DEMO_ORGS } from '../../../../db/seeds/demo';
import { publish, waitFor } from './stack';

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
