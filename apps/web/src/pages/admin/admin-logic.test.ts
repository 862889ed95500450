import { describe, expect, it } from 'vitest';
import { count, coverage, distancingLabel, flagLabels, parseTerritories, ruleSummary, sectionOf } from './admin-logic';

describe('administration helpers', () => {
  it('reads the section from the path, organisations by default', () => {
    expect(sectionOf('regles')).toBe('regles');
    expect(sectionOf(undefined)).toBe('organisations');
    expect(sectionOf('nimporte')).toBe('organisations');
  });

  it('names the flags that are set, and only those', () => {
    expect(flagLabels({ acseNetwork: true, dnaDedicated: false, other: true })).toEqual(['Membre du réseau Ac.Sé']);
    expect(flagLabels(undefined)).toEqual([]);
    expect(flagLabels({ pspApproved: true, minorsNetwork: true })).toEqual([
      'Association agréée pour le parcours de sortie de la prostitution',
      'Relais du centre sécurisé pour mineurs',
    ]);
  });

  it('parses territories typed by hand, telling the pieces that are no département', () => {
    expect(parseTerritories('93, 94;2a  13 93')).toEqual({ codes: ['93', '94', '2A', '13'], invalid: [] });
    expect(parseTerritories('96, 974, 00, abc')).toEqual({ codes: ['974'], invalid: ['96', '00', 'ABC'] });
    expect(parseTerritories('  ')).toEqual({ codes: [], invalid: [] });
  });

  it('says where an organisation acts', () => {
    expect(coverage({ national: true, territories: [] })).toBe('Compétence nationale');
    expect(coverage({ national: false, territories: ['13', '84'] })).toBe('Départements 13, 84');
  });

  it('writes a deadline rule and the distancing rule in words', () => {
    expect(ruleSummary({ amount: 30, unit: 'days', alertBeforeDays: 7 })).toBe('30 jours, alerte 7 jours avant');
    expect(ruleSummary({ amount: 1, unit: 'years', alertBeforeDays: 0 })).toBe('1 an, sans alerte préalable');
    expect(ruleSummary({ amount: 0, unit: 'days', alertBeforeDays: 2 })).toBe('0 jour, alerte 2 jours avant');
    expect(ruleSummary({ amount: 5, unit: 'working_days', alertBeforeDays: 1 })).toBe('5 jours ouvrés, alerte 1 jour avant');
    expect(distancingLabel(true)).toMatch(/régions/);
    expect(distancingLabel(false)).not.toMatch(/régions/);
  });

  it('shows a dash for a count Redis did not give', () => {
    expect(count(null)).toBe('—');
    expect(count(1234)).toBe('1\u202f234');
  });
});
