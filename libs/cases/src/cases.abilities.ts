import { type AbilityRules, type ActorMembership, CASE_BLIND_ROLES } from '@mnio/platform';

/** Organisations that spot and record situations. */
export const SPOTTING_KINDS = ['association', 'ase', 'police', 'gendarmerie', 'labour_inspection', 'ofii'];
export const RECORDING_ROLES = ['case_worker', 'coordinator'];
const IDENTITY_ROLES = ['case_worker', 'coordinator', 'investigator', 'teh_referent', 'host_operator'];
const INVESTIGATION_KINDS = ['police', 'gendarmerie', 'labour_inspection'];

const territoriesOf = (m: ActorMembership) => (m.national ? undefined : { $in: m.territories });

/**
 * Who may do what on a case. A case subject carries `viewers` and `identityReaders`: the organisations
 * holding a grant (owner, cell share, referral, orientation, minors' protection, transfer). Deny by default.
 */
export const caseAbilities: AbilityRules = (actor, { can }) => {
  // Break-the-glass: whoever broke it, alone, reads this one case (identity too, for roles that do case work) until it
  // lapses; never lists it, never writes.
  if (actor.memberships.some((m) => !CASE_BLIND_ROLES.includes(m.role))) {
    can(['read', 'read_history'], 'Case', { breakGlassUsers: actor.userId });
    if (actor.memberships.some((m) => IDENTITY_ROLES.includes(m.role))) can('read_identity', 'Case', { breakGlassUsers: actor.userId });
  }
  for (const m of actor.memberships) {
    if (m.role === 'platform_admin') can('configure', 'DeadlineRule');
    if (CASE_BLIND_ROLES.includes(m.role)) continue;
    const org = m.organisationId;
    const recorder = RECORDING_ROLES.includes(m.role);

    if (recorder && SPOTTING_KINDS.includes(m.organisationKind)) {
      const territory = territoriesOf(m);
      can('create', 'Case', territory ? { territory } : undefined);
    }
    can(['read', 'list', 'read_history'], 'Case', { viewers: org });
    if (IDENTITY_ROLES.includes(m.role)) can('read_identity', 'Case', { identityReaders: org });

    if (recorder) {
      // The owning organisation's workers keep the case: identification, indicators, consents, sharing, status.
      can(['update', 'identify', 'record_residence', 'record_child_protection', 'record_criminal', 'record_consent', 'share', 'close', 'check_duplicates', 'assign'], 'Case', {
        ownerOrganisationId: org,
      });
    }
    if (m.role === 'investigator' && INVESTIGATION_KINDS.includes(m.organisationKind)) {
      can(['formally_identify', 'record_criminal'], 'Case', { viewers: org });
    }
    if (m.organisationKind === 'prefecture' && ['teh_referent', 'case_worker'].includes(m.role)) {
      can('record_residence', 'Case', { viewers: org });
    }
    if (m.organisationKind === 'ase' && recorder) can('record_child_protection', 'Case', { viewers: org });
    if (m.organisationKind === 'parquet' && m.role === 'teh_referent') {
      can(['record_child_protection', 'record_criminal'], 'Case', { viewers: org });
    }
    if (recorder) can('answer_duplicate_link', 'CaseLink', { otherOrganisationId: org });
    if (m.role === 'cell_coordinator' && m.organisationKind === 'clav_cell') can('configure', 'DeadlineRule', { territory: { $in: m.territories } });
  }
};
