import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { ConfigError, loadConfig } from './app-config';

const key = (bytes = 32) => randomBytes(bytes).toString('base64');
const productionKeys = () => ({
  MNIO_ENCRYPTION_KEY: key(), MNIO_BLIND_INDEX_KEY: key(), MNIO_JWT_SECRET: key(48), MNIO_AUDIT_KEY: key(), MNIO_AUDIT_ANCHOR_SINK: 'file:/var/lib/mnio/anchors.jsonl',
});

describe('loadConfig', () => {
  let cwd: string;
  beforeEach(() => (cwd = mkdtempSync(join(tmpdir(), 'mnio-config-'))));
  afterEach(() => rmSync(cwd, { recursive: true, force: true }));

  /** The error thrown for `env`, checked to be a ConfigError naming `variable`. */
  function failure(env: NodeJS.ProcessEnv, variable: string): ConfigError {
    let error: unknown;
    try {
      loadConfig(env, cwd);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as ConfigError).message).toContain(variable);
    return error as ConfigError;
  }

  it('has working defaults outside production', () => {
    const config = loadConfig({}, cwd);
    expect(config).toMatchObject({
      nodeEnv: 'development',
      databaseUrl: 'postgres://mnio_app@127.0.0.1:5432/mnio',
      databaseOwnerUrl: 'postgres://postgres@127.0.0.1:5432/mnio',
      auditAnchorSink: `file:${join(cwd, '.mnio/audit-anchors/{database}.jsonl')}`,
      redisUrl: 'redis://127.0.0.1:6379',
      port: 3000,
      queuePrefix: 'mnio',
      seedDemo: true,
      mfaRequired: false,
      accessTokenTtlSeconds: 900,
    });
    expect(config.encryptionKeys[config.currentKeyId]).toHaveLength(32);
    expect(config.auditKeys[config.auditCurrentKeyId]).toHaveLength(32);
    expect(config.auditSigningKeys[config.auditSigningKeyId!]).toHaveLength(32);
  });

  it('derives the application role from the owner URL unless DATABASE_URL names one', () => {
    expect(loadConfig({ DATABASE_OWNER_URL: 'postgres://owner:pw@db.example:5433/prod' }, cwd).databaseUrl).toBe('postgres://mnio_app@db.example:5433/prod');
    expect(loadConfig({ DATABASE_URL: 'postgres://api:pw@db.example/prod' }, cwd).databaseUrl).toBe('postgres://api:pw@db.example/prod');
  });

  it('reads the audit key rings: the first key of each is current, the others verify', () => {
    const [a, b, s, p] = [key(), key(), key(), key()];
    const config = loadConfig({ MNIO_AUDIT_KEY: `a2:${a},a1:${b}`, MNIO_AUDIT_SIGNING_KEY: `s2:${s}`, MNIO_AUDIT_VERIFY_KEYS: `s1:${p}`, MNIO_AUDIT_ANCHOR_SINK: 'file:anchors/x.jsonl' }, cwd);
    expect(config.auditCurrentKeyId).toBe('a2');
    expect(config.auditKeys.a1.toString('base64')).toBe(b);
    expect(config.auditSigningKeyId).toBe('s2');
    expect(config.auditVerifyKeys.s1.toString('base64')).toBe(p);
    expect(config.auditAnchorSink).toBe(`file:${join(cwd, 'anchors/x.jsonl')}`);
  });

  it('lets a process run without the signing key in production (only the worker anchors)', () => {
    const config = loadConfig({ NODE_ENV: 'production', ...productionKeys() }, cwd);
    expect(config.auditSigningKeyId).toBeUndefined();
    expect(config.auditSigningKeys).toEqual({});
  });

  it.each([
    ['DATABASE_URL', 'not a url'],
    ['DATABASE_URL', 'mysql://root@localhost/mnio'],
    ['REDIS_URL', 'http://localhost:6379'],
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['PORT', '-1'],
    ['PORT', '3000.5'],
    ['QUEUE_PREFIX', 'has spaces'],
    ['NODE_ENV', 'staging'],
    ['MNIO_SEED_DEMO', 'maybe'],
    ['MNIO_MFA_REQUIRED', 'sometimes'],
    ['MNIO_ACCESS_TOKEN_TTL', '3600'],
    ['MNIO_ENCRYPTION_KEY', 'c2hvcnQ='],
    ['MNIO_ENCRYPTION_KEY', 'bad id!:' + key()],
    ['MNIO_BLIND_INDEX_KEY', 'c2hvcnQ='],
    ['MNIO_JWT_SECRET', 'c2hvcnQ='],
    ['MNIO_AUDIT_KEY', 'c2hvcnQ='],
    ['MNIO_AUDIT_KEY', `a1:${key()},a1:${key()}`],
    ['MNIO_AUDIT_SIGNING_KEY', key(48)],
    ['MNIO_AUDIT_VERIFY_KEYS', 'bad id!:' + key()],
    ['MNIO_AUDIT_ANCHOR_SINK', 's3://bucket/anchors'],
    ['DATABASE_OWNER_URL', 'mysql://root@localhost/mnio'],
    ['SMTP_URL', 'ftp://mail.example'],
    ['TRUST_PROXY', 'true'],
    ['TRUST_PROXY', 'proxy.example'],
    ['TRUST_PROXY', '10.0.0.0/33'],
    ['TRUST_PROXY', '10.0.0.1,*'],
    ['MNIO_OPENAPI', 'public'],
    ['MNIO_METRICS_PORT', 'nine'],
    ['MNIO_METRICS_PORT', '65536'],
    ['WORKER_METRICS_PORT', '-1'],
  ])('names %s when it is %j', (variable, value) => {
    failure({ [variable]: value }, variable);
  });

  it('trusts no proxy by default, and the listed proxies when TRUST_PROXY names them', () => {
    expect(loadConfig({}, cwd).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'off' }, cwd).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.5, 10.1.0.0/16,loopback,::1' }, cwd).trustProxy).toEqual(['10.0.0.5', '10.1.0.0/16', 'loopback', '::1']);
  });

  it('reads the session settings: idle timeout, refresh grace, the cookie\'s Secure flag and the allowed origins', () => {
    const local = loadConfig({}, cwd);
    expect(local).toMatchObject({ sessionIdleSeconds: 1800, refreshGraceMs: 10_000, cookieSecure: false });
    expect(local.allowedOrigins).toEqual(['http://localhost:3000', 'http://127.0.0.1:3000', 'http://[::1]:3000']);
    const deployed = loadConfig({ PUBLIC_URL: 'https://mnio.example.fr/', MNIO_SESSION_IDLE_TIMEOUT: '15m', MNIO_REFRESH_GRACE: '5s' }, cwd);
    expect(deployed).toMatchObject({ sessionIdleSeconds: 900, refreshGraceMs: 5000, cookieSecure: true, allowedOrigins: ['https://mnio.example.fr'] });
    // A public address on plain http outside loopback still gets Secure cookies unless told otherwise.
    expect(loadConfig({ PUBLIC_URL: 'http://mnio.intranet' }, cwd).cookieSecure).toBe(true);
    expect(loadConfig({ MNIO_COOKIE_SECURE: 'true' }, cwd).cookieSecure).toBe(true);
    expect(loadConfig({ MNIO_ALLOWED_ORIGINS: 'https://a.example.fr, https://b.example.fr:8443' }, cwd).allowedOrigins).toEqual(['https://a.example.fr', 'https://b.example.fr:8443']);
  });

  it.each([
    ['MNIO_SESSION_IDLE_TIMEOUT', '10s'],
    ['MNIO_REFRESH_GRACE', '2m'],
    ['MNIO_COOKIE_SECURE', 'maybe'],
    ['MNIO_ALLOWED_ORIGINS', 'https://a.example.fr/path'],
    ['MNIO_ALLOWED_ORIGINS', 'ftp://a.example.fr'],
  ])('refuses %s=%j', (variable, value) => {
    failure({ [variable]: value }, variable);
  });

  it('serves the OpenAPI document outside production, and in production only with MNIO_OPENAPI=on', () => {
    expect(loadConfig({}, cwd).openApi).toBe(true);
    expect(loadConfig({ MNIO_OPENAPI: 'off' }, cwd).openApi).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', ...productionKeys() }, cwd).openApi).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', ...productionKeys(), MNIO_OPENAPI: 'on' }, cwd).openApi).toBe(true);
  });

  it('does not leak the bad value into the message', () => {
    const error = failure({ DATABASE_URL: 'postgres-secret-password' }, 'DATABASE_URL');
    expect(error.message).not.toContain('secret-password');
  });

  it.each(['MNIO_ENCRYPTION_KEY', 'MNIO_BLIND_INDEX_KEY', 'MNIO_JWT_SECRET', 'MNIO_AUDIT_KEY', 'MNIO_AUDIT_ANCHOR_SINK'])('requires %s in production', (variable) => {
    const env: NodeJS.ProcessEnv = { NODE_ENV: 'production', ...productionKeys() };
    delete env[variable];
    expect(failure(env, variable).message).toMatch(/required when NODE_ENV=production/);
  });

  it('never seeds demo data in production, and defaults it off there', () => {
    failure({ NODE_ENV: 'production', ...productionKeys(), MNIO_SEED_DEMO: 'true' }, 'MNIO_SEED_DEMO');
    expect(loadConfig({ NODE_ENV: 'production', ...productionKeys() }, cwd).seedDemo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', ...productionKeys(), MNIO_SEED_DEMO: 'false' }, cwd).seedDemo).toBe(false);
  });

  it('writes no key file in production', () => {
    loadConfig({ NODE_ENV: 'production', ...productionKeys() }, cwd);
    expect(() => statSync(join(cwd, '.mnio-dev-keys.json'))).toThrow();
  });

  it('generates the development keys once into a private file, then reuses them', () => {
    const first = loadConfig({}, cwd);
    const file = join(cwd, '.mnio-dev-keys.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const stored = JSON.parse(readFileSync(file, 'utf8'));
    expect(Object.keys(stored).sort()).toEqual(['auditKey', 'auditSigningKey', 'blindIndexKey', 'encryptionKey', 'jwtSecret']);
    const second = loadConfig({}, cwd);
    expect(second.encryptionKeys).toEqual(first.encryptionKeys);
    expect(second.blindIndexKey.equals(first.blindIndexKey)).toBe(true);
    expect(second.jwtSecret.equals(first.jwtSecret)).toBe(true);
    expect(second.auditKeys).toEqual(first.auditKeys);
    expect(second.auditSigningKeys).toEqual(first.auditSigningKeys);
    expect(readFileSync(file, 'utf8')).toBe(JSON.stringify(stored, null, 2));
    // Another directory gets other keys.
    const elsewhere = mkdtempSync(join(tmpdir(), 'mnio-config-'));
    try {
      expect(loadConfig({}, elsewhere).jwtSecret.equals(first.jwtSecret)).toBe(false);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('adds the audit keys, once, to a key file written before they existed, keeping its other keys', () => {
    const file = join(cwd, '.mnio-dev-keys.json');
    const old = { encryptionKey: key(), blindIndexKey: key(), jwtSecret: key(48) };
    writeFileSync(file, JSON.stringify(old));
    const first = loadConfig({}, cwd);
    expect(first.blindIndexKey.toString('base64')).toBe(old.blindIndexKey);
    const stored = JSON.parse(readFileSync(file, 'utf8'));
    expect(stored).toMatchObject(old);
    expect(loadConfig({}, cwd).auditKeys).toEqual(first.auditKeys);
  });

  it.each([['not JSON', '{not json'], ['incomplete', '{"encryptionKey":"x"}'], ['null', 'null']])('names the key file when it is %s', (_label, content) => {
    writeFileSync(join(cwd, '.mnio-dev-keys.json'), content);
    expect(() => loadConfig({}, cwd)).toThrow(ConfigError);
    expect(() => loadConfig({}, cwd)).toThrow(/\.mnio-dev-keys\.json is not a valid key file/);
  });

  it('reads a key ring whose first key encrypts and the others stay readable', () => {
    const [a, b] = [key(), key()];
    const config = loadConfig({ MNIO_ENCRYPTION_KEY: `k2:${a}, k1:${b}`, MNIO_BLIND_INDEX_KEY: key(), MNIO_JWT_SECRET: key(48) }, cwd);
    expect(config.currentKeyId).toBe('k2');
    expect(Object.keys(config.encryptionKeys).sort()).toEqual(['k1', 'k2']);
    expect(config.encryptionKeys.k1.toString('base64')).toBe(b);
  });

  it('parses booleans, numbers and the log level', () => {
    const config = loadConfig({ NODE_ENV: 'test', PORT: '0', MNIO_MFA_REQUIRED: 'yes', MNIO_SEED_DEMO: 'off', MNIO_ACCESS_TOKEN_TTL: '60' }, cwd);
    expect(config).toMatchObject({ nodeEnv: 'test', port: 0, mfaRequired: true, seedDemo: false, accessTokenTtlSeconds: 60, logLevel: 'silent' });
  });

  it('opens the metrics ports by default, none under NODE_ENV=test, and 0 turns them off', () => {
    expect(loadConfig({ NODE_ENV: 'development' }, cwd)).toMatchObject({ apiMetricsPort: 9464, workerMetricsPort: 9465 });
    expect(loadConfig({ NODE_ENV: 'test' }, cwd)).toMatchObject({ apiMetricsPort: 0, workerMetricsPort: 0 });
    expect(loadConfig({ NODE_ENV: 'development', MNIO_METRICS_PORT: '0', WORKER_METRICS_PORT: '9999' }, cwd)).toMatchObject({ apiMetricsPort: 0, workerMetricsPort: 9999 });
  });
});
