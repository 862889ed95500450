import fc from 'fast-check';
import { classKey, kAnonymise } from './k-anonymity';
import { HTCDS_FIELDS, HTCDS_QUASI_IDENTIFIERS, HTCDS_SENSITIVE, htcdsAnonymityOptions, ReportingCaseFacts, shuffled, toHtcdsRecord } from './htcds-record';

const fact: fc.Arbitrary<ReportingCaseFacts> = fc.record({
  sex: fc.constantFrom('female', 'male', 'other', 'unknown'),
  ageBand: fc.constantFrom('0-12', '13-14', '15-17', '18-24', '25-34', '35-44', '45-54', '55+', 'unknown'),
  worldRegion: fc.constantFrom('france', 'european_union', 'europe_other', 'north_africa', 'sub_saharan_africa', 'americas', 'asia', 'unknown'),
  forms: fc.uniqueArray(fc.constantFrom('sexual_exploitation', 'labour_exploitation', 'domestic_servitude', 'forced_begging', 'forced_criminality', 'organ_removal', 'other'), {
    minLength: 1, maxLength: 3,
  }),
  firstYear: fc.integer({ min: 2020, max: 2025 }),
  regionCode: fc.constantFrom('11', '84', '93', '32', '76', '975', 'x'),
  identificationStatus: fc.constantFrom('spotted', 'presumed_victim', 'formally_identified', 'lost_contact'),
  identifiedByKind: fc.option(fc.constantFrom('association', 'police', 'labour_inspection', 'ase'), { nil: null }),
  caseStatus: fc.constantFrom('active', 'follow_up', 'closed', 'closed_referred'),
});

const sizes = (records: Record<string, string>[]) => {
  const m = new Map<string, number>();
  for (const r of records) m.set(classKey(r, HTCDS_QUASI_IDENTIFIERS), (m.get(classKey(r, HTCDS_QUASI_IDENTIFIERS)) ?? 0) + 1);
  return [...m.values()];
};

