import type { AppAbility, AbilityRules } from '@mnio/platform';
import { asSubject } from '@mnio/platform';
import { SURVEY_SIGNER_ROLES } from './survey/domain/campaign';

/** Reports a cell or an association reads of its own (the capacity tables are national only). */
const OWN_REPORTS = ['survey', 'eu', 'activity'];

/**
 * Statistics rules. Subject `Statistics` {scope, report, territory?, organisationId?}: the national analyst reads
 * every national (and regional, by filter) table; the Ac.Sé coordination the national capacity tables; a CLAV
 * cell's coordinator its own territory's; an association's coordinator its own organisation's figures. Nobody
 * else. Deny by default.
 */
export const reportingAbilities: AbilityRules = (actor, { can }) => {
  for (const m of actor.memberships) {
    if (m.role === 'national_analyst' && m.organisationKind === 'national_coordinator') {
      can(['read', 'export'], 'Statistics', { scope: 'national' });
    }
    if (m.organisationKind === 'acse_coordination' && m.role === 'coordinator') {
      can(['read', 'export'], 'Statistics', { scope: 'national', report: 'capacity' });
    }
    if (m.organisationKind === 'clav_cell' && m.role === 'cell_coordinator') {
      can(['read', 'export'], 'Statistics', { scope: 'territory', territory: { $in: m.territories }, report: { $in: OWN_REPORTS } });
    }
    if (m.organisationKind === 'association' && m.role === 'coordinator') {
      can(['read', 'export'], 'Statistics', { scope: 'organisation', organisationId: m.organisationId, report: { $in: OWN_REPORTS } });
    }
    // The annual survey campaign (issue 13 §5): the analyst opens, follows, closes it and reads its national results;
    // an organisation that follows victims reads, corrects and signs its own questionnaire, by its signers only.
    if (m.role === 'national_analyst' && m.organisationKind === 'national_coordinator') {
      can(['open', 'close', 'read', 'export'], 'SurveyCampaign');
    }
    const signers = (SURVEY_SIGNER_ROLES as Record<string, readonly string[]>)[m.organisationKind];
    if (signers?.includes(m.role)) {
      can(['read', 'correct', 'submit'], 'SurveyQuestionnaire', { organisationId: m.organisationId });
    }
  }
};

/** Whether the actor may read this report in some scope (else 403, not 404: nothing is hidden by saying so). */
export function reportAllowedFor(ability: AppAbility, action: 'read' | 'export', report: string): boolean {
  return ability.rulesFor(action, 'Statistics').some((rule) => {
    if (rule.inverted) return false;
    const allowed = (rule.conditions as { report?: string | { $in: string[] } } | undefined)?.report;
    if (allowed === undefined) return true;
    return typeof allowed === 'string' ? allowed === report : allowed.$in.includes(report);
  });
}

/** The subject of a report's rules, for tests and the page's menu. */
export const statisticsSubject = (scope: Record<string, unknown>, report: string) => asSubject('Statistics', { ...scope, report });
