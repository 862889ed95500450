import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { AuthorizeCaseQuery, CaseFacts, CaseFactsQuery } from '@mnio/cases';
import { CellComposition, CellMembersQuery } from '@mnio/directory';
import { AbilityFactory, Actor, AppAbility, asSubject, DomainError, ForbiddenError, NotFoundError, Db, prepared } from '@mnio/platform';

export interface MeetingRow {
  id: string;
  cellId: string;
  territory: string;
  date: string;
  createdAt: Date;
}

/**
 * Instance checks shared by the coordination use cases. What the actor may not see answers 404 with
 * the same body as what does not exist; what they see but may not do answers 403.
 */
@Injectable()
export class CellAccess {
  constructor(
    private readonly db: Db,
    private readonly abilities: AbilityFactory,
    private readonly queries: QueryBus,
  ) {}

  ability(actor: Actor): AppAbility {
    return this.abilities.forActor(actor);
  }

  /** The cell and its composition, when the actor may `read` it and then do `action` on its meetings. */
  async cell(actor: Actor, cellId: string, meetingAction?: 'create' | 'update' | 'decide'): Promise<CellComposition> {
    const ability = this.ability(actor);
    if (!ability.can('read', asSubject('ClavCell', { id: cellId }))) throw new NotFoundError('Cell');
    const cell = await this.queries.execute(new CellMembersQuery(cellId));
    if (!cell) throw new NotFoundError('Cell');
    if (meetingAction && !ability.can(meetingAction, asSubject('CellMeeting', { cellId }))) throw new ForbiddenError();
    return cell;
  }

  async meeting(actor: Actor, meetingId: string, action: 'read' | 'propose' | 'update' | 'decide' = 'read'): Promise<MeetingRow> {
    const [row]: MeetingRow[] = await this.db.em.query(
      prepared(`SELECT id, cell_id AS "cellId", territory, to_char(meeting_date, 'YYYY-MM-DD') AS date, created_at AS "createdAt" FROM cell_meetings WHERE id = $1`),
      [meetingId],
    );
    const ability = this.ability(actor);
    if (!row || !ability.can('read', asSubject('CellMeeting', { cellId: row.cellId }))) throw new NotFoundError('Meeting');
    if (action !== 'read' && !ability.can(action, asSubject('CellMeeting', { cellId: row.cellId }))) throw new ForbiddenError();
    return row;
  }

  /**
   * A case the cell may work on: the actor sees it (else 404), and the cell holds a lasting grant on it
   * (consent to share, or a minor). A break-the-glass grant never puts a case in the cell's scope.
   */
  async caseForCell(actor: Actor, cellId: string, caseId: string): Promise<CaseFacts> {
    await this.queries.execute(new AuthorizeCaseQuery(actor, caseId, 'read'));
    const facts = await this.queries.execute(new CaseFactsQuery(caseId));
    if (!facts) throw new NotFoundError('Case');
    if (!facts.viewers.includes(cellId)) throw new DomainError('CASE_NOT_VISIBLE_TO_CELL', 'This case is not shared with the cell');
    return facts;
  }
}
