import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { CasesModule } from '@mnio/cases';
import { OrientationsModule } from '@mnio/orientations';
import { SUBJECT_ACCESS_QUEUE, SUBJECT_ACCESS_WORKER_PROVIDERS } from './subject-access/subject-access.providers';

/** The worker's side of data protection: the nightly retention job, subject-access exports and key re-encryption. */
@Module({
  imports: [
    CasesModule, OrientationsModule,
    BullModule.registerQueue({ name: SUBJECT_ACCESS_QUEUE }),
  ],
  providers: [
    ...SUBJECT_ACCESS_WORKER_PROVIDERS,
  ],
})
export class PrivacyWorkerModule {}
