import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { tsBootSource } from '../../bench/lib';

const ROOT = join(__dirname, '..', '..');

/** Runs `npm run bench -- --smoke` from the sources: every benchmark, tiny sizes, about a second per figure. */
function smokeRun(): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', tsBootSource(join(ROOT, 'bench', 'run.ts')), 'bench/run.ts', '--smoke'], {
      cwd: ROOT,
      env: { ...process.env, BENCH_LOG_LEVEL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-20_000)));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * What a failed run printed: from its first error line (a crash prints the error, then the objects it holds, which
 * the last lines alone showed in CI's one failure), and its end.
 */
function failureExcerpt(stderr: string): string {
  const first = stderr.search(/^.*(Error|error:|throw|FAILED).*$/m);
  const head = first >= 0 ? stderr.slice(first, first + 2500) : '';
  return `${head}\n…\n${stderr.slice(-1500)}`;
}

describe('benchmarks (smoke run)', () => {
  it('every benchmark runs at tiny sizes and does the work it times, so a change that breaks one cannot land', async () => {
    const { code, stdout, stderr } = await smokeRun();
    const failed = stdout.split('\n').filter((l) => /^[a-z-]+: FAILED: /.test(l));
    expect({ failed, tail: failed.length || code !== 0 ? failureExcerpt(stderr) : '' }).toEqual({ failed: [], tail: '' });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^smoke: (\d+) of \1 benchmarks ran and did their work$/m);
  }, 30 * 60_000);
});
