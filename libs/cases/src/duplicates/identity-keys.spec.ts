import { randomBytes } from 'node:crypto';
import { BlindIndex } from '@mnio/platform';
import { identityKeys } from './identity-keys';

describe('identityKeys', () => {
  const index = new BlindIndex(randomBytes(32));
  const now = new Date('2026-06-01T00:00:00Z');

  it('matches the same person written differently', () => {
    const a = identityKeys(index, { sex: 'female', lastName: 'Okafor', firstNames: ['Blessing'], birthDate: '1999-04-12' }, now);
    const b = identityKeys(index, { sex: 'female', lastName: 'OKAFOR ', firstNames: ['blessing'], birthDate: '1999-04-12' }, now);
    const swapped = identityKeys(index, { sex: 'female', lastName: 'Blessing', firstNames: ['Okafor'], birthDate: '1999-04-12' }, now);
    expect(a.some((k) => b.includes(k))).toBe(true);
    expect(a.some((k) => swapped.includes(k))).toBe(true);
  });

  it('matches on an alias and a birth year near an estimated age', () => {
    const a = identityKeys(index, { sex: 'female', lastName: 'Okafor', aliases: ['Joy'], birthDate: '1999-04-12' }, now);
    const b = identityKeys(index, { sex: 'female', aliases: ['joy'], estimatedAge: 26 }, now);
    expect(a.some((k) => b.includes(k))).toBe(true);
  });

  it('does not match another birth year, and computes nothing without a name', () => {
    const a = identityKeys(index, { sex: 'female', lastName: 'Okafor', firstNames: ['Blessing'], birthDate: '1999-04-12' }, now);
    const b = identityKeys(index, { sex: 'female', lastName: 'Okafor', firstNames: ['Blessing'], birthDate: '2003-04-12' }, now);
    expect(a.some((k) => b.includes(k))).toBe(false);
    expect(identityKeys(index, { sex: 'female', birthDate: '1999-04-12' }, now)).toEqual([]);
  });
});
