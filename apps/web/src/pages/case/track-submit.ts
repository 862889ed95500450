import { api, ApiError, unwrap } from '../../api/client';
import type { CaseDeadline, CaseView } from '../../api/views';
import { DEADLINE_KINDS, frDate, label } from '../../domain/labels';
import type { Fact } from '../../domain/track-forms';

export type TrackTab = 'identification' | 'residence' | 'child_protection' | 'criminal' | 'case';
export interface TrackValues {
  occurredOn: string;
  service: string;
  language: string;
  interpreter: boolean | null;
  reasonCode: string;
  expiresOn: string;
  legalBasis: string;
  hearingType: string;
  note: string;
}
export const EMPTY_VALUES = (today: string): TrackValues => ({
  occurredOn: today, service: '', language: '', interpreter: null, reasonCode: '', expiresOn: '', legalBasis: '', hearingType: '', note: '',
});

const PATHS = {
  residence: '/api/cases/{id}/residence-events',
  child_protection: '/api/cases/{id}/child-protection-events',
  criminal: '/api/cases/{id}/criminal-events',
} as const;

/** Sends one step to its endpoint with the version read; only the facts the event takes, only when filled in. */
export function sendTrackEvent(c: CaseView, tab: TrackTab, event: string, v: TrackValues, facts: readonly Fact[]) {
  const path = { params: { path: { id: c.id }, header: { 'if-match': `"${c.version}"` } } };
  const note = v.note.trim() ? { note: v.note.trim() } : {};
  if (tab === 'identification') {
    return unwrap(api.POST('/api/cases/{id}/identification', { ...path, body: { to: event as 'presumed_victim', occurredOn: v.occurredOn, ...note } }));
  }
  if (tab === 'case') {
    if (event === 'close' || event === 'close_referred') return unwrap(api.POST('/api/cases/{id}/close', { ...path, body: { event, reason: v.reasonCode, ...note } }));
    if (event === 'reopen') return unwrap(api.POST('/api/cases/{id}/reopen', { ...path, body: { ...note } }));
    return unwrap(api.POST('/api/cases/{id}/status', { ...path, body: { event: event as 'follow_up', ...note } }));
  }
  const body: Record<string, unknown> = { event, occurredOn: v.occurredOn, ...note };
  for (const f of facts) {
    const value = v[f];
    if (value !== '' && value !== null) body[f] = value;
  }
  return unwrap(api.POST(PATHS[tab], { ...path, body: body as { event: string } }));
}

/** The API's field errors (422 `details.field`, 400 `details.fields[]`) by field name. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || !error.details) return {};
  const out: Record<string, string> = {};
  if (typeof error.details.field === 'string') out[error.details.field] = error.message;
  for (const f of (error.details.fields as { field: string }[] | undefined) ?? []) out[f.field === 'to' || f.field === 'event' ? 'form' : f.field] = 'Cette valeur n’est pas acceptée.';
  return out;
}

/** What a step did to the deadlines, said in French from the case before and after (no rule copied here). */
export function deadlineChanges(before: CaseDeadline[], after: CaseDeadline[]): string[] {
  const was = new Set(before.map((d) => d.id));
  const is = new Set(after.map((d) => d.id));
  return [
    ...after.filter((d) => !was.has(d.id)).map((d) => `Nouvelle échéance : ${label(DEADLINE_KINDS, d.kind).toLowerCase()} le ${frDate(d.dueOn)}.`),
    ...before.filter((d) => !is.has(d.id)).map((d) => `Échéance levée : ${label(DEADLINE_KINDS, d.kind).toLowerCase()} (prévue le ${frDate(d.dueOn)}).`),
  ];
}
