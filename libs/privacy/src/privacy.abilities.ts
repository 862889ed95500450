import type { AbilityRules } from '@mnio/platform';

/**
 * Data-protection rules (issue 16). Subjects:
 * - `CaseErasure` {ownerOrganisationId}: erasing one case early, on the person's request;
 * - `SubjectAccess` {ownerOrganisationId}: the person's right of access (an export of everything held about her);
 * - `AccessJournal` {organisationId}: who read which case's identity, when and why; break-glass uses; exports;
 * - `RetentionRun`: the retention rules, their dry runs and their reports;
 * - `EncryptionKey`: key rotation and its status.
 * An organisation's DPO and coordinator act for their own organisation; the platform's DPO reads the journal and the
 * retention reports for every organisation; the platform's administrators run the retention job and rotate keys. None
 * of these opens a case's pages: `dpo` is case-blind (`CASE_BLIND_ROLES`). Deny by default.
 */
export const privacyAbilities: AbilityRules = (actor, { can }) => {
  for (const m of actor.memberships) {
    const platform = m.organisationKind === 'platform';
    if ((m.role === 'dpo' && !platform) || m.role === 'coordinator') {
      can(['erase'], 'CaseErasure', { ownerOrganisationId: m.organisationId });
      can(['request'], 'SubjectAccess', { ownerOrganisationId: m.organisationId });
      can(['read', 'export'], 'AccessJournal', { organisationId: m.organisationId });
    }
    if (m.role === 'dpo' && platform) {
      can(['read', 'export'], 'AccessJournal');
      can(['read'], 'RetentionRun');
    }
    if (m.role === 'platform_admin') {
      can(['read', 'run', 'configure'], 'RetentionRun');
      can(['read', 'rotate', 'retire'], 'EncryptionKey');
    }
  }
};
