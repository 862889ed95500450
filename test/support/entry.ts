import { ChildProcess, spawn } from 'node:child_process';
import { AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
const TS_REGISTER = join(ROOT, 'test', 'support', 'ts-register.cjs');

export interface RunningEntry {
  child: ChildProcess;
  output(): string;
  /** Resolves the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once it has exited. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Runs a script or process entry from its TypeScript source (compiled by swc as Jest does, no dist/), in
 * `cwd` (default: this checkout — another checkout's entry runs with its own tsconfig paths), with `env`
 * added to the test's environment.
 */
export function spawnEntry(entry: string, env: Record<string, string | undefined> = {}, cwd = ROOT): RunningEntry {
  const child = spawn(process.execPath, ['-r', 'tsconfig-paths/register', '-r', TS_REGISTER, ...(entry.startsWith('-e') ? ['-e', entry.slice(2)] : [entry])], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
  return {
    child,
    output: () => out,
    exited,
    async stop(graceMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Runs an entry to its end (killed after `timeoutMs`): its exit code and output (stdout and stderr together). */
export async function runEntry(entry: string, env: Record<string, string | undefined> = {}, cwd = ROOT, timeoutMs = 120_000): Promise<{ code: number | null; output: string }> {
  const run = spawnEntry(entry, env, cwd);
  const timer = setTimeout(() => run.child.kill('SIGKILL'), timeoutMs);
  const code = await run.exited;
  clearTimeout(timer);
  return { code, output: run.output() };
}

/** A TCP port free on 127.0.0.1 right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}
