import { Command, CommandHandler, ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { AbilityFactory, actingOrganisationId, Actor, assertVersion, bumpVersion, ForbiddenError, NotFoundError, takeMove, Transactional, Db } from '@mnio/platform';
import { CAMPAIGN_MOVES } from '../domain/campaign';
import { SurveyStore } from '../survey-store';
import { campaignView, CampaignView } from '../views';

/** The analyst closes the year's campaign: questionnaires still drafts can no longer be signed. Versioned, audited. */
export class CloseSurveyCampaignCommand extends Command<CampaignView> {
  constructor(
    readonly actor: Actor,
    readonly year: number,
    readonly version: number | undefined,
  ) {
    super();
  }
}

@CommandHandler(CloseSurveyCampaignCommand)
export class CloseSurveyCampaignHandler implements ICommandHandler<CloseSurveyCampaignCommand> {
  constructor(
    private readonly store: SurveyStore,
    private readonly abilities: AbilityFactory,
    private readonly audit: AuditJournal,
    private readonly queries: QueryBus,
    private readonly db: Db,
  ) {}

  @Transactional()
  async execute({ actor, year, version }: CloseSurveyCampaignCommand): Promise<CampaignView> {
    if (!this.abilities.forActor(actor).can('close', 'SurveyCampaign')) throw new ForbiddenError();
    const campaign = await this.store.campaign(year, true);
    if (!campaign) throw new NotFoundError('Survey campaign');
    assertVersion('survey campaign', version, campaign.version);
    const { to } = takeMove(CAMPAIGN_MOVES, campaign.status, 'close');
    await bumpVersion(this.db.em, {
      table: 'reporting_survey_campaigns', id: campaign.id, expected: campaign.version, subject: 'survey campaign',
      set: `status = $3, closed_by = $4, closed_at = now()`, params: [to, actor.userId],
    });
    const qs = await this.store.questionnairesOf(campaign.id);
    await this.audit.record({
      action: 'survey.campaign_closed', subjectType: 'survey_campaign', subjectId: campaign.id,
      actorOrganisationId: actingOrganisationId(this.abilities, actor, 'close', 'SurveyCampaign'),
      details: { year, answered: qs.filter((q) => q.status === 'submitted').length, questionnaires: qs.length },
    });
    return campaignView(this.queries, (await this.store.campaign(year))!, qs);
  }
}
