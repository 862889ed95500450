import { CommandHandler, ICommandHandler, IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { ListTerritoriesQuery } from '@mnio/directory';
import { AbilityFactory, actingOrganisationId, Db, DomainError, Transactional } from '@mnio/platform';
import { DistancingRuleView, ListDistancingRulesQuery, SetDistancingRuleCommand } from './distancing-rules.command';

/** The table keeps the national rule under `*`. */
const NATIONAL = 'national';
const key = (territory: string) => (territory === NATIONAL ? '*' : territory);
const name = (key: string) => (key === '*' ? NATIONAL : key);

@QueryHandler(ListDistancingRulesQuery)
export class ListDistancingRulesHandler implements IQueryHandler<ListDistancingRulesQuery> {
  constructor(private readonly db: Db) {}

  async execute(): Promise<DistancingRuleView[]> {
    const rows: { territory: string; regions: boolean }[] = await this.db.em.query(
      `SELECT territory, acse_distance_regions AS regions FROM orientation_rules ORDER BY territory <> '*', territory`,
    );
    return rows.map((r) => ({ territory: name(r.territory), regions: r.regions }));
  }
}

/** The platform sets the Ac.Sé distancing rule, nationally or for one territory; state and audit commit together. */
@CommandHandler(SetDistancingRuleCommand)
export class SetDistancingRuleHandler implements ICommandHandler<SetDistancingRuleCommand> {
  constructor(
    private readonly db: Db,
    private readonly abilities: AbilityFactory,
    private readonly audit: AuditJournal,
    private readonly queries: QueryBus,
  ) {}

  @Transactional()
  async execute({ actor, territory, rule }: SetDistancingRuleCommand): Promise<DistancingRuleView & { overridden: boolean }> {
    const actorOrganisationId = actingOrganisationId(this.abilities, actor, 'configure', 'DistancingRule');
    if (territory !== NATIONAL) {
      const known = await this.queries.execute(new ListTerritoriesQuery());
      if (!known.some((t) => t.code === territory)) throw new DomainError('UNKNOWN_TERRITORY', 'Unknown territory code');
    } else if (rule === 'reset') throw new DomainError('UNPROCESSABLE', 'The national rule has no default to go back to');
    const em = this.db.em;
    if (rule === 'reset') await em.query(`DELETE FROM orientation_rules WHERE territory = $1`, [territory]);
    else {
      await em.query(
        `INSERT INTO orientation_rules (territory, acse_distance_regions) VALUES ($1, $2)
         ON CONFLICT (territory) DO UPDATE SET acse_distance_regions = EXCLUDED.acse_distance_regions`,
        [key(territory), rule.regions],
      );
    }
    await this.audit.record({ action: 'distancing_rule.changed', subjectType: 'territory', subjectId: territory, actorOrganisationId, details: { rule } });
    const [row]: { territory: string; regions: boolean }[] = await em.query(
      `SELECT territory, acse_distance_regions AS regions FROM orientation_rules WHERE territory IN ($1, '*') ORDER BY territory = '*' LIMIT 1`,
      [key(territory)],
    );
    return { territory, regions: row?.regions ?? true, overridden: territory !== NATIONAL && row?.territory === territory };
  }
}
