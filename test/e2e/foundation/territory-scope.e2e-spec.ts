import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DEMO_ORGS } from '../../../db/seeds/demo';
import { startApi, TestApi } from '../../support/app';
import { rawDb } from '../../support/db';
import { ADMIN, call, createUser, expectErrorBody, login } from './foundation-helpers';

/**
 * A user of territory 75 gets 404 on territory 93's resources, with the body of a missing one. At the
 * foundation level the territory-scoped resource is the CLAV cell (its composition and configuration);
 * cases, orientations and meetings test the same rule in their own files.
 */
describe('territory scoping: 75 cannot see or configure 93', () => {
  let api: TestApi;
  let db: Client;
  let cell75: string;
  let coordinator75: string;
  beforeAll(async () => {
    api = await startApi();
    db = await rawDb();
    cell75 = await cellOf('75');
    const user = await createUser(api, [{ organisationId: cell75, role: 'cell_coordinator' }]);
    coordinator75 = (await login(api, user.email, user.password).expect(200)).body.accessToken;
  });
  afterAll(async () => {
    await db.end();
    await api.close();
  });

  /** The territory's cell: one per territory, possibly created meanwhile by another test file. */
  async function cellOf(territory: string): Promise<string> {
    const admin = await api.as(ADMIN);
    for (let attempt = 0; attempt < 3; attempt++) {
      const { rows } = await db.query<{ id: string }>(`SELECT id FROM organisations WHERE kind = 'clav_cell' AND active AND territories[1] = $1`, [territory]);
      if (rows[0]) return rows[0].id;
      const res = await admin.post('/api/admin/organisations').send({ kind: 'clav_cell', name: `Cellule TEH du CLAV ${territory}`, territories: [territory] });
      if (res.status === 201) return res.body.id;
    }
    throw new Error(`no cell for ${territory}`);
  }

  const withoutId = ({ correlationId: _, ...rest }: Record<string, unknown>) => rest;

  it("answers 404 to a 75 cell coordinator reading the 93 cell, exactly as for a cell that does not exist", async () => {
    const other = await call(api, 'get', `/api/cells/${DEMO_ORGS.cell93}`, coordinator75).expect(404);
    const missing = await call(api, 'get', `/api/cells/${randomUUID()}`, coordinator75).expect(404);
    expectErrorBody(other.body, 'NOT_FOUND');
    expect(withoutId(other.body)).toEqual(withoutId(missing.body));
    const own = await call(api, 'get', `/api/cells/${cell75}`, coordinator75).expect(200);
    expect(own.body).toMatchObject({ id: cell75, territory: '75' });
  });

  it('answers 404 to a 75 cell coordinator configuring the 93 cell, and changes nothing', async () => {
    const put = await api.http.put(`/api/cells/${DEMO_ORGS.cell93}/members/${DEMO_ORGS.asso75}`).set('Authorization', `Bearer ${coordinator75}`).expect(404);
    const putMissing = await api.http.put(`/api/cells/${randomUUID()}/members/${DEMO_ORGS.asso75}`).set('Authorization', `Bearer ${coordinator75}`).expect(404);
    expect(withoutId(put.body)).toEqual(withoutId(putMissing.body));
    const del = await api.http.delete(`/api/cells/${DEMO_ORGS.cell93}/members/${DEMO_ORGS.asso93}`).set('Authorization', `Bearer ${coordinator75}`).expect(404);
    expectErrorBody(del.body, 'NOT_FOUND');

    const members = await db.query(`SELECT organisation_id FROM clav_cell_members WHERE cell_id = $1`, [DEMO_ORGS.cell93]);
    expect(members.rows.map((r) => r.organisation_id)).toContain(DEMO_ORGS.asso93);
    expect(members.rows.map((r) => r.organisation_id)).not.toContain(DEMO_ORGS.asso75);
  });

  it('lets the 93 cell coordinator read and configure the 93 cell, and not the 75 one', async () => {
    const clav93 = await api.as('clav.93@demo.mnio.test');
    const cell = await clav93.get(`/api/cells/${DEMO_ORGS.cell93}`).expect(200);
    expect(cell.body.memberOrganisations.map((o: { id: string }) => o.id)).toEqual(expect.arrayContaining([DEMO_ORGS.asso93, DEMO_ORGS.prefecture93]));
    // Already a member: allowed, and nothing changes for the other test files using the demo cell.
    const same = await clav93.put(`/api/cells/${DEMO_ORGS.cell93}/members/${DEMO_ORGS.asso93}`).expect(200);
    expect(same.body).toMatchObject({ member: true, changed: false });
    await clav93.get(`/api/cells/${cell75}`).expect(404);
    await clav93.put(`/api/cells/${cell75}/members/${DEMO_ORGS.asso75}`).expect(404);
  });

  it('refuses a 93 organisation as member of the 75 cell', async () => {
    const res = await api.http.put(`/api/cells/${cell75}/members/${DEMO_ORGS.asso93}`).set('Authorization', `Bearer ${coordinator75}`).expect(422);
    expectErrorBody(res.body, 'CELL_MEMBER_NOT_ALLOWED');
  });

  it('answers 403 to a 75 case worker, who may read no cell at all, whatever the id', async () => {
    const asso75 = await api.as('asso.75@demo.mnio.test');
    const other = await asso75.get(`/api/cells/${DEMO_ORGS.cell93}`).expect(403);
    const missing = await asso75.get(`/api/cells/${randomUUID()}`).expect(403);
    expect(withoutId(other.body)).toEqual(withoutId(missing.body));
  });
});
