import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { CasesModule } from '@mnio/cases';
import { ACCESS_JOURNAL_WORKER_IMPORTS, ACCESS_JOURNAL_WORKER_PROVIDERS } from './access-journal/access-journal.providers';
import { KeyRotationRunner } from './key-rotation';
import './privacy.errors';
import { ListRetentionRulesHandler } from './retention/retention-rules.handler';
import { RetentionRunner } from './retention/retention-runner.service';
import { RetentionProcessor, RetentionSchedule } from './retention/retention.processor';
import { RETENTION_QUEUE } from './retention/retention.queue';

/** The worker's side of data protection: the nightly retention job, subject-access exports and key re-encryption. */
@Module({
  imports: [CasesModule, BullModule.registerQueue({ name: RETENTION_QUEUE }), ...ACCESS_JOURNAL_WORKER_IMPORTS],
  providers: [KeyRotationRunner, ...ACCESS_JOURNAL_WORKER_PROVIDERS, ListRetentionRulesHandler, RetentionRunner, RetentionProcessor, RetentionSchedule],
  exports: [KeyRotationRunner, RetentionRunner],
})
export class PrivacyWorkerModule {}
