import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
/** Every file whose French words a person reads: the pages and the notifications' templates. */
const PLACES = ['apps/web/src', 'libs/notifications/src/domain'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(tsx?|html)$/.test(name) && !/\.(test|spec)\.tsx?$/.test(name) && name !== 'schema.d.ts' ? [path] : [];
  });
}

describe('French wording', () => {
  it('never uses the point médian (write a doublet or a neutral word instead)', () => {
    const hits: string[] = [];
    for (const file of PLACES.flatMap((p) => files(join(ROOT, p)))) {
      readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        if (/\p{L}·\p{L}/u.test(line)) hits.push(`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(hits).toEqual([]);
  });
});
