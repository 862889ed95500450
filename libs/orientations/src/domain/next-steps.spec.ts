import { nextSteps } from './next-steps';

const acse = (state: string) => ({ targetKind: 'acse' as const, state, authorisations: 0 });
const allowed = (steps: ReturnType<typeof nextSteps>) => steps.filter((s) => s.allowed).map((s) => s.action);

describe('next steps of an orientation, per reader', () => {
  it('offers the target its steps, with the reasons and host each needs, and tells the requester which are the target\u2019s', () => {
    const target = nextSteps(acse('requested'), ['target']);
    expect(target.map((s) => [s.action, s.party, s.allowed, s.deniedCode])).toEqual([
      ['start_assessment', 'target', true, null],
      ['refuse', 'target', true, null],
      ['cancel', 'requester', false, 'ACTION_NOT_ALLOWED_FOR_PARTY'],
    ]);
    expect(target.find((s) => s.action === 'refuse')).toMatchObject({ reasonRequired: true, reasonCodes: ['no_danger', 'no_agreement', 'no_place', 'out_of_scope'], host: null });
    expect(target.find((s) => s.action === 'cancel')).toMatchObject({ reasonRequired: false, reasonCodes: ['no_longer_needed', 'person_declined', 'lost_contact', 'other'] });
    expect(allowed(nextSteps(acse('requested'), ['requester']))).toEqual(['cancel']);
    expect(nextSteps(acse('searching_place'), ['target']).find((s) => s.action === 'agree_in_principle')).toMatchObject({ allowed: true, host: 'required', reasonCodes: [] });
  });

  it('gives a reader holding no party of the step nothing to do, and a terminal orientation no step at all', () => {
    const hosted = nextSteps(acse('hosted'), ['requester']);
    expect(hosted.map((s) => [s.action, s.allowed, s.deniedCode])).toEqual([['end', false, 'ACTION_NOT_ALLOWED_FOR_PARTY']]);
    expect(allowed(nextSteps(acse('hosted'), []))).toEqual([]);
    expect(nextSteps(acse('ended'), ['requester', 'target', 'host'])).toEqual([]);
    expect(nextSteps({ targetKind: 'dna', state: 'refused', authorisations: 0 }, ['target', 'host'])).toEqual([]);
  });

  it('says a PSP renewal is no longer possible after four authorisations, as the transition does', () => {
    const psp = (authorisations: number) => nextSteps({ targetKind: 'psp', state: 'authorised', authorisations }, ['target']).find((s) => s.action === 'renew');
    expect(psp(3)).toMatchObject({ allowed: true, deniedCode: null });
    expect(psp(4)).toMatchObject({ allowed: false, deniedCode: 'PSP_MAX_DURATION_REACHED' });
  });
});
