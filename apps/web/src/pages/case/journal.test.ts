import { describe, expect, it } from 'vitest';
import { frList, journalAudience, journalFormErrors, noteDay, sharedWithText } from './journal';

describe('the follow-up journal’s words', () => {
  it('says who will read a note', () => {
    expect(journalAudience('Association Aide TEH 93', [])).toBe('Cette note sera lue uniquement par les professionnels de votre structure (Association Aide TEH 93).');
    expect(journalAudience('Association Aide TEH 93', ['ASE 93', 'Parquet de Bobigny'])).toBe(
      'Cette note sera lue par les professionnels de votre structure (Association Aide TEH 93) et par ceux de : ASE 93 et Parquet de Bobigny.',
    );
    expect(frList(['A', 'B', 'C'])).toBe('A, B et C');
    expect(sharedWithText([])).toBe('Lue par votre structure seulement');
    expect(sharedWithText(['ASE 93'])).toBe('Lue aussi par ASE 93');
  });

  it('writes the day of a note in French', () => {
    expect(noteDay('2026-11-01')).toBe('1er novembre 2026');
    expect(noteDay('2026-12-05')).toBe('5 décembre 2026');
    expect(noteDay('2026-12-11')).toBe('11 décembre 2026');
  });

  it('checks the form before sending', () => {
    expect(journalFormErrors({ occurredOn: '2026-12-07', text: 'Rendez-vous' }, '2026-12-07')).toEqual({});
    expect(journalFormErrors({ occurredOn: '2026-12-08', text: ' ' }, '2026-12-07')).toEqual({
      occurredOn: 'La note porte sur un jour passé ou sur aujourd’hui, pas sur un jour à venir.',
      text: 'Écrivez le texte de la note.',
    });
    expect(journalFormErrors({ occurredOn: '', text: 'x'.repeat(5001) }, '2026-12-07')).toEqual({
      occurredOn: 'Indiquez la date du jour dont parle la note.',
      text: 'La note ne peut pas dépasser 5000 caractères.',
    });
  });
});
