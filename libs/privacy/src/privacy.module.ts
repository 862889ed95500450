import { BullModule } from '@nestjs/bullmq';
import { Module, OnModuleInit } from '@nestjs/common';
import { AbilityFactory } from '@mnio/platform';
import { ACCESS_JOURNAL_PROVIDERS } from './access-journal/access-journal.providers';
import { privacyAbilities } from './privacy.abilities';
import { KEY_ROTATION_HANDLERS, KeyRotationService } from './key-rotation';
import './privacy.errors';
import { EraseCaseHandler } from './erase-case/erase-case.handler';
import { ListRetentionRulesHandler, UpdateRetentionRuleHandler } from './retention/retention-rules.handler';
import { GetRetentionReportHandler, ListRetentionRunsHandler, RequestRetentionRunHandler } from './retention/retention-runs.handler';
import { RETENTION_QUEUE } from './retention/retention.queue';
import { SUBJECT_ACCESS_API_PROVIDERS, SUBJECT_ACCESS_QUEUE } from './subject-access/subject-access.providers';

/**
 * Data protection through the life of a case (the API's side): retention and erasure, the person's right of access,
 * key rotation, and who read what. Each use case is a folder under `src/`; its handlers are listed here.
 */
@Module({
  imports: [BullModule.registerQueue({ name: RETENTION_QUEUE }, { name: SUBJECT_ACCESS_QUEUE })],
  providers: [
    KeyRotationService, ...KEY_ROTATION_HANDLERS, ...ACCESS_JOURNAL_PROVIDERS,
    ListRetentionRulesHandler, UpdateRetentionRuleHandler, RequestRetentionRunHandler, ListRetentionRunsHandler, GetRetentionReportHandler, EraseCaseHandler,
    ...SUBJECT_ACCESS_API_PROVIDERS,
  ],
  exports: [KeyRotationService],
})
export class PrivacyModule implements OnModuleInit {
  constructor(private readonly abilities: AbilityFactory) {}

  onModuleInit(): void {
    this.abilities.register(privacyAbilities);
  }
}
