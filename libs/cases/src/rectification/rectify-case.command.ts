import { Command } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';
import type { CaseIdentity, FirstContact, TraffickingEvent } from '../domain/case-input';

/** The facts of a case that a rectification may correct, as recorded at intake. */
export interface RectifiableFacts {
  exploitationForms?: string[];
  events?: TraffickingEvent[];
  vulnerabilities?: string[];
  needs?: string[];
  danger?: { localDanger: boolean; notes?: string };
  narrative?: string | null;
  /** The corrected context and day of the first contact. */
  firstContact?: FirstContact;
}

/** Identity fields and facts a rectification may name in its history (`fields`): field names, never values. */
export const RECTIFIABLE_FIELDS = [
  'lastName', 'firstNames', 'aliases', 'birthDate', 'estimatedAge', 'ageUncertain', 'sex', 'nationality', 'languages', 'interpreterNeeded', 'contact',
  'exploitationForms', 'events', 'vulnerabilities', 'needs', 'localDanger', 'dangerNotes', 'narrative', 'firstContact',
] as const;
export type RectifiableField = (typeof RECTIFIABLE_FIELDS)[number];

/**
 * Corrects a case's identity and facts after intake (issue 14 §2, issue 16 §2): the owner organisation's workers,
 * on the version they read (409 `VERSION_CONFLICT` when stale, 428 `VERSION_REQUIRED` when none given). `identity`,
 * when given, is the whole corrected identity (the fields left out are removed); each fact given replaces the recorded one.
 * The values replaced are kept encrypted in the case's rectification history; the change is audited and in the timeline.
 */
export class RectifyCaseCommand extends Command<{ id: string; version: number; fields: RectifiableField[] }> {
  constructor(
    readonly actor: Actor,
    readonly caseId: string,
    readonly changes: { identity?: CaseIdentity } & RectifiableFacts,
    readonly note: string | undefined,
    readonly expectedVersion: number | undefined,
  ) {
    super();
  }
}
