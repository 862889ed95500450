import { DomainError } from '@mnio/platform';
import { TARGET_KINDS, TargetKind } from './targets';
import { allowedActions, assertReason, Party, PARTIES, stepOf, Workflow } from './workflow';
import { WORKFLOWS } from './workflows';

/** state × action × party → next state, or the error code. */
function outcome(kind: TargetKind, state: string, action: string, party: Party): string {
  try {
    return stepOf(WORKFLOWS[kind], state, action, [party]).to;
  } catch (e) {
    return (e as DomainError).code;
  }
}

type Row = [state: string, action: string, party: Party, expected: string];

const TABLES: Record<TargetKind, Row[]> = {
  acse: [
    ['requested', 'start_assessment', 'target', 'assessment'],
    ['requested', 'start_assessment', 'requester', 'ACTION_NOT_ALLOWED_FOR_PARTY'],
    ['requested', 'start_assessment', 'host', 'ACTION_NOT_ALLOWED_FOR_PARTY'],
    ['assessment', 'search_place', 'target', 'searching_place'],
    ['requested', 'search_place', 'target', 'ILLEGAL_TRANSITION'],
    ['searching_place', 'agree_in_principle', 'target', 'agreed_in_principle'],
    ['assessment', 'agree_in_principle', 'target', 'ILLEGAL_TRANSITION'],
    ['searching_place', 'agree_in_principle', 'host', 'ACTION_NOT_ALLOWED_FOR_PARTY'],
    ['agreed_in_principle', 'release_host', 'target', 'searching_place'],
    ['pre_admission_scheduled', 'release_host', 'target', 'searching_place'],
    ['agreed_in_principle', 'schedule_pre_admission', 'target', 'pre_admission_scheduled'],
    ['pre_admission_scheduled', 'transfer', 'target', 'transfer_organised'],
    ['agreed_in_principle', 'transfer', 'target', 'ILLEGAL_TRANSITION'],
    ['transfer_organised', 'admit', 'host', 'hosted'],
    ['transfer_organised', 'admit', 'target', 'ACTION_NOT_ALLOWED_FOR_PARTY'],
    ['pre_admission_scheduled', 'admit', 'host', 'ILLEGAL_TRANSITION'],
    ['hosted', 'end', 'host', 'ended'],
    ['hosted', 'end', 'requester', 'ACTION_NOT_ALLOWED_FOR_PARTY'],
    ['requested', 'refuse', 'target', 'refused'],
    ['pre_admission_scheduled', 'refuse', 'target', 'refused'],
    ['hosted', 'refuse', 'target', 'ILLEGAL_TRANSITION'],
    ['requested', 'refuse', 'requester', 'ACTION_NOT_ALLOWED_FOR_PARTY'],
    ['searching_place', 'cancel', 'requester', 'cancelled'],
    ['transfer_organised', 'cancel', 'requester', 'cancelled'],
    ['hosted', 'cancel', 'requester', 'ILLEGAL_TRANSITION'],
    ['requested', 'cancel', 'target', 'ACTION_NOT_ALLOWED_FOR_PARTY'],
    ['ended', 'end', 'host', 'ILLEGAL_TRANSITION'],
    ['requested', 'accept', 'target', 'UNKNOWN_MOVE'],
  ],
  dna: [
    ['requested', 'accept', 'target', 'accepted'],
    ['requested', 'accept', 'requester', 'ACTION_NOT_ALLOWED_FOR_PARTY'],
    ['accepted', 'accept', 'target', 'ILLEGAL_TRANSITION'],
    ['requested', 'refuse', 'target', 'refused'],
    ['accepted', 'refuse', 'target', 'refused'],
    ['accepted', 'admit', 'host', 'admitted'],
    ['requested', 'admit', 'host', 'ILLEGAL_TRANSITION'],
    ['admitted', 'end', 'host', 'ended'],
    ['admitted', 'end', 'target', 'ACTION_NOT_ALLOWED_FOR_PARTY'],
    ['accepted', 'cancel', 'requester', 'cancelled'],
    ['admitted', 'cancel', 'requester', 'ILLEGAL_TRANSITION'],
    ['requested', 'start_assessment', 'target', 'UNKNOWN_MOVE'],
  ],
  minors_centre: [
    ['requested', 'start_assessment', 'target', 'assessment'],
    ['assessment', 'accept', 'target', 'accepted'],
    ['requested', 'accept', 'target', 'ILLEGAL_TRANSITION'],
    ['accepted', 'admit', 'host', 'stay'],
    ['accepted', 'admit', 'requester', 'ACTION_NOT_ALLOWED_FOR_PARTY'],
    ['stay', 'relay', 'target', 'relay'],
    ['stay', 'relay', 'host', 'ACTION_NOT_ALLOWED_FOR_PARTY'],
    ['accepted', 'relay', 'target', 'ILLEGAL_TRANSITION'],
    ['stay', 'end', 'host', 'ended'],
    ['relay', 'end', 'host', 'ended'],
    ['assessment', 'refuse', 'target', 'refused'],
    ['stay', 'refuse', 'target', 'ILLEGAL_TRANSITION'],
    ['accepted', 'cancel', 'requester', 'cancelled'],
    ['stay', 'cancel', 'requester', 'ILLEGAL_TRANSITION'],
  ],
  uaped: [
    ['requested', 'schedule_hearing', 'target', 'hearing_scheduled'],
    ['hearing_scheduled', 'schedule_hearing', 'target', 'hearing_scheduled'],
    ['requested', 'schedule_hearing', 'requester', 'ACTION_NOT_ALLOWED_FOR_PARTY'],
    ['hearing_scheduled', 'hold_hearing', 'target', 'hearing_held'],
    ['requested', 'hold_hearing', 'target', 'ILLEGAL_TRANSITION'],
    ['hearing_held', 'cancel', 'requester', 'ILLEGAL_TRANSITION'],
    ['hearing_scheduled', 'cancel', 'requester', 'cancelled'],
    ['requested', 'refuse', 'target', 'refused'],
  ],
  crp: [
    ['requested', 'add_to_waiting_list', 'target', 'waiting_list'],
    ['waiting_list', 'start_care', 'target', 'in_care'],
    ['requested', 'start_care', 'target', 'in_care'],
    ['in_care', 'end', 'target', 'ended'],
    ['waiting_list', 'end', 'target', 'ILLEGAL_TRANSITION'],
    ['in_care', 'end', 'requester', 'ACTION_NOT_ALLOWED_FOR_PARTY'],
    ['waiting_list', 'refuse', 'target', 'refused'],
    ['waiting_list', 'cancel', 'requester', 'cancelled'],
    ['in_care', 'cancel', 'requester', 'ILLEGAL_TRANSITION'],
  ],
  psp: [
    ['requested', 'commission_opinion', 'target', 'commission_reviewed'],
    ['requested', 'commission_opinion', 'requester', 'ACTION_NOT_ALLOWED_FOR_PARTY'],
    ['commission_reviewed', 'prefect_decision', 'target', 'authorised'],
    ['requested', 'prefect_decision', 'target', 'ILLEGAL_TRANSITION'],
    ['authorised', 'renew', 'target', 'authorised'],
    ['commission_reviewed', 'renew', 'target', 'ILLEGAL_TRANSITION'],
    ['authorised', 'decline_renewal', 'target', 'ended'],
    ['authorised', 'end', 'requester', 'ended'],
    ['authorised', 'end', 'target', 'ACTION_NOT_ALLOWED_FOR_PARTY'],
    ['commission_reviewed', 'refuse', 'target', 'refused'],
    ['authorised', 'refuse', 'target', 'ILLEGAL_TRANSITION'],
    ['commission_reviewed', 'cancel', 'requester', 'cancelled'],
  ],
  prefecture: [
    ['requested', 'acknowledge', 'target', 'acknowledged'],
    ['requested', 'acknowledge', 'requester', 'ACTION_NOT_ALLOWED_FOR_PARTY'],
    ['acknowledged', 'complete', 'target', 'done'],
    ['requested', 'complete', 'target', 'ILLEGAL_TRANSITION'],
    ['requested', 'refuse', 'target', 'refused'],
    ['acknowledged', 'refuse', 'target', 'ILLEGAL_TRANSITION'],
    ['acknowledged', 'cancel', 'requester', 'cancelled'],
    ['done', 'cancel', 'requester', 'ILLEGAL_TRANSITION'],
  ],
  parquet: [
    ['requested', 'acknowledge', 'target', 'acknowledged'],
    ['acknowledged', 'open_proceedings', 'target', 'proceedings'],
    ['acknowledged', 'no_further_action', 'target', 'no_further_action'],
    ['requested', 'open_proceedings', 'target', 'ILLEGAL_TRANSITION'],
    ['proceedings', 'no_further_action', 'target', 'ILLEGAL_TRANSITION'],
    ['acknowledged', 'open_proceedings', 'requester', 'ACTION_NOT_ALLOWED_FOR_PARTY'],
    ['requested', 'cancel', 'requester', 'cancelled'],
    ['acknowledged', 'cancel', 'requester', 'ILLEGAL_TRANSITION'],
  ],
  general: [
    ['requested', 'complete', 'target', 'done'],
    ['requested', 'complete', 'requester', 'ACTION_NOT_ALLOWED_FOR_PARTY'],
    ['done', 'complete', 'target', 'ILLEGAL_TRANSITION'],
    ['requested', 'refuse', 'target', 'refused'],
    ['requested', 'cancel', 'requester', 'cancelled'],
    ['refused', 'cancel', 'requester', 'ILLEGAL_TRANSITION'],
    ['requested', 'admit', 'host', 'UNKNOWN_MOVE'],
  ],
};

