import { CommandHandler, ICommandHandler, IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { AbilityFactory, actingOrganisationId, asSubject, DomainError, Transactional, Db } from '@mnio/platform';
import { DEADLINE_KINDS, DeadlineRule } from './deadline-rules';
import { ListDeadlineRulesQuery, SetDeadlineRuleCommand, TerritoryRule } from './deadline-rules.command';

@QueryHandler(ListDeadlineRulesQuery)
export class ListDeadlineRulesHandler implements IQueryHandler<ListDeadlineRulesQuery> {
  constructor(private readonly db: Db) {}

  async execute({ territory }: ListDeadlineRulesQuery): Promise<TerritoryRule[]> {
    const rows: { territory: string; kind: DeadlineRule['kind']; amount: number; unit: DeadlineRule['unit']; alert_before_days: number }[] = await this.db.em.query(
      `SELECT DISTINCT ON (kind) territory, kind, amount, unit, alert_before_days FROM deadline_rules
       WHERE territory IN ($1, '*') ORDER BY kind, territory = '*'`,
      [territory],
    );
    return rows.map((r) => ({ territory, kind: r.kind, amount: r.amount, unit: r.unit, alertBeforeDays: r.alert_before_days, overridden: r.territory !== '*' }));
  }
}

/** Cell coordinators tune their territory's deadlines; platform admins any territory's. Audited. */
@CommandHandler(SetDeadlineRuleCommand)
export class SetDeadlineRuleHandler implements ICommandHandler<SetDeadlineRuleCommand> {
  constructor(
    private readonly db: Db,
    private readonly abilities: AbilityFactory,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ actor, territory, kind, rule }: SetDeadlineRuleCommand): Promise<TerritoryRule> {
    const actorOrganisationId = actingOrganisationId(this.abilities, actor, 'configure', asSubject('DeadlineRule', { territory }), {
      denied: () => new DomainError('FORBIDDEN', 'You may not configure deadlines in this territory'),
    });
    if (!(DEADLINE_KINDS as readonly string[]).includes(kind)) throw new DomainError('UNPROCESSABLE', 'Unknown deadline kind');
    const em = this.db.em;
    if (rule === 'reset') await em.query(`DELETE FROM deadline_rules WHERE territory = $1 AND kind = $2`, [territory, kind]);
    else {
      await em.query(
        `INSERT INTO deadline_rules (territory, kind, amount, unit, alert_before_days) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (territory, kind) DO UPDATE SET amount = EXCLUDED.amount, unit = EXCLUDED.unit, alert_before_days = EXCLUDED.alert_before_days`,
        [territory, kind, rule.amount, rule.unit, rule.alertBeforeDays],
      );
    }
    await this.audit.record({ action: 'deadline_rule.changed', subjectType: 'territory', subjectId: territory, actorOrganisationId, details: { kind, rule } });
    const [row]: { territory: string; amount: number; unit: DeadlineRule['unit']; alert_before_days: number }[] = await em.query(
      `SELECT territory, amount, unit, alert_before_days FROM deadline_rules WHERE territory IN ($1, '*') AND kind = $2 ORDER BY territory = '*' LIMIT 1`,
      [territory, kind],
    );
    return { territory, kind, amount: row.amount, unit: row.unit, alertBeforeDays: row.alert_before_days, overridden: row.territory !== '*' };
  }
}
