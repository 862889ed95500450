import { Module, OnModuleInit } from '@nestjs/common';
import { AbilityFactory } from '@mnio/platform';
import './reporting.errors';
import { ExportReportHandler, GetReportHandler } from './queries/get-report.query';
import { ReportStore } from './queries/report-store';
import { ExportHtcdsRecordsHandler, HtcdsRecordStore } from './records/export-htcds-records.query';
import { reportingAbilities } from './reporting.abilities';
import { loadReportingConfig, REPORTING_CONFIG } from './reporting.config';
import { ExportCampaignResultsHandler, GetCampaignResultsHandler } from './survey/campaign-results/campaign-results.query';
import { CloseSurveyCampaignHandler } from './survey/close-campaign/close-campaign.command';
import { CorrectSurveyQuestionnaireHandler } from './survey/correct-questionnaire/correct-questionnaire.command';
import { FollowSurveyCampaignHandler, ListSurveyCampaignsHandler } from './survey/follow-campaign/follow-campaign.query';
import { GetSurveyQuestionnaireHandler, ListMySurveyQuestionnairesHandler } from './survey/get-questionnaire/get-questionnaire.query';
import { OpenSurveyCampaignHandler } from './survey/open-campaign/open-campaign.command';
import { SubmitSurveyQuestionnaireHandler } from './survey/submit-questionnaire/submit-questionnaire.command';
import { SurveyStore } from './survey/survey-store';

/** Statistics (the API's side): the annual survey and the EU / GRETA tables from the read model, with small-cell suppression. */
@Module({
  providers: [{ provide: REPORTING_CONFIG, useFactory: () => loadReportingConfig() }, ReportStore, GetReportHandler, ExportReportHandler,
    HtcdsRecordStore, ExportHtcdsRecordsHandler,
    // the annual survey campaign (issue 13 §5)
    SurveyStore, OpenSurveyCampaignHandler, CloseSurveyCampaignHandler, ListSurveyCampaignsHandler, FollowSurveyCampaignHandler,
    ListMySurveyQuestionnairesHandler, GetSurveyQuestionnaireHandler, CorrectSurveyQuestionnaireHandler, SubmitSurveyQuestionnaireHandler,
    GetCampaignResultsHandler, ExportCampaignResultsHandler],
})
export class ReportingModule implements OnModuleInit {
  constructor(private readonly abilities: AbilityFactory) {}

  onModuleInit(): void {
    this.abilities.register(reportingAbilities);
  }
}
