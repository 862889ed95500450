import type { ConsentPurpose } from '@mnio/cases';
import type { OrganisationKind, Role } from '@mnio/directory';
import { RETENTION_RULES, type RetentionRuleKind } from '../retention/retention-rules';

/**
 * The register of processing activities (GDPR article 30), as data: each purpose mnio serves, what it processes
 * about whom, who receives it (roles and organisation kinds, the code's own words), how long it is kept, and how it
 * is protected. `npm run register` writes `docs/register.md` from it; a test fails when the file differs.
 *
 * Retention: where the nightly job applies a rule (libs/privacy/src/retention/, `RETENTION_RULES`), the entry reads
 * its default period from there (`fromRule`), so the register cannot promise what the job does not do; the other
 * durations (statistics, accounts, the audit journal) are stated here.
 */

/** Categories of personal data, as the code holds them. */
export const DATA_CATEGORIES = {
  identity: 'Identité de la personne (nom, prénoms, alias, date de naissance, nationalité) — chiffrée au repos',
  contact: 'Coordonnées de la personne et conditions de contact sûr — chiffrées au repos',
  narrative: 'Récit et notes libres, notes de danger — chiffrés au repos',
  exploitation_facts: 'Faits d’exploitation pseudonymisés (formes, lieux par département, dates, indicateurs)',
  vulnerabilities: 'Vulnérabilités et besoins déclarés (dont santé, le cas échéant)',
  procedure_tracks: 'Suites administratives, judiciaires et de protection de l’enfance (statuts et dates)',
  consents: 'Consentements recueillis (finalité, modalité, date)',
  attachments: 'Pièces jointes (récépissé, certificat médical, décision : contenu et nom du fichier) — chiffrées au repos, téléchargées par les seules personnes qui consultent l’identité',
  orientations: 'Orientations et hébergement (structures sollicitées, décisions, dates)',
  staff_accounts: 'Comptes des professionnels (nom, adresse électronique, organisation, rôle, second facteur)',
  access_traces: 'Traces d’accès (journal d’audit : qui, quand, quelle situation par sa référence, pour quel motif)',
  statistics: 'Statistiques pseudonymisées (sans identité ni référence, petits effectifs masqués)',
} as const;
export type DataCategory = keyof typeof DATA_CATEGORIES;

/** The people the data is about. */
export const DATA_SUBJECTS = {
  presumed_victims: 'Personnes présumées victimes de traite des êtres humains, majeures et mineures',
  professionals: 'Professionnels des organisations membres du dispositif',
} as const;
export type DataSubject = keyof typeof DATA_SUBJECTS;

/** The moment a retention period starts from. */
export const RETENTION_STARTS = {
  case_closure: 'la clôture de la situation',
  creation: 'l’enregistrement',
  event: 'l’événement enregistré',
  account_end: 'la fin du dernier rattachement du compte',
} as const;

export interface Retention {
  /** The retention entry's id in the register. */
  ruleId: string;
  /** The rule of the nightly job that applies it, whose default period this entry states (the platform may change it). */
  rule?: RetentionRuleKind;
  categories: DataCategory[];
  years?: number;
  months?: number;
  days?: number;
  from: keyof typeof RETENTION_STARTS;
  /** What happens at the end: anonymised (the statistics' facts stay) or deleted. */
  then: 'anonymised' | 'deleted';
}

/** The period of one of the nightly job's rules, by its default. */
function fromRule(rule: RetentionRuleKind): Pick<Retention, 'rule' | 'years' | 'days'> {
  const { amount, unit } = RETENTION_RULES[rule].default;
  return unit === 'years' ? { rule, years: amount } : { rule, days: amount };
}

export interface Recipient {
  roles: Role[];
  organisationKinds: OrganisationKind[];
  /** Under which condition, in French. */
  condition: string;
}

export interface ProcessingPurpose {
  id: string;
  name: string;
  description: string;
  legalBasis: string;
  subjects: DataSubject[];
  categories: DataCategory[];
  /** The person's consents that govern this purpose, by the cases context's codes. */
  consents: ConsentPurpose[];
  recipients: Recipient[];
  retention: Retention[];
  safeguards: string[];
}

export const CONTROLLER = {
  name: 'Ministère chargé de la lutte contre la traite des êtres humains (MIPROF), pour le mécanisme national d’identification et d’orientation',
  dpo: 'Le délégué à la protection des données de la plateforme (rôle « Protection des données » de l’organisation plateforme) ; chaque organisation membre désigne le sien.',
  transfers: 'Aucun transfert de données personnelles hors de l’Union européenne. Les exports internationaux (HTCDS) ne contiennent que des enregistrements k-anonymes sans identité.',
};

