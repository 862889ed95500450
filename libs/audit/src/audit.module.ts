import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@mnio/platform';
import { ANCHOR_SINK, anchorSinkFor } from './anchor-sink';
import { AuditAnchorService } from './audit-anchor.service';
import { AuditJournal } from './audit-journal';
import { AuditKeys } from './audit-keys';
import { AuditRoleCheck } from './audit-role-check';
import { CaseAccessLogHandler } from './case-access-log.query';

@Global()
@Module({
  providers: [
    AuditJournal,
    AuditAnchorService,
    AuditRoleCheck,
    CaseAccessLogHandler,
    { provide: AuditKeys, useFactory: (config: AppConfig) => new AuditKeys(config), inject: [APP_CONFIG] },
    { provide: ANCHOR_SINK, useFactory: (config: AppConfig) => anchorSinkFor(config.auditAnchorSink, config.databaseUrl), inject: [APP_CONFIG] },
  ],
  exports: [AuditJournal, AuditAnchorService, AuditKeys, ANCHOR_SINK],
})
export class AuditModule {}
