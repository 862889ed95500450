import { RETENTION_RULES } from '../retention/retention-rules';
import type { ConsentPurpose } from '@mnio/cases';
import type { OrganisationKind, Role } from '@mnio/directory';
import { CONTROLLER, DATA_CATEGORIES, DATA_SUBJECTS, PROCESSING_PURPOSES, ProcessingPurpose, Retention, RETENTION_STARTS } from './processing-catalogue';

/** French names of the code's roles and organisation kinds (typed: a new one does not compile until named here). */
const ROLE_NAMES: Record<Role, string> = {
  case_worker: 'Accompagnement social', coordinator: 'Coordination', investigator: 'Enquête', teh_referent: 'Référent ou référente TEH', cell_member: 'Membre de cellule',
  cell_coordinator: 'Coordination de la cellule', host_operator: 'Hébergement', national_analyst: 'Analyse nationale', platform_admin: 'Administration de la plateforme', dpo: 'Protection des données',
};
const KIND_NAMES: Record<OrganisationKind, string> = {
  association: 'Association', prefecture: 'Préfecture', parquet: 'Parquet', police: 'Police nationale', gendarmerie: 'Gendarmerie', labour_inspection: 'Inspection du travail',
  ase: 'Aide sociale à l’enfance', pjj: 'Protection judiciaire de la jeunesse', ofii: 'OFII', acse_coordination: 'Coordination Ac.Sé', host: 'Structure d’hébergement',
  minors_centre: 'Centre sécurisé pour mineurs', uaped: 'UAPED', crp: 'Centre de psychotraumatisme', clav_cell: 'Cellule TEH du CLAV',
  national_coordinator: 'Coordination nationale', platform: 'Plateforme',
};
const CONSENT_NAMES: Record<ConsentPurpose, string> = {
  share_with_cell: 'partage avec la cellule TEH', orientation: 'orientation', police_contact: 'contact avec les forces de l’ordre', statistics: 'statistiques',
};

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/** « 5 ans après la clôture de la situation, puis anonymisées ». */
export function retentionText(r: Retention): string {
  const parts = [r.years ? plural(r.years, 'an', 'ans') : '', r.months ? `${r.months} mois` : '', r.days ? plural(r.days, 'jour', 'jours') : ''].filter(Boolean);
  const text = `${parts.join(' et ')} après ${RETENTION_STARTS[r.from]}, puis ${r.then === 'anonymised' ? 'anonymisées (les faits statistiques restent)' : 'supprimées'}`;
  if (!r.rule) return text;
  // The nightly job's rule: its default period, which the platform may change; rules over rows are not purged yet.
  const applied = RETENTION_RULES[r.rule].scope === 'case' ? 'appliquée chaque nuit' : 'suppression automatique pas encore en place';
  return `${text} (durée par défaut de la règle de conservation \`${r.rule}\`, modifiable par la plateforme ; ${applied})`;
}

const cell = (s: string) => s.replaceAll('|', '\\|').replaceAll('\n', ' ');

function purposeSection(p: ProcessingPurpose, i: number): string[] {
  return [
    `## ${i + 1}. ${p.name}`,
    '',
    `Identifiant : \`${p.id}\``,
    '',
    `- **Finalité** : ${p.description}`,
    `- **Base légale** : ${p.legalBasis}`,
    `- **Personnes concernées** : ${p.subjects.map((s) => DATA_SUBJECTS[s]).join(' ; ')}`,
    `- **Consentements de la personne** : ${p.consents.length ? p.consents.map((c) => `${CONSENT_NAMES[c]} (\`${c}\`)`).join(', ') : 'aucun requis pour cette finalité'}`,
    '',
    '**Catégories de données**',
    '',
    ...p.categories.map((c) => `- ${DATA_CATEGORIES[c]} (\`${c}\`)`),
    '',
    '**Destinataires**',
    '',
    '| Rôles | Organisations | Condition |',
    '|---|---|---|',
    ...p.recipients.map((r) => `| ${cell(r.roles.map((x) => ROLE_NAMES[x]).join(', '))} | ${cell(r.organisationKinds.length ? r.organisationKinds.map((k) => KIND_NAMES[k]).join(', ') : 'toutes')} | ${cell(r.condition)} |`),
    '',
    '**Durées de conservation**',
    '',
    '| Règle | Données | Durée |',
    '|---|---|---|',
    ...p.retention.map((r) => `| \`${r.ruleId}\` | ${cell(r.categories.map((c) => `\`${c}\``).join(', '))} | ${cell(retentionText(r))} |`),
    '',
    '**Mesures de sécurité**',
    '',
    ...p.safeguards.map((s) => `- ${s}`),
    '',
  ];
}

/** The register as Markdown, in French: deterministic (no date), so the sync test compares it byte for byte. */
export function renderRegister(purposes: readonly ProcessingPurpose[] = PROCESSING_PURPOSES): string {
  return [
    '# Registre des activités de traitement (article 30 du RGPD)',
    '',
    '<!-- Généré par `npm run register` depuis libs/privacy/src/register/processing-catalogue.ts : ne pas modifier à la main. -->',
    '',
    `- **Responsable de traitement** : ${CONTROLLER.name}`,
    `- **Délégué à la protection des données** : ${CONTROLLER.dpo}`,
    `- **Transferts hors de l’Union européenne** : ${CONTROLLER.transfers}`,
    '',
    '| Finalité | Catégories de données | Conservation |',
    '|---|---|---|',
    ...purposes.map((p) => `| ${cell(p.name)} | ${cell(p.categories.map((c) => `\`${c}\``).join(', '))} | ${cell(p.retention.map(retentionText).join(' ; '))} |`),
    '',
    ...purposes.flatMap(purposeSection),
  ].join('\n');
}
