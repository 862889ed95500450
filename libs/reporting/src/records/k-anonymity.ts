/**
 * k-anonymity by full-domain generalisation then suppression (a Datafly-like greedy, in a fixed, explainable order).
 *
 * Each quasi-identifier has a ladder of generalisations (level 0 = the value as held). The steps are applied in
 * order, one level of one field at a time, until the records left in equivalence classes smaller than k are no
 * more than the suppression budget (the larger of k − 1 and a share of the records); those records are then
 * suppressed. Every released equivalence class (the records sharing all quasi-identifier values, as released)
 * therefore has at least k records.
 *
 * With `sensitive` (distinct l-diversity, Machanavajjhala et al.): a class is also at risk while it holds fewer than
 * l distinct values of a sensitive attribute (everyone in it shares the same identification status, say: knowing a
 * person's quasi-identifiers would tell it). Generalisation merges classes until the records at risk fit the budget,
 * then the classes still too small or too uniform are suppressed. The l asked of an attribute is capped by the
 * number of distinct values it takes in the whole input (with one value only, no class can differ: the export as a
 * whole says it, and the information loss states the l reached).
 */

/** A quasi-identifier: its ladder, `generalise(value, level)` for level 1…levels (the top level may be « * »). */
export interface QuasiIdentifier<R> {
  field: keyof R & string;
  levels: number;
  generalise: (value: string, level: number) => string;
}

export interface KAnonymityOptions<R> {
  k: number;
  quasiIdentifiers: QuasiIdentifier<R>[];
  /** The generalisation steps, in order: each names a quasi-identifier field and raises it by one level. */
  steps: (keyof R & string)[];
  /**
   * Largest share of the records that may be suppressed before generalising further (0…1). Up to k − 1 records
   * may always be, as in Sweeney's Datafly: a handful of outliers must not flatten every field of everyone else.
   */
  maxSuppressionRate: number;
  /** l-diversity: every released class holds at least `l` distinct values of each of these fields (not quasi-identifiers). */
  sensitive?: { fields: (keyof R & string)[]; l: number };
}

export interface InformationLoss {
  k: number;
  records: number;
  released: number;
  suppressed: number;
  /** The level each quasi-identifier was generalised to (0: as held). */
  levels: Record<string, number>;
  /** The fields generalised (level > 0), in the order of the quasi-identifiers. */
  generalisedFields: string[];
  equivalenceClasses: number;
  smallestClass: number | null;
  /** l-diversity asked, per sensitive field the l applied (capped by the values the input holds), and the fewest distinct values in a released class. */
  diversity: { l: number; fields: Record<string, { l: number; leastDistinct: number | null }> } | null;
}

export interface KAnonymised<R> {
  records: R[];
  loss: InformationLoss;
}

const SEP = '\u001f';

function generaliseAll<R extends Record<string, string>>(records: R[], qis: QuasiIdentifier<R>[], levels: Record<string, number>): R[] {
  return records.map((r) => {
    const out = { ...r };
    for (const q of qis) {
      const l = levels[q.field];
      if (l > 0) (out as Record<string, string>)[q.field] = q.generalise(r[q.field], Math.min(l, q.levels));
    }
    return out;
  });
}

/** The key of a record's equivalence class: its quasi-identifier values. */
export function classKey<R extends Record<string, string>>(r: R, fields: readonly string[]): string {
  return fields.map((f) => r[f]).join(SEP);
}

function classSizes<R extends Record<string, string>>(records: R[], fields: readonly string[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const r of records) {
    const key = classKey(r, fields);
    sizes.set(key, (sizes.get(key) ?? 0) + 1);
  }
  return sizes;
}

/** Per class, per sensitive field, the distinct values it holds. */
function classValues<R extends Record<string, string>>(records: R[], fields: readonly string[], sensitive: readonly string[]): Map<string, Set<string>[]> {
  const out = new Map<string, Set<string>[]>();
  for (const r of records) {
    const key = classKey(r, fields);
    let sets = out.get(key);
    if (!sets) out.set(key, (sets = sensitive.map(() => new Set<string>())));
    sensitive.forEach((f, i) => sets[i].add(r[f]));
  }
  return out;
}

/** Generalises, then suppresses the records still in classes smaller than k. Pure: the input is not changed. */
export function kAnonymise<R extends Record<string, string>>(input: R[], o: KAnonymityOptions<R>): KAnonymised<R> {
  if (!Number.isInteger(o.k) || o.k < 1) throw new Error('k must be a positive integer');
  const fields = o.quasiIdentifiers.map((q) => q.field);
  const levels: Record<string, number> = Object.fromEntries(fields.map((f) => [f, 0]));
  const budget = Math.max(o.k - 1, Math.floor(input.length * Math.max(0, Math.min(1, o.maxSuppressionRate))));
  const sensitive = o.sensitive?.fields ?? [];
  // the l of each sensitive field: at most the number of distinct values the input holds
  const lOf = sensitive.map((f) => Math.min(o.sensitive!.l, new Set(input.map((r) => r[f])).size));
  /** Classes too small, or too uniform in a sensitive field. */
  const unsafe = (records: R[]): Set<string> => {
    const sizes = classSizes(records, fields);
    const values = sensitive.length ? classValues(records, fields, sensitive) : null;
    const out = new Set<string>();
    for (const [key, size] of sizes) {
      if (size < o.k || (values && values.get(key)!.some((set, i) => set.size < lOf[i]))) out.add(key);
    }
    return out;
  };
  const atRisk = (records: R[]) => {
    const bad = unsafe(records);
    return records.filter((r) => bad.has(classKey(r, fields))).length;
  };

  let current = generaliseAll(input, o.quasiIdentifiers, levels);
  for (const step of o.steps) {
    if (atRisk(current) <= budget) break;
    const q = o.quasiIdentifiers.find((x) => x.field === step);
    if (!q || levels[step] >= q.levels) continue;
    levels[step] += 1;
    current = generaliseAll(input, o.quasiIdentifiers, levels);
  }

  const bad = unsafe(current);
  const sizes = classSizes(current, fields);
  const records = current.filter((r) => !bad.has(classKey(r, fields)));
  const released = [...sizes.entries()].filter(([key]) => !bad.has(key)).map(([, s]) => s);
  const kept = sensitive.length ? classValues(records, fields, sensitive) : null;
  return {
    records,
    loss: {
      k: o.k,
      records: input.length,
      released: records.length,
      suppressed: input.length - records.length,
      levels,
      generalisedFields: fields.filter((f) => levels[f] > 0),
      equivalenceClasses: released.length,
      smallestClass: released.length ? Math.min(...released) : null,
      diversity: o.sensitive
        ? {
            l: o.sensitive.l,
            fields: Object.fromEntries(sensitive.map((f, i) => {
              const least = kept && kept.size ? Math.min(...[...kept.values()].map((sets) => sets[i].size)) : null;
              return [f, { l: lOf[i], leastDistinct: least }];
            })),
          }
        : null,
    },
  };
}
