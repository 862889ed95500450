import { execFileSync } from 'node:child_process';
import { get } from 'node:http';
import { freePort, RunningEntry, spawnEntry } from '../../support/entry';
import { waitFor } from '../../support/stack';

/** One request on a connection of its own (no keep-alive: the primary hands each new connection to the next process). */
function request(url: string): Promise<{ status: number; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    get(url, { agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    }).on('error', reject);
  });
}

/** The processes whose parent is `pid`. */
function childrenOf(pid: number): number[] {
  try {
    return execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' }).split('\n').map((l) => Number(l.trim())).filter(Boolean);
  } catch {
    return []; // ps exits 1 when there are none
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * `MNIO_API_PROCESSES=2` (issue 17 §3): the real entry point runs a primary and two API processes sharing one port;
 * both answer (seen through the metrics' `api_process` label: no answer tells a process id), a killed process is
 * replaced, health stays right, and SIGTERM to the primary stops both processes and then the primary, exit code 0.
 */
describe('the API on two processes', () => {
  let api: RunningEntry | undefined;
  afterAll(() => api?.stop());

  it('answers from two processes, replaces a dead one and stops cleanly on SIGTERM', async () => {
    const [port, metricsPort] = [await freePort(), await freePort()];
    const base = `http://127.0.0.1:${port}`;
    api = spawnEntry('apps/api/src/main.ts', { PORT: String(port), HOST: '127.0.0.1', MNIO_API_PROCESSES: '2', MNIO_METRICS_PORT: String(metricsPort), LOG_LEVEL: 'error' });
    const primary = api.child.pid!;
    await waitFor(() => {
      if (api!.child.exitCode !== null) throw new Error(`the API exited ${api!.child.exitCode}: ${api!.output()}`);
      return /2 processes listening/.test(api!.output());
    }, 'two API processes listening', 150_000, 200);
    const workers = childrenOf(primary);
    expect(workers).toHaveLength(2);

    const answers = await Promise.all(Array.from({ length: 20 }, () => request(`${base}/api/cases`)));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(401));
    expect((await request(`${base}/health/ready`)).status).toBe(200);
    // Nothing in an answer names the process.
    for (const a of answers) expect(JSON.stringify(a.headers)).not.toMatch(new RegExp(`\\b(${workers.join('|')})\\b`));

    const metrics = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
    const answered = (slot: string) => metrics.split('\n')
      .filter((l) => l.startsWith('mnio_http_requests_total{') && l.includes(`api_process="${slot}"`) && l.includes('route="/api/cases"'))
      .reduce((n, l) => n + Number(l.split(' ').pop()), 0);
    expect(answered('1')).toBeGreaterThan(0);
    expect(answered('2')).toBeGreaterThan(0);
    expect(answered('1') + answered('2')).toBe(20);
    expect(metrics).toMatch(/mnio_db_pool_max\{api_process="1"\} \d+/);

    // A process that dies is replaced; the API keeps answering meanwhile.
    process.kill(workers[0], 'SIGKILL');
    const replaced = await waitFor(() => {
      const now = childrenOf(primary);
      return now.length === 2 && !now.includes(workers[0]) ? now : null;
    }, 'the dead process replaced', 120_000, 200);
    expect(replaced).toContain(workers[1]);
    expect(api.output()).toMatch(/process \d exited \(SIGKILL\); restarting it \(1 of 5/);
    await waitFor(async () => (await request(`${base}/health/ready`).catch(() => null))?.status === 200, 'health after the restart', 120_000, 200);

    api.child.kill('SIGTERM');
    expect(await api.exited).toBe(0);
    for (const pid of replaced) expect(alive(pid)).toBe(false);
    await expect(request(`${base}/health`)).rejects.toThrow();
  }, 400_000);
});
