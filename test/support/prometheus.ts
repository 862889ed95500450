/** One sample of the Prometheus text exposition format (0.0.4). */
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface Exposition {
  /** `# TYPE` of each family. */
  types: Map<string, string>;
  samples: Sample[];
}

const NAME = '[a-zA-Z_:][a-zA-Z0-9_:]*';
const SAMPLE = new RegExp(`^(${NAME})(?:\\{(.*)\\})? (\\S+)(?: -?\\d+)?$`);
const LABEL = /^([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\[\\"n])*)"(,|$)/;
const VALUE = /^(?:[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|[+-]Inf|NaN)$/;

function unescape(v: string): string {
  return v.replace(/\\(["\\n])/g, (_, c: string) => (c === 'n' ? '\n' : c));
}

/**
 * A strict parser of the text format: every line is a `# HELP`, a `# TYPE`, a sample or empty, or it throws
 * naming the line. Samples must belong to a declared family (a histogram's `_bucket`, `_sum`, `_count` too).
 */
export function parseExposition(text: string): Exposition {
  const types = new Map<string, string>();
  const samples: Sample[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    if (line === '') continue;
    const meta = /^# (HELP|TYPE) (\S+)(?: (.*))?$/.exec(line);
    if (meta) {
      if (!new RegExp(`^${NAME}$`).test(meta[2])) throw new Error(`line ${i + 1}: bad metric name`);
      if (meta[1] === 'TYPE') {
        if (!['counter', 'gauge', 'histogram', 'summary', 'untyped'].includes(meta[3] ?? '')) throw new Error(`line ${i + 1}: bad type`);
        types.set(meta[2], meta[3]!);
      }
      continue;
    }
    if (line.startsWith('#')) throw new Error(`line ${i + 1}: unknown comment: ${line}`);
    const m = SAMPLE.exec(line);
    if (!m || !VALUE.test(m[3])) throw new Error(`line ${i + 1}: not a sample: ${line}`);
    const labels: Record<string, string> = {};
    let rest = m[2] ?? '';
    while (rest) {
      const l = LABEL.exec(rest);
      if (!l) throw new Error(`line ${i + 1}: bad labels: ${line}`);
      if (l[1] in labels) throw new Error(`line ${i + 1}: label ${l[1]} twice`);
      labels[l[1]] = unescape(l[2]);
      rest = rest.slice(l[0].length);
    }
    const name = m[1];
    const family = [name, name.replace(/_(bucket|sum|count)$/, '')].find((f) => types.has(f));
    if (!family) throw new Error(`line ${i + 1}: sample of an undeclared family ${name}`);
    samples.push({ name, labels, value: Number(m[3]) });
  }
  return { types, samples };
}

/** The samples named `name` whose labels include `labels`. */
export function series(e: Exposition, name: string, labels: Record<string, string> = {}): Sample[] {
  return e.samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
}
