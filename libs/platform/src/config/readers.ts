import { ConfigError } from './app-config';

/**
 * An integer setting in [min, max], or `fallback` when unset or empty. A bad value throws ConfigError naming the
 * variable, which the processes turn into exit 78 at boot. Contexts read their own settings through it.
 */
export function readInt(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new ConfigError(name, `must be an integer between ${min} and ${max}`);
  return value;
}
