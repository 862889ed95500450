import { BullModule } from '@nestjs/bullmq';
import { Module, OnModuleInit } from '@nestjs/common';
import { AbilityFactory } from '@mnio/platform';
import { privacyAbilities } from './privacy.abilities';
import './privacy.errors';
import { EraseCaseHandler } from './erase-case/erase-case.handler';
import { ListRetentionRulesHandler, UpdateRetentionRuleHandler } from './retention/retention-rules.handler';
import { GetRetentionReportHandler, ListRetentionRunsHandler, RequestRetentionRunHandler } from './retention/retention-runs.handler';
import { RETENTION_QUEUE } from './retention/retention.queue';

/**
 * Data protection through the life of a case (the API's side): retention and erasure, the person's right of access,
 * key rotation, and who read what. Each use case is a folder under `src/`; its handlers are listed here.
 */
@Module({
  imports: [BullModule.registerQueue({ name: RETENTION_QUEUE })],
  providers: [
    ListRetentionRulesHandler, UpdateRetentionRuleHandler, RequestRetentionRunHandler, ListRetentionRunsHandler, GetRetentionReportHandler, EraseCaseHandler,
  ],
})
export class PrivacyModule implements OnModuleInit {
  constructor(private readonly abilities: AbilityFactory) {}

  onModuleInit(): void {
    this.abilities.register(privacyAbilities);
  }
}
