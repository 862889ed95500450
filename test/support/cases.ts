import { randomBytes } from 'node:crypto';
import { CREATE_CASE_EXAMPLE } from '../../apps/api/src/http/cases/cases.dto';

/** A distinctive made-up person, so that scans for identity values cannot match by accident. */
export function distinctivePerson(): { lastName: string; firstName: string; alias: string; phone: string; birthDate: string } {
  const tag = randomBytes(4).toString('hex');
  const digits = String(parseInt(tag, 16) % 100000000).padStart(8, '0');
  return {
    lastName: `Zyqoraleth${tag}`,
    firstName: `Vexmirande${tag}`,
    alias: `Quillon${tag}`,
    phone: `+336${digits}`,
    birthDate: '1999-04-12',
  };
}

type Body = typeof CREATE_CASE_EXAMPLE;

/** The example body, with a distinctive identity and optional overrides. */
export function caseBody(overrides: { territory?: string; identity?: Partial<Body['identity']> & Record<string, unknown>; [k: string]: unknown } = {}): Body {
  const p = distinctivePerson();
  const { identity, ...rest } = overrides;
  return {
    ...CREATE_CASE_EXAMPLE,
    ...rest,
    identity: {
      ...CREATE_CASE_EXAMPLE.identity,
      lastName: p.lastName,
      firstNames: [p.firstName],
      aliases: [p.alias],
      contact: { phone: p.phone, safeToContact: false },
      ...identity,
    },
  } as Body;
}