describe.each(TARGET_KINDS)('%s workflow', (kind) => {
  const workflow: Workflow = WORKFLOWS[kind];

  it.each(TABLES[kind])('%s + %s by the %s gives %s', (state, action, party, expected) => {
    expect(outcome(kind, state, action, party)).toBe(expected);
  });

  it('starts in requested, names only its own states, and lets nothing leave a terminal state', () => {
    expect(workflow.initial).toBe('requested');
    for (const step of Object.values(workflow.steps)) {
      expect(workflow.states).toEqual(expect.arrayContaining([...step.from, step.to]));
      for (const t of workflow.terminal) expect(step.from).not.toContain(t);
    }
    for (const t of workflow.terminal) expect(PARTIES.flatMap((p) => allowedActions(workflow, t, [p]))).toEqual([]);
  });

  it('reaches every state from requested', () => {
    const seen = new Set([workflow.initial]);
    for (let changed = true; changed; ) {
      changed = false;
      for (const step of Object.values(workflow.steps)) {
        if (step.from.some((s) => seen.has(s)) && !seen.has(step.to)) {
          seen.add(step.to);
          changed = true;
        }
      }
    }
    expect([...seen].sort()).toEqual([...workflow.states].sort());
  });

  it('lets the requester cancel and the target refuse while it waits, and gives places back on the way out', () => {
    expect(workflow.steps.cancel).toMatchObject({ party: 'requester', revokesAccess: true, event: 'OrientationCancelled' });
    expect(workflow.steps.refuse).toMatchObject({ party: 'target', revokesAccess: true, event: 'OrientationRefused' });
    expect(workflow.steps.refuse.from).toContain('requested');
    for (const [action, step] of Object.entries(workflow.steps)) {
      if (step.revokesAccess && ['acse', 'dna', 'minors_centre'].includes(kind)) expect([action, step.place]).toEqual([action, 'release']);
    }
  });
});

