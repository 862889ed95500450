import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { ConfigError, readBool, readDurationMs, readEnum, readInt, readParsed, readString, readUrl } from './readers';

/** Validated, typed configuration. Built once at boot from the environment; a bad value stops the process. */
export interface AppConfig {
  nodeEnv: 'production' | 'development' | 'test';
  /** The application's role: DML on the domain tables, only INSERT and SELECT on the audit journal, owns nothing. */
  databaseUrl: string;
  /** The owner of the tables, which runs migrations (`npm run migrate`, `npm start`); never used by the api or the worker. */
  databaseOwnerUrl: string;
  redisUrl: string;
  port: number;
  queuePrefix: string;
  /** base64 32-byte data keys by key id; `currentKeyId` encrypts new values. */
  encryptionKeys: Record<string, Buffer>;
  currentKeyId: string;
  blindIndexKey: Buffer;
  jwtSecret: Buffer;
  /** Blind-index HMAC keys by key id (MNIO_BLIND_INDEX_KEY, a ring like MNIO_ENCRYPTION_KEY; a key alone is `b1`); the first is current at boot. */
  blindIndexKeys: Record<string, Buffer>;
  blindIndexCurrentKeyId: string;
  /** Access-token signing secrets by key id (MNIO_JWT_SECRET, a ring; a secret alone is `j1`); the first signs at boot. `jwtSecret` is the first's. */
  jwtKeys: Record<string, Buffer>;
  jwtCurrentKeyId: string;
  /** How often a process rereads which key of each ring is current or retired (`key_ring_keys`; MNIO_KEY_REFRESH, default 5 s). */
  keyRefreshMs: number;
  /** The audit journal's HMAC-SHA-256 keys by key id (MNIO_AUDIT_KEY); `auditCurrentKeyId` keys new entries. Never stored in the database. */
  auditKeys: Record<string, Buffer>;
  auditCurrentKeyId: string;
  /** Ed25519 private keys (32-byte seeds) by key id (MNIO_AUDIT_SIGNING_KEY); the current one signs new anchors. Absent: this process cannot anchor. */
  auditSigningKeys: Record<string, Buffer>;
  auditSigningKeyId: string | undefined;
  /** Ed25519 public keys (raw 32 bytes) by key id that verify anchors besides those of the signing keys (MNIO_AUDIT_VERIFY_KEYS). */
  auditVerifyKeys: Record<string, Buffer>;
  /** Where anchors are copied out of the database: `file:<absolute path>`, `{database}` replaced by the database's name. */
  auditAnchorSink: string;
  seedDemo: boolean;
  mfaRequired: boolean;
  accessTokenTtlSeconds: number;
  /** A session's absolute lifetime (`MNIO_REFRESH_TOKEN_TTL`, seconds): no refresh takes it further. */
  refreshTokenTtlSeconds: number;
  /** A session ends when it was not refreshed for this long (`MNIO_SESSION_IDLE_TIMEOUT`, default 30 min). */
  sessionIdleSeconds: number;
  /** How long a just-rotated refresh token still answers with its successor (two tabs refreshing at once; `MNIO_REFRESH_GRACE`, default 10 s). */
  refreshGraceMs: number;
  /** The refresh cookie's `Secure` attribute (`MNIO_COOKIE_SECURE`; default on unless PUBLIC_URL is http on a loopback name). */
  cookieSecure: boolean;
  /** Origins allowed to call the sign-in and refresh routes from a browser (`MNIO_ALLOWED_ORIGINS`; default PUBLIC_URL's origin). */
  allowedOrigins: string[];
  smtpUrl: string | undefined;
  mailFrom: string;
  publicUrl: string;
  logLevel: string;
  /** Express `trust proxy`: false (default), or the proxies' addresses/CIDR blocks whose X-Forwarded-For is believed. */
  trustProxy: false | string[];
  /** Serve the OpenAPI document and page (`/api/docs`). Off in production unless `MNIO_OPENAPI=on`. */
  openApi: boolean;
  /** The API's listen address (`HOST`, default loopback). */
  host: string;
  /** PostgreSQL connections per process (`DATABASE_POOL_SIZE`). */
  databasePoolSize: number;
  /** API processes sharing the port (`MNIO_API_PROCESSES`, default the number of cores, 1 under NODE_ENV=test): apps/api/src/cluster.ts. */
  apiProcesses: number;
  /** PostgreSQL connections all the API processes of one instance may hold together (`MNIO_API_DATABASE_CONNECTIONS`); unset: half of the server's `max_connections` less its reserved ones. */
  apiDatabaseConnections?: number;
  /** The worker's health server port on loopback (`WORKER_HEALTH_PORT`; 0: off). */
  workerHealthPort: number;
  /** The built web application the API serves (`MNIO_WEB_DIR`, absolute). */
  webDir: string;
  /** The API's Prometheus endpoint port on loopback (`MNIO_METRICS_PORT`, default 9464, 0 under NODE_ENV=test; 0: off). */
  apiMetricsPort: number;
  /** The worker's Prometheus endpoint port on loopback (`WORKER_METRICS_PORT`, default 9465, 0 under NODE_ENV=test; 0: off). */
  workerMetricsPort: number;
}

