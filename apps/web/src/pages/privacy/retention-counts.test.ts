import { describe, expect, it } from 'vitest';
import { countOfRule } from './PrivacyPage';

describe('what the last run did under one rule (« Dernier passage »)', () => {
  const report = {
    erased: [
      { organisationName: 'Association A', rule: 'case_closed', count: 3 },
      { organisationName: 'Association B', rule: 'case_closed', count: 2 },
    ],
    purged: [{ rule: 'auth_sessions', count: 7 }, { rule: 'notifications', count: 0 }],
  };
  it.each([
    ['case_closed', 5],
    ['auth_sessions', 7],
    ['notifications', 0],
    ['case_closed_referred', 0],
  ])('%s → %i', (kind, n) => expect(countOfRule(report, kind)).toBe(n));
});
