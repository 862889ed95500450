import { Command } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';
import type { IndicatorStrength } from '../domain/vocabulary';

export interface NewIndicator {
  framework: string;
  dimension: string;
  indicator: string;
  strength: IndicatorStrength;
  observedAt: string;
  note?: string;
}

/** Indicators support the identification decision; they never change a status by themselves. */
export class AddIndicatorCommand extends Command<{ id: string; indicatorId: string; version: number }> {
  constructor(
    readonly actor: Actor,
    readonly caseId: string,
    readonly indicator: NewIndicator,
    readonly expectedVersion: number | undefined,
  ) {
    super();
  }
}