describe('allowed actions', () => {
  it('offers each party only its own steps', () => {
    expect(allowedActions(WORKFLOWS.acse, 'requested', ['target'])).toEqual(['start_assessment', 'refuse']);
    expect(allowedActions(WORKFLOWS.acse, 'requested', ['requester'])).toEqual(['cancel']);
    expect(allowedActions(WORKFLOWS.dna, 'accepted', ['target', 'host'])).toEqual(['refuse', 'admit']);
    expect(allowedActions(WORKFLOWS.acse, 'hosted', ['requester'])).toEqual([]);
  });
});

describe('reason codes', () => {
  const code = (step: Parameters<typeof assertReason>[0], reason?: string) => {
    try {
      assertReason(step, reason);
      return 'ok';
    } catch (e) {
      return (e as DomainError).code;
    }
  };

  it.each([
    ['acse', 'refuse', undefined, 'REASON_CODE_REQUIRED'],
    ['acse', 'refuse', 'no_danger', 'ok'],
    ['acse', 'refuse', 'no_agreement', 'ok'],
    ['acse', 'refuse', 'no_place', 'ok'],
    ['acse', 'refuse', 'out_of_scope', 'ok'],
    ['acse', 'refuse', 'bored', 'REASON_CODE_INVALID'],
    ['acse', 'end', 'mainstream_services', 'ok'],
    ['acse', 'end', undefined, 'REASON_CODE_REQUIRED'],
    ['acse', 'cancel', undefined, 'ok'],
    ['acse', 'cancel', 'whatever', 'REASON_CODE_INVALID'],
    ['acse', 'start_assessment', undefined, 'ok'],
    ['psp', 'commission_opinion', 'favourable', 'ok'],
    ['psp', 'commission_opinion', undefined, 'REASON_CODE_REQUIRED'],
    ['parquet', 'no_further_action', 'insufficient_evidence', 'ok'],
    ['minors_centre', 'end', 'came_of_age', 'ok'],
  ] as [TargetKind, string, string | undefined, string][])('%s %s with %s: %s', (kind, action, reason, expected) => {
    expect(code(WORKFLOWS[kind].steps[action], reason)).toBe(expected);
  });
});
