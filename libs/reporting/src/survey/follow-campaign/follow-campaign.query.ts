import { IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { AbilityFactory, actingOrganisationId, Actor, ForbiddenError, NotFoundError, Transactional } from '@mnio/platform';
import type { CampaignStatus } from '../domain/campaign';
import { SurveyStore } from '../survey-store';
import { campaignView, CampaignView } from '../views';

export interface CampaignSummary {
  id: string;
  year: number;
  status: CampaignStatus;
  openedAt: string;
  closedAt: string | null;
  answered: number;
  total: number;
}

/** The campaigns, newest year first, with how many organisations answered: the analyst's list. */
export class ListSurveyCampaignsQuery extends Query<CampaignSummary[]> {
  constructor(readonly actor: Actor) {
    super();
  }
}

/** One campaign followed: every organisation asked, whether it answered, when and signed by whom. Audited. */
export class FollowSurveyCampaignQuery extends Query<CampaignView> {
  constructor(
    readonly actor: Actor,
    readonly year: number,
  ) {
    super();
  }
}

@QueryHandler(ListSurveyCampaignsQuery)
export class ListSurveyCampaignsHandler implements IQueryHandler<ListSurveyCampaignsQuery> {
  constructor(
    private readonly store: SurveyStore,
    private readonly abilities: AbilityFactory,
  ) {}

  async execute({ actor }: ListSurveyCampaignsQuery): Promise<CampaignSummary[]> {
    if (!this.abilities.forActor(actor).can('read', 'SurveyCampaign')) throw new ForbiddenError();
    return (await this.store.campaigns()).map((c) => ({
      id: c.id, year: c.year, status: c.status, openedAt: new Date(c.openedAt).toISOString(), closedAt: c.closedAt ? new Date(c.closedAt).toISOString() : null,
      answered: c.submitted, total: c.questionnaires,
    }));
  }
}

@QueryHandler(FollowSurveyCampaignQuery)
export class FollowSurveyCampaignHandler implements IQueryHandler<FollowSurveyCampaignQuery> {
  constructor(
    private readonly store: SurveyStore,
    private readonly abilities: AbilityFactory,
    private readonly audit: AuditJournal,
    private readonly queries: QueryBus,
  ) {}

  @Transactional()
  async execute({ actor, year }: FollowSurveyCampaignQuery): Promise<CampaignView> {
    if (!this.abilities.forActor(actor).can('read', 'SurveyCampaign')) throw new ForbiddenError();
    const campaign = await this.store.campaign(year);
    if (!campaign) throw new NotFoundError('Survey campaign');
    await this.audit.record({
      action: 'survey.campaign_read', subjectType: 'survey_campaign', subjectId: campaign.id,
      actorOrganisationId: actingOrganisationId(this.abilities, actor, 'read', 'SurveyCampaign'), details: { year },
    });
    return campaignView(this.queries, campaign, await this.store.questionnairesOf(campaign.id));
  }
}
