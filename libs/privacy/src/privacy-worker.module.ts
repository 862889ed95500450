import { Module } from '@nestjs/common';

/** The worker's side of data protection: the nightly retention job, subject-access exports and key re-encryption. */
@Module({
  providers: [],
})
export class PrivacyWorkerModule {}
