import { allowedMoves, DomainError, nextState, StateMachine } from '@mnio/platform';
import { CASE_STATUS, CHILD_PROTECTION, CRIMINAL, IDENTIFICATION, RESIDENCE } from './tracks';

function outcome<S extends string, E extends string>(m: StateMachine<S, E>, from: S, event: E): string {
  try {
    return nextState(m.moves, from, event);
  } catch (e) {
    return (e as DomainError).code;
  }
}

describe('identification track', () => {
  it.each([
    ['spotted', 'presumed_victim', 'presumed_victim'],
    ['spotted', 'formally_identified', 'ILLEGAL_TRANSITION'],
    ['presumed_victim', 'formally_identified', 'formally_identified'],
    ['presumed_victim', 'not_retained', 'not_retained'],
    ['spotted', 'lost_contact', 'lost_contact'],
    ['lost_contact', 'spotted', 'spotted'],
    ['lost_contact', 'presumed_victim', 'presumed_victim'],
    ['not_retained', 'presumed_victim', 'presumed_victim'],
    ['formally_identified', 'presumed_victim', 'ILLEGAL_TRANSITION'],
    ['formally_identified', 'not_retained', 'ILLEGAL_TRANSITION'],
    ['presumed_victim', 'presumed_victim', 'ILLEGAL_TRANSITION'],
  ] as const)('%s → %s gives %s', (from, to, expected) => expect(outcome(IDENTIFICATION, from, to)).toBe(expected));
});

describe('residence track', () => {
  it.each([
    ['none', 'rights_information', 'rights_informed'],
    ['none', 'reflection_period_started', 'ILLEGAL_TRANSITION'],
    ['rights_informed', 'reflection_period_started', 'reflection_period'],
    ['reflection_period', 'receipt_issued', 'reflection_period'],
    ['reflection_period', 'reflection_period_ended_early', 'reflection_ended'],
    ['reflection_period', 'complaint_or_testimony', 'complaint_or_testimony'],
    ['complaint_or_testimony', 'permit_issued', 'permit_issued'],
    ['rights_informed', 'permit_issued', 'ILLEGAL_TRANSITION'],
    ['permit_issued', 'permit_renewed', 'permit_issued'],
    ['permit_issued', 'ten_year_card_issued', 'ten_year_card'],
    ['complaint_or_testimony', 'ten_year_card_issued', 'ILLEGAL_TRANSITION'],
    ['permit_issued', 'permit_refused', 'permit_refused'],
    ['ten_year_card', 'removal_order', 'ten_year_card'],
    ['none', 'removal_order', 'none'],
  ] as const)('%s + %s gives %s', (from, event, expected) => expect(outcome(RESIDENCE, from, event)).toBe(expected));
});

describe('child protection track', () => {
  it.each([
    ['none', 'ase_provisional_reception', 'ase_reception'],
    ['ase_reception', 'parquet_informed', 'parquet_informed'],
    ['none', 'parquet_informed', 'ILLEGAL_TRANSITION'],
    ['none', 'emergency_placement_order', 'emergency_placement'],
    ['emergency_placement', 'judge_seized', 'judge_seized'],
    ['judge_seized', 'placement', 'placed'],
    ['none', 'placement', 'ILLEGAL_TRANSITION'],
    ['placed', 'guardian_appointed', 'placed'],
  ] as const)('%s + %s gives %s', (from, event, expected) => expect(outcome(CHILD_PROTECTION, from, event)).toBe(expected));
});

describe('criminal track', () => {
  it.each([
    ['none', 'complaint_filed', 'complaint_filed'],
    ['complaint_filed', 'proceedings_opened', 'proceedings'],
    ['proceedings', 'conviction', 'convicted'],
    ['complaint_filed', 'conviction', 'ILLEGAL_TRANSITION'],
    ['proceedings', 'no_further_action', 'no_further_action'],
    ['convicted', 'hearing', 'convicted'],
    ['convicted', 'complaint_filed', 'ILLEGAL_TRANSITION'],
  ] as const)('%s + %s gives %s', (from, event, expected) => expect(outcome(CRIMINAL, from, event)).toBe(expected));
});

describe('case status', () => {
  it.each([
    ['active', 'close', 'closed'],
    ['follow_up', 'close_referred', 'closed_referred'],
    ['closed', 'reopen', 'active'],
    ['closed', 'close', 'ILLEGAL_TRANSITION'],
    ['active', 'reopen', 'ILLEGAL_TRANSITION'],
    ['active', 'follow_up', 'follow_up'],
    ['follow_up', 'resume', 'active'],
  ] as const)('%s + %s gives %s', (from, event, expected) => expect(outcome(CASE_STATUS, from, event)).toBe(expected));

  it('lists what may happen next', () => {
    expect(allowedMoves(CASE_STATUS.moves, 'closed')).toEqual(['reopen']);
  });
});
