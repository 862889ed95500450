import type { Actor } from '../auth/actor';
import { buildAbility } from './ability';
import { sqlScope } from './sql-scope';

const actor: Actor = { userId: 'u', sessionId: 's', mfa: false, memberships: [] };

describe('sqlScope', () => {
  const columns = { territory: { sql: 'c.territory' }, ownerId: { sql: 'c.owner_id' }, tags: { sql: 'c.tags', array: true } };

  it('denies everything when no rule allows, binding nothing', () => {
    const ability = buildAbility(actor, []);
    const params: unknown[] = [];
    expect(sqlScope(ability, 'read', 'Thing', columns, params)).toBe('FALSE');
    expect(params).toEqual([]);
  });

  it('allows everything for an unconditional rule', () => {
    const ability = buildAbility(actor, [(_, { can }) => can('read', 'Thing')]);
    const params: unknown[] = [];
    expect(sqlScope(ability, 'read', 'Thing', columns, params)).toBe('TRUE');
    expect(params).toEqual([]);
  });

  it('ORs allowing rules and ANDs NOT of forbidding ones, with positional parameters', () => {
    const ability = buildAbility(actor, [
      (_, { can, cannot }) => {
        can('read', 'Thing', { territory: { $in: ['93', '75'] } });
        can('read', 'Thing', { ownerId: 'o1', tags: 'x' });
        cannot('read', 'Thing', { territory: '75' });
      },
    ]);
    const params: unknown[] = [];
    const sql = sqlScope(ability, 'read', 'Thing', columns, params);
    expect(sql).toMatch(/c\.territory = ANY\(\$\d+\)/);
    expect(sql).toMatch(/c\.owner_id = \$\d+/);
    // An array column holding the value: `&&`, which a GIN index answers (never `$n = ANY(c.tags)`).
    expect(sql).toMatch(/c\.tags && \$\d+/);
    expect(sql).not.toMatch(/ANY\(c\.tags\)/);
    expect(sql).toMatch(/NOT \(c\.territory = \$\d+\)/);
    expect(sql).not.toContain(':');
    expect(params).toEqual(expect.arrayContaining([['93', '75'], 'o1', ['x'], '75']));
    expect(params).toHaveLength(4);
    expect(sql).not.toContain('93');
    // Every placeholder names a value the caller binds, and every value is named once.
    const used = [...sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])).sort((a, b) => a - b);
    expect(used).toEqual([1, 2, 3, 4]);
  });

  it('appends to the caller\'s parameters, numbering after them', () => {
    const ability = buildAbility(actor, [(_, { can }) => can('read', 'Thing', { ownerId: 'o1' })]);
    const params: unknown[] = ['first', 'second'];
    const sql = sqlScope(ability, 'read', 'Thing', columns, params);
    expect(sql).toBe('(c.owner_id = $3)');
    expect(params).toEqual(['first', 'second', 'o1']);
    // Two scopes in one statement never share a placeholder.
    expect(sqlScope(ability, 'read', 'Thing', columns, params)).toBe('(c.owner_id = $4)');
    expect(params).toEqual(['first', 'second', 'o1', 'o1']);
  });

  it('maps $ne, $nin and null to their SQL forms', () => {
    const ability = buildAbility(actor, [
      (_, { can }) => {
        can('read', 'Thing', { ownerId: { $ne: 'o2' }, territory: { $nin: ['13'] } });
        can('read', 'Thing', { ownerId: null });
      },
    ]);
    const params: unknown[] = [];
    const sql = sqlScope(ability, 'read', 'Thing', columns, params);
    expect(sql).toContain('c.owner_id IS DISTINCT FROM $');
    expect(sql).toContain('NOT (c.territory = ANY($');
    expect(sql).toContain('c.owner_id IS NULL');
    expect(params).toEqual(expect.arrayContaining(['o2', ['13']]));
  });

  it('refuses a field without a column mapping', () => {
    const ability = buildAbility(actor, [(_, { can }) => can('read', 'Thing', { secret: 1 })]);
    expect(() => sqlScope(ability, 'read', 'Thing', columns, [])).toThrow(/no column mapping/);
  });
});
