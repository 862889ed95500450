import type { TestApi } from '../../support/app';
import { caseBody } from '../../support/cases';

export type Client = Awaited<ReturnType<TestApi['as']>>;

export const ASSO93 = 'asso.93@demo.mnio.test';
export const ACSE = 'acse@demo.mnio.test';
export const HOST13 = 'host.13@demo.mnio.test';

/** A case recorded through the API (the example person, with a distinctive identity, unless overridden). */
export async function newCase(worker: Client, overrides: Parameters<typeof caseBody>[0] = {}): Promise<{ id: string; reference: string }> {
  const res = await worker.post('/api/cases').send(caseBody(overrides));
  if (res.status !== 201) throw new Error(`case creation failed: ${res.status} ${res.body.code}`);
  return res.body;
}

export async function consentTo(worker: Client, caseId: string, organisationId: string, granted = true): Promise<void> {
  const res = await worker.post(`/api/cases/${caseId}/consents`).send({ purpose: 'orientation', granted, method: 'oral', targetOrganisationId: organisationId });
  if (res.status !== 201) throw new Error(`consent failed: ${res.status} ${res.body.code}`);
}

/** POST a step; returns the response (status checked by the caller). */
export function step(client: Client, orientationId: string, body: Record<string, unknown>) {
  return client.post(`/api/orientations/${orientationId}/transitions`).send(body);
}

/** Runs steps that must all succeed, in order; returns the last view. */
export async function steps(client: Client, orientationId: string, ...bodies: Record<string, unknown>[]) {
  let last: Record<string, unknown> = {};
  for (const body of bodies) {
    const res = await step(client, orientationId, body);
    if (res.status !== 200) throw new Error(`${String(body.action)} failed: ${res.status} ${res.body.code}`);
    last = res.body;
  }
  return last;
}

/** A birth date `years` years and a few days ago, so that the age is exactly `years` today. */
export function bornYearsAgo(years: number): string {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - years);
  d.setUTCDate(d.getUTCDate() - 3);
  return d.toISOString().slice(0, 10);
}
