import { Command, CommandHandler, ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { OrganisationsOfKindsQuery } from '@mnio/directory';
import { AbilityFactory, actingOrganisationId, Actor, DomainError, ForbiddenError, OutboxService, Transactional } from '@mnio/platform';
import { REPORTING_EVENTS } from '../../events';
import { SURVEY_ORGANISATION_KINDS } from '../domain/campaign';
import { SurveyStore } from '../survey-store';
import { campaignView, CampaignView } from '../views';

/** At most this many organisations answer one campaign (every association, host and the minors' centre of the directory). */
const MAX_ORGANISATIONS = 10_000;

/**
 * The national analyst opens the year's survey campaign (one per calendar year): one questionnaire per active
 * organisation that follows victims, each told to its signers (`SurveyQuestionnaireOpened`, ids only). Audited.
 */
export class OpenSurveyCampaignCommand extends Command<CampaignView> {
  constructor(
    readonly actor: Actor,
    readonly year: number,
  ) {
    super();
  }
}

@CommandHandler(OpenSurveyCampaignCommand)
export class OpenSurveyCampaignHandler implements ICommandHandler<OpenSurveyCampaignCommand> {
  constructor(
    private readonly store: SurveyStore,
    private readonly abilities: AbilityFactory,
    private readonly audit: AuditJournal,
    private readonly outbox: OutboxService,
    private readonly queries: QueryBus,
  ) {}

  @Transactional()
  async execute({ actor, year }: OpenSurveyCampaignCommand): Promise<CampaignView> {
    if (!this.abilities.forActor(actor).can('open', 'SurveyCampaign')) throw new ForbiddenError();
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new DomainError('SURVEY_YEAR_INVALID', 'A campaign counts a calendar year');
    const campaign = await this.store.insertCampaign(year, actor.userId);
    if (!campaign) throw new DomainError('SURVEY_CAMPAIGN_EXISTS', 'This year has its campaign already');
    const organisations = await this.queries.execute(new OrganisationsOfKindsQuery(SURVEY_ORGANISATION_KINDS, MAX_ORGANISATIONS));
    const created = await this.store.insertQuestionnaires(campaign.id, organisations.map((o) => ({ id: o.id, kind: o.kind })));
    for (const q of created) {
      await this.outbox.publish(REPORTING_EVENTS.SurveyQuestionnaireOpened, { questionnaireId: q.id, campaignId: campaign.id, organisationId: q.organisationId, year }, q.id);
    }
    await this.audit.record({
      action: 'survey.campaign_opened', subjectType: 'survey_campaign', subjectId: campaign.id,
      actorOrganisationId: actingOrganisationId(this.abilities, actor, 'open', 'SurveyCampaign'), details: { year, questionnaires: created.length },
    });
    return campaignView(this.queries, campaign, await this.store.questionnairesOf(campaign.id));
  }
}
