import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { ClsService } from 'nestjs-cls';
import { AuditModule } from '@mnio/audit';
import { CasesModule } from '@mnio/cases';
import { CoordinationModule } from '@mnio/coordination';
import { DirectoryModule } from '@mnio/directory';
import { NotificationsModule } from '@mnio/notifications';
import { OrientationsModule } from '@mnio/orientations';
import { PrivacyModule } from '@mnio/privacy';
import { ReportingModule } from '@mnio/reporting';
import { AuthGuard, CTX_IP, CTX_REQUEST_ID, KNOWN_MIGRATIONS, MetricsModule, migrationNames, PlatformModule, PoliciesGuard, QueueModule } from '@mnio/platform';
import { MIGRATIONS } from '../../../db/migrations';
import type { NextFunction, Request, Response } from 'express';
import { CaseLinksController } from './http/cases/case-links.controller';
import { CasesController } from './http/cases/cases.controller';
import { CaseAssignmentsController, ColleaguesController } from './http/cases/case-assignments.controller';
import { ReferralsController } from './http/cases/referrals.controller';
import { MinorProtectionController } from './http/cases/minor-protection.controller';
import { AttachmentsController } from './http/cases/attachments.controller';
import { CaseJournalController } from './http/cases/journal.controller';
import { ActionsController } from './http/coordination/actions.controller';
import { CellsController } from './http/coordination/cells.controller';
import { MeetingsController } from './http/coordination/meetings.controller';
import { TransfersController } from './http/coordination/transfers.controller';
import { AdminController } from './http/directory/admin.controller';
import { AuthController } from './http/directory/auth.controller';
import { DirectoryController } from './http/directory/directory.controller';
import { MembershipRequestsController } from './http/directory/membership-requests.controller';
import { AccessRequestsController, OrganisationSignInController, ProConnectController } from './http/directory/proconnect.controller';
import { HealthController } from './http/health/health.controller';
import { NotificationsAdminController } from './http/notifications/notifications-admin.controller';
import { NotificationsController } from './http/notifications/notifications.controller';
import { WebhooksController } from './http/notifications/webhooks.controller';
import { HostsController } from './http/orientations/hosts.controller';
import { DistancingRulesController } from './http/orientations/distancing-rules.controller';
import { KeysController } from './http/privacy/keys.controller';
import { OrientationsController } from './http/orientations/orientations.controller';
import { RedisProbe } from './http/health/redis-probe';
import { ReportingController } from './http/reporting/reporting.controller';
import { HtcdsRecordsController } from './http/reporting/htcds-records.controller';
import { SurveyCampaignsController, SurveyQuestionnairesController } from './http/reporting/survey-campaigns.controller';
import { AccessJournalController } from './http/privacy/access-journal.controller';
import { RetentionController } from './http/privacy/retention.controller';
import { SubjectAccessController } from './http/privacy/subject-access.controller';

@Module({
  imports: [PlatformModule, AuditModule, DirectoryModule, CasesModule, TerminusModule, QueueModule.forRoot('producer'), NotificationsModule, OrientationsModule, CoordinationModule, ReportingModule, PrivacyModule, MetricsModule.forRoot('api')],
  controllers: [HealthController, AuthController, DirectoryController, MembershipRequestsController, AdminController, CasesController, CaseLinksController, ReferralsController, MinorProtectionController, AttachmentsController, CaseAssignmentsController, ColleaguesController,
    NotificationsController, WebhooksController, NotificationsAdminController, OrientationsController, HostsController, DistancingRulesController,
    CellsController, MeetingsController, ActionsController, TransfersController, ReportingController, HtcdsRecordsController,
    SurveyCampaignsController, SurveyQuestionnairesController, ProConnectController, AccessRequestsController, OrganisationSignInController,
    KeysController, AccessJournalController, RetentionController, SubjectAccessController,
    CaseJournalController],
  providers: [RedisProbe, { provide: APP_GUARD, useClass: AuthGuard }, { provide: APP_GUARD, useClass: PoliciesGuard }, { provide: KNOWN_MIGRATIONS, useValue: migrationNames(MIGRATIONS) }],
})
export class ApiModule implements NestModule {
  constructor(private readonly cls: ClsService) {}

  configure(consumer: MiddlewareConsumer): void {
    // The request id and caller address follow the request into the audit journal.
    consumer
      .apply((req: Request & { id?: string }, _res: Response, next: NextFunction) => {
        this.cls.set(CTX_REQUEST_ID, req.id);
        this.cls.set(CTX_IP, req.ip);
        next();
      })
      .forRoutes('*path');
  }
}
