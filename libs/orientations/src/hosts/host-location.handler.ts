import { CommandHandler, ICommandHandler, IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { FieldCipher, NotFoundError, Transactional, Db } from '@mnio/platform';
import { GetHostLocationQuery, HostLocation, SetHostLocationCommand } from './host-location.command';
import { HostAccess } from './host-access.service';

/** The ciphertext is bound to its host: copied onto another host's row it does not decrypt. */
const locationContext = (hostId: string) => `host:${hostId}/location`;

@CommandHandler(SetHostLocationCommand)
export class SetHostLocationHandler implements ICommandHandler<SetHostLocationCommand> {
  constructor(
    private readonly db: Db,
    private readonly access: HostAccess,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ actor, hostId, location }: SetHostLocationCommand) {
    const host = await this.access.authorize(actor, hostId, 'update_location');
    const [row]: { updated_at: Date }[] = await this.db.em.query(
      `INSERT INTO host_locations (host_id, location_enc, updated_by) VALUES ($1, $2, $3)
       ON CONFLICT (host_id) DO UPDATE SET location_enc = $2, updated_by = $3, updated_at = now() RETURNING updated_at`,
      [host.id, this.cipher.encryptJson(location, locationContext(host.id)), actor.userId],
    );
    await this.audit.record({ action: 'host.location_set', subjectType: 'host', subjectId: host.id, actorOrganisationId: this.access.actingOrganisation(actor, host, 'update_location') });
    return { hostId: host.id, updatedAt: row.updated_at.toISOString() };
  }
}

/** Every read of a location is audited: who, when, for which organisation. */
@QueryHandler(GetHostLocationQuery)
export class GetHostLocationHandler implements IQueryHandler<GetHostLocationQuery> {
  constructor(
    private readonly db: Db,
    private readonly access: HostAccess,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ actor, hostId }: GetHostLocationQuery) {
    const host = await this.access.authorize(actor, hostId, 'read_location');
    const [row]: { location_enc: string; updated_at: Date }[] = await this.db.em.query(
      `SELECT location_enc, updated_at FROM host_locations WHERE host_id = $1`,
      [host.id],
    );
    if (!row) throw new NotFoundError('Host location');
    await this.audit.record({ action: 'host.location_read', subjectType: 'host', subjectId: host.id, actorOrganisationId: this.access.actingOrganisation(actor, host, 'read_location') });
    return { hostId: host.id, location: this.cipher.decryptJson<HostLocation>(row.location_enc, locationContext(host.id)), updatedAt: row.updated_at.toISOString() };
  }
}
