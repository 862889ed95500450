import { DomainError } from '@mnio/platform';
import { ActionMove, ActionStatus, nextActionStatus } from './action-status';
import { nextTransferStatus, TransferMove, TransferStatus } from './transfer-status';

function outcome<S, M>(next: (s: S, m: M) => S, from: S, move: M): string {
  try {
    return String(next(from, move));
  } catch (e) {
    return (e as DomainError).code;
  }
}

describe('action status', () => {
  it.each([
    ['open', 'start', 'in_progress'],
    ['open', 'complete', 'done'],
    ['open', 'cancel', 'cancelled'],
    ['in_progress', 'complete', 'done'],
    ['in_progress', 'cancel', 'cancelled'],
    ['in_progress', 'start', 'ILLEGAL_TRANSITION'],
    ['done', 'cancel', 'ILLEGAL_TRANSITION'],
    ['done', 'start', 'ILLEGAL_TRANSITION'],
    ['cancelled', 'complete', 'ILLEGAL_TRANSITION'],
  ] as [ActionStatus, ActionMove, string][])('%s + %s gives %s', (from, move, expected) => expect(outcome(nextActionStatus, from, move)).toBe(expected));
});

describe('transfer status', () => {
  it.each([
    ['requested', 'accept', 'accepted'],
    ['requested', 'refuse', 'refused'],
    ['requested', 'cancel', 'cancelled'],
    ['accepted', 'refuse', 'ILLEGAL_TRANSITION'],
    ['refused', 'accept', 'ILLEGAL_TRANSITION'],
    ['cancelled', 'accept', 'ILLEGAL_TRANSITION'],
    ['accepted', 'cancel', 'ILLEGAL_TRANSITION'],
  ] as [TransferStatus, TransferMove, string][])('%s + %s gives %s', (from, move, expected) => expect(outcome(nextTransferStatus, from, move)).toBe(expected));
});
