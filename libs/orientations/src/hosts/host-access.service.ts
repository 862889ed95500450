import { Injectable } from '@nestjs/common';
import { AbilityFactory, actingOrganisationId, Actor, asSubject, ForbiddenError, NotFoundError } from '@mnio/platform';
import { HOST_KINDS, TargetOrganisation } from '../domain/targets';
import { OrganisationsReader } from './organisations.reader';

const hostSubject = (host: TargetOrganisation) =>
  asSubject('Host', { id: host.id, acseNetwork: host.attributes.acseNetwork === true, minorsNetwork: host.attributes.minorsNetwork === true });

/**
 * Instance checks on a host (`:id` is its organisation id). Who may not see its places answers 404, as for
 * an organisation that is not a host; who sees them but may not change them answers 403.
 */
@Injectable()
export class HostAccess {
  constructor(
    private readonly abilities: AbilityFactory,
    private readonly orgs: OrganisationsReader,
  ) {}

  async authorize(actor: Actor, hostId: string, action: string): Promise<TargetOrganisation> {
    const host = await this.orgs.find(hostId);
    if (!host || !(HOST_KINDS as readonly string[]).includes(host.kind)) throw new NotFoundError('Host');
    const ability = this.abilities.forActor(actor);
    const subject = hostSubject(host);
    if (!ability.can('read_capacity', subject)) throw new NotFoundError('Host');
    if (!ability.can(action, subject)) throw new ForbiddenError();
    return host;
  }

  /** The organisation the actor acts for on this host (`actingOrganisationId`): the host itself preferred, else the one whose rules allowed `action`. */
  actingOrganisation(actor: Actor, host: TargetOrganisation, action: string): string {
    return actingOrganisationId(this.abilities, actor, action, hostSubject(host), { prefer: host.id });
  }
}
