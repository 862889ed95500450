import { PurgeRectifiedValuesHandler } from './purge-rectified-values/purge-rectified-values.handler';
import { Module, OnModuleInit } from '@nestjs/common';
import { AbilityFactory } from '@mnio/platform';
import './cases.errors';
import { CaseStatisticsFactsHandler, CountCasesForStatisticsHandler } from './integration/case-statistics.query';
import { CasePersonKeysHandler } from './integration/case-person-keys.query';
import { CaseAccessService } from './access/case-access.service';
import { CaseHistoryService } from './access/case-history.service';
import { CellSharingService } from './access/cell-sharing.service';
import { OrganisationMasker } from './access/organisation-masker.service';
import { caseAbilities } from './cases.abilities';
import { CASES_CONFIG, loadCasesConfig } from './cases.config';
import { RecordConsentHandler } from './consents/record-consent.handler';
import { SetUnaccompaniedMinorHandler } from './unaccompanied-minor/set-unaccompanied-minor.handler';
import { CreateCaseHandler } from './create-case/create-case.handler';
import { DeadlineService } from './deadlines/deadline.service';
import { ListDeadlineRulesHandler, SetDeadlineRuleHandler } from './deadlines/deadline-rules.handler';
import { DuplicateFinder } from './duplicates/duplicate-finder.service';
import {
  AnswerDuplicateLinkHandler, CheckDuplicatesHandler, ListDuplicateLinksHandler, ListDuplicateMatchesHandler, RequestDuplicateLinkHandler,
} from './duplicates/duplicate-links.handler';
import { AddIndicatorHandler } from './indicators/add-indicator.handler';
import { GetMinorProtectionHandler } from './minor-protection/get-minor-protection.handler';
import { ListMinorsInCareHandler } from './minor-protection/list-minors-in-care.query';
import {
  AuthorizeCaseHandler, CanOrganisationSeeCaseHandler, CasesVisibleToHandler, CaseFactsHandler, CloseDeadlinesHandler, GrantCaseAccessHandler, OpenDeadlineHandler,
  OpenDeadlinesHandler, RevokeCaseAccessHandler, TransferCaseOwnershipHandler,
} from './integration/integration.handlers';
import { CaseIdByReferenceHandler } from './integration/case-by-reference.query';
import { CaseIdsOwnedByHandler, CaseOwnersHandler } from './integration/case-owners.query';
import { CellCaseCountsHandler, CellCaseListsHandler } from './integration/cell-case-overview.query';
import { CellCaseActivityHandler } from './integration/cell-case-activity.query';
import { GetCaseHistoryHandler } from './queries/case-history.query';
import { GetCaseIdentityHandler } from './queries/get-case-identity.query';
import { GetCaseHandler } from './queries/get-case.handler';
import { ListCasesHandler } from './queries/list-cases.handler';
import { SearchCasesByNameHandler } from './search-by-name/search-cases-by-name.handler';
import { ListDeadlinesHandler } from './queries/list-deadlines.query';
import { ReferCaseHandler } from './sharing/refer-case.handler';
import { ShareCaseWithTerritoryHandler } from './sharing/share-with-territory.handler';
import { CaseReferralsHandler } from './sharing/case-referrals.query';
import { ListReferredCasesHandler } from './queries/list-referred-cases.query';
import { ChangeCaseStatusHandler } from './tracks/change-case-status.handler';
import { RecordIdentificationHandler } from './tracks/record-identification.handler';
import { RecordTrackEventHandler } from './tracks/record-track-event.handler';
import { AnonymiseCaseHandler, CaseRetentionFactsHandler, RetentionCandidatesHandler } from './anonymise-case/anonymise-case.handler';
import { AnonymiseCasesHandler } from './anonymise-cases/anonymise-cases.handler';
import { RectifyCaseHandler } from './rectification/rectify-case.handler';
import { GetCaseRectificationsHandler } from './rectification/case-rectifications.query';
import { CaseSubjectAccessHandler } from './subject-access/case-subject-access.query';
import { AddAttachmentHandler } from './attachments/add-attachment.handler';
import { DownloadCaseAttachmentHandler, ListCaseAttachmentsHandler } from './attachments/case-attachments.query';
import { AssignCaseHandler, ColleaguesHandler, GetCaseAssignmentsHandler, UnassignCaseHandler } from './assignments/case-assignments.handler';
import { AddJournalNoteHandler, CorrectJournalNoteHandler, GetCaseJournalHandler } from './journal/case-journal.handlers';

/** The presumed-victim case: identity (encrypted), tracks, consents, deadlines, duplicates, access. */
@Module({
  providers: [
    PurgeRectifiedValuesHandler,
    AnonymiseCasesHandler,
    { provide: CASES_CONFIG, useFactory: () => loadCasesConfig() },
    CaseAccessService, CaseHistoryService, CellSharingService, OrganisationMasker, DeadlineService, DuplicateFinder,
    CreateCaseHandler, RecordIdentificationHandler, RecordTrackEventHandler, ChangeCaseStatusHandler, AddIndicatorHandler, RecordConsentHandler,
    ReferCaseHandler, ShareCaseWithTerritoryHandler, CheckDuplicatesHandler, RequestDuplicateLinkHandler, AnswerDuplicateLinkHandler, ListDuplicateLinksHandler, ListDuplicateMatchesHandler,
    GetCaseHandler, GetCaseIdentityHandler, GetCaseHistoryHandler, ListCasesHandler, SearchCasesByNameHandler, ListDeadlinesHandler,
    GrantCaseAccessHandler, RevokeCaseAccessHandler, TransferCaseOwnershipHandler, OpenDeadlineHandler, CloseDeadlinesHandler,
    AuthorizeCaseHandler, CaseFactsHandler, OpenDeadlinesHandler, CanOrganisationSeeCaseHandler, CasesVisibleToHandler, ListDeadlineRulesHandler, SetDeadlineRuleHandler,
    CellCaseListsHandler, CellCaseCountsHandler,
    CaseReferralsHandler, ListReferredCasesHandler,
    GetMinorProtectionHandler, ListMinorsInCareHandler,
    CellCaseActivityHandler,
    CaseIdByReferenceHandler,
    CaseOwnersHandler,
    CaseIdsOwnedByHandler,
    CaseStatisticsFactsHandler, CountCasesForStatisticsHandler,
    CasePersonKeysHandler,
    SetUnaccompaniedMinorHandler,
    AnonymiseCaseHandler, CaseRetentionFactsHandler, RetentionCandidatesHandler,
    RectifyCaseHandler, GetCaseRectificationsHandler, CaseSubjectAccessHandler,
    AddAttachmentHandler, ListCaseAttachmentsHandler, DownloadCaseAttachmentHandler,
    AssignCaseHandler, UnassignCaseHandler, GetCaseAssignmentsHandler, ColleaguesHandler,
    AddJournalNoteHandler, GetCaseJournalHandler, CorrectJournalNoteHandler,
  ],
})
export class CasesModule implements OnModuleInit {
  constructor(private readonly abilities: AbilityFactory) {}

  onModuleInit(): void {
    this.abilities.register(caseAbilities);
  }
}
