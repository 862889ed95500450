import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnchorRecord, anchorSinkFor, FileAnchorSink } from './anchor-sink';

const record = (id: number, streams = 1): AnchorRecord => ({
  id: String(id), anchoredAt: '2026-01-01T00:00:00.000Z', prevHash: '0'.repeat(64), hash: String(id).padStart(64, '0'), keyId: 's1', signature: 'c2ln',
  heads: Object.fromEntries(Array.from({ length: streams }, (_, i) => [`case:${i}`, { seq: i + 1, hash: 'a'.repeat(64) }])),
});

describe('file anchor sink', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'mnio-sink-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates its directory and a private file, appends one JSON line per anchor, and reads them back', async () => {
    const sink = new FileAnchorSink(join(dir, 'nested', 'anchors.jsonl'));
    expect(await sink.last()).toBeNull();
    expect(await sink.readAll()).toEqual([]);
    await sink.append([record(1), record(2)]);
    await sink.append([]);
    await sink.append([record(3)]);
    expect(statSync(sink.path).mode & 0o777).toBe(0o600);
    expect(readFileSync(sink.path, 'utf8').split('\n')).toHaveLength(4);
    expect(await sink.readAll()).toEqual([record(1), record(2), record(3)]);
    expect(await sink.last()).toEqual(record(3));
  });

  it('finds the last line when it is longer than a read chunk', async () => {
    const sink = new FileAnchorSink(join(dir, 'anchors.jsonl'));
    await sink.append([record(1, 3), record(2, 3000)]);
    expect(JSON.stringify(record(2, 3000)).length).toBeGreaterThan(65536 * 2);
    expect(await sink.last()).toEqual(record(2, 3000));
  });

  it('names unreadable lines instead of skipping them', async () => {
    const sink = new FileAnchorSink(join(dir, 'anchors.jsonl'));
    await sink.append([record(1)]);
    appendFileSync(sink.path, '{"id":"2","hash":\n');
    expect(await sink.readAll()).toEqual([record(1), { line: 2, unreadable: true }]);
    expect(await sink.last()).toMatchObject({ unreadable: true });
    writeFileSync(sink.path, `${JSON.stringify({ id: '1' })}\n`);
    expect(await sink.readAll()).toEqual([{ line: 1, unreadable: true }]);
  });

  it('puts each database in its own file', () => {
    const sink = anchorSinkFor(`file:${dir}/anchors-{database}.jsonl`, 'postgres://mnio_app@127.0.0.1:5432/mnio_test_x') as FileAnchorSink;
    expect(sink.path).toBe(`${dir}/anchors-mnio_test_x.jsonl`);
    expect(() => anchorSinkFor('s3://bucket/anchors', 'postgres://x@h/db')).toThrow('file:');
  });
});