export { ConfigError } from './readers';

const DEV_KEYS_FILE = '.mnio-dev-keys.json';
/** Outside production, anchors are copied to `<cwd>/.mnio/audit-anchors/<database>.jsonl` (git-ignored). */
const DEV_ANCHOR_DIR = '.mnio/audit-anchors';

interface DevKeys {
  encryptionKey: string;
  blindIndexKey: string;
  jwtSecret: string;
  auditKey: string;
  auditSigningKey: string;
}

const REQUIRED_DEV_KEYS = ['encryptionKey', 'blindIndexKey', 'jwtSecret'] as const;

/** Outside production, keys are generated once into a git-ignored file so data stays readable across restarts. */
function devKeys(cwd: string): DevKeys {
  const file = resolve(cwd, DEV_KEYS_FILE);
  if (existsSync(file)) {
    let stored: Partial<DevKeys> | null = null;
    try {
      stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<DevKeys>;
    } catch {
      // reported below
    }
    const complete = stored && REQUIRED_DEV_KEYS.every((k) => typeof stored[k] === 'string');
    if (!complete) throw new ConfigError(file, 'is not a valid key file: restore it (data encrypted with its keys needs them) or set the MNIO_* keys');
    // Key files written before the audit keys existed get them added, once.
    if (typeof stored!.auditKey !== 'string' || typeof stored!.auditSigningKey !== 'string') {
      const completed = { ...stored, auditKey: stored!.auditKey ?? `a1:${randomBytes(32).toString('base64')}`, auditSigningKey: stored!.auditSigningKey ?? `s1:${randomBytes(32).toString('base64')}` };
      writeFileSync(file, JSON.stringify(completed, null, 2), { mode: 0o600 });
      return completed as DevKeys;
    }
    return stored as DevKeys;
  }
  const keys: DevKeys = {
    encryptionKey: randomBytes(32).toString('base64'),
    blindIndexKey: randomBytes(32).toString('base64'),
    jwtSecret: randomBytes(48).toString('base64'),
    auditKey: `a1:${randomBytes(32).toString('base64')}`,
    auditSigningKey: `s1:${randomBytes(32).toString('base64')}`,
  };
  writeFileSync(file, JSON.stringify(keys, null, 2), { mode: 0o600 });
  return keys;
}

/** The application's database role when DATABASE_URL does not name one (db/roles.ts creates it on a local database). */
export const DEFAULT_APP_ROLE = 'mnio_app';

/** The same database reached as `user`, without a password. */
export function withUser(databaseUrl: string, user: string): string {
  const u = new URL(databaseUrl);
  u.username = user;
  u.password = '';
  return u.toString();
}

