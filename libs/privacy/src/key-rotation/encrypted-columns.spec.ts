import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENCRYPTED_COLUMNS } from './encrypted-columns';

/** Encrypted columns whose names do not end in `_enc` (they predate the convention). */
const NAMED_OTHERWISE = ['users.totp_secret', 'oidc_login_attempts.secrets', 'oidc_sessions.id_token'];

describe('the encrypted columns a key rotation rewrites', () => {
  it('are every `*_enc` column the migrations create, and those named otherwise', () => {
    const dir = join(__dirname, '../../../../db/migrations');
    const found = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts')) {
      const text = readFileSync(join(dir, file), 'utf8');
      for (const [, table, body] of text.matchAll(/CREATE TABLE (\w+) \(([\s\S]*?)\n\s*\)`/g)) {
        for (const [, column] of body.matchAll(/^\s*(\w+_enc) text/gm)) found.add(`${table}.${column}`);
      }
      for (const [, table, column] of text.matchAll(/ALTER TABLE (\w+) ADD COLUMN (?:IF NOT EXISTS )?(\w+_enc) text/g)) found.add(`${table}.${column}`);
    }
    const listed = ENCRYPTED_COLUMNS.map((c) => `${c.table}.${c.column}`);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...found, ...NAMED_OTHERWISE].sort());
  });
});
