import { Injectable, OnModuleInit } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CASES_EVENTS } from '@mnio/cases';
import { ForgetCaseCoordinationTextsCommand } from '@mnio/coordination';
import { ForgetCaseOrientationNotesCommand } from '@mnio/orientations';
import { OutboxSubscribers } from '@mnio/platform';

/**
 * A case anonymised (`CaseAnonymised`, retention or request): each context that keeps free texts about it empties
 * its own, through its command (idempotent: a message delivered again changes nothing more).
 */
@Injectable()
export class ErasureSubscriptions implements OnModuleInit {
  constructor(
    private readonly subscribers: OutboxSubscribers,
    private readonly commands: CommandBus,
  ) {}

  onModuleInit(): void {
    this.subscribers.on(CASES_EVENTS.CaseAnonymised.type, async (m) => {
      const caseId = String(m.payload.caseId);
      await this.commands.execute(new ForgetCaseOrientationNotesCommand(caseId));
      await this.commands.execute(new ForgetCaseCoordinationTextsCommand(caseId));
    });
  }
}
