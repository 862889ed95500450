import { deadlineEffect, responsibleOrganisation } from './track-effects';

const OWNER = 'owner-asso';
const ACTOR = 'actor-org';
const PREFECTURE = 'prefecture-93';
const ASE = 'ase-93';
const PARQUET = 'parquet-93';
const SERVICES = [
  { id: PREFECTURE, kind: 'prefecture' },
  { id: ASE, kind: 'ase' },
  { id: PARQUET, kind: 'parquet' },
];

describe('deadline effects of track events', () => {
  it.each([
    ['reflection_period_started', 'reflection_period_end', 'prefecture'],
    ['permit_issued', 'permit_expiry', 'prefecture'],
    ['permit_renewed', 'permit_expiry', 'prefecture'],
    ['ase_provisional_reception', 'parquet_referral', 'ase'],
    ['emergency_placement_order', 'judge_seizure', 'parquet'],
  ])('%s opens %s, answered for by the %s', (event, kind, responsible) => {
    expect(deadlineEffect(event, {}).open).toMatchObject({ kind, responsible });
  });

  it('keeps the permit expiry given on the event', () => {
    expect(deadlineEffect('permit_issued', { expiresOn: '2027-03-01' }).open?.dueOn).toBe('2027-03-01');
  });
});

describe('the organisation answering for a deadline', () => {
  const seenByAll = { ownerOrganisationId: OWNER, viewers: [OWNER, PREFECTURE, ASE, PARQUET] };
  const seenByOwner = { ownerOrganisationId: OWNER, viewers: [OWNER] };

  it.each([
    ['prefecture', seenByAll, PREFECTURE],
    ['ase', seenByAll, ASE],
    ['parquet', seenByAll, PARQUET],
    ['owner', seenByAll, OWNER],
    ['actor', seenByAll, ACTOR],
    // A service that does not see the case cannot act on it: the owner keeps residence, the recorder the rest.
    ['prefecture', seenByOwner, OWNER],
    ['ase', seenByOwner, ACTOR],
    ['parquet', seenByOwner, ACTOR],
  ] as const)('%s, case seen by %o → %s', (who, c, expected) => {
    expect(responsibleOrganisation(who, c, ACTOR, SERVICES)).toBe(expected);
  });

  it('never picks a service of another kind', () => {
    expect(responsibleOrganisation('prefecture', seenByAll, ACTOR, [{ id: PARQUET, kind: 'parquet' }])).toBe(OWNER);
  });
});
