import { Command } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';

/** The flags a partner's organisation carries; the rules of orientations read them (never a location). */
export const ORGANISATION_ATTRIBUTES = ['acseNetwork', 'dnaDedicated', 'pspApproved', 'minorsNetwork'] as const;
export type OrganisationAttribute = (typeof ORGANISATION_ATTRIBUTES)[number];
export type OrganisationAttributes = Partial<Record<OrganisationAttribute, boolean>>;

export interface OrganisationChanges {
  name?: string;
  national?: boolean;
  territories?: string[];
  /** Merged into the current flags: a flag given `false` is switched off. */
  attributes?: OrganisationAttributes;
  /** `false` deactivates: its users can no longer sign in nor act; its cases stay. */
  active?: boolean;
}

/** The platform edits, deactivates or reactivates an organisation. One audit entry per change. */
export class UpdateOrganisationCommand extends Command<{ id: string; version: number; active: boolean; revokedSessions: number }> {
  constructor(
    readonly actor: Actor,
    readonly organisationId: string,
    readonly changes: OrganisationChanges,
    /** The version read by the caller, when it wants a lost race told (409). */
    readonly version?: number,
  ) {
    super();
  }
}
