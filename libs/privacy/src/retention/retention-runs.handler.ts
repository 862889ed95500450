import { InjectQueue } from '@nestjs/bullmq';
import { Command, CommandHandler, ICommandHandler, IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { Queue } from 'bullmq';
import { AuditJournal } from '@mnio/audit';
import { OrganisationsByIdQuery } from '@mnio/directory';
import { Actor, Db, DomainError, isUuid, rowsOf } from '@mnio/platform';
import type { ErasedLine, HeldLine, PurgedLine } from './retention-runner.service';
import { RETENTION_QUEUE, RETENTION_RUN_JOB, RetentionJobData } from './retention.queue';

export interface RetentionRunSummary {
  id: string;
  dryRun: boolean;
  trigger: 'schedule' | 'manual';
  status: 'queued' | 'running' | 'done' | 'failed';
  requestedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  erasedCount: number;
  heldCount: number;
  /** Rows of the row rules purged (or, in a dry run, to purge). */
  purgedCount: number;
}

export interface RetentionReport extends RetentionRunSummary {
  rules: { kind: string; amount: number; unit: string; cutoff: string }[];
  progress: { rule?: string; scanned?: number; erased?: number; held?: number; purged?: number };
  erased: (ErasedLine & { organisationName: string })[];
  held: (HeldLine & { organisationName: string })[];
  /** Rows deleted (or emptied) by each row rule, or, in a dry run, that would be. */
  purged: PurgedLine[];
}

const SUMMARY = `id, dry_run AS "dryRun", trigger, status, requested_at AS "requestedAt", started_at AS "startedAt", finished_at AS "finishedAt",
  coalesce((SELECT sum((x->>'count')::int) FROM jsonb_array_elements(erased) x), 0)::int AS "erasedCount",
  coalesce((SELECT count(DISTINCT h) FROM jsonb_array_elements(held) x, jsonb_array_elements_text(x->'references') h), 0)::int AS "heldCount",
  coalesce((SELECT sum((x->>'count')::int) FROM jsonb_array_elements(purged) x), 0)::int AS "purgedCount"`;
const iso = (d: Date | null) => d?.toISOString() ?? null;
const summary = (r: RetentionRunSummary & Record<string, unknown>) => ({
  ...r, requestedAt: new Date(r.requestedAt).toISOString(), startedAt: iso(r.startedAt as unknown as Date | null), finishedAt: iso(r.finishedAt as unknown as Date | null),
});

/** A run asked by the platform (a dry run, or a real one before the night's): queued, then run by the worker. */
export class RequestRetentionRunCommand extends Command<RetentionRunSummary> {
  constructor(
    readonly actor: Actor,
    readonly dryRun: boolean,
  ) {
    super();
  }
}

@CommandHandler(RequestRetentionRunCommand)
export class RequestRetentionRunHandler implements ICommandHandler<RequestRetentionRunCommand> {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditJournal,
    @InjectQueue(RETENTION_QUEUE) private readonly queue: Queue<RetentionJobData>,
  ) {}

  async execute({ actor, dryRun }: RequestRetentionRunCommand): Promise<RetentionRunSummary> {
    const run = await this.db.withTransaction(async () => {
      const [row] = await rowsOf<RetentionRunSummary & Record<string, unknown>>(
        this.db.em,
        `INSERT INTO retention_runs (dry_run, trigger, requested_by) VALUES ($1, 'manual', $2) RETURNING ${SUMMARY}`,
        [dryRun, actor.userId],
      );
      await this.audit.record({ action: 'retention.run_requested', subjectType: 'retention_run', subjectId: row.id, details: { dryRun } });
      return summary(row);
    });
    // After the commit: the job names the run; a lost enqueue leaves the run queued, and the night's job runs it.
    await this.queue.add(RETENTION_RUN_JOB, { runId: run.id }, { jobId: `retention-${run.id}`, attempts: 1 });
    return run;
  }
}

export class ListRetentionRunsQuery extends Query<RetentionRunSummary[]> {}

@QueryHandler(ListRetentionRunsQuery)
export class ListRetentionRunsHandler implements IQueryHandler<ListRetentionRunsQuery> {
  constructor(private readonly db: Db) {}

  async execute(): Promise<RetentionRunSummary[]> {
    const rows: (RetentionRunSummary & Record<string, unknown>)[] = await this.db.em.query(`SELECT ${SUMMARY} FROM retention_runs ORDER BY requested_at DESC, id LIMIT 100`);
    return rows.map(summary);
  }
}

export class GetRetentionReportQuery extends Query<RetentionReport> {
  constructor(readonly runId: string) {
    super();
  }
}

@QueryHandler(GetRetentionReportQuery)
export class GetRetentionReportHandler implements IQueryHandler<GetRetentionReportQuery> {
  constructor(
    private readonly db: Db,
    private readonly queries: QueryBus,
  ) {}

  async execute({ runId }: GetRetentionReportQuery): Promise<RetentionReport> {
    const [row]: (RetentionReport & Record<string, unknown>)[] = isUuid(runId)
      ? await this.db.em.query(`SELECT ${SUMMARY}, rules, progress, erased, held, purged FROM retention_runs WHERE id = $1`, [runId])
      : [];
    if (!row) throw new DomainError('RETENTION_RUN_NOT_FOUND', 'No such retention run');
    const ids = [...new Set([...row.erased, ...row.held].map((l) => l.organisationId))];
    const names = new Map((await this.queries.execute(new OrganisationsByIdQuery(ids))).map((o) => [o.id, o.name]));
    const named = <T extends { organisationId: string }>(l: T) => ({ ...l, organisationName: names.get(l.organisationId) ?? '' });
    return { ...summary(row), rules: row.rules, progress: row.progress, erased: row.erased.map(named), held: row.held.map(named), purged: row.purged };
  }
}
