/** Public partners of a territory a case may be referred to (a pseudonymised view). */
export const REFERRAL_KINDS = ['prefecture', 'parquet', 'police', 'gendarmerie', 'labour_inspection', 'ase', 'ofii', 'pjj'];
/** Law enforcement: an adult must agree to contact with them first (consent `police_contact`). */
export const POLICE_KINDS = ['police', 'gendarmerie', 'labour_inspection'];

/** The consent a referral to an organisation of this kind needs; a minor's protection never waits for one. */
export function referralConsentNeeded(kind: string, minor: boolean): 'police_contact' | null {
  return POLICE_KINDS.includes(kind) && !minor ? 'police_contact' : null;
}

/** Whether an organisation may receive a referral of a case of this territory. */
export function mayReceiveReferral(org: { kind: string; national: boolean; territories: string[] }, territory: string): boolean {
  return REFERRAL_KINDS.includes(org.kind) && (org.national || org.territories.includes(territory));
}
