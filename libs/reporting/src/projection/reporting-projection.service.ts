import { Injectable, Logger } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { CASES_EVENTS, CaseStatisticsFacts, CaseStatisticsFactsQuery, CountCasesForStatisticsQuery } from '@mnio/cases';
import { COORDINATION_EVENTS } from '@mnio/coordination';
import { ORIENTATIONS_EVENTS } from '@mnio/orientations';
import { eventTypes, isUuid, OutboxEvent, OutboxReader, Transactional, Db } from '@mnio/platform';
import { caseRowValues, deadlineRows, upsertCasesSql } from './case-row';

/** The session setting with which writing case rows leaves the counts tables alone (db migration …160000): a rebuild's pages. */
const COUNTS_DEFERRED = 'mnio.reporting_counts_deferred';

/**
 * Events after which a case's statistics facts are read again (through the cases context's query), as their
 * producers declare them: only their `caseId` is read.
 */
export const CASE_EVENTS = [
  CASES_EVENTS.CaseCreated, CASES_EVENTS.CaseIdentificationChanged, CASES_EVENTS.CaseTrackEventRecorded, CASES_EVENTS.CaseStatusChanged,
  COORDINATION_EVENTS.CaseTransferAccepted,
  // sharing with the cell opens its review deadline; withdrawing closes it
  CASES_EVENTS.CaseConsentChanged,
  // a fact edited (the unaccompanied-minor flag)
  CASES_EVENTS.CaseFactsChanged,
].map((e): string => e.type);
/**
 * Orientation events: the read model keeps the target kind, the state, when it was asked, answered, admitted,
 * a refusal's reason, the place kind and status and the host. They also move the case's deadlines (an answer
 * closes the orientation's), so the case's facts are read again.
 */
export const ORIENTATION_EVENTS: string[] = eventTypes(ORIENTATIONS_EVENTS).filter((t) => t !== ORIENTATIONS_EVENTS.HostCapacitySet.type);
/** Events of the cell (its decisions, by type) and of the hosts (their places). Replayed from the outbox by a rebuild, as the orientation events. */
export const CELL_EVENTS = [COORDINATION_EVENTS.CellDecisionRecorded, COORDINATION_EVENTS.CellActionAssigned, COORDINATION_EVENTS.CellActionStatusChanged].map((e): string => e.type);
export const HOST_EVENTS = [ORIENTATIONS_EVENTS.HostCapacitySet.type];
/** The events a rebuild replays from the outbox (the others are recomputed from the cases context's facts). */
export const REPLAYED_EVENTS = [...ORIENTATION_EVENTS, COORDINATION_EVENTS.CellDecisionRecorded.type, ...HOST_EVENTS];


/** Messages applied in one transaction at most (group commit). */
const MAX_BATCH = 200;
/**
 * Transactions applied at once by one process. Two: while one holds the counts' lock (its case rows, last), the
 * next does its first part (idempotency rows, orientations, the facts query); the case rows stay serialised by the
 * lock (migration …40000). A deadlock between them (two events of the same orientation in both, in opposite order)
 * fails a batch, whose messages are then applied one by one, as any failed batch.
 */
const IN_FLIGHT = 2;
/**
 * Idempotency rows older than this are deleted: longer than a job can be retried (BullMQ keeps a failed job
 * 7 days, 8 attempts over a few minutes). Re-applying a message is harmless anyway (current facts, forward-only
 * orientation times, decisions inserted once, places by time): the rows keep the count of what was applied.
 */
const APPLIED_RETENTION = '8 days';
const PRUNE_EVERY_MS = 3_600_000;

interface Pending {
  m: OutboxEvent;
  done: (fresh: boolean) => void;
  fail: (e: unknown) => void;
}

/**
 * The statistics projection. Applies each relayed outbox message once (reporting_applied, keyed by the
 * outbox id) in one transaction with its effect. A case's row is recomputed from its current facts, so
 * messages may arrive in any order; an orientation's state only moves forward in event time.
 * Messages handed over while a transaction is being applied wait for the next one, which applies them all
 * together (group commit, at most MAX_BATCH): one idempotency insert, one facts query and one upsert of the
 * cases they touch, one update of the freshness row per transaction.
 */
