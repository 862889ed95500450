import type { Actor, ActorMembership } from '../auth/actor';
import { type AbilityRules, asSubject } from './ability';
import { AbilityFactory } from './ability.factory';

const member = (organisationId: string, territories: string[], role = 'case_worker'): ActorMembership =>
  ({ organisationId, organisationKind: 'association', role, territories, national: false });
// A fresh object each time, as the resolver gives one per request.
const actorWith = (...memberships: ActorMembership[]): Actor => ({ userId: 'u', sessionId: 's', mfa: true, memberships });

describe('AbilityFactory: one ability per actor content, rebuilt when the content changes', () => {
  const rules = jest.fn<ReturnType<AbilityRules>, Parameters<AbilityRules>>((actor, { can }) => {
    for (const m of actor.memberships) if (m.role === 'case_worker') can('update', 'Case', { territory: { $in: m.territories } });
  });
  const abilities = new AbilityFactory();
  abilities.register(rules);
  const case75 = asSubject('Case', { territory: '75' });

  beforeEach(() => rules.mockClear());

  it('reuses the ability of an actor reloaded with the same content (the rules run once)', () => {
    const first = abilities.forActor(actorWith(member('A', ['75'])));
    const again = abilities.forActor(actorWith(member('A', ['75'])));
    expect(again).toBe(first);
    expect(again.can('update', case75)).toBe(true);
    expect(rules).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['a role taken away', [member('A', ['75'], 'reader')]],
    ['a territory moved', [member('A', ['93'])]],
    ['the membership revoked', []],
  ] as const)('refuses at once after %s: the new content builds a new ability', (_t, memberships) => {
    expect(abilities.forActor(actorWith(member('A', ['75']))).can('update', case75)).toBe(true);
    expect(abilities.forActor(actorWith(...memberships)).can('update', case75)).toBe(false);
  });

  it('keeps users, sessions and second factors apart', () => {
    const base = abilities.forActor(actorWith(member('A', ['75'])));
    expect(abilities.forActor({ ...actorWith(member('A', ['75'])), userId: 'v' })).not.toBe(base);
    expect(abilities.forActor({ ...actorWith(member('A', ['75'])), sessionId: 't' })).not.toBe(base);
    expect(abilities.forActor({ ...actorWith(member('A', ['75'])), mfa: false })).not.toBe(base);
  });

  it('forgets what it built when a context registers more rules', () => {
    const before = abilities.forActor(actorWith(member('A', ['75'])));
    abilities.register((_actor, { can }) => can('read', 'Case'));
    const after = abilities.forActor(actorWith(member('A', ['75'])));
    expect(after).not.toBe(before);
    expect(after.can('read', 'Case')).toBe(true);
  });
});
