import { audiencesOf, entitlementsOf } from './recipient-rules';
import { NOTIFICATION_EVENT_TYPES } from './event-types';

const ids = {
  caseId: '00000000-0000-4000-8000-00000000000c',
  fromOrganisationId: '00000000-0000-4000-8000-0000000000b1',
  toOrganisationId: '00000000-0000-4000-8000-0000000000b2',
  organisationId: '00000000-0000-4000-8000-0000000000a1',
  otherOrganisationId: '00000000-0000-4000-8000-0000000000a2',
  requesterOrganisationId: '00000000-0000-4000-8000-0000000000a3',
  targetOrganisationId: '00000000-0000-4000-8000-0000000000a4',
  responsibleOrganisationId: '00000000-0000-4000-8000-0000000000a5',
  ownerOrganisationId: '00000000-0000-4000-8000-0000000000a6',
  cellId: '00000000-0000-4000-8000-0000000000a7',
  hostOrganisationId: '00000000-0000-4000-8000-0000000000a8',
  territory: '93',
};

describe('recipient rules', () => {
  it.each([
    ['MinorCaseCreated', { kind: 'territory', territory: '93', organisationKinds: ['ase', 'parquet'] }, ['coordinator', 'host_operator', 'teh_referent', 'case_worker']],
    ['PresumedVictimIdentified', { kind: 'territory', territory: '93', organisationKinds: ['clav_cell'] }, ['cell_coordinator']],
    ['CaseShared', { kind: 'organisation', organisationId: ids.organisationId }, ['coordinator', 'host_operator', 'teh_referent', 'case_worker', 'cell_coordinator']],
    ['CaseTransferRequested', { kind: 'organisation', organisationId: ids.toOrganisationId }, ['coordinator', 'host_operator', 'teh_referent', 'case_worker']],
    ['CaseTransferAccepted', { kind: 'organisation', organisationId: ids.fromOrganisationId }, ['case_worker', 'coordinator']],
    ['CellActionStatusChanged', { kind: 'organisation', organisationId: ids.cellId }, ['cell_coordinator']],
    ['DuplicateLinkAnswered', { kind: 'organisation', organisationId: ids.requesterOrganisationId }, ['coordinator']],
    ['BreakGlassUsed', { kind: 'organisation', organisationId: ids.ownerOrganisationId }, ['coordinator']],
    ['DuplicateLinkRequested', { kind: 'organisation', organisationId: ids.otherOrganisationId }, ['coordinator']],
    ['OrientationRequested', { kind: 'organisation', organisationId: ids.targetOrganisationId }, ['coordinator', 'host_operator', 'teh_referent', 'case_worker']],
    ['OrientationAccepted', { kind: 'organisation', organisationId: ids.requesterOrganisationId }, ['case_worker', 'coordinator']],
    ['OrientationRefused', { kind: 'organisation', organisationId: ids.requesterOrganisationId }, ['case_worker', 'coordinator']],
    ['OrientationAdmitted', { kind: 'organisation', organisationId: ids.requesterOrganisationId }, ['case_worker', 'coordinator']],
    ['OrientationEnded', { kind: 'organisation', organisationId: ids.requesterOrganisationId }, ['case_worker', 'coordinator']],
    ['OrientationCancelled', { kind: 'organisation', organisationId: ids.targetOrganisationId }, ['coordinator', 'host_operator', 'teh_referent', 'case_worker']],
    ['OrientationHostChosen', { kind: 'organisation', organisationId: ids.hostOrganisationId }, ['host_operator', 'coordinator']],
    ['DeadlineApproaching', { kind: 'organisation', organisationId: ids.responsibleOrganisationId }, ['coordinator', 'host_operator', 'teh_referent', 'case_worker', 'cell_coordinator']],
    ['DeadlineOverdue', { kind: 'organisation', organisationId: ids.responsibleOrganisationId }, ['coordinator', 'host_operator', 'teh_referent', 'case_worker', 'cell_coordinator']],
    ['DeadlineEscalated', { kind: 'territory', territory: '93', organisationKinds: ['parquet'] }, ['coordinator', 'host_operator', 'teh_referent', 'case_worker']],
    ['SurveyQuestionnaireOpened', { kind: 'organisation', organisationId: ids.organisationId }, ['coordinator', 'host_operator']],
    ['AccessRequested', { kind: 'organisation', organisationId: ids.organisationId }, ['coordinator']],
  ])('%s goes to %o', (type, audience, roles) => {
    const got = audiencesOf({ type: type as never, fields: { ...ids, reason: 'cell' } });
    expect(got).toEqual([{ ...audience, roles }]);
    expect(entitlementsOf(type as never)).toEqual([{ roles, territorial: audience.kind === 'territory' }]);
  });

  it('tells a cancelled transfer to the organisation asked, through the view it held by that very transfer (which the cancellation ended)', () => {
    const transferId = '00000000-0000-4000-8000-0000000000d1';
    const roles = ['coordinator', 'host_operator', 'teh_referent', 'case_worker'];
    expect(audiencesOf({ type: 'CaseTransferCancelled', fields: { ...ids, transferId } })).toEqual([{ kind: 'organisation', organisationId: ids.toOrganisationId, roles, formerSourceId: transferId }]);
    expect(entitlementsOf('CaseTransferCancelled')).toEqual([{ roles, territorial: false, formerAccessField: 'transferId' }]);
    // Only for this event: another transfer event names no former view.
    expect(audiencesOf({ type: 'CaseTransferRequested', fields: { ...ids, transferId } })[0]).not.toHaveProperty('formerSourceId');
  });

  it('tells an identity-reads alert to the data-protection officers of the reader’s organisation and of the platform', () => {
    const platformOrganisationId = '00000000-0000-4000-8000-0000000000f1';
    expect(audiencesOf({ type: 'IdentityReadsAlertRaised', fields: { ...ids, platformOrganisationId } })).toEqual([
      { kind: 'organisation', organisationId: ids.organisationId, roles: ['dpo'] },
      { kind: 'organisation', organisationId: platformOrganisationId, roles: ['dpo'] },
    ]);
    // No platform organisation: the reader's organisation's DPOs are told all the same.
    expect(audiencesOf({ type: 'IdentityReadsAlertRaised', fields: { ...ids } })).toEqual([{ kind: 'organisation', organisationId: ids.organisationId, roles: ['dpo'] }]);
  });

  it('tells a removal order to the case owner and to the territory’s préfecture referents', () => {
    expect(audiencesOf({ type: 'RemovalOrderAlert', fields: { ...ids } })).toEqual([
      { kind: 'organisation', organisationId: ids.ownerOrganisationId, roles: ['coordinator', 'host_operator', 'teh_referent', 'case_worker'] },
      { kind: 'territory', territory: '93', organisationKinds: ['prefecture'], roles: ['teh_referent'] },
    ]);
    expect(entitlementsOf('RemovalOrderAlert')).toEqual([
      { roles: ['coordinator', 'host_operator', 'teh_referent', 'case_worker'], territorial: false },
      { roles: ['teh_referent'], territorial: true },
    ]);
  });

  it('covers every notification type', () => {
    for (const type of NOTIFICATION_EVENT_TYPES) expect(audiencesOf({ type, fields: { ...ids, reason: 'cell' } })).not.toEqual([]);
  });

  it('does not announce a minor-protection share twice (MinorCaseCreated tells the same organisations)', () => {
    expect(audiencesOf({ type: 'CaseShared', fields: { ...ids, reason: 'minor_protection' } })).toEqual([]);
  });

  it('has no audience when the routing field is missing', () => {
    expect(audiencesOf({ type: 'OrientationRequested', fields: { caseId: ids.caseId } })).toEqual([]);
  });
});
