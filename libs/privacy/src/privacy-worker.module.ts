import { Module } from '@nestjs/common';
import { KeyRotationRunner } from './key-rotation';

/** The worker's side of data protection: the nightly retention job, subject-access exports and key re-encryption. */
@Module({
  providers: [KeyRotationRunner],
  exports: [KeyRotationRunner],
})
export class PrivacyWorkerModule {}
