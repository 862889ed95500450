import { Injectable } from '@nestjs/common';
import { rowsOf, Db, prepared } from '@mnio/platform';
import { alertDate, DEFAULT_RULES, DeadlineKind, DeadlineRule, dueDate } from './deadline-rules';

/**
 * The deadline engine: opens dated deadlines from track events with the territory's rule (or the
 * national default) and closes them when the awaited event is recorded. Other contexts use it through
 * OpenDeadlineCommand / CloseDeadlinesCommand.
 */
@Injectable()
export class DeadlineService {
  constructor(private readonly db: Db) {}

  private get em() {
    return this.db.em;
  }

  async rule(territory: string, kind: DeadlineKind): Promise<DeadlineRule> {
    const rows: { amount: number; unit: DeadlineRule['unit']; alert_before_days: number }[] = await this.em.query(
      prepared(`SELECT amount, unit, alert_before_days FROM deadline_rules WHERE kind = $2 AND territory IN ($1, '*') ORDER BY territory = '*' LIMIT 1`),
      [territory, kind],
    );
    const r = rows[0];
    return r ? { kind, amount: r.amount, unit: r.unit, alertBeforeDays: r.alert_before_days } : DEFAULT_RULES[kind];
  }

  /** Opens a deadline counted from `from`, or with an explicit due date. Idempotent per (case, kind, sourceRef). */
  async open(input: { caseId: string; territory: string; kind: DeadlineKind; from: string; responsibleOrganisationId: string; sourceRef?: string; dueOn?: string }): Promise<{ id: string; dueOn: string } | null> {
    const rule = await this.rule(input.territory, input.kind);
    const due = input.dueOn ?? dueDate(input.from, rule, input.territory);
    const rows: { id: string }[] = await this.em.query(
      prepared(`INSERT INTO case_deadlines (case_id, territory, kind, due_on, alert_on, responsible_organisation_id, source_ref)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING id`),
      [input.caseId, input.territory, input.kind, due, alertDate(due, rule), input.responsibleOrganisationId, input.sourceRef ?? null],
    );
    return rows[0] ? { id: rows[0].id, dueOn: due } : null;
  }

  /** Closes the open deadlines of these kinds for a case; returns how many. */
  async close(caseId: string, kinds: DeadlineKind[], reason: string, sourceRef?: string): Promise<number> {
    const params: unknown[] = [caseId, kinds, reason];
    const bySource = sourceRef !== undefined ? ` AND source_ref = $${params.push(sourceRef)}` : '';
    const rows = await rowsOf<{ id: string }>(this.em,
      prepared(`UPDATE case_deadlines SET closed_at = now(), closed_reason = $3
       WHERE case_id = $1 AND kind = ANY($2) AND closed_at IS NULL${bySource} RETURNING id`),
      params,
    );
    return rows.length;
  }
}
