import { Injectable, Logger } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { AnonymiseCaseCommand, AnonymiseCasesCommand, CaseRetentionFacts, CasesAnonymised, RetentionCandidatesQuery } from '@mnio/cases';
import { Db, DomainError, PurgedRows, rowsOf, RowPurge } from '@mnio/platform';
import { cutoffOf, RETENTION_RULES, RetentionRuleKind } from './retention-rules';
import { ListRetentionRulesHandler } from './retention-rules.handler';
import { ROW_PURGES, RowRuleKind } from './row-purges';

/** Cases read per page (keyset by id). */
export const RETENTION_BATCH = 200;
/**
 * Cases anonymised per transaction (`AnonymiseCasesCommand`), and how many such transactions run at once. A batch
 * that fails is retried one case per transaction, so a bad case loses its own work only. Measured in bench/README.md.
 */
export const ERASURE_BATCH = 25;
export const ERASURE_PARALLEL = 2;
/** How a run anonymises: the defaults above; the erasure benchmark compares them with one case per transaction. */
export interface ErasurePace {
  batch: number;
  parallel: number;
}
/** Rows deleted per purge call, each call its own transaction in the owning context. */
export const PURGE_BATCH = 1000;
/** References listed per (organisation, rule, hold) in a report: enough to find them, not a copy of the file. */
const HELD_REFERENCES = 50;

export interface ErasedLine { organisationId: string; rule: string; count: number }
export interface HeldLine { organisationId: string; rule: string; hold: string; count: number; references: string[] }
export interface PurgedLine { rule: string; count: number }

/**
 * Applies the retention rules to the cases, in pages (keyset by id), one transaction per case. A dry run reads the
 * same pages and erases nothing. The run's row (privacy's own table) gets a progress line after each page and
 * the report at the end: what was (or would be) erased by organisation and rule, and what a legal hold kept.
 * Then the row rules: each owning context purges its own rows in batches (`ROW_PURGES`); the report counts them per rule.
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
  async run(runId: string, now = new Date(), pace: ErasurePace = { batch: ERASURE_BATCH, parallel: ERASURE_PARALLEL }): Promise<void> {
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
        await this.applyCaseRule(runId, rule.kind, def.caseStatus, new Date(rule.cutoff), dryRun, erased, held, pace);
      }
      const purged: PurgedLine[] = [];
      for (const rule of rules) {
        if (RETENTION_RULES[rule.kind as RetentionRuleKind].scope !== 'rows') continue;
        purged.push({ rule: rule.kind, count: await this.applyRowRule(runId, rule.kind as RowRuleKind, new Date(rule.cutoff), dryRun) });
      }
      await this.db.em.query(`UPDATE retention_runs SET status = 'done', finished_at = now(), erased = $2, held = $3, purged = $4 WHERE id = $1`, [
        runId, JSON.stringify([...erased.values()]), JSON.stringify([...held.values()]), JSON.stringify(purged),
      ]);
    } catch (e) {
      // The failure's name only: a message could quote a value.
      await this.db.em.query(`UPDATE retention_runs SET status = 'failed', finished_at = now(), failure = $2 WHERE id = $1`, [runId, (e as Error).name]);
      throw e;
    }
  }

  private async applyCaseRule(
    runId: string, rule: string, caseStatus: 'closed' | 'closed_referred', cutoff: Date, dryRun: boolean,
    erased: Map<string, ErasedLine>, held: Map<string, HeldLine>, pace: ErasurePace,
  ): Promise<void> {
    let afterId: string | null = null;
    const progress = { rule, scanned: 0, erased: 0, held: 0 };
    for (;;) {
      const page: CaseRetentionFacts[] = await this.queries.execute(new RetentionCandidatesQuery(caseStatus, cutoff, afterId, RETENTION_BATCH));
      if (!page.length) break;
      const toErase: CaseRetentionFacts[] = [];
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
        toErase.push(c);
      }
      const erasedIds = dryRun ? new Set(toErase.map((c) => c.caseId)) : await this.anonymiseAll(toErase.map((c) => c.caseId), rule, runId, pace);
      for (const c of toErase) {
        if (!erasedIds.has(c.caseId)) continue;
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

  /** One row rule: a dry run counts once; a real run calls the owner's purge until a batch comes back short. */
  private async applyRowRule(runId: string, rule: RowRuleKind, cutoff: Date, dryRun: boolean): Promise<number> {
    const purge = (p: RowPurge): Promise<PurgedRows> => this.commands.execute(ROW_PURGES[rule](p));
    let count = 0;
    for (;;) {
      const batch = await purge({ cutoff, limit: PURGE_BATCH, dryRun });
      count += batch.count;
      if (dryRun || batch.count < PURGE_BATCH) break;
      await this.db.em.query(`UPDATE retention_runs SET progress = $2 WHERE id = $1`, [runId, JSON.stringify({ rule, purged: count })]);
    }
    this.log.log(`retention run ${runId}: rule ${rule}, ${count} rows ${dryRun ? 'to purge' : 'purged'}`);
    return count;
  }

  /** The page's eligible cases in batches, `pace.parallel` batches at a time; the ids actually anonymised. */
  private async anonymiseAll(caseIds: string[], rule: string, runId: string, pace: ErasurePace): Promise<Set<string>> {
    const batches: string[][] = [];
    for (let i = 0; i < caseIds.length; i += Math.max(1, pace.batch)) batches.push(caseIds.slice(i, i + Math.max(1, pace.batch)));
    const done = new Set<string>();
    let failure: unknown = null;
    const worker = async () => {
      for (let b = batches.shift(); b; b = batches.shift()) {
        try {
          for (const id of await this.anonymiseBatch(b, rule, runId)) done.add(id);
        } catch (e) {
          failure ??= e;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, pace.parallel) }, worker));
    // Every other batch finished (its work committed) before the run stops on the failure.
    if (failure) throw failure;
    return done;
  }

  /** One transaction for the batch; if it fails, one per case, so the others' work is kept and the bad case found. */
  private async anonymiseBatch(caseIds: string[], rule: string, runId: string): Promise<string[]> {
    if (caseIds.length === 1) return (await this.anonymise(caseIds[0], rule, runId)) ? caseIds : [];
    try {
      const r: CasesAnonymised = await this.commands.execute(new AnonymiseCasesCommand(caseIds, { kind: 'retention', rule, runId }));
      return r.anonymised;
    } catch {
      this.log.warn(`retention run ${runId}: a batch of ${caseIds.length} cases failed, retried one case per transaction`);
      const done: string[] = [];
      let failure: unknown = null;
      for (const id of caseIds) {
        try {
          if (await this.anonymise(id, rule, runId)) done.push(id);
        } catch (e) {
          failure ??= e;
        }
      }
      if (failure) throw failure;
      return done;
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
