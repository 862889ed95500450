import { BullModule } from '@nestjs/bullmq';
import { Module, OnModuleInit } from '@nestjs/common';
import { AbilityFactory } from '@mnio/platform';
import { privacyAbilities } from './privacy.abilities';
import { SUBJECT_ACCESS_API_PROVIDERS, SUBJECT_ACCESS_QUEUE } from './subject-access/subject-access.providers';

/**
 * Data protection through the life of a case (the API's side): retention and erasure, the person's right of access,
 * key rotation, and who read what. Each use case is a folder under `src/`; its handlers are listed here.
 */
@Module({
  imports: [
    BullModule.registerQueue({ name: SUBJECT_ACCESS_QUEUE }),
  ],
  providers: [
    ...SUBJECT_ACCESS_API_PROVIDERS,
  ],
})
export class PrivacyModule implements OnModuleInit {
  constructor(private readonly abilities: AbilityFactory) {}

  onModuleInit(): void {
    this.abilities.register(privacyAbilities);
  }
}
