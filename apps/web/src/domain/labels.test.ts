import { describe, expect, it } from 'vitest';
import { actionTitle } from './labels';

describe('a cell action’s title', () => {
  it('is shown as written', () => expect(actionTitle('Évaluer la mise à l’abri')).toBe('Évaluer la mise à l’abri'));
  it('reads « Intitulé effacé » once the case was anonymised (the API sends an empty title)', () => {
    expect(actionTitle('')).toBe('Intitulé effacé');
  });
});
