import { Module } from '@nestjs/common';
import { ACCESS_JOURNAL_WORKER_IMPORTS, ACCESS_JOURNAL_WORKER_PROVIDERS } from './access-journal/access-journal.providers';

/** The worker's side of data protection: the nightly retention job, subject-access exports and key re-encryption. */
@Module({
  imports: [...ACCESS_JOURNAL_WORKER_IMPORTS],
  providers: [...ACCESS_JOURNAL_WORKER_PROVIDERS],
})
export class PrivacyWorkerModule {}
