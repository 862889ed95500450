import { Injectable, Logger } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { AnonymiseCaseCommand, CaseRetentionFacts, RetentionCandidatesQuery } from '@mnio/cases';
import { Db, DomainError, rowsOf } from '@mnio/platform';
import { cutoffOf, RETENTION_RULES, RetentionRuleKind } from './retention-rules';
import { ListRetentionRulesHandler } from './retention-rules.handler';

/** Cases read and anonymised per page; each case is its own transaction, so a failure loses one case's work, never half of it. */
export const RETENTION_BATCH = 200;
/** References listed per (organisation, rule, hold) in a report: enough to find them, not a copy of the file. */
const HELD_REFERENCES = 50;

export interface ErasedLine { organisationId: string; rule: string; count: number }
export interface HeldLine { organisationId: string; rule: string; hold: string; count: number; references: string[] }

/**
 * Applies the retention rules to the cases, in pages (keyset by id), one transaction per case. A dry run reads the
 * same pages and erases nothing. The run's row (privacy's own table) gets a progress line after each page and
 * the report at the end: what was (or would be) erased by organisation and rule, and what a legal hold kept.
 */
@Injectable()
export class RetentionRunner {
  private readonly log = new Logger('RetentionRunner');

  constructor(
    private readonly db: Db,
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
    private readonly rules: ListRetentionRulesHandler,
  ) {}

  /** Records a run asked by the schedule (not a dry run) and returns its id. */
  async recordScheduledRun(): Promise<string> {
    const [row] = await rowsOf<{ id: string }>(this.db.em, `INSERT INTO retention_runs (dry_run, trigger) VALUES (false, 'schedule') RETURNING id`);
    return row.id;
  }

  /** Runs a queued run; a run already started or finished is left alone (a job delivered twice does nothing). */
  async run(runId: string, now = new Date()): Promise<void> {
    const claimed = await rowsOf<{ dry_run: boolean }>(
      this.db.em,
      `UPDATE retention_runs SET status = 'running', started_at = now() WHERE id = $1 AND status = 'queued' RETURNING dry_run`,
      [runId],
    );
    if (!claimed.length) return;
    const dryRun = claimed[0].dry_run;
    try {
      const rules = (await this.rules.execute()).map((r) => ({ ...r, cutoff: cutoffOf(r, now).toISOString() }));
      await this.db.em.query(`UPDATE retention_runs SET rules = $2 WHERE id = $1`, [runId, JSON.stringify(rules)]);
      const erased = new Map<string, ErasedLine>();
      const held = new Map<string, HeldLine>();
      for (const rule of rules) {
        const def = RETENTION_RULES[rule.kind as RetentionRuleKind];
        if (def.scope !== 'case') continue;
        await this.applyCaseRule(runId, rule.kind, def.caseStatus, new Date(rule.cutoff), dryRun, erased, held);
      }
      await this.db.em.query(`UPDATE retention_runs SET status = 'done', finished_at = now(), erased = $2, held = $3 WHERE id = $1`, [
        runId, JSON.stringify([...erased.values()]), JSON.stringify([...held.values()]),
      ]);
    } catch (e) {
      // The failure's name only: a message could quote a value.
      await this.db.em.query(`UPDATE retention_runs SET status = 'failed', finished_at = now(), failure = $2 WHERE id = $1`, [runId, (e as Error).name]);
      throw e;
    }
  }

  private async applyCaseRule(
    runId: string, rule: string, caseStatus: 'closed' | 'closed_referred', cutoff: Date, dryRun: boolean,
    erased: Map<string, ErasedLine>, held: Map<string, HeldLine>,
  ): Promise<void> {
    let afterId: string | null = null;
    const progress = { rule, scanned: 0, erased: 0, held: 0 };
    for (;;) {
      const page: CaseRetentionFacts[] = await this.queries.execute(new RetentionCandidatesQuery(caseStatus, cutoff, afterId, RETENTION_BATCH));
      if (!page.length) break;
      for (const c of page) {
        progress.scanned++;
        if (c.holds.length) {
          progress.held++;
          for (const hold of c.holds) {
            const line = held.get(`${c.ownerOrganisationId}|${rule}|${hold}`) ?? { organisationId: c.ownerOrganisationId, rule, hold, count: 0, references: [] };
            line.count++;
            if (line.references.length < HELD_REFERENCES) line.references.push(c.reference);
            held.set(`${c.ownerOrganisationId}|${rule}|${hold}`, line);
          }
          continue;
        }
        if (!dryRun && !(await this.anonymise(c.caseId, rule, runId))) continue;
        progress.erased++;
        const line = erased.get(`${c.ownerOrganisationId}|${rule}`) ?? { organisationId: c.ownerOrganisationId, rule, count: 0 };
        line.count++;
        erased.set(`${c.ownerOrganisationId}|${rule}`, line);
      }
      afterId = page[page.length - 1].caseId;
      await this.db.em.query(`UPDATE retention_runs SET progress = $2 WHERE id = $1`, [runId, JSON.stringify(progress)]);
      this.log.log(`retention run ${runId}: rule ${rule}, ${progress.scanned} cases read, ${progress.erased} ${dryRun ? 'to erase' : 'erased'}, ${progress.held} held`);
    }
  }

  /** False when the case changed between the page and its lock (reopened, held, already anonymised by a request). */
  private async anonymise(caseId: string, rule: string, runId: string): Promise<boolean> {
    try {
      await this.commands.execute(new AnonymiseCaseCommand(caseId, { kind: 'retention', rule, runId }));
      return true;
    } catch (e) {
      if (e instanceof DomainError && ['CASE_UNDER_LEGAL_HOLD', 'CASE_ALREADY_ANONYMISED', 'CASE_NOT_CLOSED'].includes(e.code)) return false;
      throw e;
    }
  }
}
