import { Module, OnModuleInit } from '@nestjs/common';
import { AbilityFactory } from '@mnio/platform';
import { ACCESS_JOURNAL_PROVIDERS } from './access-journal/access-journal.providers';
import { privacyAbilities } from './privacy.abilities';
import { KEY_ROTATION_HANDLERS, KeyRotationService } from './key-rotation';

/**
 * Data protection through the life of a case (the API's side): retention and erasure, the person's right of access,
 * key rotation, and who read what. Each use case is a folder under `src/`; its handlers are listed here.
 */
@Module({
  providers: [KeyRotationService, ...KEY_ROTATION_HANDLERS, ...ACCESS_JOURNAL_PROVIDERS],
  exports: [KeyRotationService],
})
export class PrivacyModule implements OnModuleInit {
  constructor(private readonly abilities: AbilityFactory) {}

  onModuleInit(): void {
    this.abilities.register(privacyAbilities);
  }
}