describe('k-anonymity of the HTCDS record export', () => {
  it('releases only equivalence classes of at least k records, only allowed fields, and accounts for every record', () => {
    fc.assert(
      fc.property(fc.array(fact, { maxLength: 300 }), fc.integer({ min: 2, max: 15 }), (facts, k) => {
        const { records, loss } = kAnonymise(facts.map(toHtcdsRecord), htcdsAnonymityOptions(k, 2020, 2025));
        for (const size of sizes(records)) expect(size).toBeGreaterThanOrEqual(k);
        for (const r of records) expect(Object.keys(r).every((f) => (HTCDS_FIELDS as readonly string[]).includes(f))).toBe(true);
        expect(loss.released + loss.suppressed).toBe(facts.length);
        expect(loss.released).toBe(records.length);
        if (records.length) expect(loss.smallestClass).toBeGreaterThanOrEqual(k);
        expect(loss.generalisedFields.every((f) => loss.levels[f] > 0)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('never releases a département, a case id or a date finer than the year', () => {
    fc.assert(
      fc.property(fc.array(fact, { minLength: 1, maxLength: 200 }), (facts) => {
        const { records } = kAnonymise(facts.map(toHtcdsRecord), htcdsAnonymityOptions(3, 2020, 2025));
        for (const r of records) {
          expect(r.ext_Year).toMatch(/^\d{4}(-\d{4})?$/);
          expect(['FR', '11', '84', '93', '32', '76', '975']).toContain(r.ext_Region);
          expect(r.ext_RecordId).toMatch(/^[0-9a-f-]{36}$/);
        }
        expect(new Set(records.map((r) => r.ext_RecordId)).size).toBe(records.length);
      }),
    );
  });

  it('keeps the records as held when every class is already large enough, and generalises in the stated order otherwise', () => {
    const same = { sex: 'female', ageBand: '25-34', worldRegion: 'sub_saharan_africa', forms: ['sexual_exploitation'], firstYear: 2024, regionCode: '11', identificationStatus: 'presumed_victim', identifiedByKind: 'association', caseStatus: 'active' };
    const big = kAnonymise(Array.from({ length: 12 }, () => toHtcdsRecord(same)), htcdsAnonymityOptions(11, 2024, 2024));
    expect(big.loss).toMatchObject({ suppressed: 0, released: 12, generalisedFields: [] });
    expect(big.records[0]).toMatchObject({ prs_Gender: 'Feminine', ext_AgeGroup: '25-34', ext_CitizenshipRegion: 'SubSaharanAfrica', vic_TypeOfExploitation: 'SexualExploitation', ext_Region: '11' });

    // 11 adults of two bands: the age group goes to « Adult » and nothing is suppressed
    const mixed = [...Array.from({ length: 6 }, () => same), ...Array.from({ length: 5 }, () => ({ ...same, ageBand: '35-44' }))];
    const adults = kAnonymise(mixed.map(toHtcdsRecord), htcdsAnonymityOptions(11, 2024, 2024));
    expect(adults.loss).toMatchObject({ suppressed: 0, generalisedFields: ['ext_AgeGroup'], levels: { ext_AgeGroup: 1, ext_Region: 0 } });
    expect(adults.records.every((r) => r.ext_AgeGroup === 'Adult')).toBe(true);

    // a lone outlier is suppressed rather than every field of everyone else generalised (up to k − 1 records may be)
    const outlier = [...mixed, { ...same, sex: 'male', worldRegion: 'european_union', forms: ['labour_exploitation'] }];
    const one = kAnonymise(outlier.map(toHtcdsRecord), htcdsAnonymityOptions(11, 2024, 2024));
    expect(one.loss).toMatchObject({ records: 12, released: 11, suppressed: 1, generalisedFields: ['ext_AgeGroup'] });

    // beyond k records at risk, generalisation goes on: 30 records in 30 distinct classes at first
    const spread = Array.from({ length: 30 }, (_, i) => ({ ...same, ageBand: i % 2 ? '25-34' : '15-17', regionCode: String(10 + (i % 15)) }));
    const wide = kAnonymise(spread.map(toHtcdsRecord), htcdsAnonymityOptions(11, 2024, 2024));
    expect(wide.loss).toMatchObject({ suppressed: 0, released: 30, levels: { ext_AgeGroup: 1, ext_Region: 1 } });
    expect(new Set(wide.records.map((r) => `${r.ext_AgeGroup}/${r.ext_Region}`))).toEqual(new Set(['Child/FR', 'Adult/FR']));

    // fewer than k in all: nothing to generalise for, everything suppressed, and the loss says so
    const few = kAnonymise(mixed.slice(0, 4).map(toHtcdsRecord), htcdsAnonymityOptions(11, 2024, 2024));
    expect(few.records).toEqual([]);
    expect(few.loss).toMatchObject({ records: 4, released: 0, suppressed: 4, smallestClass: null });
  });

  it('maps the read model to the standard’s picklist values', () => {
    const r = toHtcdsRecord({
      sex: 'other', ageBand: '15-17', worldRegion: 'european_union', forms: ['labour_exploitation', 'domestic_servitude', 'forced_criminality'], firstYear: 2025,
      regionCode: '84', identificationStatus: 'formally_identified', identifiedByKind: 'police', caseStatus: 'closed_referred',
    });
    expect(r).toMatchObject({
      prs_Gender: 'NonSpecifiedUnknown', vic_TypeOfExploitation: 'ForcedLabour;Other;Servitude', vic_TraffickingStatus: 'ActualVictimOfTrafficking',
      vic_TraffickingStatusDecisionMakingOrg: 'Police', cas_Status: 'ClosedReferred', ext_CitizenshipRegion: 'EuropeanUnion',
    });
    expect(shuffled([1, 2, 3]).sort()).toEqual([1, 2, 3]);
  });
});

describe('l-diversity of the HTCDS record export (the identification status and who decided it)', () => {
  const distinctIn = (records: Record<string, string>[]) => {
    const m = new Map<string, Set<string>[]>();
    for (const r of records) {
      const key = classKey(r, HTCDS_QUASI_IDENTIFIERS);
      if (!m.has(key)) m.set(key, HTCDS_SENSITIVE.map(() => new Set<string>()));
      HTCDS_SENSITIVE.forEach((f, i) => m.get(key)![i].add(r[f]));
    }
    return [...m.values()];
  };

  it('releases only classes of at least k records holding at least l distinct values of each sensitive attribute (or all the input holds)', () => {
    fc.assert(
      fc.property(fc.array(fact, { maxLength: 300 }), fc.integer({ min: 2, max: 12 }), fc.integer({ min: 1, max: 3 }), (facts, k, l) => {
        const input = facts.map(toHtcdsRecord);
        const { records, loss } = kAnonymise(input, htcdsAnonymityOptions(k, 2020, 2025, l));
        for (const size of sizes(records)) expect(size).toBeGreaterThanOrEqual(k);
        const want = HTCDS_SENSITIVE.map((f) => Math.min(l, new Set(input.map((r) => r[f])).size));
        for (const sets of distinctIn(records)) sets.forEach((set, i) => expect(set.size).toBeGreaterThanOrEqual(want[i]));
        expect(loss.released + loss.suppressed).toBe(facts.length);
        HTCDS_SENSITIVE.forEach((f, i) => {
          expect(loss.diversity!.fields[f].l).toBe(want[i]);
          if (records.length) expect(loss.diversity!.fields[f].leastDistinct).toBeGreaterThanOrEqual(want[i]);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('does not release a class whose members share one status: generalises first, suppresses what stays uniform (the test can fail)', () => {
    const woman = { sex: 'female', ageBand: '25-34', worldRegion: 'sub_saharan_africa', forms: ['sexual_exploitation'], firstYear: 2024, regionCode: '11',
      identificationStatus: 'presumed_victim', identifiedByKind: 'association', caseStatus: 'active' };
    // 12 women of 25–34 all presumed by an association (one class, uniform), 12 of 35–44 of whom 6 formally identified by the police
    const facts = [
      ...Array.from({ length: 12 }, () => woman),
      ...Array.from({ length: 12 }, (_, i) => ({ ...woman, ageBand: '35-44', ...(i < 6 ? { identificationStatus: 'formally_identified', identifiedByKind: 'police' } : {}) })),
    ];
    const onlyK = kAnonymise(facts.map(toHtcdsRecord), { ...htcdsAnonymityOptions(11, 2024, 2024), sensitive: undefined });
    // k-anonymity alone releases the uniform class: knowing a woman of 25–34 is in it tells her status
    expect(distinctIn(onlyK.records).some((sets) => sets[0].size === 1)).toBe(true);
    const diverse = kAnonymise(facts.map(toHtcdsRecord), htcdsAnonymityOptions(11, 2024, 2024));
    // the age group goes to « Adult »: one class of 24 with both statuses, nothing suppressed
    expect(diverse.loss).toMatchObject({ released: 24, suppressed: 0, generalisedFields: ['ext_AgeGroup'] });
    expect(distinctIn(diverse.records).every((sets) => sets.every((s) => s.size >= 2))).toBe(true);
    // a class that no generalisation in the budget mixes is suppressed, and the loss says so
    const alone = [...facts, ...Array.from({ length: 11 }, () => ({ ...woman, sex: 'male', worldRegion: 'european_union', forms: ['labour_exploitation'] }))];
    const cut = kAnonymise(alone.map(toHtcdsRecord), { ...htcdsAnonymityOptions(11, 2024, 2024), maxSuppressionRate: 0.5 });
    expect(cut.loss).toMatchObject({ records: 35, released: 24, suppressed: 11 });
    expect(cut.records.every((r) => r.prs_Gender === 'Feminine')).toBe(true);
  });
});

