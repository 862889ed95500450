import { Command } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';
import type { ConsentPurpose } from '../domain/vocabulary';

export class RecordConsentCommand extends Command<{ id: string; consentId: string; version: number }> {
  constructor(
    readonly actor: Actor,
    readonly caseId: string,
    readonly purpose: ConsentPurpose,
    readonly granted: boolean,
    readonly method: 'oral' | 'written' | 'interpreter',
    readonly targetOrganisationId: string | undefined,
    readonly expectedVersion: number | undefined,
  ) {
    super();
  }
}
