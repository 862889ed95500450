import type { CaseWorker } from '../../api/views';

/** « Awa Diallo », « Awa Diallo et Bruno Petit », « Awa Diallo, Bruno Petit et Claire Martin »; the viewer is « vous ». */
export function followedBy(assignees: CaseWorker[], myId: string): string {
  const names = assignees.map((a) => (a.userId === myId ? `${a.displayName} (vous)` : a.displayName));
  if (names.length === 0) return 'Personne n’est encore affecté à cette situation.';
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} et ${names[names.length - 1]}`;
  return `Suivie par ${list}.`;
}

/** Whether the viewer may assign herself: she is a candidate (a case worker or coordinator of the owner) and not assigned yet. */
export function maySelfAssign(candidates: CaseWorker[], myId: string): boolean {
  return candidates.some((c) => c.userId === myId);
}

/** The colleagues offered in « Affecter un collègue »: the candidates other than the viewer, by name. */
export function colleagueOptions(candidates: CaseWorker[], myId: string): Record<string, string> {
  return Object.fromEntries(candidates.filter((c) => c.userId !== myId).map((c) => [c.userId, c.displayName]));
}
