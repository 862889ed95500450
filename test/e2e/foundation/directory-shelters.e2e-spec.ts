import { startApi, TestApi } from '../../support/app';

interface Org {
  id: string;
  kind: string;
  name: string;
  territories: string[];
}

/** The directory names every partner, but where a shelter is only the Ac.Sé coordination, the platform and the shelter know. */
describe('GET /api/organisations: shelters are not located for everyone', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startApi()));
  afterAll(() => api.close());

  const list = async (email: string, query = '') => (await (await api.as(email)).get(`/api/organisations${query}`).expect(200)).body as Org[];
  const shelters = (orgs: Org[]) => orgs.filter((o) => o.kind === 'host' || o.kind === 'minors_centre');

  it('tells a case worker, a préfecture or a cell the shelters’ names, never their départements', async () => {
    for (const email of ['asso.93@demo.mnio.test', 'prefecture.93@demo.mnio.test', 'clav.93@demo.mnio.test', 'national@demo.mnio.test', 'dna.69@demo.mnio.test']) {
      const orgs = await list(email);
      const host13 = orgs.find((o) => o.name.includes('Horizon'));
      expect(host13).toMatchObject({ kind: 'host', territories: [] });
      // Another host does not locate host 13 either (dna.69 sees its own territory only).
      for (const s of shelters(orgs)) if (!(email === 'dna.69@demo.mnio.test' && s.name.includes('Rivages'))) expect(s.territories).toEqual([]);
      // Nor can a territory filter locate it: filtering by 13 finds no shelter.
      expect(shelters(await list(email, '?territory=13&kind=host'))).toEqual([]);
      // Other partners keep their territories.
      expect(orgs.find((o) => o.kind === 'prefecture')!.territories).toEqual(['93']);
    }
  });

  it('locates shelters for the Ac.Sé coordination, the platform and the shelter itself', async () => {
    for (const email of ['acse@demo.mnio.test', 'admin@demo.mnio.test', 'host.13@demo.mnio.test']) {
      const host13 = (await list(email, '?territory=13&kind=host')).find((o) => o.name.includes('Horizon'));
      expect(host13?.territories).toEqual(['13']);
    }
  });
});
