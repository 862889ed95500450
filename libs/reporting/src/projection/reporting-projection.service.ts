import { Injectable, Logger } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { CASES_EVENTS, CaseStatisticsFacts, CaseStatisticsFactsQuery, CountCasesForStatisticsQuery } from '@mnio/cases';
import { COORDINATION_EVENTS } from '@mnio/coordination';
import { ORIENTATIONS_EVENTS } from '@mnio/orientations';
import { eventTypes, isUuid, OutboxEvent, OutboxReader, Transactional, TransactionHost, Tx } from '@mnio/platform';
import { caseRowValues, upsertCasesSql } from './case-row';

/**
 * Events after which a case's statistics facts are read again (through the cases context's query), as their
 * producers declare them: only their `caseId` is read.
 */
export const CASE_EVENTS = [
  CASES_EVENTS.CaseCreated, CASES_EVENTS.CaseIdentificationChanged, CASES_EVENTS.CaseTrackEventRecorded, CASES_EVENTS.CaseStatusChanged,
  COORDINATION_EVENTS.CaseTransferAccepted,
].map((e): string => e.type);
/**
 * Every orientation event (the orientations context's whole catalogue): the read model keeps the target kind, the
 * state and when it was asked, answered, admitted.
 */
export const ORIENTATION_EVENTS = eventTypes(ORIENTATIONS_EVENTS);


/**
 * The statistics projection. Applies each relayed outbox message once (reporting_applied, keyed by the
 * outbox id) in one transaction with its effect. A case's row is recomputed from its current facts, so
 * messages may arrive in any order; an orientation's state only moves forward in event time.
 */
@Injectable()
export class ReportingProjection {
  private readonly logger = new Logger('reporting');

  constructor(
    private readonly txHost: TransactionHost,
    private readonly queries: QueryBus,
    private readonly outbox: OutboxReader,
  ) {}

  @Transactional()
  async apply(m: OutboxEvent): Promise<boolean> {
    const em = (this.txHost as Tx).tx;
    const fresh = await em.query(`INSERT INTO reporting_applied (outbox_id, type) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING outbox_id`, [m.outboxId, m.type]);
    if (!fresh.length) return false;
    if (CASE_EVENTS.includes(m.type)) {
      const caseId = String(m.payload.caseId ?? m.aggregateId ?? '');
      if (isUuid(caseId)) await this.projectCases(await this.queries.execute(new CaseStatisticsFactsQuery([caseId])));
    } else if ((ORIENTATION_EVENTS as string[]).includes(m.type)) {
      await this.projectOrientation(m);
    }
    await em.query(
      `UPDATE reporting_state SET last_outbox_id = greatest(last_outbox_id, $1), last_event_at = greatest(last_event_at, $2::timestamptz), last_applied_at = now() WHERE id = 1`,
      [m.outboxId, m.createdAt],
    );
    this.logger.debug({ outboxId: m.outboxId, type: m.type }, 'statistics event applied');
    return true;
  }

  async projectCases(facts: CaseStatisticsFacts[]): Promise<void> {
    if (!facts.length) return;
    await (this.txHost as Tx).tx.query(upsertCasesSql(facts.length), facts.flatMap(caseRowValues));
  }

  async projectOrientation(m: OutboxEvent): Promise<void> {
    const p = m.payload;
    const id = String(p.orientationId ?? '');
    if (!isUuid(id) || !isUuid(String(p.caseId ?? ''))) return;
    const at = m.createdAt;
    const requested = m.type === 'OrientationRequested' ? at : null;
    const answered = ['OrientationAccepted', 'OrientationRefused'].includes(m.type) ? at : null;
    const admitted = m.type === 'OrientationAdmitted' ? at : null;
    await (this.txHost as Tx).tx.query(
      `INSERT INTO reporting_orientations (orientation_id, case_id, territory, target_kind, requester_organisation_id, target_organisation_id, state,
         requested_at, answered_at, admitted_at, last_event_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (orientation_id) DO UPDATE SET
         state = CASE WHEN EXCLUDED.last_event_at >= reporting_orientations.last_event_at THEN EXCLUDED.state ELSE reporting_orientations.state END,
         territory = CASE WHEN EXCLUDED.last_event_at >= reporting_orientations.last_event_at THEN EXCLUDED.territory ELSE reporting_orientations.territory END,
         requested_at = coalesce(least(reporting_orientations.requested_at, EXCLUDED.requested_at), reporting_orientations.requested_at, EXCLUDED.requested_at),
         answered_at = coalesce(least(reporting_orientations.answered_at, EXCLUDED.answered_at), reporting_orientations.answered_at, EXCLUDED.answered_at),
         admitted_at = coalesce(least(reporting_orientations.admitted_at, EXCLUDED.admitted_at), reporting_orientations.admitted_at, EXCLUDED.admitted_at),
         last_event_at = greatest(reporting_orientations.last_event_at, EXCLUDED.last_event_at)`,
      [id, p.caseId, String(p.territory ?? ''), String(p.targetKind ?? 'unknown'), isUuid(String(p.requesterOrganisationId)) ? p.requesterOrganisationId : null,
        isUuid(String(p.targetOrganisationId)) ? p.targetOrganisationId : null, String(p.state ?? 'unknown'), requested, answered, admitted, at],
    );
  }

  /**
   * Recomputes every case's row from the cases context's facts, page by page (each page its own
   * transaction), then replays the orientation events still in the outbox. `progress(done, total)` after each page.
   */
  async rebuild(progress: (done: number, total: number) => void = () => undefined, pageSize = 500): Promise<{ cases: number; orientations: number }> {
    const total: number = await this.queries.execute(new CountCasesForStatisticsQuery());
    let done = 0;
    let after: string | null = null;
    for (;;) {
      const page: CaseStatisticsFacts[] = await this.queries.execute(new CaseStatisticsFactsQuery(null, after, pageSize));
      if (!page.length) break;
      await this.inTransaction(() => this.projectCases(page));
      done += page.length;
      after = page[page.length - 1].caseId;
      progress(done, Math.max(total, done));
    }
    let orientations = 0;
    let afterId = '0';
    for (;;) {
      const rows = await this.outbox.after(afterId, { types: ORIENTATION_EVENTS, limit: 1000 });
      if (!rows.length) break;
      await this.inTransaction(async () => {
        for (const r of rows) await this.projectOrientation(r);
      });
      orientations += rows.length;
      afterId = rows[rows.length - 1].outboxId;
    }
    await (this.txHost as Tx).tx.query(`UPDATE reporting_state SET rebuilt_at = now() WHERE id = 1`);
    return { cases: done, orientations };
  }

  @Transactional()
  private async inTransaction(work: () => Promise<void>): Promise<void> {
    await work();
  }
}
