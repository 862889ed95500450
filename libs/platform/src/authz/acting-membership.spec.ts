import type { Actor, ActorMembership } from '../auth/actor';
import { asSubject } from './ability';
import { AbilityFactory } from './ability.factory';
import { actingMembership, actingOrganisationId } from './acting-membership';
import { DomainError } from '../errors/domain-error';

const member = (organisationId: string, territories: string[], role = 'case_worker'): ActorMembership =>
  ({ organisationId, organisationKind: 'association', role, territories, national: false });
const actorWith = (...memberships: ActorMembership[]): Actor => ({ userId: 'u', sessionId: 's', mfa: true, memberships });

describe('actingMembership: the membership whose own rules allowed the act', () => {
  const abilities = new AbilityFactory();
  // A membership may update a case of its territories; a reader role may only read.
  abilities.register((actor, { can }) => {
    for (const m of actor.memberships) {
      can('read', 'Case', { territory: { $in: m.territories } });
      if (m.role === 'case_worker') can('update', 'Case', { territory: { $in: m.territories } });
    }
  });
  const case75 = asSubject('Case', { territory: '75', ownerOrganisationId: 'B' });

  it.each([
    ['one membership that allows', [member('A', ['75'])], 'update', undefined, 'A'],
    ['two memberships, only the second allows', [member('A', ['93']), member('B', ['75'])], 'update', undefined, 'B'],
    ['two that allow, the preferred one wins', [member('A', ['75']), member('B', ['75'])], 'update', 'B', 'B'],
    ['two that allow, no preference: the first that allows', [member('A', ['75']), member('B', ['75'])], 'update', undefined, 'A'],
    ['a preference that does not allow is not taken', [member('A', ['75']), member('B', ['93'])], 'update', 'B', 'A'],
    ['the role matters, not only the territory', [member('A', ['75'], 'reader'), member('B', ['75'])], 'update', 'A', 'B'],
  ] as const)('%s', (_t, memberships, action, prefer, expected) => {
    const actor = actorWith(...memberships);
    expect(actingMembership(abilities, actor, action, case75, { prefer }).organisationId).toBe(expected);
    expect(actingOrganisationId(abilities, actor, action, case75, { prefer })).toBe(expected);
  });

  it.each([
    ['no membership at all', []],
    ['memberships of which none allows (never the first one by default)', [member('A', ['93']), member('B', ['13'])]],
    ['a membership that may read but not update', [member('A', ['75'], 'reader')]],
  ] as const)('refuses with FORBIDDEN when %s', (_t, memberships) => {
    expect(() => actingMembership(abilities, actorWith(...memberships), 'update', case75)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });

  it('throws the caller\'s error when given (a case outside the territories stays invisible)', () => {
    expect(() => actingMembership(abilities, actorWith(member('A', ['93'])), 'update', case75, { denied: () => new DomainError('NOT_FOUND', 'x') }))
      .toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('builds each membership\'s ability once per actor', () => {
    const spy = jest.spyOn(abilities, 'forActor');
    const actor = actorWith(member('A', ['93']), member('B', ['75']));
    for (let i = 0; i < 5; i++) actingMembership(abilities, actor, 'update', case75);
    expect(spy).toHaveBeenCalledTimes(2);
    spy.mockRestore();
  });
});
