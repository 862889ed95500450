import { anchorSinkFor, AnchorSink } from '../libs/audit/src/anchor-sink';
import { AuditKeys } from '../libs/audit/src/audit-keys';
import { AuditBreak, AuditBreakReason, verifyAuditJournal } from '../libs/audit/src/audit-verifier';
import { AppConfig, ConfigError, loadConfig } from '../libs/platform/src/config/app-config';
import { createDataSource } from '../db/data-source';

/** What each break means, for whoever reads the line at 3 a.m. (docs/operations.md says what to do). */
const MEANING: Record<AuditBreakReason, string> = {
  trigger_disabled: 'an append-only trigger of the journal is missing or disabled',
  hash_mismatch: 'the entry does not match its keyed hash: edited after it was written',
  unknown_key: 'signed or keyed with a key id this verifier does not hold (MNIO_AUDIT_KEY, MNIO_AUDIT_VERIFY_KEYS)',
  unkeyed_entry: 'an entry with a plain hash that no signed anchor seals: a rewrite without the journal key',
  broken_link: 'the entry does not link to the previous entry of its stream',
  sequence_gap: 'an entry is missing before this one',
  head_mismatch: "the stream's head is not its last entry: entries missing at the tail, or a moved head",
  anchor_mismatch: 'the anchor chain is broken (previous anchor or sealed heads changed)',
  anchor_signature_invalid: 'the anchor is not signed by the anchoring key: forged or changed',
  anchor_unsigned: 'an unsigned anchor after signed ones: forged',
  anchored_entry_missing: 'an entry an anchor sealed is gone: the stream was cut or its head rewound',
  anchored_entry_changed: 'an entry an anchor sealed has changed: the stream was rewritten',
  anchor_missing_from_database: 'the external copy holds an anchor the database lacks: anchors dropped or the database rewound',
  anchor_missing_from_sink: 'a signed anchor of the database is missing from the external copy: forged, or the copy was cut',
  sink_mismatch: 'the external copy and the database disagree about this anchor, or a line of the copy is unreadable',
};

function where(b: AuditBreak): string {
  if (b.trigger) return `trigger ${b.trigger}`;
  if (b.line !== undefined) return `anchor sink line ${b.line}`;
  if (b.entryId) return `entry ${b.entryId}`;
  if (b.anchorId) return `anchor ${b.anchorId}`;
  return 'stream head';
}

/**
 * `npm run audit:verify`: checks the journal (libs/audit/src/audit-verifier.ts) against the keys and the
 * anchors' external copy, and writes one line. Returns the exit code: 0 when intact, 2 when broken.
 * Connects as the application's role (DATABASE_URL): reading is all it does.
 */
export async function auditVerify(
  config: Pick<AppConfig, 'databaseUrl' | 'auditKeys' | 'auditCurrentKeyId' | 'auditSigningKeys' | 'auditSigningKeyId' | 'auditVerifyKeys' | 'auditAnchorSink'>,
  write: (line: string) => void = (line) => process.stdout.write(line),
): Promise<number> {
  const sink: AnchorSink = anchorSinkFor(config.auditAnchorSink, config.databaseUrl);
  const ds = createDataSource(config.databaseUrl);
  await ds.initialize();
  try {
    const result = await verifyAuditJournal(ds, { keys: new AuditKeys(config), sink });
    if (result.ok) {
      write(`audit journal intact: ${result.entries} entries in ${result.streams} streams, ${result.anchors} anchors (${result.signedAnchors} signed, each in ${sink.description})\n`);
      return 0;
    }
    const b = result.firstBreak!;
    write(
      `audit journal BROKEN at ${where(b)}` +
        `${b.stream ? ` (stream ${b.stream}, seq ${b.seq ?? '?'}${b.entryId && b.anchorId ? `, sealed by anchor ${b.anchorId}` : ''})` : ''}: ${b.reason} — ${MEANING[b.reason]}\n`,
    );
    return 2;
  } finally {
    await ds.destroy();
  }
}

if (require.main === module) {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(e instanceof ConfigError ? 78 : 1);
  }
  if (process.argv.includes('--public-keys')) {
    // For MNIO_AUDIT_VERIFY_KEYS where the signing key must not be (a verifier's machine).
    process.stdout.write(`${new AuditKeys(config).publicKeys().join(',')}\n`);
    process.exit(0);
  }
  auditVerify(config).then(
    (code) => {
      process.exitCode = code;
    },
    (err: Error) => {
      process.stderr.write(`audit verification failed: ${err.message}\n`);
      process.exit(1);
    },
  );
}
