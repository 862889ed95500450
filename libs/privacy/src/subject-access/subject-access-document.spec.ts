import type { CaseSubjectAccessData } from '@mnio/cases';
import { buildSubjectAccessDocument } from './subject-access-document';
import { renderSubjectAccessPdf } from './subject-access-pdf';

const OWNER = 'a0000000-0000-4000-8000-000000000093';
const CELL = 'c0000000-0000-4000-8000-000000000093';

const data: CaseSubjectAccessData = {
  caseId: '11111111-1111-4111-8111-111111111111', reference: '93-2026-000042', territory: '93', ownerOrganisationId: OWNER,
  createdAt: '2026-11-02T09:30:00.000Z', updatedAt: '2026-12-01T10:00:00.000Z',
  identity: { lastName: 'Okafor', firstNames: ['Blessing'], birthDate: '1991-03-12', sex: 'female', nationality: 'NG', languages: ['en'], contact: { phone: '+33612345678', safeToContact: false } },
  narrative: 'Rencontrée lors d’une maraude.', danger: { localDanger: true, notes: null },
  facts: {
    sex: 'female', ageBand: '35-44', minor: false, ageUncertain: false, unaccompaniedMinor: null, nationality: 'NG', exploitationForms: ['sexual_exploitation'],
    events: [{ type: 'exploitation', country: 'FR', territory: '93', from: '2025-06' }], vulnerabilities: ['debt'], needs: ['health'], interpreterNeeded: true,
  },
  statuses: { identification: 'presumed_victim', residence: 'none', childProtection: 'none', criminal: 'none', case: 'active' },
  closureReason: null,
  history: [
    { recordedAt: '2026-11-02T09:30:00.000Z', occurredOn: '2026-11-02', track: 'case', type: 'case_created', data: { minor: false }, organisationId: OWNER, note: null },
    { recordedAt: '2026-12-01T10:00:00.000Z', occurredOn: '2026-12-01', track: 'case', type: 'case_rectified', data: { fields: ['birthDate'] }, organisationId: OWNER, note: 'Passeport présenté' },
  ],
  indicators: [],
  consents: [{ purpose: 'share_with_cell', granted: true, method: 'oral', targetOrganisationId: null, organisationId: OWNER, recordedAt: '2026-11-02T09:31:00.000Z' }],
  deadlines: [],
  rectifications: [{ at: '2026-12-01T10:00:00.000Z', fields: ['birthDate'], organisationId: OWNER, previous: { identity: { birthDate: '1990-03-12' }, facts: {} } }],
  attachments: [{ name: 'recepisse-okafor.pdf', kind: 'recepisse', documentDate: '2026-11-30', mediaType: 'application/pdf', sizeBytes: 204800, organisationId: OWNER, addedAt: '2026-12-01T10:00:00.000Z' }],
};

describe('the subject-access document', () => {
  const doc = buildSubjectAccessDocument({
    data,
    orientations: [{ targetKind: 'acse', state: 'requested', targetOrganisationId: null, updatedOn: '2026-11-03' }],
    notifications: [{ at: '2026-11-02T09:31:00.000Z', title: 'Situation partagée avec la cellule — 93-2026-000042', organisationIds: [CELL], recipients: 3 }],
    reads: [{ at: '2026-11-05T08:00:00.000Z', kind: 'identity_read', organisationId: CELL, role: 'cell_coordinator', reason: 'protection' }],
    organisations: new Map([[OWNER, { name: 'Association Aide TEH 93', kind: 'association' }], [CELL, { name: 'Cellule TEH du CLAV 93', kind: 'clav_cell' }]]),
    generatedAt: new Date('2026-12-06T22:00:00.000Z'),
  });
  const section = (key: string) => doc.sections.find((s) => s.key === key)!;

  it('has every section of the right of access, in French, with formatted dates and no raw code', () => {
    expect(doc.sections.map((s) => s.key)).toEqual(['identity', 'facts', 'tracks', 'history', 'indicators', 'consents', 'orientations', 'deadlines', 'rectifications', 'attachments', 'notifications', 'identity_reads']);
    expect(section('identity').rows).toEqual(expect.arrayContaining([['Nom', 'Okafor'], ['Date de naissance', '12 mars 1991'], ['Nationalité', 'Nigeria'], ['Langues parlées', 'anglais']]));
    expect(section('facts').rows).toEqual(expect.arrayContaining([['Lieux et périodes', 'Exploitation : France (département 93), depuis juin 2025'], ['Besoins', 'Soins']]));
    expect(section('attachments').table!.rows[0]).toEqual(expect.arrayContaining(['Récépissé', '30 novembre 2026', 'recepisse-okafor.pdf', 'PDF', '200 Ko']));
    expect(section('rectifications').table!.rows[0]).toEqual(expect.arrayContaining(['Date de naissance', 'Date de naissance : 12 mars 1990']));
    expect(section('identity_reads').table!.rows[0]).toEqual(expect.arrayContaining(['Cellule TEH du CLAV 93', 'Coordination de la cellule', 'Consultation', 'Mise en protection']));
    expect(section('orientations').table!.rows[0]).toEqual(['Ac.Sé (hébergement sécurisant et éloigné)', 'À désigner', 'Demandée', '3 novembre 2026']);
    expect(section('indicators').intro).toBe('Aucun indicateur relevé.');
    expect(section('facts').rows).toEqual(expect.arrayContaining([['Dernière modification', '1er décembre 2026 à 11:00']]));
    expect(doc.generatedOn).toMatch(/^6 décembre 2026 à 23:00$/);
    const text = JSON.stringify(doc);
    for (const code of ['sexual_exploitation', 'presumed_victim', 'share_with_cell', 'case_rectified', 'cell_coordinator', '"acse"']) expect(text).not.toContain(code);
  });

  it('renders as a PDF', async () => {
    const pdf = await renderSubjectAccessPdf(doc);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(2000);
  }, 30_000);
});