function key(name: string, raw: string, bytes: number): Buffer {
  const buf = Buffer.from(raw, 'base64');
  if (buf.length < bytes) throw new ConfigError(name, `must be at least ${bytes} bytes, base64-encoded`);
  return buf;
}

/**
 * A key ring: `base64key` or `id1:base64key1,id2:base64key2` whose first entry is current (encrypts, keys
 * or signs what is new); the others stay usable for reading and verifying, for rotation. MNIO_ENCRYPTION_KEY,
 * MNIO_AUDIT_KEY, MNIO_AUDIT_SIGNING_KEY and MNIO_AUDIT_VERIFY_KEYS are rings of exactly 32-byte keys.
 */
function keyRing(raw: string, name = 'MNIO_ENCRYPTION_KEY', defaultId = 'k1', minBytes?: number): { keys: Record<string, Buffer>; current: string } {
  const entries = raw.split(',').map((s) => s.trim()).filter(Boolean);
  const keys: Record<string, Buffer> = {};
  let current = '';
  for (const [i, entry] of entries.entries()) {
    const [id, material] = entry.includes(':') ? entry.split(':', 2) : [defaultId, entry];
    if (!/^[a-z0-9_-]{1,16}$/i.test(id)) throw new ConfigError(name, 'has an invalid key id');
    if (keys[id]) throw new ConfigError(name, 'has the same key id twice');
    const buf = key(name, material, minBytes ?? 32);
    if (minBytes === undefined && buf.length !== 32) throw new ConfigError(name, 'keys must be exactly 32 bytes');
    keys[id] = buf;
    if (i === 0) current = id;
  }
  if (!current) throw new ConfigError(name, 'is empty');
  return { keys, current };
}

/** `file:<path>` (relative paths from the working directory); `{database}` stands for the database's name. */
function anchorSink(raw: string, cwd: string): string {
  if (!raw.startsWith('file:') || raw.length <= 'file:'.length) throw new ConfigError('MNIO_AUDIT_ANCHOR_SINK', 'must be file:<path>');
  return `file:${resolve(cwd, raw.slice('file:'.length))}`;
}

