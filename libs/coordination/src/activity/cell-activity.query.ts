import { IQueryHandler, Query, QueryBus, QueryHandler, QueryHandlerNotFoundException } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { CellCaseActivityQuery } from '@mnio/cases';
import { OrientationActivityQuery } from '@mnio/orientations';
import { Actor, parisToday, Transactional, Db } from '@mnio/platform';
import { CellAccess } from '../access/cell-access.service';
import { ActivityWeek, activityWeeks } from './weeks';

/** The month's activity of a cell, week by week: counts only, never a case id. */
export interface CellActivity {
  month: string;
  asOf: string;
  weeks: ActivityWeek[];
}

/** This month's situations received by the cell, its decisions and its territory's orientation requests, per week. */
export class CellActivityQuery extends Query<CellActivity> {
  constructor(
    readonly actor: Actor,
    readonly cellId: string,
  ) {
    super();
  }
}

@QueryHandler(CellActivityQuery)
export class CellActivityHandler implements IQueryHandler<CellActivityQuery> {
  constructor(
    private readonly db: Db,
    private readonly access: CellAccess,
    private readonly queries: QueryBus,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ actor, cellId }: CellActivityQuery): Promise<CellActivity> {
    const cell = await this.access.cell(actor, cellId);
    const today = parisToday();
    const month = today.slice(0, 7);
    const [from, to] = [`${month}-01`, today];
    const received = await this.queries.execute(new CellCaseActivityQuery(cell.id, from, to));
    const decisions: { day: string; n: number }[] = await this.db.em.query(
      `SELECT to_char((decided_at AT TIME ZONE 'Europe/Paris')::date, 'YYYY-MM-DD') AS day, count(*)::int AS n FROM cell_decisions
       WHERE cell_id = $1 AND decided_at >= ($2::date::timestamp AT TIME ZONE 'Europe/Paris') AND decided_at < (($3::date + 1)::timestamp AT TIME ZONE 'Europe/Paris')
       GROUP BY 1`,
      [cell.id, from, to],
    );
    const orientations = await this.orientations(cell.territory, from, to);
    await this.audit.record({
      action: 'cell.activity_read', subjectType: 'organisation', subjectId: cell.id, stream: `list:${actor.userId}`, actorOrganisationId: cell.id, details: { month },
    });
    // Weeks still to come are left out: a zero there would read as a quiet week.
    return { month, asOf: today, weeks: activityWeeks(month, received, decisions, orientations).filter((w) => w.from <= today) };
  }

  /** A process without the orientations context answers null: unknown, not zero. */
  private async orientations(territory: string, from: string, to: string): Promise<{ day: string; n: number }[] | null> {
    try {
      return await this.queries.execute(new OrientationActivityQuery(territory, from, to));
    } catch (e) {
      if (e instanceof QueryHandlerNotFoundException) return null;
      throw e;
    }
  }
}
