import { assertSchemaMatches, EX_SCHEMA_NEWER, EX_SCHEMA_PENDING, readAcceptNewerSchema, readSchemaStatus, SchemaMismatchError } from './schema-version';

/** The `migrations` table as the query runner would answer it. */
function table(rows: { name: string; timestamp: number; applied_at?: string | null }[] | null) {
  return async (sql: string) => (sql.includes('to_regclass') ? [{ present: rows !== null }] : (rows ?? []).map((m) => ({ m })));
}

describe('the schema against the code', () => {
  const known = ['A1764000000000', 'B1764000000001', 'C1764000000002'];

  it('reads applied, pending and unknown migrations, and the version', async () => {
    const s = await readSchemaStatus(
      table([
        { name: 'A1764000000000', timestamp: 1764000000000 },
        { name: 'B1764000000001', timestamp: 1764000000001, applied_at: '2026-12-06T10:00:00Z' },
        { name: 'Z1764000000009', timestamp: 1764000000009, applied_at: '2026-12-06T11:00:00Z' },
      ]),
      known,
    );
    expect(s.applied.map((a) => [a.name, a.appliedAt?.toISOString() ?? null])).toEqual([
      ['A1764000000000', null],
      ['B1764000000001', '2026-12-06T10:00:00.000Z'],
      ['Z1764000000009', '2026-12-06T11:00:00.000Z'],
    ]);
    expect(s).toMatchObject({ pending: ['C1764000000002'], unknown: ['Z1764000000009'], version: 'Z1764000000009' });
  });

  it('finds everything pending on an empty database', async () => {
    expect(await readSchemaStatus(table(null), known)).toEqual({ applied: [], pending: known, unknown: [], version: null });
  });

  it('refuses a newer schema first (65), then a pending one (75), and lets through only the newer migrations accepted by name', () => {
    const status = { applied: [], pending: ['C1764000000002'], unknown: ['Z1764000000009'], version: 'Z1764000000009' };
    const refusal = (accept: string[] = [], s = status) => {
      try {
        assertSchemaMatches('api', s, accept);
        return null;
      } catch (e) {
        return (e as SchemaMismatchError).schemaExitCode;
      }
    };
    expect(refusal()).toBe(EX_SCHEMA_NEWER);
    expect(refusal(['Z1764000000009'])).toBe(EX_SCHEMA_PENDING);
    expect(refusal(['Z1764000000009'], { ...status, pending: [] })).toBeNull();
    expect(refusal(['Y1764000000008'], { ...status, pending: [] })).toBe(EX_SCHEMA_NEWER);
    expect(refusal([], { ...status, pending: [], unknown: [] })).toBeNull();
  });

  it('reads MNIO_ACCEPT_NEWER_SCHEMA as names, and refuses anything else without echoing it', () => {
    expect(readAcceptNewerSchema({ MNIO_ACCEPT_NEWER_SCHEMA: ' Z1764000000009, Y1764000000008 ' })).toEqual(['Z1764000000009', 'Y1764000000008']);
    expect(readAcceptNewerSchema({})).toEqual([]);
    expect(() => readAcceptNewerSchema({ MNIO_ACCEPT_NEWER_SCHEMA: 'Z; DROP TABLE cases' })).toThrow(
      'Invalid configuration: MNIO_ACCEPT_NEWER_SCHEMA must be migration names separated by commas',
    );
  });
});
