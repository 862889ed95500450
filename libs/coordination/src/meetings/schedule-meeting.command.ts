import { Command } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';

/** Schedules a cell meeting on a day; attendees and agenda come afterwards. */
export class ScheduleMeetingCommand extends Command<{ id: string; cellId: string; date: string }> {
  constructor(
    readonly actor: Actor,
    readonly cellId: string,
    readonly date: string,
    readonly attendeeOrganisationIds: string[] = [],
  ) {
    super();
  }
}

/** Adds an organisation (the cell itself or one of its member organisations) to a meeting's attendees. */
export class AddAttendeeCommand extends Command<{ meetingId: string; organisationId: string; added: boolean }> {
  constructor(
    readonly actor: Actor,
    readonly meetingId: string,
    readonly organisationId: string,
  ) {
    super();
  }
}

/** Takes an organisation off a meeting's attendees. */
export class RemoveAttendeeCommand extends Command<{ meetingId: string; organisationId: string; removed: boolean }> {
  constructor(
    readonly actor: Actor,
    readonly meetingId: string,
    readonly organisationId: string,
  ) {
    super();
  }
}

/**
 * Puts a case on a meeting's agenda, named by its id or by its reference: only a case shared with the cell.
 * The cell's coordinators and members (a member proposes a case it wants discussed).
 */
export class AddAgendaItemCommand extends Command<{ meetingId: string; caseId: string; reference: string }> {
  constructor(
    readonly actor: Actor,
    readonly meetingId: string,
    readonly item: { caseId: string } | { reference: string },
  ) {
    super();
  }
}
