import { api, unwrap } from '../../api/client';
import type { CaseCreated } from '../../api/views';
import { todayInParis as today } from '../../domain/dates';
import { INDICATOR_FRAMEWORK } from '../../domain/indicators';
import type { paths } from '../../api/schema';
import type { Draft } from './draft';

type CreateCaseBody = paths['/api/cases']['post']['requestBody']['content']['application/json'];

const words = (s: string) => s.trim();

/** Whether the person is a minor as the API will count it: under 18 today (birth date or estimated age), or the age uncertain. */
export function draftIsMinor(d: Pick<Draft, 'birthDate' | 'estimatedAge' | 'ageUncertain'>, on = today()): boolean {
  if (d.ageUncertain) return true;
  if (d.birthDate) {
    const [y, m, day] = d.birthDate.split('-').map(Number);
    const [ty, tm, td] = on.split('-').map(Number);
    return ty - y - (tm < m || (tm === m && td < day) ? 1 : 0) < 18;
  }
  return d.estimatedAge !== '' && Number(d.estimatedAge) < 18;
}

/** What the step asks before going on: field → French message. */
export function stepErrors(d: Draft, step: number): Record<string, string> {
  const e: Record<string, string> = {};
  if (step === 1) {
    if (d.firstContactContext && !d.firstContactOn) e.firstContactOn = 'Indiquez la date du premier contact.';
    if (d.firstContactOn && d.firstContactOn > today()) e.firstContactOn = 'La date du premier contact ne peut pas être dans le futur.';
    if (d.firstContactOn && !d.firstContactContext) e.firstContactContext = 'Indiquez le contexte du premier contact.';
  }
  if (step === 2) {
    if (!d.territory) e.territory = 'Choisissez le département où la situation est suivie.';
    if (!d.sex) e.sex = 'Indiquez le sexe (ou « Non renseigné »).';
    if (d.birthDate && d.estimatedAge) e.estimatedAge = 'Indiquez soit la date de naissance, soit l’âge estimé.';
    if (d.birthDate && d.birthDate > today()) e.birthDate = 'La date de naissance ne peut pas être dans le futur.';
    if (d.estimatedAge && !/^\d{1,3}$/.test(d.estimatedAge)) e.estimatedAge = 'L’âge estimé est un nombre d’années.';
    if (d.birthDate && d.firstContactOn && d.firstContactOn < d.birthDate) e.birthDate = 'La date de naissance est postérieure au premier contact (étape 1).';
  }
  if (step === 3) {
    if (d.phone && !/^\+?[0-9 .-]{6,20}$/.test(d.phone)) e.phone = 'Format attendu : 06 12 34 56 78 ou +33 6 12 34 56 78.';
    if (d.phone && d.safeToContact === null) e.safeToContact = 'Indiquez s’il est sûr de contacter la personne à ce numéro.';
  }
  if (step === 4) {
    if (d.exploitationForms.length === 0) e.exploitationForms = 'Choisissez au moins une forme d’exploitation.';
    d.events.forEach((ev, i) => {
      if (!ev.country) e[`event${i}`] = `Fait n° ${i + 1} : indiquez le pays.`;
      else if (ev.country === 'FR' && !ev.territory) e[`event${i}`] = `Fait n° ${i + 1} : pour un fait en France, indiquez le département.`;
      else if (ev.from && ev.to && ev.to < ev.from) e[`event${i}`] = `Fait n° ${i + 1} : la fin précède le début.`;
    });
  }
  if (step === 6 && d.localDanger === null) e.localDanger = 'Indiquez si la personne est en danger là où elle se trouve.';
  return e;
}

