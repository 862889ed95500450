import { describe, expect, it } from 'vitest';
import { colleagueOptions, followedBy, maySelfAssign } from './assignments';

const awa = { userId: 'u1', displayName: 'Awa Diallo' };
const bruno = { userId: 'u2', displayName: 'Bruno Petit' };
const claire = { userId: 'u3', displayName: 'Claire Martin' };

describe('« Suivie par »', () => {
  it('names the workers in French, the viewer as « vous »', () => {
    expect(followedBy([], 'u1')).toBe('Personne n’est encore affecté à cette situation.');
    expect(followedBy([awa], 'u1')).toBe('Suivie par Awa Diallo (vous).');
    expect(followedBy([awa, bruno], 'u9')).toBe('Suivie par Awa Diallo et Bruno Petit.');
    expect(followedBy([awa, bruno, claire], 'u2')).toBe('Suivie par Awa Diallo, Bruno Petit (vous) et Claire Martin.');
  });

  it('offers « M’affecter » only to a candidate, and the other candidates as colleagues', () => {
    expect(maySelfAssign([awa, bruno], 'u1')).toBe(true);
    expect(maySelfAssign([bruno], 'u1')).toBe(false);
    expect(colleagueOptions([awa, bruno, claire], 'u1')).toEqual({ u2: 'Bruno Petit', u3: 'Claire Martin' });
  });
});
