import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessTokenService } from '../auth/access-token.service';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { BlindIndex, FieldCipher } from './field-cipher';

/** The three key rings a rotation changes (ADR 0008). */
export const KEY_KINDS = ['field', 'blind_index', 'jwt'] as const;
export type KeyKind = (typeof KEY_KINDS)[number];

/**
 * A key's state in `key_ring_keys` (ids and fingerprints only, never key material):
 * - `current`: encrypts, computes the blind index, signs tokens;
 * - `previous`: still decrypts and verifies; for the blind index, new rows still get its digest too (a rotation is adding the new key's);
 * - `draining`: still decrypts and verifies; for the blind index, still looked up but no longer written (its digests are being deleted);
 * - `retired`: refused — no value uses it any more (or, for the JWT key, no token it signed can still be valid).
 */
export const KEY_STATUSES = ['current', 'previous', 'draining', 'retired'] as const;
export type KeyStatus = (typeof KEY_STATUSES)[number];

export interface KeyRow {
  kind: KeyKind;
  keyId: string;
  status: KeyStatus;
  fingerprint: string;
}

/** What a ring of this process offers a rotation: the ids it holds, their fingerprints, the current one. */
export interface HeldRing {
  readonly current: string;
  readonly keyIds: string[];
  has(keyId: string): boolean;
  fingerprint(keyId: string): string;
}

/**
 * Every process keeps its rings in step with `key_ring_keys`: which key is current and which are retired. The key
 * material itself comes from the environment only (MNIO_ENCRYPTION_KEY, MNIO_BLIND_INDEX_KEY, MNIO_JWT_SECRET); a
 * rotation is started once the new key is in every process's ring, then switches all of them within one refresh
 * period (MNIO_KEY_REFRESH) without a restart. A key whose fingerprint differs from the recorded one is never used.
 */
@Injectable()
export class KeyRingRefresher implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('KeyRing');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private warned = new Set<string>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
    private readonly index: BlindIndex,
    private readonly tokens: AccessTokenService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.refresh();
    this.timer = setInterval(() => void this.refresh(), this.config.keyRefreshMs);
    this.timer.unref();
  }

  onApplicationShutdown(): Promise<void> | undefined {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    return this.running;
  }

  ring(kind: KeyKind): HeldRing {
    return kind === 'field' ? this.cipher : kind === 'blind_index' ? this.index : this.tokens;
  }

  /** Rereads `key_ring_keys` and applies it (also called right after a change made by this process). */
  refresh(): Promise<void> {
    this.running ??= this.load().finally(() => (this.running = undefined));
    return this.running;
  }

  private async load(): Promise<void> {
    let rows: KeyRow[];
    try {
      rows = await this.dataSource.query(`SELECT kind, key_id AS "keyId", status, fingerprint FROM key_ring_keys`);
    } catch (e) {
      // Before the migration that creates the table, or while the database is away: keep the rings as they are.
      if ((e as { code?: string }).code !== '42P01' && this.dataSource.isInitialized) this.logger.warn('key ring state unreadable; keeping the current keys');
      return;
    }
    this.apply(rows);
  }

  apply(rows: KeyRow[]): void {
    for (const kind of KEY_KINDS) {
      const mine = rows.filter((r) => r.kind === kind);
      const current = mine.find((r) => r.status === 'current');
      if (!current) continue;
      const ring = this.ring(kind);
      if (!ring.has(current.keyId) || ring.fingerprint(current.keyId) !== current.fingerprint) {
        const warning = `${kind}:${current.keyId}`;
        if (!this.warned.has(warning)) {
          this.warned.add(warning);
          this.logger.error(`key ${current.keyId} (${kind}) is current but this process does not hold it, or holds another key under its id: add it to the ring`);
        }
        continue;
      }
      const retired = mine.filter((r) => r.status === 'retired').map((r) => r.keyId);
      if (kind === 'blind_index') {
        const written = [current.keyId, ...mine.filter((r) => r.status === 'previous').map((r) => r.keyId)];
        const lookedUp = [...written, ...mine.filter((r) => r.status === 'draining').map((r) => r.keyId)];
        this.index.use(current.keyId, written, lookedUp);
      } else if (kind === 'field') {
        this.cipher.use(current.keyId, retired);
      } else {
        this.tokens.use(current.keyId, retired);
      }
    }
  }
}
