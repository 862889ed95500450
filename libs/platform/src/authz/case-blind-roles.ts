/**
 * Roles that never see case content, whatever grants their organisation holds: the national coordinator's
 * analysts (figures only), the platform's administrators (users and organisations only) and the
 * data-protection officers (the journal of who read what, retention and the person's requests — each through its
 * own audited route, never through the case pages). One list, read by every context's rules.
 */
export const CASE_BLIND_ROLES: readonly string[] = ['national_analyst', 'platform_admin', 'dpo'];
