import { Inject, Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { OrganisationMember, OrganisationMembersQuery, OrganisationsByIdQuery, TerritoryOrganisationsQuery } from '@mnio/directory';
import type { NotificationEventType } from '../domain/event-types';
import type { NotificationEvent } from '../domain/notification-event';
import { audiencesOf, entitlementsOf } from '../domain/recipient-rules';
import { CASE_ACCESS_CHECK, CaseAccessCheck } from '../ports/case-access-check';
import { Memo, remember } from './memo';

export interface Recipients {
  /** Organisations told (their webhooks fire), after the case-access check. */
  organisationIds: string[];
  /** Users told, one entry per user (the first organisation that names them). */
  users: OrganisationMember[];
}

/**
 * Computes recipients from live directory state and case visibility, at delivery time: a user disabled,
 * a membership ended or an organisation that lost access to the case is not told.
 */
@Injectable()
export class RecipientResolver {
  constructor(
    private readonly queries: QueryBus,
    @Inject(CASE_ACCESS_CHECK) private readonly caseAccess: CaseAccessCheck,
  ) {}

  async resolve(event: NotificationEvent, memo?: Memo): Promise<Recipients | null> {
    const audiences = audiencesOf(event);
    if (!audiences.length) return null;
    const organisationIds: string[] = [];
    const users = new Map<string, OrganisationMember>();
    for (const audience of audiences) {
      const candidates =
        audience.kind === 'organisation'
          ? [audience.organisationId]
          : (
              await remember(memo, `territory:${audience.territory}:${audience.organisationKinds.join()}`, () =>
                this.queries.execute(new TerritoryOrganisationsQuery(audience.territory, audience.organisationKinds)),
              )
            ).map((o) => o.id);
      for (const organisationId of candidates) {
        const formerSourceId = audience.kind === 'organisation' ? audience.formerSourceId : undefined;
        if (!(await this.organisationMaySee(event.fields.caseId, organisationId, formerSourceId))) continue;
        if (!organisationIds.includes(organisationId)) organisationIds.push(organisationId);
        const territory = audience.kind === 'territory' ? audience.territory : undefined;
        const members = await remember(memo, `members:${organisationId}:${audience.roles.join()}:${territory ?? ''}`, () =>
          this.queries.execute(new OrganisationMembersQuery(organisationId, audience.roles, { territory })),
        );
        for (const m of members) if (!users.has(m.userId)) users.set(m.userId, m);
      }
    }
    return { organisationIds, users: [...users.values()] };
  }

  /** The recheck before an email leaves: is this user still entitled, through this organisation? Returns the current address. */
  async entitledMember(type: NotificationEventType, content: { caseId?: string; territory?: string; transferId?: string }, organisationId: string, userId: string): Promise<OrganisationMember | null> {
    for (const { roles, territorial, formerAccessField } of entitlementsOf(type)) {
      const former = formerAccessField ? (content as Record<string, unknown>)[formerAccessField] : undefined;
      if (!(await this.organisationMaySee(content.caseId, organisationId, typeof former === 'string' ? former : undefined))) continue;
      const members = await this.queries.execute(
        new OrganisationMembersQuery(organisationId, roles, { userIds: [userId], territory: territorial ? content.territory : undefined }),
      );
      if (members[0]) return members[0];
    }
    return null;
  }

  /** Which of these organisations are active in the directory (a deactivated one's webhooks stay silent). */
  async activeOrganisations(ids: readonly string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    return new Set((await this.queries.execute(new OrganisationsByIdQuery(ids, { activeOnly: true }))).map((o) => o.id));
  }

  organisationMaySee(caseId: string | undefined, organisationId: string, formerSourceId?: string): Promise<boolean> {
    return caseId ? this.caseAccess.canOrganisationSeeCase(caseId, organisationId, formerSourceId) : Promise.resolve(true);
  }
}
