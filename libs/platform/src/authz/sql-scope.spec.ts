import type { Actor } from '../auth/actor';
import { buildAbility } from './ability';
import { sqlScope } from './sql-scope';

const actor: Actor = { userId: 'u', sessionId: 's', mfa: false, memberships: [] };

describe('sqlScope', () => {
  const columns = { territory: { sql: 'c.territory' }, ownerId: { sql: 'c.owner_id' }, tags: { sql: 'c.tags', array: true } };

  it('denies everything when no rule allows', () => {
    const ability = buildAbility(actor, []);
    expect(sqlScope(ability, 'read', 'Thing', columns).sql).toBe('FALSE');
  });

  it('allows everything for an unconditional rule', () => {
    const ability = buildAbility(actor, [(_, { can }) => can('read', 'Thing')]);
    expect(sqlScope(ability, 'read', 'Thing', columns).sql).toBe('TRUE');
  });

  it('ORs allowing rules and ANDs NOT of forbidding ones, with bound parameters', () => {
    const ability = buildAbility(actor, [
      (_, { can, cannot }) => {
        can('read', 'Thing', { territory: { $in: ['93', '75'] } });
        can('read', 'Thing', { ownerId: 'o1', tags: 'x' });
        cannot('read', 'Thing', { territory: '75' });
      },
    ]);
    const scope = sqlScope(ability, 'read', 'Thing', columns);
    expect(scope.sql).toContain('c.territory = ANY(:scope_');
    expect(scope.sql).toContain('c.owner_id = :scope_');
    expect(scope.sql).toContain('= ANY(c.tags)');
    expect(scope.sql).toMatch(/NOT \(c\.territory = :scope_\d+\)/);
    expect(Object.values(scope.params)).toEqual(expect.arrayContaining([['93', '75'], 'o1', 'x', '75']));
    expect(scope.sql).not.toContain('93');
  });

  it('refuses a field without a column mapping', () => {
    const ability = buildAbility(actor, [(_, { can }) => can('read', 'Thing', { secret: 1 })]);
    expect(() => sqlScope(ability, 'read', 'Thing', columns)).toThrow(/no column mapping/);
  });
});