/** `TRUST_PROXY`: off, or a comma-separated list of proxy addresses or CIDR blocks (`loopback` and friends too). */
function trustProxy(env: NodeJS.ProcessEnv): false | string[] {
  const raw = readString(env, 'TRUST_PROXY', '');
  if (raw === '' || ['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  const entries = raw.split(',').map((s) => s.trim()).filter(Boolean);
  const named = ['loopback', 'linklocal', 'uniquelocal'];
  for (const entry of entries) {
    const [addr, bits, extra] = entry.split('/');
    const ok = extra === undefined && (named.includes(entry) || (isIP(addr) !== 0 && (bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (isIP(addr) === 4 ? 32 : 128)))));
    if (!ok) throw new ConfigError('TRUST_PROXY', 'must be off or a list of proxy addresses or CIDR blocks (e.g. 10.0.0.5,10.1.0.0/16)');
  }
  return entries;
}

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

/** Plain http on a loopback name: local development, where a `Secure` cookie would not be kept. */
function isLocalHttp(url: string): boolean {
  const u = new URL(url);
  return u.protocol === 'http:' && LOOPBACK_NAMES.includes(u.hostname);
}

/**
 * `MNIO_ALLOWED_ORIGINS`: comma-separated origins (`https://mnio.example.fr`), or by default PUBLIC_URL's origin,
 * with its loopback aliases on the same port when it is a local http address.
 */
function allowedOrigins(env: NodeJS.ProcessEnv, publicUrl: string): string[] {
  const raw = readString(env, 'MNIO_ALLOWED_ORIGINS', '');
  if (raw === '') {
    const u = new URL(publicUrl);
    if (!isLocalHttp(publicUrl)) return [u.origin];
    return LOOPBACK_NAMES.map((name) => new URL(`http://${name}${u.port ? `:${u.port}` : ''}`).origin);
  }
  return readParsed(env, 'MNIO_ALLOWED_ORIGINS', raw, (value) =>
    value.split(',').map((s) => s.trim()).filter(Boolean).map((entry) => {
      const u = new URL(entry);
      if (!['http:', 'https:'].includes(u.protocol) || u.origin !== entry.replace(/\/$/, '')) throw new Error('bad origin');
      return u.origin;
    }),
  'a comma-separated list of origins (scheme://host[:port], no path)');
}

/** pino's levels. */
const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): AppConfig {
  const nodeEnv = readEnum<AppConfig['nodeEnv']>(env, 'NODE_ENV', ['production', 'development', 'test'], 'development');
  const production = nodeEnv === 'production';
  // Keys and the anchor sink: read raw (their parsers below check them), never echoed in an error.
  const secret = (name: string): string | undefined => readString(env, name, undefined);
  for (const name of ['MNIO_ENCRYPTION_KEY', 'MNIO_BLIND_INDEX_KEY', 'MNIO_JWT_SECRET', 'MNIO_AUDIT_KEY', 'MNIO_AUDIT_ANCHOR_SINK']) {
    if (production && !secret(name)) throw new ConfigError(name, 'is required when NODE_ENV=production');
  }
  const keys = {
    encryption: secret('MNIO_ENCRYPTION_KEY'), blindIndex: secret('MNIO_BLIND_INDEX_KEY'), jwt: secret('MNIO_JWT_SECRET'),
    audit: secret('MNIO_AUDIT_KEY'), auditSigning: secret('MNIO_AUDIT_SIGNING_KEY'), auditVerify: secret('MNIO_AUDIT_VERIFY_KEYS'),
  };
  // The signing key is not required of every process: only the worker anchors (it checks at boot).
  const needsDevKeys = !keys.encryption || !keys.blindIndex || !keys.jwt || !keys.audit || !keys.auditSigning;
  const dev = needsDevKeys && !production ? devKeys(cwd) : undefined;
  const ring = keyRing(keys.encryption || dev!.encryptionKey);
  // The blind-index key and the JWT secret are rings too (key rotation, ADR 0008); a key given alone keeps its old meaning.
  const blindRing = keyRing(keys.blindIndex || dev!.blindIndexKey, 'MNIO_BLIND_INDEX_KEY', 'b1', 32);
  const jwtRing = keyRing(keys.jwt || dev!.jwtSecret, 'MNIO_JWT_SECRET', 'j1', 32);
  const auditRing = keyRing(keys.audit || dev!.auditKey, 'MNIO_AUDIT_KEY', 'a1');
  const signingRaw = keys.auditSigning || dev?.auditSigningKey;
  const signing = signingRaw ? keyRing(signingRaw, 'MNIO_AUDIT_SIGNING_KEY', 's1') : undefined;
  const verifyKeys = keys.auditVerify ? keyRing(keys.auditVerify, 'MNIO_AUDIT_VERIFY_KEYS', 's1').keys : {};
  const seedDemo = readBool(env, 'MNIO_SEED_DEMO', !production);
  if (production && seedDemo) throw new ConfigError('MNIO_SEED_DEMO', 'cannot be on when NODE_ENV=production');
  const queuePrefix = readString(env, 'QUEUE_PREFIX', 'mnio', { pattern: /^[a-z0-9_:-]{1,64}$/i, expected: '1-64 letters, digits, _ : -' });
  const port = readInt(env, 'PORT', 3000, 0, 65535);
  const databaseOwnerUrl = readUrl(env, 'DATABASE_OWNER_URL', 'postgres://postgres@127.0.0.1:5432/mnio', ['postgres:', 'postgresql:']);
  const smtpUrl = readString(env, 'SMTP_URL', undefined);
  const publicUrl = readUrl(env, 'PUBLIC_URL', `http://localhost:${port}`, ['http:', 'https:']);
  return {
    nodeEnv,
    databaseUrl: readUrl(env, 'DATABASE_URL', withUser(databaseOwnerUrl, DEFAULT_APP_ROLE), ['postgres:', 'postgresql:']),
    databaseOwnerUrl,
    redisUrl: readUrl(env, 'REDIS_URL', 'redis://127.0.0.1:6379', ['redis:', 'rediss:']),
    port,
    queuePrefix,
    encryptionKeys: ring.keys,
    currentKeyId: ring.current,
    blindIndexKey: blindRing.keys[blindRing.current],
    jwtSecret: jwtRing.keys[jwtRing.current],
    blindIndexKeys: blindRing.keys,
    blindIndexCurrentKeyId: blindRing.current,
    jwtKeys: jwtRing.keys,
    jwtCurrentKeyId: jwtRing.current,
    keyRefreshMs: readDurationMs(env, 'MNIO_KEY_REFRESH', nodeEnv === 'test' ? 1000 : 5000, 50, 60_000),
    auditKeys: auditRing.keys,
    auditCurrentKeyId: auditRing.current,
    auditSigningKeys: signing?.keys ?? {},
    auditSigningKeyId: signing?.current,
    auditVerifyKeys: verifyKeys,
    auditAnchorSink: anchorSink(secret('MNIO_AUDIT_ANCHOR_SINK') || `file:${DEV_ANCHOR_DIR}/{database}.jsonl`, cwd),
    seedDemo,
    mfaRequired: readBool(env, 'MNIO_MFA_REQUIRED', false),
    accessTokenTtlSeconds: readInt(env, 'MNIO_ACCESS_TOKEN_TTL', 900, 30, 900),
    refreshTokenTtlSeconds: readInt(env, 'MNIO_REFRESH_TOKEN_TTL', 8 * 3600, 300, 30 * 24 * 3600),
    sessionIdleSeconds: Math.round(readDurationMs(env, 'MNIO_SESSION_IDLE_TIMEOUT', 30 * 60_000, 60_000, 24 * 3600_000) / 1000),
    refreshGraceMs: readDurationMs(env, 'MNIO_REFRESH_GRACE', 10_000, 0, 60_000),
    cookieSecure: readBool(env, 'MNIO_COOKIE_SECURE', !isLocalHttp(publicUrl)),
    allowedOrigins: allowedOrigins(env, publicUrl),
    smtpUrl: smtpUrl ? readUrl(env, 'SMTP_URL', smtpUrl, ['smtp:', 'smtps:']) : undefined,
    mailFrom: readString(env, 'MAIL_FROM', 'mnio <ne-pas-repondre@mnio.localhost>'),
    publicUrl,
    logLevel: readEnum(env, 'LOG_LEVEL', LOG_LEVELS, nodeEnv === 'test' ? 'silent' : 'info'),
    trustProxy: trustProxy(env),
    openApi: readBool(env, 'MNIO_OPENAPI', !production),
    host: readString(env, 'HOST', '127.0.0.1', { pattern: /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|[0-9a-f:.]+)$/i, expected: 'an address or host name to listen on' }),
    databasePoolSize: readInt(env, 'DATABASE_POOL_SIZE', 20, 1, 1000),
    apiProcesses: readInt(env, 'MNIO_API_PROCESSES', nodeEnv === 'test' ? 1 : availableParallelism(), 1, 256),
    apiDatabaseConnections: env.MNIO_API_DATABASE_CONNECTIONS ? readInt(env, 'MNIO_API_DATABASE_CONNECTIONS', 0, 1, 100_000) : undefined,
    workerHealthPort: readInt(env, 'WORKER_HEALTH_PORT', 3001, 0, 65535),
    webDir: resolve(cwd, readString(env, 'MNIO_WEB_DIR', join('dist', 'web'))),
    apiMetricsPort: readInt(env, 'MNIO_METRICS_PORT', nodeEnv === 'test' ? 0 : 9464, 0, 65535),
    workerMetricsPort: readInt(env, 'WORKER_METRICS_PORT', nodeEnv === 'test' ? 0 : 9465, 0, 65535),
  };
}
