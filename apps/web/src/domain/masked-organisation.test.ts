import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../api/views';
import { describeEntry } from './history';
import { organisationCell, organisationLabel } from './masked-organisation';

const name = (id: string | null | undefined) => (id === 'h1' ? 'Foyer Horizon' : 'Organisation');

describe('a masked shelter', () => {
  it.each([
    ['h1', 'host', 'Foyer Horizon'],
    [null, 'host', 'une structure d’hébergement'],
    [null, 'minors_centre', 'un centre pour mineurs'],
    [null, 'something_new', 'une organisation'],
    [null, null, '—'],
  ])('%s of kind %s reads « %s »', (id, kind, expected) => {
    expect(organisationLabel(name, id, kind)).toBe(expected);
  });

  it('starts a table cell with a capital', () => {
    expect(organisationCell(name, null, 'host')).toBe('Une structure d’hébergement');
    expect(organisationCell(name, 'h1', 'host')).toBe('Foyer Horizon');
  });

  it('names the kind, never an organisation, in the history of a consent to a hidden shelter', () => {
    const entry: HistoryEntry = {
      id: 'e1', track: 'consent', type: 'consent_granted', occurredOn: '2026-12-01', recordedAt: '2026-12-01T10:00:00Z',
      recordedByOrganisationId: 'a1', recordedByOrganisationKind: 'association',
      data: { purpose: 'orientation', method: 'oral', targetOrganisationId: null, targetOrganisationKind: 'host' },
    };
    expect(describeEntry(entry, name).title).toBe('Accord pour l’orientation vers une structure d’hébergement donné');
  });
});
