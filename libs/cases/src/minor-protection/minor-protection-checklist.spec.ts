import { MinorProtectionInput, minorProtectionChecklist, nextClock } from './minor-protection-checklist';

const ASSO = 'a0000000-0000-4000-8000-000000000001';
const ASE = 'a0000000-0000-4000-8000-000000000002';
const PARQUET = 'a0000000-0000-4000-8000-000000000003';
const UAPED = 'a0000000-0000-4000-8000-000000000004';

function input(over: Partial<MinorProtectionInput> = {}): MinorProtectionInput {
  return {
    today: '2026-12-03',
    createdOn: '2026-12-01',
    ownerOrganisationId: ASSO,
    aseOrganisationId: ASE,
    parquetOrganisationId: PARQUET,
    organisations: {
      [ASSO]: { kind: 'association', name: 'Association' }, [ASE]: { kind: 'ase', name: 'ASE 93' },
      [PARQUET]: { kind: 'parquet', name: 'Parquet' }, [UAPED]: { kind: 'uaped', name: 'UAPED' },
    },
    events: [],
    deadlines: [
      { id: 'd-report', kind: 'minor_report', dueOn: '2026-12-02', responsibleOrganisationId: ASSO, closed: false },
      { id: 'd-reception', kind: 'ase_reception', dueOn: '2026-12-04', responsibleOrganisationId: ASE, closed: false },
    ],
    uaped: null,
    ...over,
  };
}

const ev = (type: string, occurredOn: string, organisationId: string) => ({ type, occurredOn, organisationId });
/** step → "state[ dueOn|doneOn] by kind" */
const summary = (i: MinorProtectionInput) =>
  Object.fromEntries(minorProtectionChecklist(i).map((s) => [s.step, `${s.state}${s.dueOn ? ` ${s.dueOn}` : ''}${s.doneOn ? ` ${s.doneOn}` : ''} by ${s.actor.organisationKind}`]));

