import { closeSync, existsSync, fstatSync, fsyncSync, mkdirSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** One anchor as copied out of the database: everything needed to check it without the database. */
export interface AnchorRecord {
  id: string;
  anchoredAt: string;
  prevHash: string;
  hash: string;
  keyId: string;
  signature: string;
  heads: Record<string, { seq: number; hash: string }>;
}

/** A line of the sink that is not an anchor record (torn write, edit). */
export interface UnreadableLine {
  line: number;
  unreadable: true;
}

/**
 * An append-only place outside the database where anchors are copied as they are made. The database role
 * cannot reach it, so rewriting the database cannot rewrite the copy.
 */
export interface AnchorSink {
  readonly description: string;
  append(records: AnchorRecord[]): Promise<void>;
  /** The last record, or null when the sink is empty. */
  last(): Promise<AnchorRecord | UnreadableLine | null>;
  readAll(): Promise<(AnchorRecord | UnreadableLine)[]>;
}

export const ANCHOR_SINK = Symbol('ANCHOR_SINK');

function parse(text: string, line: number): AnchorRecord | UnreadableLine {
  try {
    const r = JSON.parse(text) as AnchorRecord;
    const ok = r && typeof r.id === 'string' && typeof r.hash === 'string' && typeof r.prevHash === 'string' && typeof r.signature === 'string' &&
      typeof r.keyId === 'string' && typeof r.anchoredAt === 'string' && r.heads !== null && typeof r.heads === 'object';
    return ok ? r : { line, unreadable: true };
  } catch {
    return { line, unreadable: true };
  }
}

/**
 * One JSON line per anchor, appended (O_APPEND) and fsynced before `append` returns; the directory is
 * fsynced when the file is created. Give the file to an account the database's cannot touch, and make it
 * append-only at the OS level (`chattr +a`) or ship it on (docs/operations.md).
 */
export class FileAnchorSink implements AnchorSink {
  constructor(readonly path: string) {}

  get description(): string {
    return `file:${this.path}`;
  }

  async append(records: AnchorRecord[]): Promise<void> {
    if (!records.length) return;
    const created = !existsSync(this.path);
    if (created) mkdirSync(dirname(this.path), { recursive: true, mode: 0o700 });
    const fd = openSync(this.path, 'a', 0o600);
    try {
      writeSync(fd, records.map((r) => `${JSON.stringify(r)}\n`).join(''));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (created) {
      const dir = openSync(dirname(this.path), 'r');
      try {
        fsyncSync(dir);
      } finally {
        closeSync(dir);
      }
    }
  }

  async readAll(): Promise<(AnchorRecord | UnreadableLine)[]> {
    if (!existsSync(this.path)) return [];
    const lines = readFileSync(this.path, 'utf8').split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    return lines.map((l, i) => parse(l, i + 1));
  }

  /** Reads backwards from the end until the last line is whole: the sink grows by a line a minute. */
  async last(): Promise<AnchorRecord | UnreadableLine | null> {
    if (!existsSync(this.path)) return null;
    const fd = openSync(this.path, 'r');
    try {
      let pos = fstatSync(fd).size;
      let tail = Buffer.alloc(0);
      let stripped = false;
      while (pos > 0) {
        const len = Math.min(65536, pos);
        pos -= len;
        const chunk = Buffer.alloc(len);
        readSync(fd, chunk, 0, len, pos);
        tail = Buffer.concat([chunk, tail]);
        if (!stripped && tail.length) {
          if (tail[tail.length - 1] === 0x0a) tail = tail.subarray(0, tail.length - 1);
          stripped = true;
        }
        const nl = tail.lastIndexOf(0x0a);
        if (nl >= 0) return parse(tail.subarray(nl + 1).toString('utf8'), -1);
      }
      return tail.length ? parse(tail.toString('utf8'), 1) : null;
    } finally {
      closeSync(fd);
    }
  }
}

/** The sink named by MNIO_AUDIT_ANCHOR_SINK (`file:<path>`, `{database}` replaced by the database's name). */
export function anchorSinkFor(spec: string, databaseUrl: string): AnchorSink {
  const database = decodeURIComponent(new URL(databaseUrl).pathname.slice(1)) || 'postgres';
  if (!spec.startsWith('file:')) throw new Error('MNIO_AUDIT_ANCHOR_SINK must be file:<path>');
  return new FileAnchorSink(spec.slice('file:'.length).replaceAll('{database}', database.replace(/[^a-z0-9_-]/gi, '_')));
}
