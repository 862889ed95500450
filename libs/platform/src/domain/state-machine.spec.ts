import { DomainError, statusOf } from '../errors/domain-error';
import { allowedMoves, isMove, Move, Moves, nextState, takeMove } from './state-machine';

type S = 'draft' | 'sent' | 'closed';
const MOVES: Moves<S, 'send' | 'note' | 'close', Move<S> & { who: string }> = {
  send: { from: ['draft'], to: 'sent', who: 'author' },
  note: { from: '*', to: 'same', who: 'anyone' },
  close: { from: ['draft', 'sent'], to: 'closed', who: 'author' },
};

function failure(fn: () => unknown): { code: string; status: number; message: string; details?: Record<string, unknown> } {
  try {
    fn();
  } catch (e) {
    const err = e as DomainError;
    return { code: err.code, status: statusOf(err.code), message: err.message, details: err.details };
  }
  throw new Error('expected a failure');
}

describe('state-machine engine', () => {
  it('leads each move to its state, keeps the state on same, and accepts any state on *', () => {
    expect(nextState(MOVES, 'draft', 'send')).toBe('sent');
    expect(nextState(MOVES, 'sent', 'note')).toBe('sent');
    expect(nextState(MOVES, 'closed', 'note')).toBe('closed');
    expect(takeMove(MOVES, 'sent', 'close')).toEqual({ name: 'close', move: MOVES.close, to: 'closed' });
  });

  it('answers 422 UNKNOWN_MOVE to a name it does not know, without echoing it, inherited names included', () => {
    for (const name of ['publish', 'constructor', '__proto__', 'toString']) {
      const f = failure(() => nextState(MOVES, 'draft', name));
      expect([f.code, f.status]).toEqual(['UNKNOWN_MOVE', 422]);
      expect(f.message).not.toContain(name);
      expect(f.details).toEqual({ moves: ['send', 'note', 'close'] });
    }
    expect(isMove(MOVES, 'send')).toBe(true);
    expect(isMove(MOVES, 'hasOwnProperty')).toBe(false);
  });

  it('answers 409 ILLEGAL_TRANSITION to a move the state does not allow', () => {
    const f = failure(() => nextState(MOVES, 'closed', 'send'));
    expect([f.code, f.status, f.details]).toEqual(['ILLEGAL_TRANSITION', 409, { from: 'closed', move: 'send' }]);
  });

  it('checks the move exists, then who may take it, then the state', () => {
    const refuse = (m: { who: string }) => {
      if (m.who !== 'anyone') throw new DomainError('FORBIDDEN', 'no');
    };
    expect(failure(() => takeMove(MOVES, 'closed', 'nope', refuse)).code).toBe('UNKNOWN_MOVE');
    expect(failure(() => takeMove(MOVES, 'closed', 'send', refuse)).code).toBe('FORBIDDEN');
    expect(takeMove(MOVES, 'closed', 'note', refuse).to).toBe('closed');
  });

  it('lists the moves a state allows, in order, filtered by who may take them', () => {
    expect(allowedMoves(MOVES, 'draft')).toEqual(['send', 'note', 'close']);
    expect(allowedMoves(MOVES, 'closed')).toEqual(['note']);
    expect(allowedMoves(MOVES, 'draft', (m) => m.who === 'author')).toEqual(['send', 'close']);
  });
});
