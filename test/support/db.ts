import { Client } from 'pg';

/** A direct connection to the run's database, for reading raw tables behind the application's back. */
export async function rawDb(): Promise<Client> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  return client;
}
