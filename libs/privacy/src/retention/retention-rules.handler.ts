import { Command, CommandHandler, ICommandHandler, IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { Actor, Db, rowsOf, Transactional } from '@mnio/platform';
import { RETENTION_RULE_KINDS, RetentionPeriod, RetentionRule, RetentionRuleKind, validateRetentionPeriod } from './retention-rules';

export class ListRetentionRulesQuery extends Query<RetentionRule[]> {}

export class UpdateRetentionRuleCommand extends Command<RetentionRule> {
  constructor(
    readonly actor: Actor,
    readonly kind: string,
    readonly period: RetentionPeriod,
  ) {
    super();
  }
}

const SELECT = `SELECT kind, amount, unit, updated_at AS "updatedAt" FROM retention_rules`;
const view = (r: RetentionRule & { updatedAt: Date | string }): RetentionRule => ({ ...r, updatedAt: new Date(r.updatedAt).toISOString() });
const order = (a: RetentionRule, b: RetentionRule) => RETENTION_RULE_KINDS.indexOf(a.kind) - RETENTION_RULE_KINDS.indexOf(b.kind);

@QueryHandler(ListRetentionRulesQuery)
export class ListRetentionRulesHandler implements IQueryHandler<ListRetentionRulesQuery> {
  constructor(private readonly db: Db) {}

  async execute(): Promise<RetentionRule[]> {
    const rows: RetentionRule[] = await this.db.em.query(SELECT);
    return rows.filter((r) => RETENTION_RULE_KINDS.includes(r.kind as RetentionRuleKind)).map(view).sort(order);
  }
}

/** The platform changes one rule; the journal keeps the previous period. */
@CommandHandler(UpdateRetentionRuleCommand)
export class UpdateRetentionRuleHandler implements ICommandHandler<UpdateRetentionRuleCommand> {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ actor, kind, period }: UpdateRetentionRuleCommand): Promise<RetentionRule> {
    validateRetentionPeriod(kind, period);
    const em = this.db.em;
    const [before]: RetentionRule[] = await em.query(`${SELECT} WHERE kind = $1 FOR UPDATE`, [kind]);
    const [row] = await rowsOf<RetentionRule>(
      em,
      `INSERT INTO retention_rules (kind, amount, unit, updated_by, updated_at) VALUES ($1, $2, $3, $4, now())
       ON CONFLICT (kind) DO UPDATE SET amount = EXCLUDED.amount, unit = EXCLUDED.unit, updated_by = EXCLUDED.updated_by, updated_at = now()
       RETURNING kind, amount, unit, updated_at AS "updatedAt"`,
      [kind, period.amount, period.unit, actor.userId],
    );
    await this.audit.record({
      action: 'retention.rule_updated', subjectType: 'retention_rule', subjectId: null, stream: 'retention_rules',
      details: { kind, from: before ? { amount: before.amount, unit: before.unit } : null, to: period },
    });
    return view(row);
  }
}
