import { Global, Module } from '@nestjs/common';
import { AuditAnchorService } from './audit-anchor.service';
import { AuditJournal } from './audit-journal';
import { CaseAccessLogHandler } from './case-access-log.query';

@Global()
@Module({
  providers: [AuditJournal, AuditAnchorService, CaseAccessLogHandler],
  exports: [AuditJournal, AuditAnchorService],
})
export class AuditModule {}
