import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../api/views';
import { describeEntry } from './history';

const entry = (track: string, type: string, data: Record<string, unknown>, id = type): HistoryEntry => ({
  id, track, type, data, occurredOn: '2026-11-28', recordedAt: '2026-11-28T10:00:00Z', recordedByOrganisationId: 'org-1', recordedByOrganisationKind: null,
});
const names = (id: string | null | undefined) => (id === 'acse' ? 'Ac.Sé coordination' : 'Organisation');

describe('timeline in words', () => {
  it('names each consent by its purpose, and tells a withdrawal from a refusal', () => {
    const granted = entry('consent', 'consent_granted', { purpose: 'share_with_cell', method: 'oral', targetOrganisationId: null }, 'a');
    const acse = entry('consent', 'consent_granted', { purpose: 'orientation', method: 'oral', targetOrganisationId: 'acse' }, 'b');
    const withdrawn = entry('consent', 'consent_withdrawn', { purpose: 'orientation', method: 'oral', targetOrganisationId: 'acse' }, 'c');
    const refused = entry('consent', 'consent_withdrawn', { purpose: 'police_contact', method: 'oral', targetOrganisationId: null }, 'd');
    expect(describeEntry(granted, names).title).toBe('Accord pour le partage avec la cellule donné');
    expect(describeEntry(acse, names).title).toBe('Accord pour l’orientation vers Ac.Sé coordination donné');
    expect(describeEntry(withdrawn, names, [granted, acse]).title).toBe('Accord pour l’orientation vers Ac.Sé coordination retiré');
    expect(describeEntry(refused, names, [granted, acse, withdrawn]).title).toBe('Accord pour le contact avec les forces de l’ordre refusé');
  });

  it('tells a step as a past event with its facts that are not personal', () => {
    expect(describeEntry(entry('residence', 'rights_information', { from: 'none', to: 'rights_informed', service: 'police', language: 'en', interpreter: true }), names)).toEqual({
      title: 'Information sur les droits donnée', facts: ['Service : Police nationale', 'Langue : Anglais', 'Avec interprète'],
    });
    expect(describeEntry(entry('residence', 'reflection_period_started', {}), names).title).toBe('Délai de réflexion accordé');
    expect(describeEntry(entry('case', 'close', { closureReason: 'support_completed' }), names)).toEqual({ title: 'Situation close', facts: ['Motif : Accompagnement terminé'] });
    expect(describeEntry(entry('criminal', 'no_further_action', { reasonCode: 'perpetrator_unidentified' }), names).facts).toEqual(['Motif : Auteur non identifié']);
    expect(describeEntry(entry('identification', 'indicator_added', { dimension: 'control', strength: 'strong' }), names)).toEqual({ title: 'Indicateur ajouté', facts: ['Contrôle et contrainte : indicateur fort'] });
  });
});
