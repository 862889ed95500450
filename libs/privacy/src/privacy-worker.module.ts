import { Module } from '@nestjs/common';
import { ACCESS_JOURNAL_WORKER_IMPORTS, ACCESS_JOURNAL_WORKER_PROVIDERS } from './access-journal/access-journal.providers';
import { KeyRotationRunner } from './key-rotation';

/** The worker's side of data protection: the nightly retention job, subject-access exports and key re-encryption. */
@Module({
  imports: [...ACCESS_JOURNAL_WORKER_IMPORTS],
  providers: [KeyRotationRunner, ...ACCESS_JOURNAL_WORKER_PROVIDERS],
  exports: [KeyRotationRunner],
})
export class PrivacyWorkerModule {}
