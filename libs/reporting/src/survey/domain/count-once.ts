/** One case counted by a questionnaire: its organisation, whether accompanied, and its opaque person keys. */
export interface CountedCase {
  caseId: string;
  organisationId: string;
  accompanied: boolean;
  /** Derived from the blind index duplicate detection keeps; none when the case was recorded without a name. */
  personKeys: readonly string[];
}

export interface CountedOnce {
  /** Cases counted by the questionnaires (a person followed by two organisations counts twice here). */
  cases: number;
  /** Persons: cases that share a person key (directly or through others) are one person. */
  persons: number;
  /** Persons with at least one accompanied case. */
  accompaniedPersons: number;
  /** Persons followed by more than one organisation. */
  severalOrganisations: number;
  /** One case per person, to count the breakdowns once: an accompanied case when the person has one, then the smallest id. */
  representatives: string[];
}

/**
 * Pure: counts each person once across organisations. Two cases are the same person when they share a person key,
 * as duplicate detection would match them (a name × a birth date or year); the relation is closed transitively
 * (union-find), so a person known under an alias in a third file joins the two. A case without a key is a person of its own.
 */
export function countOnce(cases: readonly CountedCase[]): CountedOnce {
  const uniq = [...new Map(cases.map((c) => [c.caseId, c])).values()].sort((a, b) => (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0));
  const parent = uniq.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const byKey = new Map<string, number>();
  uniq.forEach((c, i) => {
    for (const k of c.personKeys) {
      const j = byKey.get(k);
      if (j === undefined) byKey.set(k, i);
      else {
        const a = find(i);
        const b = find(j);
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  });
  const persons = new Map<number, { organisations: Set<string>; accompanied: boolean; representative: CountedCase }>();
  uniq.forEach((c, i) => {
    const root = find(i);
    const p = persons.get(root);
    if (!p) persons.set(root, { organisations: new Set([c.organisationId]), accompanied: c.accompanied, representative: c });
    else {
      p.organisations.add(c.organisationId);
      if (c.accompanied && !p.representative.accompanied) p.representative = c;
      p.accompanied ||= c.accompanied;
    }
  });
  const all = [...persons.values()];
  return {
    cases: uniq.length,
    persons: all.length,
    accompaniedPersons: all.filter((p) => p.accompanied).length,
    severalOrganisations: all.filter((p) => p.organisations.size > 1).length,
    representatives: all.map((p) => p.representative.caseId).sort(),
  };
}
