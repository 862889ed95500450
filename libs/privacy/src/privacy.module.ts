import { Module, OnModuleInit } from '@nestjs/common';
import { AbilityFactory } from '@mnio/platform';
import { ACCESS_JOURNAL_PROVIDERS } from './access-journal/access-journal.providers';
import { privacyAbilities } from './privacy.abilities';

/**
 * Data protection through the life of a case (the API's side): retention and erasure, the person's right of access,
 * key rotation, and who read what. Each use case is a folder under `src/`; its handlers are listed here.
 */
@Module({
  providers: [...ACCESS_JOURNAL_PROVIDERS],
})
export class PrivacyModule implements OnModuleInit {
  constructor(private readonly abilities: AbilityFactory) {}

  onModuleInit(): void {
    this.abilities.register(privacyAbilities);
  }
}
