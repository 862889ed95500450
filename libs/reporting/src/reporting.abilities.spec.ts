import { ActorMembership, asSubject, buildAbility } from '@mnio/platform';
import { reportAllowedFor, reportingAbilities } from './reporting.abilities';

type M = Partial<ActorMembership> & Pick<ActorMembership, 'organisationKind' | 'role' | 'organisationId'>;
const ability = (m: M) => buildAbility({ userId: 'u', sessionId: 's', mfa: false, memberships: [{ territories: ['93'], national: false, ...m }] }, [reportingAbilities]);

const analyst: M = { organisationKind: 'national_coordinator', role: 'national_analyst', organisationId: 'miprof', national: true, territories: [] };
const cell93: M = { organisationKind: 'clav_cell', role: 'cell_coordinator', organisationId: 'cell-93' };
const cellMember93: M = { organisationKind: 'clav_cell', role: 'cell_member', organisationId: 'cell-93' };
const assoCoord93: M = { organisationKind: 'association', role: 'coordinator', organisationId: 'asso-93' };
const assoWorker93: M = { organisationKind: 'association', role: 'case_worker', organisationId: 'asso-93' };
const prefecture93: M = { organisationKind: 'prefecture', role: 'teh_referent', organisationId: 'pref-93' };
const admin: M = { organisationKind: 'platform', role: 'platform_admin', organisationId: 'platform', national: true, territories: [] };
const acse: M = { organisationKind: 'acse_coordination', role: 'coordinator', organisationId: 'acse', national: true, territories: [] };

const national = asSubject('Statistics', { scope: 'national', report: 'survey' });
const capacity = asSubject('Statistics', { scope: 'national', report: 'capacity' });
const territory = (t: string, report = 'activity') => asSubject('Statistics', { scope: 'territory', territory: t, report });
const organisation = (o: string, report = 'survey') => asSubject('Statistics', { scope: 'organisation', organisationId: o, report });

const rows: [string, M, string, Record<string, unknown>, boolean][] = [
  ['the national analyst reads national tables', analyst, 'read', national, true],
  ['the national analyst exports national tables', analyst, 'export', national, true],
  ['the national analyst reads an association’s own figures', analyst, 'read', organisation('asso-93'), false],
  ['a cell coordinator reads its territory', cell93, 'read', territory('93'), true],
  ['a cell coordinator reads another territory', cell93, 'read', territory('75'), false],
  ['a cell coordinator reads national tables', cell93, 'read', national, false],
  ['a cell member reads its territory', cellMember93, 'read', territory('93'), false],
  ['an association coordinator reads its own figures', assoCoord93, 'read', organisation('asso-93'), true],
  ['an association coordinator reads another association', assoCoord93, 'read', organisation('asso-75'), false],
  ['an association coordinator reads national tables', assoCoord93, 'read', national, false],
  ['an association case worker reads its organisation’s figures', assoWorker93, 'read', organisation('asso-93'), false],
  ['a préfecture referent reads anything', prefecture93, 'read', territory('93'), false],
  ['the platform admin reads national tables', admin, 'read', national, false],
  ['the Ac.Sé coordination reads national tables', acse, 'read', national, false],
  ['the Ac.Sé coordination reads the capacity tables', acse, 'read', capacity, true],
  ['the Ac.Sé coordination exports the capacity tables', acse, 'export', capacity, true],
  ['the national analyst reads the capacity tables', analyst, 'read', capacity, true],
  ['a cell coordinator reads its territory’s capacity', cell93, 'read', territory('93', 'capacity'), false],
  ['an association coordinator reads its own capacity', assoCoord93, 'read', organisation('asso-93', 'capacity'), false],
];

describe('reporting abilities', () => {
  it.each(rows)('%s', (_name, m, action, subject, allowed) => {
    expect(ability(m).can(action, subject)).toBe(allowed);
  });

  it('opens the door (type level) only to the four statistics roles', () => {
    expect([analyst, cell93, assoCoord93, acse].map((m) => ability(m).can('read', 'Statistics'))).toEqual([true, true, true, true]);
    expect([cellMember93, assoWorker93, prefecture93, admin].map((m) => ability(m).can('read', 'Statistics'))).toEqual([false, false, false, false]);
  });

  it('says which reports a role reads in some scope (the others answer 403)', () => {
    const reports = (m: M) => ['survey', 'eu', 'activity', 'capacity'].filter((r) => reportAllowedFor(ability(m), 'read', r));
    expect(reports(analyst)).toEqual(['survey', 'eu', 'activity', 'capacity']);
    expect(reports(acse)).toEqual(['capacity']);
    expect(reports(cell93)).toEqual(['survey', 'eu', 'activity']);
    expect(reports(assoCoord93)).toEqual(['survey', 'eu', 'activity']);
    expect(reports(prefecture93)).toEqual([]);
  });

  describe('the survey campaign', () => {
    const host13: M = { organisationKind: 'host', role: 'host_operator', organisationId: 'host-13' };
    const questionnaire = (o: string) => asSubject('SurveyQuestionnaire', { organisationId: o });
    it.each([
      ['the analyst opens, closes, follows and exports a campaign', analyst, ['open', 'close', 'read', 'export'].every((a) => ability(analyst).can(a, 'SurveyCampaign')), true],
      ['the analyst reads an organisation’s questionnaire', analyst, ability(analyst).can('read', questionnaire('asso-93')), false],
      ['an association coordinator reads, corrects and submits its own', assoCoord93, ['read', 'correct', 'submit'].every((a) => ability(assoCoord93).can(a, questionnaire('asso-93'))), true],
      ['an association coordinator reads another association’s', assoCoord93, ability(assoCoord93).can('read', questionnaire('asso-75')), false],
      ['an association coordinator opens a campaign', assoCoord93, ability(assoCoord93).can('open', 'SurveyCampaign'), false],
      ['a case worker reads its association’s questionnaire', assoWorker93, ability(assoWorker93).can('read', questionnaire('asso-93')), false],
      ['a host operator signs its host’s questionnaire', host13, ability(host13).can('submit', questionnaire('host-13')), true],
      ['a cell coordinator reads anything of the survey', cell93, ability(cell93).can('read', 'SurveyQuestionnaire') || ability(cell93).can('read', 'SurveyCampaign'), false],
      ['the Ac.Sé coordination reads anything of the survey', acse, ability(acse).can('read', 'SurveyQuestionnaire') || ability(acse).can('read', 'SurveyCampaign'), false],
      ['the platform admin reads anything of the survey', admin, ability(admin).can('read', 'SurveyQuestionnaire') || ability(admin).can('read', 'SurveyCampaign'), false],
      ['a préfecture referent reads anything of the survey', prefecture93, ability(prefecture93).can('read', 'SurveyQuestionnaire') || ability(prefecture93).can('read', 'SurveyCampaign'), false],
    ] as [string, M, boolean, boolean][])('%s', (_name, _m, got, allowed) => {
      expect(got).toBe(allowed);
    });
  });
});
