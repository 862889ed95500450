/**
 * A shelter (host, DNA place, minors' centre) is named only to the parties of its orientation: to anyone else the
 * API sends `null` for its id and its kind beside it. These words say what it is without saying which.
 */
const MASKED_KINDS: Record<string, string> = {
  host: 'une structure d’hébergement',
  minors_centre: 'un centre pour mineurs',
};

/** The organisation's name when the API gives its id; otherwise its kind in words; « — » when there is none. */
export function organisationLabel(name: (id: string | null | undefined) => string, id: string | null | undefined, kind?: string | null): string {
  if (id) return name(id);
  if (kind) return MASKED_KINDS[kind] ?? 'une organisation';
  return '—';
}

/** The same, capitalised, to start a table cell. */
export function organisationCell(name: (id: string | null | undefined) => string, id: string | null | undefined, kind?: string | null): string {
  const text = organisationLabel(name, id, kind);
  return id ? text : text.charAt(0).toUpperCase() + text.slice(1);
}
