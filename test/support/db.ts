import { Client } from 'pg';

/**
 * A direct connection to the run's database as its owner (DATABASE_OWNER_URL), for reading and changing
 * raw tables behind the application's back. The application itself connects as DATABASE_URL's role.
 */
export async function rawDb(): Promise<Client> {
  const client = new Client({ connectionString: process.env.DATABASE_OWNER_URL ?? process.env.DATABASE_URL });
  await client.connect();
  return client;
}
