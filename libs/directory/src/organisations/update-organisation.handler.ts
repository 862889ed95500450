import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { AbilityFactory, actingOrganisationId, Db, DomainError, NotFoundError, rowsOf, Transactional } from '@mnio/platform';
import { UpdateOrganisationCommand } from './update-organisation.command';

interface Row {
  kind: string;
  national: boolean;
  territories: string[];
  attributes: Record<string, unknown>;
  active: boolean;
  version: number;
}

const UNIQUE_VIOLATION = '23505';

/**
 * Edits an organisation's name, territories and flags, or deactivates it. A deactivated organisation's
 * memberships stop counting at once (the actor resolver reads only active organisations), its members left
 * with no other active organisation lose their sessions, and neither a password nor ProConnect signs them in
 * again. Its cases, orientations and history stay as they are. State and audit commit together.
 */
@CommandHandler(UpdateOrganisationCommand)
export class UpdateOrganisationHandler implements ICommandHandler<UpdateOrganisationCommand> {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditJournal,
    private readonly abilities: AbilityFactory,
  ) {}

  @Transactional()
  async execute({ actor, organisationId, changes, version }: UpdateOrganisationCommand): Promise<{ id: string; version: number; active: boolean; revokedSessions: number }> {
    const em = this.db.em;
    const actorOrganisationId = actingOrganisationId(this.abilities, actor, 'update', 'Organisation');
    const [org]: Row[] = await em.query(`SELECT kind, national, territories, attributes, active, version FROM organisations WHERE id = $1 FOR UPDATE`, [organisationId]);
    if (!org) throw new NotFoundError('Organisation');
    if (version !== undefined && version !== org.version) throw new DomainError('VERSION_CONFLICT', 'The organisation changed since it was read');
    if (changes.active === false && actor.memberships.some((m) => m.organisationId === organisationId)) {
      throw new DomainError('ORGANISATION_SELF_DEACTIVATION', 'You may not deactivate an organisation you belong to');
    }
    const national = changes.national ?? org.national;
    const territories = national ? [] : [...new Set(changes.territories ?? org.territories)];
    if (changes.territories !== undefined || changes.national !== undefined) {
      if (!national && territories.length === 0) throw new DomainError('UNKNOWN_TERRITORY', 'A local organisation covers at least one territory');
      const known: { n: number }[] = await em.query(`SELECT count(*)::int AS n FROM territories WHERE code = ANY($1)`, [territories]);
      if (known[0].n !== territories.length) throw new DomainError('UNKNOWN_TERRITORY', 'Unknown territory code');
      if (org.kind === 'clav_cell' && (national || territories.length !== 1 || territories[0] !== org.territories[0])) {
        throw new DomainError('UNPROCESSABLE', 'A CLAV cell keeps its one département');
      }
    }
    const attributes = { ...org.attributes, ...(changes.attributes ?? {}) };
    const active = changes.active ?? org.active;
    let rows: { version: number }[];
    try {
      rows = await rowsOf<{ version: number }>(em,
        `UPDATE organisations SET name = coalesce($2, name), national = $3, territories = $4, attributes = $5, active = $6,
                version = version + 1, updated_at = now()
         WHERE id = $1 RETURNING version`,
        [organisationId, changes.name ?? null, national, territories, JSON.stringify(attributes), active],
      );
    } catch (e) {
      if ((e as { driverError?: { code?: string }; code?: string }).driverError?.code === UNIQUE_VIOLATION || (e as { code?: string }).code === UNIQUE_VIOLATION) {
        throw new DomainError('CELL_ALREADY_EXISTS', 'This département already has an active CLAV cell');
      }
      throw e;
    }
    const fields = (['name', 'national', 'territories', 'attributes'] as const).filter((f) => changes[f] !== undefined);
    if (fields.length) {
      await this.audit.record({
        action: 'organisation.updated', subjectType: 'organisation', subjectId: organisationId, actorOrganisationId,
        details: { fields, attributes: changes.attributes ?? null, territories: changes.territories !== undefined || changes.national !== undefined ? territories : null },
      });
    }
    let revokedSessions = 0;
    if (active !== org.active) {
      if (!active) {
        const revoked = await rowsOf(em,
          `UPDATE auth_sessions s SET revoked_at = now(), revoked_reason = 'organisation_deactivated'
           WHERE s.revoked_at IS NULL
             AND s.user_id IN (SELECT m.user_id FROM memberships m WHERE m.organisation_id = $1 AND m.active)
             AND NOT EXISTS (SELECT 1 FROM memberships m JOIN organisations o ON o.id = m.organisation_id
                             WHERE m.user_id = s.user_id AND m.active AND o.active)
           RETURNING s.id`,
          [organisationId],
        );
        revokedSessions = revoked.length;
      }
      await this.audit.record({
        action: active ? 'organisation.reactivated' : 'organisation.deactivated', subjectType: 'organisation', subjectId: organisationId, actorOrganisationId,
        details: { revokedSessions },
      });
    }
    return { id: organisationId, version: rows[0].version, active, revokedSessions };
  }
}
