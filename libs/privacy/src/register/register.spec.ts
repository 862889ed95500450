import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROCESSING_PURPOSES } from './processing-catalogue';
import { renderRegister, retentionText } from './render-register';

describe('the register of processing activities (docs/register.md)', () => {
  it('is what the code generates (run `npm run register` after changing the catalogue)', () => {
    const file = readFileSync(join(__dirname, '../../../../docs/register.md'), 'utf8');
    expect(file).toBe(renderRegister());
  });

  it('gives one retention rule one duration wherever it is named', () => {
    const byRule = new Map<string, Set<string>>();
    for (const p of PROCESSING_PURPOSES) for (const r of p.retention) byRule.set(r.ruleId, (byRule.get(r.ruleId) ?? new Set()).add(retentionText(r)));
    expect([...byRule].filter(([, texts]) => texts.size > 1)).toEqual([]);
  });

  it('names each purpose once, each with data, recipients and a retention', () => {
    const ids = PROCESSING_PURPOSES.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of PROCESSING_PURPOSES) {
      expect(p.categories.length).toBeGreaterThan(0);
      expect(p.recipients.length).toBeGreaterThan(0);
      expect(p.retention.length).toBeGreaterThan(0);
    }
  });

  it('reads as French: durations in words, no raw code outside backquotes', () => {
    expect(retentionText({ ruleId: 'x', categories: ['identity'], years: 5, from: 'case_closure', then: 'anonymised' })).toBe('5 ans après la clôture de la situation, puis anonymisées (les faits statistiques restent)');
    expect(retentionText({ ruleId: 'x', categories: ['identity'], days: 1, from: 'event', then: 'deleted' })).toBe('1 jour après l’événement enregistré, puis supprimées');
    const prose = renderRegister().replace(/`[^`]*`/g, '');
    expect(prose).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
  });
});
