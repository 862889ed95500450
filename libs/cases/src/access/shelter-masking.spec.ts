import { maskOrganisation, MaskingViewer } from './shelter-masking';

const OWNER = 'owner-assoc';
const HOST = 'host-1';
const viewer = (ids: string[], kinds: string[]): MaskingViewer => ({ organisationIds: ids, organisationKinds: kinds });

describe('maskOrganisation', () => {
  const table: [string, string | null, string | null, MaskingViewer, string | null][] = [
    // [label, organisation, kind, viewer, expected id]
    ['a host, to the owner association', HOST, 'host', viewer([OWNER], ['association']), HOST],
    ['a host, to the host itself', HOST, 'host', viewer([HOST], ['host']), HOST],
    ['a host, to the Ac.Sé coordination', HOST, 'host', viewer(['acse'], ['acse_coordination']), HOST],
    ['a host, to the préfecture', HOST, 'host', viewer(['pref'], ['prefecture']), null],
    ['a host, to the cell', HOST, 'host', viewer(['cell'], ['clav_cell']), null],
    ['a host, to another host', HOST, 'host', viewer(['host-2'], ['host']), null],
    ['a minors centre, to the police', 'centre', 'minors_centre', viewer(['police'], ['police']), null],
    ['a minors centre, to the owner', 'centre', 'minors_centre', viewer([OWNER, 'x'], ['association']), 'centre'],
    ['the Ac.Sé coordination, to the préfecture', 'acse', 'acse_coordination', viewer(['pref'], ['prefecture']), 'acse'],
    ['a UAPED, to the cell', 'uaped', 'uaped', viewer(['cell'], ['clav_cell']), 'uaped'],
    ['an organisation of unknown kind, to the owner', 'gone', null, viewer([OWNER], ['association']), null],
  ];
  it.each(table)('%s', (_label, id, kind, v, expected) => {
    const out = maskOrganisation(id, kind, v, OWNER);
    expect(out.id).toBe(expected);
    expect(out.kind).toBe(kind);
  });

  it('no organisation stays no organisation', () => {
    expect(maskOrganisation(null, null, viewer(['pref'], ['prefecture']), OWNER)).toEqual({ id: null, kind: null });
  });
});
