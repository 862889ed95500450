import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 16 §3, key rotation without downtime (ADR 0008). `key_ring_keys` says, per ring (field encryption, blind
 * index, JWT signing), which key id is current, which still decrypt or verify, and which are retired — ids and
 * fingerprints only: key material never enters the database. `key_rotations` is one rotation's progress, persisted
 * after every batch so the worker resumes where it stopped. New tables only (expand).
 */
export class KeyRotation1764320140000 implements MigrationInterface {
  name = 'KeyRotation1764320140000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE key_ring_keys (
      kind text NOT NULL CHECK (kind IN ('field','blind_index','jwt')),
      key_id text NOT NULL CHECK (key_id ~ '^[A-Za-z0-9_-]{1,16}$'),
      status text NOT NULL CHECK (status IN ('current','previous','draining','retired')),
      fingerprint text NOT NULL,
      added_at timestamptz NOT NULL DEFAULT now(),
      status_changed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (kind, key_id)
    )`);
    await q.query(`CREATE UNIQUE INDEX key_ring_keys_one_current ON key_ring_keys (kind) WHERE status = 'current'`);
    await q.query(`CREATE TABLE key_rotations (
      id uuid PRIMARY KEY,
      kind text NOT NULL CHECK (kind IN ('field','blind_index','jwt')),
      key_id text NOT NULL,
      status text NOT NULL CHECK (status IN ('running','done')),
      phase text NOT NULL DEFAULT 'reencrypt',
      target integer NOT NULL DEFAULT 0,
      cursor text,
      processed bigint NOT NULL DEFAULT 0,
      skipped bigint NOT NULL DEFAULT 0,
      total bigint NOT NULL DEFAULT 0,
      rate_per_second integer NOT NULL CHECK (rate_per_second > 0),
      started_by uuid,
      started_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      finished_at timestamptz
    )`);
    await q.query(`CREATE UNIQUE INDEX key_rotations_one_running ON key_rotations (kind) WHERE status = 'running'`);
    await q.query(`CREATE INDEX key_rotations_started_idx ON key_rotations (started_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE key_rotations, key_ring_keys`);
  }
}
