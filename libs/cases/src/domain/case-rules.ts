import { DomainError } from '@mnio/platform';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { NewCase, TraffickingEvent } from './case-input';
import { ageFacts } from './age';

/** Rules the DTO cannot express. Throws 422 with a stable code; the messages never quote a value. */
export function assertValidNewCase(input: NewCase, today: string): void {
  const id = input.identity;
  if (id.birthDate && id.birthDate > today) throw new DomainError('BIRTH_DATE_IN_FUTURE', 'The birth date is in the future');
  if (id.birthDate && id.estimatedAge !== undefined) throw new DomainError('BIRTH_DATE_AND_AGE', 'Give a birth date or an estimated age, not both');
  if (id.contact?.phone && !parsePhoneNumberFromString(id.contact.phone, 'FR')?.isValid()) {
    throw new DomainError('INVALID_PHONE_NUMBER', 'The phone number is not valid');
  }
  input.events.forEach((e, i) => assertValidEvent(e, i));
  assertValidFirstContact(input, today);
  if (input.unaccompaniedMinor !== undefined && !ageFacts(id).minor) {
    throw new DomainError('CASE_NOT_MINOR', 'Only a minor is an unaccompanied minor', { field: 'unaccompaniedMinor' });
  }
}

/** The first contact happened: not after today, not before the person was born (when the birth date is known). */
export function assertValidFirstContact(input: Pick<NewCase, 'identity' | 'firstContact'>, today: string): void {
  const on = input.firstContact?.on;
  if (!on) return;
  if (on > today) throw new DomainError('FIRST_CONTACT_IN_FUTURE', 'The first contact is dated in the future', { field: 'firstContact.on' });
  if (input.identity.birthDate && on < input.identity.birthDate) {
    throw new DomainError('FIRST_CONTACT_BEFORE_BIRTH', 'The first contact is dated before the birth date', { field: 'firstContact.on' });
  }
}

function assertValidEvent(e: TraffickingEvent, index: number): void {
  if (e.country === 'FR' && !e.territory) {
    throw new DomainError('EVENT_TERRITORY_REQUIRED', 'An event in France needs its département', { field: `events.${index}.territory` });
  }
  if (e.country !== 'FR' && e.territory) {
    throw new DomainError('EVENT_TERRITORY_REQUIRED', 'Only an event in France has a département', { field: `events.${index}.territory` });
  }
  if (e.from && e.to && e.from > e.to) throw new DomainError('EVENT_PERIOD_INVALID', 'An event ends before it starts', { field: `events.${index}` });
}

export function exploitationPlaces(events: TraffickingEvent[]): { inFrance: boolean; abroad: boolean } {
  const exploitation = events.filter((e) => e.type === 'exploitation');
  return { inFrance: exploitation.some((e) => e.country === 'FR'), abroad: exploitation.some((e) => e.country !== 'FR') };
}

/** Normalised phone in E.164, so the same number is stored and compared one way. */
export function normalisePhone(phone: string): string {
  return parsePhoneNumberFromString(phone, 'FR')!.number;
}
