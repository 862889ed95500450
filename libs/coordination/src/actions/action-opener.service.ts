import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { OpenDeadlineCommand } from '@mnio/cases';
import type { CellComposition } from '@mnio/directory';
import { DomainError, FieldCipher, OutboxService, parisToday, Db } from '@mnio/platform';
import { actionTitleContext } from '../decisions/decision-view';
import { COORDINATION_EVENTS } from '../events';

export interface NewAction {
  ownerOrganisationId: string;
  title: string;
  dueOn: string;
}

export interface OpenedAction {
  id: string;
  ownerOrganisationId: string;
  dueOn: string;
  deadlineId: string | null;
}

interface ActionCase {
  id: string;
  reference: string;
  territory: string;
  ownerOrganisationId: string;
}

/**
 * Opens follow-up actions of a decision: each belongs to the cell, one of its member organisations or the
 * case's owner, is due today or later, opens an `action_due` deadline for its owner and publishes
 * `CellActionAssigned`. Runs in the caller's transaction (a decision, or an action added to one).
 */
@Injectable()
export class ActionOpener {
  constructor(
    private readonly db: Db,
    private readonly commands: CommandBus,
    private readonly cipher: FieldCipher,
    private readonly outbox: OutboxService,
  ) {}

  /** Refuses the whole list before anything is written. */
  check(cell: CellComposition, facts: ActionCase, actions: NewAction[]): void {
    const today = parisToday();
    const owners = new Set([cell.id, facts.ownerOrganisationId, ...cell.memberOrganisations.map((o) => o.id)]);
    for (const a of actions) {
      if (!owners.has(a.ownerOrganisationId)) throw new DomainError('ACTION_OWNER_NOT_ALLOWED', 'An action belongs to the cell, one of its member organisations or the case’s owner');
      if (a.dueOn < today) throw new DomainError('DUE_DATE_IN_PAST', 'An action is due today or later');
    }
  }

  async open(decisionId: string, cellId: string, facts: ActionCase, actions: NewAction[]): Promise<OpenedAction[]> {
    const em = this.db.em;
    const today = parisToday();
    const opened: OpenedAction[] = [];
    for (const a of actions) {
      const actionId = randomUUID();
      const deadline = await this.commands.execute(new OpenDeadlineCommand(facts.id, 'action_due', today, a.ownerOrganisationId, actionId, a.dueOn));
      await em.query(
        `INSERT INTO cell_actions (id, decision_id, cell_id, case_id, reference, territory, owner_organisation_id, title_enc, due_on, deadline_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [actionId, decisionId, cellId, facts.id, facts.reference, facts.territory, a.ownerOrganisationId, this.cipher.encrypt(a.title, actionTitleContext(actionId)),
          a.dueOn, deadline?.id ?? null],
      );
      await this.outbox.publish(COORDINATION_EVENTS.CellActionAssigned, {
        actionId, caseId: facts.id, reference: facts.reference, territory: facts.territory, ownerOrganisationId: a.ownerOrganisationId, dueOn: a.dueOn,
      }, facts.id);
      opened.push({ id: actionId, ownerOrganisationId: a.ownerOrganisationId, dueOn: a.dueOn, deadlineId: deadline?.id ?? null });
    }
    return opened;
  }
}
