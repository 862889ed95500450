import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import autocannon from 'autocannon';
import type { HttpLoadOptions, HttpLoadResult } from './http-load';
import { summarize } from './percentiles';

/**
 * Runs inside the thread started by `httpLoad`: one continuous autocannon run of warm-up + measured
 * time, counting only the responses that complete after the warm-up. The connections are already busy
 * when measuring starts, so slow requests (seconds, as with argon2) do not skew the rate at the edges.
 */
/** CPU milliseconds of this thread alone (Linux `/proc/thread-self/stat`, clock ticks of 10 ms), or NaN elsewhere. */
function threadCpuMs(): number {
  try {
    const fields = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

async function main(): Promise<Omit<HttpLoadResult, 'serverCpuMsPerRequest'>> {
  const o = workerData as HttpLoadOptions;
  const warmup = o.warmupSeconds ?? 2;
  const expect = o.expectStatus ?? 200;
  const jsonHeader = o.bodies?.length ? { 'content-type': 'application/json' } : {};
  const samples: number[] = [];
  const statusCodes: Record<string, number> = {};
  let unexpected = 0;
  let nextConnection = 0;
  const start = performance.now();
  const measureFrom = start + warmup * 1000;
  const opts: autocannon.Options = {
    url: o.url + (o.connectionPaths?.[0] ?? o.path),
    method: o.method ?? 'GET',
    connections: o.connections,
    duration: warmup + o.seconds,
    timeout: o.timeoutSeconds ?? 10,
    headers: { ...jsonHeader, ...o.headers },
    setupClient: (client) => {
      const i = nextConnection++;
      const headers = { ...jsonHeader, ...o.headers, ...(o.connectionHeaders?.length ? o.connectionHeaders[i % o.connectionHeaders.length] : {}) };
      const list = o.connectionPathLists?.length ? o.connectionPathLists[i % o.connectionPathLists.length] : undefined;
      if (list?.length) {
        let next = 0;
        const body = o.bodies?.length ? { body: o.bodies[i % o.bodies.length] } : {};
        client.setRequests([{ method: o.method ?? 'GET', path: list[0], headers, ...body, setupRequest: (req) => ({ ...req, path: list[next++ % list.length] }) }]);
        return;
      }
      if (o.connectionPaths?.length) {
        client.setRequests([{ method: o.method ?? 'GET', path: o.connectionPaths[i % o.connectionPaths.length], headers, ...(o.bodies?.length ? { body: o.bodies[i % o.bodies.length] } : {}) }]);
        return;
      }
      if (o.connectionHeaders?.length) client.setHeaders(headers);
      if (o.bodies?.length && !o.uniqueToken) client.setBody(o.bodies[i % o.bodies.length]);
    },
  };
  if (o.bodies?.length && o.uniqueToken) {
    const bodies = o.bodies;
    const token = o.uniqueToken;
    // unique across runs too: a counter alone restarts at 0 in every round, and the cases benchmark's second
    // round then recorded each name a second time (every creation a possible duplicate of the one before it)
    const run = randomBytes(4).toString('hex');
    let seq = 0;
    opts.requests = [{ setupRequest: (req) => { const n = seq++; return { ...req, body: bodies[n % bodies.length].split(token).join(`${run}x${n}`) }; } }];
  }
  let instance!: autocannon.Instance;
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
  });
  let totalResponses = 0;
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    totalResponses++;
    if (performance.now() < measureFrom) return;
    statusCodes[statusCode] = (statusCodes[statusCode] ?? 0) + 1;
    if (statusCode === expect) samples.push(responseTime);
    else unexpected++;
  });
  const raw = await finished;
  // Everything this thread spent, its start (loading autocannon, compiling from the sources) included: the
  // parent measures the process from before the thread starts.
  const clientCpuMs = threadCpuMs();
  const seconds = (performance.now() - measureFrom) / 1000;
  return {
    requestsPerSec: samples.length / seconds,
    requests: samples.length,
    unexpected,
    statusCodes,
    errors: raw.errors,
    timeouts: raw.timeouts,
    seconds,
    latencyMs: summarize(samples),
    clientCpuMs,
    totalResponses,
  };
}

main().then(
  (result) => parentPort!.postMessage({ ok: true, result }),
  (e: Error) => parentPort!.postMessage({ ok: false, error: e.message }),
);