describe('a minor’s protection checklist', () => {
  it.each<[string, Partial<MinorProtectionInput>, Record<string, string>]>([
    ['just recorded by an association, report already late', {}, {
      report: 'overdue 2026-12-02 by association', ase_reception: 'due 2026-12-04 by ase', parquet_informed: 'not_applicable_yet by ase',
      judge_seized: 'not_applicable_yet by parquet', uaped_hearing: 'to_do by parquet',
    }],
    ['recorded by the ASE itself: the report is made at recording', { ownerOrganisationId: ASE, deadlines: [{ id: 'd', kind: 'ase_reception', dueOn: '2026-12-04', responsibleOrganisationId: ASE, closed: false }] }, {
      report: 'done 2026-12-01 by ase', ase_reception: 'due 2026-12-04 by ase', parquet_informed: 'not_applicable_yet by ase',
      judge_seized: 'not_applicable_yet by parquet', uaped_hearing: 'to_do by parquet',
    }],
    ['reported to the CRIP', { events: [ev('report_made', '2026-12-01', ASSO)], deadlines: [{ id: 'd', kind: 'ase_reception', dueOn: '2026-12-04', responsibleOrganisationId: ASE, closed: false }] }, {
      report: 'done 2026-12-01 by association', ase_reception: 'due 2026-12-04 by ase', parquet_informed: 'not_applicable_yet by ase',
      judge_seized: 'not_applicable_yet by parquet', uaped_hearing: 'to_do by parquet',
    }],
    ['taken in by the ASE: the 5-day clock runs', {
      events: [ev('ase_provisional_reception', '2026-12-02', ASE)],
      deadlines: [{ id: 'd5', kind: 'parquet_referral', dueOn: '2026-12-07', responsibleOrganisationId: ASE, closed: false }],
    }, {
      report: 'done 2026-12-02 by ase', ase_reception: 'done 2026-12-02 by ase', parquet_informed: 'due 2026-12-07 by ase',
      judge_seized: 'not_applicable_yet by parquet', uaped_hearing: 'to_do by parquet',
    }],
    ['5 days passed without telling the parquet', {
      today: '2026-12-08', events: [ev('ase_provisional_reception', '2026-12-02', ASE)],
      deadlines: [{ id: 'd5', kind: 'parquet_referral', dueOn: '2026-12-07', responsibleOrganisationId: ASE, closed: false }],
    }, {
      report: 'done 2026-12-02 by ase', ase_reception: 'done 2026-12-02 by ase', parquet_informed: 'overdue 2026-12-07 by ase',
      judge_seized: 'not_applicable_yet by parquet', uaped_hearing: 'to_do by parquet',
    }],
    ['parquet told, then an OPP: the 8-day clock runs', {
      events: [ev('ase_provisional_reception', '2026-12-02', ASE), ev('parquet_informed', '2026-12-03', ASE), ev('emergency_placement_order', '2026-12-03', PARQUET)],
      deadlines: [{ id: 'd8', kind: 'judge_seizure', dueOn: '2026-12-11', responsibleOrganisationId: PARQUET, closed: false }],
    }, {
      report: 'done 2026-12-02 by ase', ase_reception: 'done 2026-12-02 by ase', parquet_informed: 'done 2026-12-03 by ase',
      judge_seized: 'due 2026-12-11 by parquet', uaped_hearing: 'to_do by parquet',
    }],
    ['an OPP first: the child is entrusted by the order and the parquet knows', {
      events: [ev('emergency_placement_order', '2026-12-01', PARQUET)],
      deadlines: [{ id: 'd8', kind: 'judge_seizure', dueOn: '2026-12-09', responsibleOrganisationId: PARQUET, closed: false }],
    }, {
      report: 'done 2026-12-01 by parquet', ase_reception: 'done 2026-12-01 by parquet', parquet_informed: 'done 2026-12-01 by parquet',
      judge_seized: 'due 2026-12-09 by parquet', uaped_hearing: 'to_do by parquet',
    }],
    ['judge seized and UAPED hearing requested, its answer due', {
      events: [ev('ase_provisional_reception', '2026-12-01', ASE), ev('emergency_placement_order', '2026-12-01', PARQUET), ev('judge_seized', '2026-12-02', PARQUET)],
      deadlines: [], uaped: { state: 'requested', since: '2026-12-02', targetOrganisationId: UAPED, answerDueOn: '2026-12-05' },
    }, {
      report: 'done 2026-12-01 by ase', ase_reception: 'done 2026-12-01 by ase', parquet_informed: 'done 2026-12-01 by parquet',
      judge_seized: 'done 2026-12-02 by parquet', uaped_hearing: 'due 2026-12-05 by uaped',
    }],
    ['reported after a backdated reception: the report names who reported', {
      events: [ev('ase_provisional_reception', '2026-11-28', ASE), ev('report_made', '2026-12-01', ASSO)],
      deadlines: [{ id: 'd5', kind: 'parquet_referral', dueOn: '2026-12-03', responsibleOrganisationId: ASE, closed: false }],
    }, {
      report: 'done 2026-12-01 by association', ase_reception: 'done 2026-11-28 by ase', parquet_informed: 'due 2026-12-03 by ase',
      judge_seized: 'not_applicable_yet by parquet', uaped_hearing: 'to_do by parquet',
    }],
    ['UAPED hearing held', { deadlines: [], events: [ev('report_made', '2026-12-01', ASSO)], uaped: { state: 'hearing_held', since: '2026-12-03', targetOrganisationId: UAPED, answerDueOn: null } }, {
      report: 'done 2026-12-01 by association', ase_reception: 'to_do by ase', parquet_informed: 'not_applicable_yet by ase',
      judge_seized: 'not_applicable_yet by parquet', uaped_hearing: 'done 2026-12-03 by uaped',
    }],
    ['UAPED request refused: back to the parquet', { deadlines: [], uaped: { state: 'refused', since: '2026-12-03', targetOrganisationId: UAPED, answerDueOn: null } }, {
      report: 'to_do by association', ase_reception: 'to_do by ase', parquet_informed: 'not_applicable_yet by ase',
      judge_seized: 'not_applicable_yet by parquet', uaped_hearing: 'to_do by parquet',
    }],
    ['no ASE in the directory: the ASE step still names the kind', { aseOrganisationId: null, deadlines: [] }, {
      report: 'to_do by association', ase_reception: 'to_do by ase', parquet_informed: 'not_applicable_yet by ase',
      judge_seized: 'not_applicable_yet by parquet', uaped_hearing: 'to_do by parquet',
    }],
  ])('%s', (_name, over, expected) => expect(summary(input(over))).toEqual(expected));

  it('names the organisation that must act, and marks an overdue clock as escalated', () => {
    const [report, reception] = minorProtectionChecklist(input());
    expect(report).toMatchObject({ state: 'overdue', deadlineId: 'd-report', escalated: true, actor: { organisationKind: 'association', organisationId: ASSO, organisationName: 'Association' } });
    expect(reception).toMatchObject({ state: 'due', escalated: false, actor: { organisationId: ASE, organisationName: 'ASE 93' } });
  });

  it('gives the next clock, the earliest due date first', () => {
    expect(nextClock(minorProtectionChecklist(input()))).toMatchObject({ step: 'report', dueOn: '2026-12-02' });
    expect(nextClock(minorProtectionChecklist(input({ deadlines: [] })))).toBeNull();
  });
});
