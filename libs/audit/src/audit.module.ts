import { Global, Module } from '@nestjs/common';
import { AuditAnchorService } from './audit-anchor.service';
import { AuditJournal } from './audit-journal';

@Global()
@Module({
  providers: [AuditJournal, AuditAnchorService],
  exports: [AuditJournal, AuditAnchorService],
})
export class AuditModule {}
