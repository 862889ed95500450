import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { CasesModule } from '@mnio/cases';
import './privacy.errors';
import { ListRetentionRulesHandler } from './retention/retention-rules.handler';
import { RetentionRunner } from './retention/retention-runner.service';
import { RetentionProcessor, RetentionSchedule } from './retention/retention.processor';
import { RETENTION_QUEUE } from './retention/retention.queue';

/** The worker's side of data protection: the nightly retention job, subject-access exports and key re-encryption. */
@Module({
  imports: [CasesModule, BullModule.registerQueue({ name: RETENTION_QUEUE })],
  providers: [ListRetentionRulesHandler, RetentionRunner, RetentionProcessor, RetentionSchedule],
  exports: [RetentionRunner],
})
export class PrivacyWorkerModule {}
