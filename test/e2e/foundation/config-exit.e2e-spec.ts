import { spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

/** Runs a process's real entry from its TypeScript source with `env` added; resolves its exit code and output. */
function run(entry: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', 'tsconfig-paths/register', '-r', './test/support/ts-register.cjs', entry], {
      cwd: ROOT,
      // PORT 0 and no health port: should a process start after all, it takes no fixed port (and the test fails on its code).
      env: { ...process.env, PORT: '0', WORKER_HEALTH_PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * A bad setting stops a process with exit code 78 (EX_CONFIG) and a line naming the variable, whether the
 * platform reads it or a context does (a provider built while Nest boots, or a module read when it loads);
 * a setting that may be secret is never echoed.
 */
describe('a bad setting at boot', () => {
  it('stops the api with 78 when a context setting is bad (coordination, read while Nest builds the providers)', async () => {
    const r = await run('apps/api/src/main.ts', { MNIO_BREAK_GLASS_MINUTES: 'three-hours' });
    expect(r.code).toBe(78);
    expect(r.stderr).toContain('Invalid configuration: MNIO_BREAK_GLASS_MINUTES must be an integer between 1 and 720\n');
    expect(`${r.stdout}${r.stderr}`).not.toContain('three-hours');
  }, 120_000);

  it('stops the worker with 78 when a setting read as its processors load is bad (notifications)', async () => {
    const r = await run('apps/worker/src/main.ts', { NOTIFY_JOB_LOCK_MS: 'soon' });
    expect(r.code).toBe(78);
    expect(r.stderr).toContain('Invalid configuration: NOTIFY_JOB_LOCK_MS must be a duration');
    expect(`${r.stdout}${r.stderr}`).not.toContain('soon');
  }, 120_000);

  it('stops the worker with 78 when its metrics port is not a port', async () => {
    const r = await run('apps/worker/src/main.ts', { WORKER_METRICS_PORT: 'ninety' });
    expect(r.code).toBe(78);
    expect(r.stderr).toBe('Invalid configuration: WORKER_METRICS_PORT must be an integer between 0 and 65535\n');
  }, 120_000);

  it('stops the api with 78 on a bad platform setting, without echoing a value that may hold a password', async () => {
    const r = await run('apps/api/src/main.ts', { SMTP_URL: 'smtp//mailer:hunter2-secret@relay' });
    expect(r.code).toBe(78);
    expect(r.stderr).toBe('Invalid configuration: SMTP_URL is not a valid URL\n');
    expect(r.stdout).not.toContain('hunter2');
  }, 120_000);
});
