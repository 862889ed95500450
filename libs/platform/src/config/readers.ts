/**
 * The one way to read a setting from the environment. Every variable read at boot goes through these readers,
 * the platform's (`loadConfig`) and the contexts' (`load<Context>Config`) alike: a bad value throws ConfigError
 * naming the variable, never its value (it may be a secret), and the processes turn it into exit code 78
 * (EX_CONFIG, `exitOnConfigError`). An unset or empty variable takes its default.
 */
export class ConfigError extends Error {
  constructor(readonly variable: string, reason: string) {
    super(`Invalid configuration: ${variable} ${reason}`);
  }
}

/** The exit code of a process stopped by a bad setting (sysexits.h EX_CONFIG). */
export const EX_CONFIG = 78;

/** An integer setting in [min, max], or `fallback` when unset or empty. */
export function readInt(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^-?\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new ConfigError(name, `must be an integer between ${min} and ${max}`);
  }
  return value;
}

/** A yes/no setting: `1 true yes on` or `0 false no off` (any case), or `fallback` when unset or empty. */
export function readBool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(name, 'must be true or false');
}

/** One of `allowed`, or `fallback` when unset or empty. */
export function readEnum<T extends string>(env: NodeJS.ProcessEnv, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) throw new ConfigError(name, `must be one of ${allowed.join(', ')}`);
  return raw as T;
}

/**
 * A free-text setting (an address, a path, a sender), trimmed, or `fallback` when unset or empty. `pattern`,
 * when given, is what a valid value looks like, and `expected` says it in words in the error.
 */
export function readString(env: NodeJS.ProcessEnv, name: string, fallback: string, check?: { pattern: RegExp; expected: string }): string;
export function readString(env: NodeJS.ProcessEnv, name: string, fallback: undefined, check?: { pattern: RegExp; expected: string }): string | undefined;
export function readString(env: NodeJS.ProcessEnv, name: string, fallback: string | undefined, check?: { pattern: RegExp; expected: string }): string | undefined {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  if (check && !check.pattern.test(raw)) throw new ConfigError(name, `must be ${check.expected}`);
  return raw;
}

/** A URL with one of `protocols` (`postgres:`, `redis:`…), or `fallback` when unset or empty. */
export function readUrl(env: NodeJS.ProcessEnv, name: string, fallback: string, protocols: readonly string[]): string {
  const raw = env[name] || fallback;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, 'is not a valid URL');
  }
  if (!protocols.includes(parsed.protocol)) throw new ConfigError(name, `must use ${protocols.join(' or ')}`);
  return raw;
}

const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/**
 * A duration in milliseconds: a bare integer counts milliseconds (the `*_MS` settings), or an integer with a
 * unit (`500ms`, `30s`, `5m`, `2h`, `7d`). In [minMs, maxMs], or `fallbackMs` when unset or empty.
 */
export function readDurationMs(env: NodeJS.ProcessEnv, name: string, fallbackMs: number, minMs: number, maxMs: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallbackMs;
  const m = /^(\d+)(ms|s|m|h|d)?$/.exec(raw);
  const value = m ? Number(m[1]) * DURATION_UNITS[m[2] ?? 'ms'] : NaN;
  if (!Number.isSafeInteger(value) || value < minMs || value > maxMs) {
    throw new ConfigError(name, `must be a duration between ${minMs} ms and ${maxMs} ms (a number of milliseconds, or 30s, 5m, 2h, 7d)`);
  }
  return value;
}

/**
 * Runs a setting's own parser (reminder thresholds, address lists…) and turns its failure into a ConfigError
 * naming the variable. The parser's message must not repeat the value when the value could be a secret.
 */
export function readParsed<T>(env: NodeJS.ProcessEnv, name: string, fallback: string, parse: (raw: string) => T, expected?: string): T {
  const raw = env[name] || fallback;
  try {
    return parse(raw);
  } catch (e) {
    throw new ConfigError(name, expected ? `must be ${expected}` : (e as Error).message);
  }
}

/**
 * Boots a process: a ConfigError anywhere in `boot` (the platform's settings, a context's, read when a module is
 * imported or a provider built) stops it with its message and exit code 78; a database schema it does not match
 * (SchemaMismatchError, database/schema-version.ts) with 75 (migrations pending) or 65 (schema newer than the
 * code); any other failure with exit code 1.
 * Build Nest applications inside with `abortOnError: false`, so their errors reach here.
 */
export async function exitOnConfigError(processName: string, boot: () => Promise<void>): Promise<void> {
  try {
    await boot();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(EX_CONFIG);
    }
    // A database schema the process does not match (database/schema-version.ts): its own stable code, 65 or 75.
    const schemaExit = (e as { schemaExitCode?: number }).schemaExitCode;
    if (schemaExit) {
      process.stderr.write(`${(e as Error).message}\n`);
      process.exit(schemaExit);
    }
    process.stderr.write(`${processName} failed to start: ${(e as Error).message}\n`);
    process.exit(1);
  }
}
