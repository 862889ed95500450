#!/usr/bin/env node
/* eslint-disable no-console, @typescript-eslint/no-require-imports -- a command-line tool in plain JavaScript (node bench/lib/cpuprofile-summary.js) */
// Summarises V8 .cpuprofile files (BENCH_CPU_PROFILE, `node --cpu-prof`): self and total time by function and by
// module (the package under node_modules, or the repository folder), as a share of the samples that were not idle.
//   node bench/lib/cpuprofile-summary.js <file.cpuprofile>... [--top=40] [--filter=<text in url or name>]
'use strict';
const fs = require('fs');

const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith('--'));
const top = Number((args.find((a) => a.startsWith('--top=')) || '--top=40').slice(6));
const filter = (args.find((a) => a.startsWith('--filter=')) || '').slice(9);
if (!files.length) {
  console.error('usage: cpuprofile-summary.js <file.cpuprofile>... [--top=40] [--filter=text]');
  process.exit(2);
}

function moduleOf(url) {
  if (!url) return '(native)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 13).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.startsWith('node:')) return url;
  const m = url.match(/\/(apps\/[^/]+|libs\/[^/]+|bench)\//);
  return m ? m[1] : url;
}

const selfFn = new Map();
const totalFn = new Map();
const selfMod = new Map();
const totalMod = new Map();
let busy = 0;
let idle = 0;
const add = (m, k, v) => m.set(k, (m.get(k) || 0) + v);

for (const file of files) {
  const p = JSON.parse(fs.readFileSync(file, 'utf8'));
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const dt = new Map();
  for (let i = 0; i < p.samples.length; i++) add(dt, p.samples[i], (p.timeDeltas[i + 1] ?? p.timeDeltas[i] ?? 0) / 1000);
  for (const [id, ms] of dt) {
    const n = byId.get(id);
    const name = n.callFrame.functionName || '(anonymous)';
    if (name === '(idle)' || name === '(program)') {
      idle += ms;
      continue;
    }
    busy += ms;
    const key = (cf) => `${cf.functionName || '(anonymous)'} ${moduleOf(cf.url)}${cf.url && !cf.url.includes('node_modules') ? ':' + (cf.lineNumber + 1) : ''}`;
    add(selfFn, key(n.callFrame), ms);
    add(selfMod, moduleOf(n.callFrame.url), ms);
    // Total: every distinct function and module on the sample's stack, once.
    const seenFn = new Set();
    const seenMod = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const cf = byId.get(cur).callFrame;
      if (cf.functionName === '(root)') continue;
      seenFn.add(key(cf));
      seenMod.add(moduleOf(cf.url));
    }
    for (const k of seenFn) add(totalFn, k, ms);
    for (const k of seenMod) add(totalMod, k, ms);
  }
}

const pct = (ms) => `${((100 * ms) / busy).toFixed(1).padStart(5)}%`;
const show = (title, m) => {
  console.log(`\n${title}`);
  [...m]
    .filter(([k]) => !filter || k.includes(filter))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .forEach(([k, ms]) => console.log(`${pct(ms)} ${String(Math.round(ms)).padStart(7)} ms  ${k}`));
};
console.log(`busy ${Math.round(busy)} ms, idle/program ${Math.round(idle)} ms, ${files.length} profile(s)`);
show('self time by module', selfMod);
show('total time by module (on the stack)', totalMod);
show('self time by function', selfFn);
show('total time by function (on the stack)', totalFn);