const RECORDERS: OrganisationKind[] = ['association', 'ase', 'police', 'gendarmerie', 'labour_inspection', 'ofii'];
const ENCRYPTION = 'Identité, coordonnées et récit chiffrés champ par champ (AES-256-GCM), recherche par empreintes (index aveugles)';
const AUDIT = 'Chaque lecture de l’identité et chaque écriture enregistrée au journal d’audit chaîné et signé';

export const PROCESSING_PURPOSES: readonly ProcessingPurpose[] = [
  {
    id: 'case_follow_up',
    name: 'Repérage, identification et accompagnement des victimes',
    description: 'Enregistrer la situation d’une personne présumée victime, suivre son identification, ses démarches et sa protection.',
    legalBasis: 'Mission d’intérêt public (art. 6.1.e RGPD) ; données sensibles : motif d’intérêt public important et protection des intérêts vitaux (art. 9.2.g et 9.2.c)',
    subjects: ['presumed_victims'],
    categories: ['identity', 'contact', 'narrative', 'exploitation_facts', 'vulnerabilities', 'procedure_tracks', 'consents', 'attachments'],
    consents: [],
    recipients: [
      { roles: ['case_worker', 'coordinator'], organisationKinds: RECORDERS, condition: 'l’organisation qui suit la situation' },
      { roles: ['teh_referent'], organisationKinds: ['prefecture', 'parquet'], condition: 'situations de leur département partagées avec eux' },
      { roles: ['investigator'], organisationKinds: ['police', 'gendarmerie', 'labour_inspection'], condition: 'avec le consentement « contact police » ou sur réquisition' },
    ],
    retention: [
      { ruleId: 'closed_case_identity', categories: ['identity', 'contact', 'narrative'], ...fromRule('case_closed'), from: 'case_closure', then: 'anonymised' },
      { ruleId: 'closed_case_facts', categories: ['exploitation_facts', 'procedure_tracks', 'consents'], ...fromRule('case_closed'), from: 'case_closure', then: 'anonymised' },
    ],
    safeguards: [ENCRYPTION, AUDIT, 'Accès par rôle, organisation et département ; second facteur pour les rôles qui lisent l’identité'],
  },
  {
    id: 'cell_coordination',
    name: 'Coordination des cellules TEH des CLAV',
    description: 'Examiner les situations en cellule départementale, décider des suites et confier des actions aux membres.',
    legalBasis: 'Mission d’intérêt public (art. 6.1.e RGPD), avec le consentement de la personne au partage avec la cellule',
    subjects: ['presumed_victims'],
    categories: ['exploitation_facts', 'procedure_tracks', 'orientations'],
    consents: ['share_with_cell'],
    recipients: [{ roles: ['cell_coordinator', 'cell_member'], organisationKinds: ['clav_cell'], condition: 'situations partagées avec la cellule de leur département' }],
    retention: [{ ruleId: 'closed_case_facts', categories: ['exploitation_facts', 'procedure_tracks'], ...fromRule('case_closed'), from: 'case_closure', then: 'anonymised' }],
    safeguards: ['La cellule ne voit pas l’identité, sauf accès d’urgence motivé, limité dans le temps, notifié et audité', AUDIT],
  },
  {
    id: 'orientation',
    name: 'Orientation et mise à l’abri',
    description: 'Demander et suivre une orientation vers un hébergement, un centre pour mineurs ou un référent, et la réservation de places.',
    legalBasis: 'Mission d’intérêt public (art. 6.1.e RGPD), avec le consentement de la personne à l’orientation',
    subjects: ['presumed_victims'],
    categories: ['identity', 'orientations', 'vulnerabilities'],
    consents: ['orientation'],
    recipients: [
      { roles: ['host_operator', 'coordinator'], organisationKinds: ['host', 'minors_centre', 'uaped', 'crp', 'acse_coordination', 'ofii'], condition: 'la structure sollicitée, pour la durée de l’orientation' },
    ],
    retention: [{ ruleId: 'closed_case_identity', categories: ['identity'], ...fromRule('case_closed'), from: 'case_closure', then: 'anonymised' }],
    safeguards: ['Adresse des lieux d’hébergement confidentiels masquée', AUDIT],
  },
  {
    id: 'minor_protection',
    name: 'Protection des mineurs',
    description: 'Informer l’aide sociale à l’enfance et le parquet des mineurs, suivre les étapes et délais de protection.',
    legalBasis: 'Obligation légale (art. 6.1.c RGPD ; code de l’action sociale et des familles, art. L.226-3)',
    subjects: ['presumed_victims'],
    categories: ['identity', 'procedure_tracks'],
    consents: [],
    recipients: [{ roles: ['case_worker', 'coordinator', 'teh_referent'], organisationKinds: ['ase', 'parquet', 'pjj'], condition: 'mineurs de leur département' }],
    retention: [{ ruleId: 'closed_case_identity', categories: ['identity'], ...fromRule('case_closed'), from: 'case_closure', then: 'anonymised' }],
    safeguards: ['Une mesure de protection en cours suspend l’effacement (gel légal)', AUDIT],
  },
  {
    id: 'statistics',
    name: 'Statistiques nationales et européennes',
    description: 'Produire les statistiques du dispositif, l’enquête annuelle et les exports HTCDS, sans identité.',
    legalBasis: 'Mission d’intérêt public (art. 6.1.e RGPD) ; fins statistiques (art. 89)',
    subjects: ['presumed_victims'],
    categories: ['statistics'],
    consents: ['statistics'],
    recipients: [{ roles: ['national_analyst'], organisationKinds: ['national_coordinator'], condition: 'figures seulement, petits effectifs masqués' }],
    retention: [{ ruleId: 'statistics', categories: ['statistics'], years: 30, from: 'event', then: 'deleted' }],
    safeguards: ['Pseudonymisation à la source, masquage des petits effectifs, k-anonymat des exports', 'Chaque export enregistré au journal d’audit'],
  },
  {
    id: 'accounts_security',
    name: 'Gestion des comptes et sécurité',
    description: 'Authentifier les professionnels, gérer leurs rattachements, tracer les accès et détecter les abus.',
    legalBasis: 'Obligation légale de sécurité (art. 32 RGPD) et mission d’intérêt public (art. 6.1.e)',
    subjects: ['professionals'],
    categories: ['staff_accounts', 'access_traces'],
    consents: [],
    recipients: [
      { roles: ['platform_admin'], organisationKinds: ['platform'], condition: 'comptes et organisations, jamais les situations' },
      { roles: ['coordinator'], organisationKinds: RECORDERS, condition: 'les membres de leur organisation' },
    ],
    retention: [
      { ruleId: 'sessions', categories: ['staff_accounts'], ...fromRule('auth_sessions'), from: 'event', then: 'deleted' },
      { ruleId: 'accounts', categories: ['staff_accounts'], years: 1, from: 'account_end', then: 'deleted' },
    ],
    safeguards: ['Mots de passe hachés (argon2id), second facteur, sessions limitées dans le temps', 'Limitation des tentatives de connexion'],
  },
  {
    id: 'access_journal',
    name: 'Journal des accès et contrôle par le délégué à la protection des données',
    description: 'Savoir qui a lu l’identité de quelle situation, quand et pourquoi ; accès d’urgence ; exports ; alerte en cas de lectures inhabituelles.',
    legalBasis: 'Obligation légale de sécurité et de responsabilité (art. 5.2 et 32 RGPD)',
    subjects: ['professionals', 'presumed_victims'],
    categories: ['access_traces'],
    consents: [],
    recipients: [
      { roles: ['dpo', 'coordinator'], organisationKinds: [...RECORDERS, 'prefecture', 'parquet', 'clav_cell', 'host', 'minors_centre'], condition: 'lectures par les membres de leur organisation et lectures des situations qu’elle suit' },
      { roles: ['dpo'], organisationKinds: ['platform'], condition: 'toutes les organisations' },
    ],
    retention: [{ ruleId: 'audit_journal', categories: ['access_traces'], years: 6, from: 'event', then: 'deleted' }],
    safeguards: ['Journal en ajout seul, chaîné et signé, vérifiable (`npm run audit:verify`)', 'Références de situation seulement, jamais l’identité de la personne', 'Chaque consultation du journal est elle-même journalisée'],
  },
  {
    id: 'notifications',
    name: 'Notifications aux professionnels',
    description: 'Prévenir les professionnels des demandes, échéances et alertes qui les concernent (application, courriel, webhooks).',
    legalBasis: 'Mission d’intérêt public (art. 6.1.e RGPD)',
    subjects: ['professionals'],
    categories: ['staff_accounts'],
    consents: [],
    recipients: [{ roles: ['case_worker', 'coordinator', 'teh_referent', 'host_operator', 'cell_coordinator', 'investigator', 'dpo'], organisationKinds: [], condition: 'le destinataire seulement ; aucune donnée d’identité de la personne dans une notification' }],
    retention: [{ ruleId: 'notifications', categories: ['staff_accounts'], ...fromRule('notifications'), from: 'creation', then: 'deleted' }],
    safeguards: ['Les notifications ne portent que des références, des codes et des dates'],
  },
];
