import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { CasesModule } from '@mnio/cases';
import { OrientationsModule } from '@mnio/orientations';
import { ACCESS_JOURNAL_WORKER_IMPORTS, ACCESS_JOURNAL_WORKER_PROVIDERS } from './access-journal/access-journal.providers';
import { KeyRotationRunner } from './key-rotation';
import './privacy.errors';
import { ListRetentionRulesHandler } from './retention/retention-rules.handler';
import { RetentionRunner } from './retention/retention-runner.service';
import { RetentionProcessor, RetentionSchedule } from './retention/retention.processor';
import { RETENTION_QUEUE } from './retention/retention.queue';
import { SUBJECT_ACCESS_QUEUE, SUBJECT_ACCESS_WORKER_PROVIDERS } from './subject-access/subject-access.providers';

/** The worker's side of data protection: the nightly retention job, subject-access exports and key re-encryption. */
@Module({
  imports: [CasesModule, OrientationsModule, BullModule.registerQueue({ name: RETENTION_QUEUE }, { name: SUBJECT_ACCESS_QUEUE }), ...ACCESS_JOURNAL_WORKER_IMPORTS],
  providers: [KeyRotationRunner, ...ACCESS_JOURNAL_WORKER_PROVIDERS, ListRetentionRulesHandler, RetentionRunner, RetentionProcessor, RetentionSchedule, ...SUBJECT_ACCESS_WORKER_PROVIDERS],
  exports: [KeyRotationRunner, RetentionRunner],
})
export class PrivacyWorkerModule {}
