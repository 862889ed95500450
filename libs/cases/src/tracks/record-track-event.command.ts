import { Command } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';
import type { TrackName } from '../domain/tracks';
import type { CaseWriteResult } from './record-identification.command';

/** Facts some events need: codes, dates, booleans — never a name. */
export interface TrackEventDetails {
  service?: string;
  language?: string;
  interpreter?: boolean;
  reasonCode?: string;
  expiresOn?: string;
  legalBasis?: string;
  hearingType?: string;
}

export class RecordTrackEventCommand extends Command<CaseWriteResult & { track: TrackName; status: string; deadlineIds: string[] }> {
  constructor(
    readonly actor: Actor,
    readonly caseId: string,
    readonly track: TrackName,
    readonly event: string,
    readonly occurredOn: string | undefined,
    readonly details: TrackEventDetails,
    readonly note: string | undefined,
    readonly expectedVersion: number | undefined,
  ) {
    super();
  }
}
