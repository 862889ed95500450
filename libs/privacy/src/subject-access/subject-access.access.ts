import { Injectable } from '@nestjs/common';
import { AbilityFactory, actingOrganisationId, Actor, asSubject, ForbiddenError, NotFoundError } from '@mnio/platform';

/**
 * Who may ask for and follow a person's export: the DPO and the coordinators of the organisation that owns the case
 * (`SubjectAccess` {ownerOrganisationId}). Anyone else: 403 when one of their organisations sees the case, else the
 * same 404 as a missing case, so that the route tells nothing of a case one cannot see.
 */
@Injectable()
export class SubjectAccessPolicy {
  constructor(private readonly abilities: AbilityFactory) {}

  can(actor: Actor, ownerOrganisationId: string): boolean {
    return this.abilities.forActor(actor).can('request', asSubject('SubjectAccess', { ownerOrganisationId }));
  }

  /** The organisation the actor acts for (the owner); throws 403 or 404 as above. */
  check(actor: Actor, owner: { ownerOrganisationId: string; viewers: string[] }): string {
    if (!this.can(actor, owner.ownerOrganisationId)) {
      if (actor.memberships.some((m) => owner.viewers.includes(m.organisationId))) {
        throw new ForbiddenError('FORBIDDEN', 'Only the data-protection officer and the coordinators of the organisation that follows the case ask for the person’s data');
      }
      throw new NotFoundError('Case');
    }
    return actingOrganisationId(this.abilities, actor, 'request', asSubject('SubjectAccess', { ownerOrganisationId: owner.ownerOrganisationId }));
  }
}