export function createBody(d: Draft): CreateCaseBody {
  const phone = d.phone.replace(/[ .-]/g, '');
  return {
    territory: d.territory,
    identity: {
      ...(words(d.lastName) ? { lastName: words(d.lastName) } : {}),
      ...(words(d.firstName) ? { firstNames: [words(d.firstName)] } : {}),
      ...(words(d.alias) ? { aliases: [words(d.alias)] } : {}),
      ...(d.birthDate ? { birthDate: d.birthDate } : {}),
      ...(d.estimatedAge ? { estimatedAge: Number(d.estimatedAge) } : {}),
      ageUncertain: d.ageUncertain,
      sex: d.sex as 'female' | 'male' | 'other' | 'unknown',
      ...(d.nationality ? { nationality: d.nationality } : {}),
      ...(d.languages.length ? { languages: d.languages } : {}),
      ...(d.interpreterNeeded !== null ? { interpreterNeeded: d.interpreterNeeded } : {}),
      ...(phone || d.channel
        ? { contact: { ...(phone ? { phone } : {}), ...(d.channel ? { channel: d.channel as 'phone' } : {}), safeToContact: d.safeToContact === true } }
        : {}),
    },
    exploitationForms: d.exploitationForms as CreateCaseBody['exploitationForms'],
    events: d.events.map((ev) => ({
      type: ev.type as 'recruitment',
      country: ev.country,
      ...(ev.country === 'FR' && ev.territory ? { territory: ev.territory } : {}),
      ...(ev.from ? { from: ev.from } : {}),
      ...(ev.to ? { to: ev.to } : {}),
    })),
    vulnerabilities: d.vulnerabilities as CreateCaseBody['vulnerabilities'],
    danger: { localDanger: d.localDanger === true, ...(d.dangerNotes.trim() ? { notes: d.dangerNotes.trim() } : {}) },
    needs: d.needs as CreateCaseBody['needs'],
    ...(d.narrative.trim() ? { narrative: d.narrative.trim() } : {}),
    ...(draftIsMinor(d) && d.unaccompaniedMinor ? { unaccompaniedMinor: d.unaccompaniedMinor === 'yes' } : {}),
    ...(d.firstContactContext && d.firstContactOn
      ? { firstContact: { context: d.firstContactContext as NonNullable<CreateCaseBody['firstContact']>['context'], on: d.firstContactOn } }
      : {}),
  };
}

export type SubmitProgress = { created?: CaseCreated; error?: unknown };

/** The person's answers as the form holds them, in the order they are recorded. */
function consentsOf(d: Draft): NonNullable<CreateCaseBody['consents']> {
  const method = d.consentMethod as 'oral';
  const consents: NonNullable<CreateCaseBody['consents']> = [];
  if (d.shareWithCell !== null) consents.push({ purpose: 'share_with_cell', granted: d.shareWithCell, method });
  if (d.policeContact !== null) consents.push({ purpose: 'police_contact', granted: d.policeContact, method });
  if (d.statistics !== null) consents.push({ purpose: 'statistics', granted: d.statistics, method });
  for (const org of d.orientationConsents) consents.push({ purpose: 'orientation', granted: true, method, targetOrganisationId: org });
  return consents;
}

/**
 * Records the situation in one request: the case with its indicators, the person's answers and the preliminary
 * identification, which the API writes in one transaction — recorded whole, or not at all (the draft stays).
 */
export async function submitDraft(d: Draft): Promise<SubmitProgress> {
  const indicators = Object.entries(d.indicators).map(([key, strength]) => {
    const [dimension, indicator] = key.split(':');
    return { framework: INDICATOR_FRAMEWORK, dimension, indicator, strength: strength as 'strong', observedAt: today() };
  });
  const consents = consentsOf(d);
  try {
    const body: CreateCaseBody = {
      ...createBody(d),
      ...(indicators.length ? { indicators } : {}),
      ...(consents.length ? { consents } : {}),
      ...(d.presumedVictim ? { presumedVictim: true } : {}),
    };
    return { created: await unwrap<CaseCreated>(api.POST('/api/cases', { body })) };
  } catch (error) {
    return { error };
  }
}
