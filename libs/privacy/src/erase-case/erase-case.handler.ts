import { CommandBus, CommandHandler, ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { AnonymiseCaseCommand, CaseAnonymised, CaseRetentionFactsQuery } from '@mnio/cases';
import { AbilityFactory, actingOrganisationId, asSubject, DomainError, NotFoundError } from '@mnio/platform';
import { ERASURE_REASONS, EraseCaseCommand } from './erase-case.command';

/**
 * The owner organisation's coordinator or DPO erases one case now (the person asked). A case of another
 * organisation answers like a missing one. The anonymisation itself is the cases context's (one transaction:
 * columns emptied, journal entry with the reason, the other organisations told through the outbox).
 */
@CommandHandler(EraseCaseCommand)
export class EraseCaseHandler implements ICommandHandler<EraseCaseCommand> {
  constructor(
    private readonly abilities: AbilityFactory,
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
  ) {}

  async execute({ actor, reference, reason, expectedVersion }: EraseCaseCommand): Promise<CaseAnonymised> {
    if (!(ERASURE_REASONS as readonly string[]).includes(reason)) throw new DomainError('ERASURE_REASON_INVALID', 'The reason comes from the closed list', { field: 'reason' });
    const facts = await this.queries.execute(new CaseRetentionFactsQuery({ reference }));
    const subject = facts && asSubject('CaseErasure', { ownerOrganisationId: facts.ownerOrganisationId });
    if (!facts || !subject || !this.abilities.forActor(actor).can('erase', subject)) throw new NotFoundError('Case');
    const organisationId = actingOrganisationId(this.abilities, actor, 'erase', subject);
    return this.commands.execute(new AnonymiseCaseCommand(facts.caseId, { kind: 'request', actor, organisationId, reason }, expectedVersion));
  }
}
