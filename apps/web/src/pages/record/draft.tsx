import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export interface EventDraft {
  type: string;
  country: string;
  territory: string;
  from: string;
  to: string;
}

/** The situation being recorded. Held in React state above the routes: never in browser storage, gone at sign-out or reload. */
export interface Draft {
  step: number;
  territory: string;
  needs: string[];
  /** Where the first contact took place (a FIRST_CONTACT_CONTEXTS code, '' when not said) and its day (YYYY-MM-DD). */
  firstContactContext: string;
  firstContactOn: string;
  lastName: string;
  firstName: string;
  alias: string;
  sex: string;
  birthDate: string;
  estimatedAge: string;
  ageUncertain: boolean;
  /** A minor only: « mineur non accompagné » (yes), with a parent or legal guardian (no), not known (''). */
  unaccompaniedMinor: '' | 'yes' | 'no';
  nationality: string;
  languages: string[];
  interpreterNeeded: boolean | null;
  phone: string;
  channel: string;
  safeToContact: boolean | null;
  exploitationForms: string[];
  events: EventDraft[];
  vulnerabilities: string[];
  narrative: string;
  /** `dimension:indicator` → strength */
  indicators: Record<string, string>;
  localDanger: boolean | null;
  dangerNotes: string;
  consentMethod: string;
  shareWithCell: boolean | null;
  policeContact: boolean | null;
  statistics: boolean | null;
  /** Organisation ids the person agreed to be oriented to (the Ac.Sé coordination is offered). */
  orientationConsents: string[];
  presumedVictim: boolean;
  savedAt: string | null;
}

export const emptyDraft = (territory = ''): Draft => ({
  step: 1, territory, needs: [], firstContactContext: '', firstContactOn: '', lastName: '', firstName: '', alias: '', sex: '', birthDate: '', estimatedAge: '', ageUncertain: false, unaccompaniedMinor: '', nationality: '',
  languages: [], interpreterNeeded: null, phone: '', channel: '', safeToContact: null, exploitationForms: [], events: [], vulnerabilities: [], narrative: '',
  indicators: {}, localDanger: null, dangerNotes: '', consentMethod: 'oral', shareWithCell: null, policeContact: null, statistics: null, orientationConsents: [],
  presumedVictim: false, savedAt: null,
});

interface DraftStore {
  draft: Draft | null;
  update(patch: Partial<Draft>): void;
  start(territory: string): void;
  discard(): void;
}

const DraftContext = createContext<DraftStore | null>(null);

export function DraftProvider({ children }: { children: ReactNode }) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const update = useCallback((patch: Partial<Draft>) => setDraft((d) => ({ ...(d ?? emptyDraft()), ...patch, savedAt: new Date().toISOString() })), []);
  const start = useCallback((territory: string) => setDraft((d) => d ?? emptyDraft(territory)), []);
  const discard = useCallback(() => setDraft(null), []);
  const value = useMemo(() => ({ draft, update, start, discard }), [draft, update, start, discard]);
  return <DraftContext.Provider value={value}>{children}</DraftContext.Provider>;
}

export function useDraft(): DraftStore {
  const store = useContext(DraftContext);
  if (!store) throw new Error('useDraft outside DraftProvider');
  return store;
}
