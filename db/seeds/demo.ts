import * as argon2 from 'argon2';
import { Client } from 'pg';

export const DEMO_PASSWORD = 'Demo-mnio-2026!';

/** Fixed ids so that a second start changes nothing and tests can refer to them. */
export const DEMO_ORGS = {
  asso93: 'a0000000-0000-4000-8000-000000000093',
  asso75: 'a0000000-0000-4000-8000-000000000075',
  prefecture93: 'b0000000-0000-4000-8000-000000000093',
  parquet93: 'c0000000-0000-4000-8000-000000000093',
  ase93: 'd0000000-0000-4000-8000-000000000093',
  police93: 'e0000000-0000-4000-8000-000000000093',
  cell93: 'f0000000-0000-4000-8000-000000000093',
  acse: '10000000-0000-4000-8000-000000000001',
  host13: '11000000-0000-4000-8000-000000000013',
  dna69: '12000000-0000-4000-8000-000000000069',
  minors: '13000000-0000-4000-8000-000000000001',
  national: '14000000-0000-4000-8000-000000000001',
  platform: '15000000-0000-4000-8000-000000000001',
} as const;

/** Made-up SIRETs (valid checksums) of the demo organisations whose agents the local ProConnect provider knows. */
export const DEMO_SIRETS: Record<string, string> = {
  [DEMO_ORGS.asso93]: '99900000100001',
  [DEMO_ORGS.prefecture93]: '99900000200009',
  [DEMO_ORGS.parquet93]: '99900000300007',
  [DEMO_ORGS.ase93]: '99900000400005',
  [DEMO_ORGS.police93]: '99900000500002',
};

type OrgSeed = [id: string, kind: string, name: string, territories: string[], attributes?: Record<string, unknown>];

const ORGS: OrgSeed[] = [
  [DEMO_ORGS.asso93, 'association', 'Association Aide TEH 93', ['93'], { pspApproved: true }],
  [DEMO_ORGS.asso75, 'association', 'Association Paris Accueil', ['75']],
  [DEMO_ORGS.prefecture93, 'prefecture', 'Préfecture de la Seine-Saint-Denis', ['93']],
  [DEMO_ORGS.parquet93, 'parquet', 'Parquet de Bobigny', ['93']],
  [DEMO_ORGS.ase93, 'ase', 'ASE Seine-Saint-Denis', ['93']],
  [DEMO_ORGS.police93, 'police', 'Police nationale, Seine-Saint-Denis', ['93']],
  [DEMO_ORGS.cell93, 'clav_cell', 'Cellule TEH du CLAV 93', ['93']],
  [DEMO_ORGS.acse, 'acse_coordination', 'Ac.Sé coordination', []],
  [DEMO_ORGS.host13, 'host', 'Structure d’accueil Ac.Sé « Horizon »', ['13'], { acseNetwork: true }],
  [DEMO_ORGS.dna69, 'host', 'Places dédiées DNA « Rivages »', ['69'], { dnaDedicated: true }],
  [DEMO_ORGS.minors, 'minors_centre', 'Centre sécurisé pour mineurs victimes', []],
  [DEMO_ORGS.national, 'national_coordinator', 'Coordination nationale (MIPROF)', []],
  [DEMO_ORGS.platform, 'platform', 'Plateforme mnio', []],
];

export const DEMO_USERS: [email: string, displayName: string, organisationId: string, role: string][] = [
  ['asso.93@demo.mnio.test', 'Awa Diallo', DEMO_ORGS.asso93, 'case_worker'],
  ['coord.93@demo.mnio.test', 'Claire Martin', DEMO_ORGS.asso93, 'coordinator'],
  ['asso.75@demo.mnio.test', 'Louis Bernard', DEMO_ORGS.asso75, 'case_worker'],
  ['prefecture.93@demo.mnio.test', 'Sophie Leroy', DEMO_ORGS.prefecture93, 'teh_referent'],
  ['parquet.93@demo.mnio.test', 'Marc Petit', DEMO_ORGS.parquet93, 'teh_referent'],
  ['ase.93@demo.mnio.test', 'Nadia Benali', DEMO_ORGS.ase93, 'case_worker'],
  ['police.93@demo.mnio.test', 'Julien Moreau', DEMO_ORGS.police93, 'investigator'],
  ['clav.93@demo.mnio.test', 'Hélène Garnier', DEMO_ORGS.cell93, 'cell_coordinator'],
  ['acse@demo.mnio.test', 'Inès Robert', DEMO_ORGS.acse, 'coordinator'],
  ['host.13@demo.mnio.test', 'Paul Fabre', DEMO_ORGS.host13, 'host_operator'],
  ['dna.69@demo.mnio.test', 'Camille Roux', DEMO_ORGS.dna69, 'host_operator'],
  ['minors@demo.mnio.test', 'Yasmine Haddad', DEMO_ORGS.minors, 'host_operator'],
  ['national@demo.mnio.test', 'Thomas Girard', DEMO_ORGS.national, 'national_analyst'],
  ['admin@demo.mnio.test', 'Admin mnio', DEMO_ORGS.platform, 'platform_admin'],
  // Data-protection officers (issue 16): the association's, who reads its journal of who read what, and the platform's, who reads every organisation's.
  ['dpo.93@demo.mnio.test', 'Lucie Perrin', DEMO_ORGS.asso93, 'dpo'],
  ['dpo@demo.mnio.test', 'Antoine Mercier', DEMO_ORGS.platform, 'dpo'],
];

/** Organisations sitting in the CLAV 93 cell. */
const CELL_93_MEMBERS = [DEMO_ORGS.prefecture93, DEMO_ORGS.parquet93, DEMO_ORGS.police93, DEMO_ORGS.ase93, DEMO_ORGS.asso93];

/** Idempotent: a second run changes nothing. Returns how many users it created. */
export async function seedDemo(databaseUrl: string): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    for (const [id, kind, name, territories, attributes] of ORGS) {
      await client.query(
        `INSERT INTO organisations (id, kind, name, national, territories, attributes) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING`,
        [id, kind, name, territories.length === 0, territories, JSON.stringify(attributes ?? {})],
      );
    }
    for (const [id, siret] of Object.entries(DEMO_SIRETS)) {
      await client.query(`UPDATE organisations SET siret = $2 WHERE id = $1 AND siret IS NULL`, [id, siret]);
    }
    for (const member of CELL_93_MEMBERS) {
      await client.query(`INSERT INTO clav_cell_members (cell_id, organisation_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [DEMO_ORGS.cell93, member]);
    }
    const existing = await client.query<{ email: string }>(`SELECT lower(email) AS email FROM users WHERE lower(email) = ANY($1)`, [DEMO_USERS.map((u) => u[0])]);
    const have = new Set(existing.rows.map((r) => r.email));
    const hash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id });
    let created = 0;
    for (const [email, displayName, organisationId, role] of DEMO_USERS) {
      if (!have.has(email)) {
        await client.query(`INSERT INTO users (email, display_name, password_hash) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [email, displayName, hash]);
        created++;
      }
      await client.query(
        `INSERT INTO memberships (user_id, organisation_id, role) SELECT id, $2, $3 FROM users WHERE lower(email) = $1 ON CONFLICT DO NOTHING`,
        [email, organisationId, role],
      );
    }
    await client.query('COMMIT');
    return created;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    await client.end();
  }
}
