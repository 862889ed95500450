/**
 * A SIRET as the API checks it (libs/directory/src/proconnect/siret.ts): 14 digits whose Luhn checksum holds;
 * La Poste's establishments (SIREN 356000000) by their own rule, digits adding up to a multiple of 5. Checked in
 * the page too, so that a typing error is told at once, in French, before anything is sent.
 */
export function isValidSiret(value: string): boolean {
  if (!/^\d{14}$/.test(value)) return false;
  if (value.startsWith('356000000') && value !== '35600000000048') return [...value].reduce((sum, d) => sum + Number(d), 0) % 5 === 0;
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    let d = Number(value[13 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** What the user typed, without the spaces people put between groups of digits (« 999 000 001 00001 »). */
export const compactSiret = (typed: string): string => typed.replace(/[\s.]/g, '');

/** « 999 000 001 00001 »: the SIREN by groups of three, then the establishment's number. */
export const formatSiret = (siret: string): string => (/^\d{14}$/.test(siret) ? `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}` : siret);

export const SIRET_ERROR = 'Ce numéro SIRET n’est pas valide : il faut 14 chiffres, dont le dernier est une clé de contrôle. Vérifiez-le sur l’avis de situation Insee ou l’annuaire des entreprises.';