@Injectable()
export class ReportingProjection {
  private readonly logger = new Logger('reporting');
  private readonly pending: Pending[] = [];
  private flushing = 0;
  private prunedAt = 0;

  constructor(
    private readonly db: Db,
    private readonly queries: QueryBus,
    private readonly outbox: OutboxReader,
  ) {}

  /** Applies one message (with the others waiting, in one transaction); false when it had been applied already. */
  apply(m: OutboxEvent): Promise<boolean> {
    return new Promise<boolean>((done, fail) => {
      this.pending.push({ m, done, fail });
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    if (this.flushing >= IN_FLIGHT) return;
    this.flushing++;
    try {
      while (this.pending.length) {
        const batch = this.pending.splice(0, MAX_BATCH);
        try {
          const fresh = await this.applyBatch(batch.map((b) => b.m));
          for (const b of batch) b.done(fresh.delete(b.m.outboxId));
        } catch (e) {
          if (batch.length === 1) {
            batch[0].fail(e);
            continue;
          }
          // One message that fails fails its own job only: the others are applied one by one.
          for (const b of batch) {
            try {
              b.done((await this.applyBatch([b.m])).has(b.m.outboxId));
            } catch (e1) {
              b.fail(e1);
            }
          }
        }
      }
    } finally {
      this.flushing--;
    }
    await this.prune();
  }

  /** Deletes the idempotency rows older than APPLIED_RETENTION, at most once an hour per process. */
  private async prune(): Promise<void> {
    if (Date.now() - this.prunedAt < PRUNE_EVERY_MS) return;
    this.prunedAt = Date.now();
    try {
      await this.db.em.query(`DELETE FROM reporting_applied WHERE applied_at < now() - $1::interval`, [APPLIED_RETENTION]);
    } catch (e) {
      this.logger.warn({ err: (e as Error).message }, 'statistics: pruning applied messages failed');
    }
  }

  /**
   * Applies the messages not applied yet, in one transaction: their idempotency rows, the orientations, decisions and
   * places they carry, then the facts of every case they touch (one query, one upsert), then the freshness row.
   * Returns the outbox ids applied now.
   */
  @Transactional()
  async applyBatch(messages: OutboxEvent[]): Promise<Set<string>> {
    const em = this.db.em;
    const inserted: { outbox_id: string }[] = await em.query(
      `INSERT INTO reporting_applied (outbox_id, type) SELECT id, type FROM unnest($1::bigint[], $2::text[]) AS m(id, type) ORDER BY id
       ON CONFLICT DO NOTHING RETURNING outbox_id`,
      [messages.map((m) => m.outboxId), messages.map((m) => m.type)],
    );
    const fresh = new Set(inserted.map((r) => String(r.outbox_id)));
    if (!fresh.size) return fresh;
    const cases = new Set<string>();
    const touch = (caseId: unknown) => {
      const id = String(caseId ?? '');
      if (isUuid(id)) cases.add(id);
    };
    const seen = new Set<string>();
    let lastId = '0';
    let lastAt = '';
    for (const m of messages) {
      if (!fresh.has(m.outboxId) || seen.has(m.outboxId)) continue;
      seen.add(m.outboxId);
      if (BigInt(m.outboxId) > BigInt(lastId)) lastId = m.outboxId;
      if (!lastAt || new Date(m.createdAt) > new Date(lastAt)) lastAt = m.createdAt;
      if (CASE_EVENTS.includes(m.type)) {
        touch(m.payload.caseId ?? m.aggregateId);
      } else if ((ORIENTATION_EVENTS as string[]).includes(m.type)) {
        await this.projectOrientation(m);
        touch(m.payload.caseId);
      } else if ((CELL_EVENTS as readonly string[]).includes(m.type)) {
        if (m.type === COORDINATION_EVENTS.CellDecisionRecorded.type) await this.projectDecision(m);
        touch(m.payload.caseId ?? m.aggregateId);
      } else if ((HOST_EVENTS as readonly string[]).includes(m.type)) {
        await this.projectPlaces(m);
      }
    }
    // The cases last: writing reporting_cases takes the counts' lock (migration …40000) until the commit.
    if (cases.size) await this.projectCases(await this.queries.execute(new CaseStatisticsFactsQuery([...cases].sort(), null, cases.size)));
    await em.query(
      `UPDATE reporting_state SET last_outbox_id = greatest(last_outbox_id, $1), last_event_at = greatest(last_event_at, $2::timestamptz), last_applied_at = now() WHERE id = 1`,
      [lastId, lastAt],
    );
    this.logger.debug({ applied: fresh.size }, 'statistics events applied');
    return fresh;
  }

  async projectCases(facts: CaseStatisticsFacts[]): Promise<void> {
    if (!facts.length) return;
    const em = this.db.em;
    // 1,000 rows per statement: 30 parameters each, under PostgreSQL's 65,535.
    for (let i = 0; i < facts.length; i += 1000) {
      const chunk = facts.slice(i, i + 1000);
      await em.query(upsertCasesSql(chunk.length), chunk.flatMap(caseRowValues));
    }
    await em.query(`DELETE FROM reporting_deadlines WHERE case_id = ANY($1::uuid[])`, [facts.map((f) => f.caseId)]);
    for (let i = 0; i < facts.length; i += 200) {
      const d = deadlineRows(facts.slice(i, i + 200));
      if (d) await em.query(d.sql, d.params);
    }
  }

  /** A cell's decision: its type, territory and time (never its text). */
  async projectDecision(m: OutboxEvent): Promise<void> {
    const p = m.payload;
    if (![p.decisionId, p.caseId, p.cellId].every((v) => isUuid(String(v ?? '')))) return;
    await this.db.em.query(
      `INSERT INTO reporting_decisions (decision_id, case_id, territory, cell_id, type, decided_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
      [p.decisionId, p.caseId, String(p.territory ?? ''), p.cellId, String(p.type ?? 'unknown'), m.createdAt],
    );
  }

  /** A host's declared places of every kind, its kind and its region; the latest declaration wins. */
  async projectPlaces(m: OutboxEvent): Promise<void> {
    const p = m.payload;
    if (!isUuid(String(p.hostId ?? ''))) return;
    for (const kind of ['women', 'men', 'family', 'minors']) {
      const capacity = Number(p[kind] ?? 0);
      if (!Number.isInteger(capacity) || capacity < 0) continue;
      await this.db.em.query(
        `INSERT INTO reporting_places (host_organisation_id, place_kind, host_kind, region_code, capacity, updated_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (host_organisation_id, place_kind) DO UPDATE SET host_kind = EXCLUDED.host_kind, region_code = EXCLUDED.region_code,
           capacity = EXCLUDED.capacity, updated_at = EXCLUDED.updated_at WHERE reporting_places.updated_at <= EXCLUDED.updated_at`,
        [p.hostId, kind, String(p.hostKind ?? 'other'), String(p.regionCode ?? 'unknown'), capacity, m.createdAt],
      );
    }
  }

  async projectOrientation(m: OutboxEvent): Promise<void> {
    const p = m.payload;
    const id = String(p.orientationId ?? '');
    if (!isUuid(id) || !isUuid(String(p.caseId ?? ''))) return;
    const at = m.createdAt;
    const requested = m.type === 'OrientationRequested' ? at : null;
    const answered = ['OrientationAccepted', 'OrientationRefused'].includes(m.type) ? at : null;
    const admitted = m.type === 'OrientationAdmitted' ? at : null;
    const code = (v: unknown) => (typeof v === 'string' && /^[a-z_]{1,40}$/.test(v) ? v : null);
    const refusal = m.type === 'OrientationRefused' ? (code(p.reasonCode) ?? 'unknown') : null;
    const newer = `EXCLUDED.last_event_at >= reporting_orientations.last_event_at`;
    await this.db.em.query(
      `INSERT INTO reporting_orientations (orientation_id, case_id, territory, target_kind, requester_organisation_id, target_organisation_id, state,
         requested_at, answered_at, admitted_at, last_event_at, refusal_reason, place_kind, place_status, host_organisation_id, case_territory)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, (SELECT c.territory FROM reporting_cases c WHERE c.case_id = $2))
       ON CONFLICT (orientation_id) DO UPDATE SET
         case_territory = coalesce(EXCLUDED.case_territory, reporting_orientations.case_territory),
         state = CASE WHEN ${newer} THEN EXCLUDED.state ELSE reporting_orientations.state END,
         refusal_reason = coalesce(EXCLUDED.refusal_reason, reporting_orientations.refusal_reason),
         place_kind = coalesce(EXCLUDED.place_kind, reporting_orientations.place_kind),
         place_status = CASE WHEN ${newer} AND EXCLUDED.place_status IS NOT NULL THEN EXCLUDED.place_status ELSE reporting_orientations.place_status END,
         host_organisation_id = CASE WHEN ${newer} AND EXCLUDED.host_organisation_id IS NOT NULL THEN EXCLUDED.host_organisation_id
                                     ELSE reporting_orientations.host_organisation_id END,
         territory = CASE WHEN EXCLUDED.last_event_at >= reporting_orientations.last_event_at THEN EXCLUDED.territory ELSE reporting_orientations.territory END,
         requested_at = coalesce(least(reporting_orientations.requested_at, EXCLUDED.requested_at), reporting_orientations.requested_at, EXCLUDED.requested_at),
         answered_at = coalesce(least(reporting_orientations.answered_at, EXCLUDED.answered_at), reporting_orientations.answered_at, EXCLUDED.answered_at),
         admitted_at = coalesce(least(reporting_orientations.admitted_at, EXCLUDED.admitted_at), reporting_orientations.admitted_at, EXCLUDED.admitted_at),
         last_event_at = greatest(reporting_orientations.last_event_at, EXCLUDED.last_event_at)`,
      [id, p.caseId, String(p.territory ?? ''), String(p.targetKind ?? 'unknown'), isUuid(String(p.requesterOrganisationId)) ? p.requesterOrganisationId : null,
        isUuid(String(p.targetOrganisationId)) ? p.targetOrganisationId : null, String(p.state ?? 'unknown'), requested, answered, admitted, at,
        refusal, code(p.placeKind), code(p.placeStatus), isUuid(String(p.hostOrganisationId)) ? p.hostOrganisationId : null],
    );
  }

  /**
   * Recomputes every case's row from the cases context's facts, page by page (each page its own
   * transaction; the next page is read while the last one is written), then replays the orientation, decision
   * and host events still in the outbox, and recomputes the survey and EU counts from every case. `progress(done, total)` after each page.
   */
  async rebuild(progress: (done: number, total: number) => void = () => undefined, pageSize = 2000): Promise<{ cases: number; orientations: number }> {
    const total: number = await this.queries.execute(new CountCasesForStatisticsQuery());
    let done = 0;
    const read = (after: string | null): Promise<CaseStatisticsFacts[]> => {
      const p: Promise<CaseStatisticsFacts[]> = this.queries.execute(new CaseStatisticsFactsQuery(null, after, pageSize));
      p.catch(() => undefined); // awaited below; never an unhandled rejection if writing the page before fails
      return p;
    };
    let next = read(null);
    for (;;) {
      const page = await next;
      if (!page.length) break;
      next = read(page[page.length - 1].caseId);
      // Without the counts (migration …160000): neither their lock nor their upsert per page; recomputed below.
      await this.inTransaction(async () => {
        await this.db.em.query(`SELECT set_config('${COUNTS_DEFERRED}', 'on', true)`);
        await this.projectCases(page);
      });
      done += page.length;
      progress(done, Math.max(total, done));
    }
    let orientations = 0;
    let afterId = '0';
    for (;;) {
      const rows = await this.outbox.after(afterId, { types: REPLAYED_EVENTS, limit: 1000 });
      if (!rows.length) break;
      await this.inTransaction(async () => {
        for (const r of rows) {
          if (r.type === COORDINATION_EVENTS.CellDecisionRecorded.type) await this.projectDecision(r);
          else if (r.type === ORIENTATIONS_EVENTS.HostCapacitySet.type) await this.projectPlaces(r);
          else await this.projectOrientation(r);
        }
      });
      orientations += rows.length;
      afterId = rows[rows.length - 1].outboxId;
    }
    // Kept by the database as the cases are written; recomputed whole, so that a rebuild repairs them too.
    await this.inTransaction(async () => void (await this.db.em.query(`SELECT reporting_counts_recompute()`)));
    await this.db.em.query(`UPDATE reporting_state SET rebuilt_at = now() WHERE id = 1`);
    return { cases: done, orientations };
  }

  @Transactional()
  private async inTransaction(work: () => Promise<void>): Promise<void> {
    await work();
  }
}
