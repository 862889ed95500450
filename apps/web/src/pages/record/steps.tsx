import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Notice } from '@codegouvfr/react-dsfr/Notice';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import type { Organisation } from '../../api/views';
import { CodeCheckboxes, CodeSelect, stateOf, YesNo } from '../../components/fields';
import { todayInParis } from '../../domain/dates';
import { INDICATOR_DIMENSIONS } from '../../domain/indicators';
import {
  CONSENT_METHODS, CONTACT_CHANNELS, countryName, COUNTRY_CODES, EVENT_TYPES, EXPLOITATION_FORMS, FIRST_CONTACT_CONTEXTS, INDICATOR_STRENGTHS, NEEDS, SEXES, UNACCOMPANIED_MINOR, VULNERABILITIES,
} from '../../domain/labels';
import type { Draft } from './draft';
import { draftIsMinor } from './submit';

const UNACCOMPANIED_CHOICES = (['yes', 'no', ''] as const).map((code) => [code, UNACCOMPANIED_MINOR[code]] as const);

export interface StepProps {
  d: Draft;
  set(patch: Partial<Draft>): void;
  errors: Record<string, string>;
}

const COUNTRIES: Record<string, string> = Object.fromEntries(COUNTRY_CODES.map((c) => [c, countryName(c)]).sort((a, b) => a[1].localeCompare(b[1], 'fr')));

const SAFETY_NEEDS = ['safety', 'secure_accommodation', 'accommodation', 'health', 'psychological_support', 'interpreting', 'financial_support', 'legal_aid', 'child_protection', 'training_employment', 'repatriation', 'other'];
const NEEDS_IN_ORDER = Object.fromEntries(SAFETY_NEEDS.map((n) => [n, NEEDS[n]]));

export function SafetyStep({ d, set, errors }: StepProps) {
  return (
    <>
      <Notice className="fr-mb-3w" title="En cas de danger immédiat, appelez le 17 (police) ou le 112 avant de poursuivre." />
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <CodeSelect
            label="Contexte du premier contact"
            hint="Où votre structure a rencontré la personne pour la première fois"
            table={FIRST_CONTACT_CONTEXTS}
            value={d.firstContactContext}
            placeholder="Non renseigné"
            error={errors.firstContactContext}
            onChange={(firstContactContext) => set({ firstContactContext, ...(firstContactContext && !d.firstContactOn ? { firstContactOn: todayInParis() } : {}) })}
          />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label="Date du premier contact"
            hintText="Au plus tard aujourd’hui"
            state={stateOf(errors.firstContactOn)}
            stateRelatedMessage={errors.firstContactOn}
            nativeInputProps={{ type: 'date', max: todayInParis(), value: d.firstContactOn, onChange: (e) => set({ firstContactOn: e.target.value }) }}
          />
        </div>
      </div>
      <CodeCheckboxes
        name="needs"
        legend="Besoins immédiats de la personne"
        hint="Ce qu’il faut organiser d’abord : mise en sécurité, hébergement, soins…"
        table={NEEDS_IN_ORDER}
        values={d.needs}
        onChange={(needs) => set({ needs })}
      />
    </>
  );
}

export function PersonStep({ d, set, errors, territories }: StepProps & { territories: Record<string, string> }) {
  return (
    <>
      <CodeSelect label="Département de suivi" hint="Le département où votre organisation suit la situation" table={territories} value={d.territory} onChange={(territory) => set({ territory })} error={errors.territory} />
      <Notice className="fr-mb-3w" title="L’identité est chiffrée : seules les personnes habilitées la lisent, et chaque lecture est enregistrée. Laissez vide ce que la personne ne souhaite pas dire." />
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <Input label="Nom" nativeInputProps={{ value: d.lastName, onChange: (e) => set({ lastName: e.target.value }), autoComplete: 'off' }} />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Input label="Prénom" nativeInputProps={{ value: d.firstName, onChange: (e) => set({ firstName: e.target.value }), autoComplete: 'off' }} />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Input label="Surnom ou nom d’usage" nativeInputProps={{ value: d.alias, onChange: (e) => set({ alias: e.target.value }), autoComplete: 'off' }} />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <CodeSelect label="Nationalité" table={COUNTRIES} value={d.nationality} onChange={(nationality) => set({ nationality })} placeholder="Inconnue" />
        </div>
      </div>
      <RadioButtons
        legend="Sexe"
        name="sex"
        orientation="horizontal"
        state={errors.sex ? 'error' : 'default'}
        stateRelatedMessage={errors.sex}
        options={Object.entries(SEXES).map(([code, text]) => ({ label: text, nativeInputProps: { value: code, checked: d.sex === code, onChange: () => set({ sex: code }) } }))}
      />
      <h3 className="fr-h6">La personne est-elle mineure ?</h3>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label="Date de naissance"
            hintText="Si elle est connue"
            state={errors.birthDate ? 'error' : 'default'}
            stateRelatedMessage={errors.birthDate}
            nativeInputProps={{ type: 'date', value: d.birthDate, onChange: (e) => set({ birthDate: e.target.value }) }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label="Âge estimé (en années)"
            hintText="Si la date de naissance est inconnue"
            state={errors.estimatedAge ? 'error' : 'default'}
            stateRelatedMessage={errors.estimatedAge}
            nativeInputProps={{ inputMode: 'numeric', value: d.estimatedAge, onChange: (e) => set({ estimatedAge: e.target.value.replace(/\D/g, '').slice(0, 3) }) }}
          />
        </div>
      </div>
      <Checkbox
        options={[
          {
            label: 'L’âge est incertain : la personne pourrait être mineure',
            hintText: 'La présomption de minorité s’applique : la situation est suivie comme celle d’un mineur (ASE et parquet avisés).',
            nativeInputProps: { name: 'ageUncertain', checked: d.ageUncertain, onChange: (e) => set({ ageUncertain: e.target.checked }) },
          },
        ]}
      />
      {draftIsMinor(d) && (
        <RadioButtons
          legend="Mineur non accompagné ?"
          hintText="Sans parent ni représentant légal en France : l’aide sociale à l’enfance (ASE) le prend en charge."
          name="unaccompaniedMinor"
          orientation="horizontal"
          options={UNACCOMPANIED_CHOICES.map(([code, text]) => ({
            label: text,
            nativeInputProps: { value: code, checked: (d.unaccompaniedMinor ?? '') === code, onChange: () => set({ unaccompaniedMinor: code }) },
          }))}
        />
      )}
    </>
  );
}

const LANGUAGES: Record<string, string> = {
  fr: 'Français', en: 'Anglais', pcm: 'Pidgin nigérian', es: 'Espagnol', pt: 'Portugais', ro: 'Roumain', bg: 'Bulgare', ar: 'Arabe', zh: 'Chinois', ru: 'Russe',
  uk: 'Ukrainien', ti: 'Tigrigna', am: 'Amharique', so: 'Somali', vi: 'Vietnamien', tl: 'Tagalog', ln: 'Lingala', wo: 'Wolof', bm: 'Bambara', sq: 'Albanais',
};

export function InterpretationStep({ d, set, errors }: StepProps) {
  return (
    <>
      <CodeCheckboxes name="languages" legend="Langues parlées par la personne" table={LANGUAGES} values={d.languages} onChange={(languages) => set({ languages })} />
      <YesNo name="interpreter" legend="Un interprète est-il nécessaire ?" value={d.interpreterNeeded} onChange={(interpreterNeeded) => set({ interpreterNeeded })} />
      <h3 className="fr-h6">Joindre la personne</h3>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label="Téléphone"
            hintText="Format attendu : 06 12 34 56 78"
            state={errors.phone ? 'error' : 'default'}
            stateRelatedMessage={errors.phone}
            nativeInputProps={{ type: 'tel', value: d.phone, onChange: (e) => set({ phone: e.target.value }), autoComplete: 'off' }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <CodeSelect label="Moyen de contact" table={CONTACT_CHANNELS} value={d.channel} onChange={(channel) => set({ channel })} />
        </div>
      </div>
      <YesNo
        name="safeToContact"
        legend="Est-il sûr de contacter la personne par ce moyen ?"
        hint="Un téléphone surveillé par l’exploitant met la personne en danger."
        value={d.safeToContact}
        onChange={(safeToContact) => set({ safeToContact })}
        error={errors.safeToContact}
      />
    </>
  );
}

export function FactsStep({ d, set, errors, territories }: StepProps & { territories: Record<string, string> }) {
  const setEvent = (i: number, patch: Partial<Draft['events'][number]>) => set({ events: d.events.map((ev, j) => (j === i ? { ...ev, ...patch } : ev)) });
  return (
    <>
      <CodeCheckboxes
        name="exploitationForms"
        legend="Formes d’exploitation"
        hint="Au moins une"
        table={EXPLOITATION_FORMS}
        values={d.exploitationForms}
        onChange={(exploitationForms) => set({ exploitationForms })}
        error={errors.exploitationForms}
      />
      <h3 className="fr-h6">Faits : recrutement, transit, exploitation</h3>
      {d.events.length === 0 && <p className="fr-text--sm">Aucun fait renseigné.</p>}
      {d.events.map((ev, i) => (
        <fieldset key={i} className="fr-fieldset fr-mb-3w" aria-labelledby={`event-legend-${i}`}>
          <legend className="fr-fieldset__legend fr-text--md" id={`event-legend-${i}`}>
            Fait n° {i + 1}
          </legend>
          {errors[`event${i}`] && (
            <p className="fr-error-text fr-mb-2w" role="alert">
              {errors[`event${i}`]}
            </p>
          )}
          <div className="fr-grid-row fr-grid-row--gutters fr-col-12">
            <div className="fr-col-12 fr-col-md-4">
              <CodeSelect label="Nature" table={EVENT_TYPES} value={ev.type} onChange={(type) => setEvent(i, { type })} />
            </div>
            <div className="fr-col-12 fr-col-md-4">
              <CodeSelect label="Pays" table={COUNTRIES} value={ev.country} onChange={(country) => setEvent(i, { country })} />
            </div>
            {ev.country === 'FR' && (
              <div className="fr-col-12 fr-col-md-4">
                <CodeSelect label="Département" table={territories} value={ev.territory} onChange={(territory) => setEvent(i, { territory })} />
              </div>
            )}
            <div className="fr-col-12 fr-col-md-4">
              <Input label="Depuis (mois)" hintText="Format : 2025-06" nativeInputProps={{ type: 'month', value: ev.from, onChange: (e) => setEvent(i, { from: e.target.value }) }} />
            </div>
            <div className="fr-col-12 fr-col-md-4">
              <Input label="Jusqu’à (mois)" hintText="Vide si en cours" nativeInputProps={{ type: 'month', value: ev.to, onChange: (e) => setEvent(i, { to: e.target.value }) }} />
            </div>
          </div>
          <Button priority="tertiary" size="small" iconId="fr-icon-delete-line" type="button" onClick={() => set({ events: d.events.filter((_, j) => j !== i) })}>
            Retirer le fait n° {i + 1}
          </Button>
        </fieldset>
      ))}
      <Button priority="secondary" iconId="fr-icon-add-line" type="button" className="fr-mb-4w" onClick={() => set({ events: [...d.events, { type: 'exploitation', country: '', territory: '', from: '', to: '' }] })}>
        Ajouter un fait
      </Button>
      <CodeCheckboxes name="vulnerabilities" legend="Vulnérabilités" table={VULNERABILITIES} values={d.vulnerabilities} onChange={(vulnerabilities) => set({ vulnerabilities })} />
      <Input
        textArea
        label="Récit"
        hintText="Chiffré ; lu seulement par les personnes habilitées à lire l’identité."
        nativeTextAreaProps={{ value: d.narrative, onChange: (e) => set({ narrative: e.target.value }), rows: 5 }}
      />
    </>
  );
}

export function IndicatorsStep({ d, set }: StepProps) {
  const toggle = (key: string, on: boolean) => {
    const indicators = { ...d.indicators };
    if (on) indicators[key] = indicators[key] ?? 'medium';
    else delete indicators[key];
    set({ indicators });
  };
  return (
    <>
      <Notice className="fr-mb-3w" title="Les indicateurs éclairent l’identification ; ils ne la décident jamais." />
      {Object.entries(INDICATOR_DIMENSIONS).map(([dim, { label, indicators }]) => (
        <div key={dim} className="fr-mb-3w">
          <Checkbox
            legend={label}
            options={Object.entries(indicators).map(([code, text]) => ({
              label: text,
              nativeInputProps: { name: `indicator-${dim}`, checked: `${dim}:${code}` in d.indicators, onChange: (e) => toggle(`${dim}:${code}`, e.target.checked) },
            }))}
          />
          {Object.keys(indicators)
            .filter((code) => `${dim}:${code}` in d.indicators)
            .map((code) => (
              <RadioButtons
                key={code}
                legend={`Force de l’indicateur « ${indicators[code]} »`}
                name={`strength-${dim}-${code}`}
                orientation="horizontal"
                small
                options={Object.entries(INDICATOR_STRENGTHS).map(([s, text]) => ({
                  label: text,
                  nativeInputProps: { value: s, checked: d.indicators[`${dim}:${code}`] === s, onChange: () => set({ indicators: { ...d.indicators, [`${dim}:${code}`]: s } }) },
                }))}
              />
            ))}
        </div>
      ))}
    </>
  );
}

export function DangerStep({ d, set, errors }: StepProps) {
  return (
    <>
      <YesNo
        name="localDanger"
        legend="La personne est-elle en danger là où elle se trouve ?"
        hint="Menaces de l’exploitant ou du réseau dans le département : c’est ce qui justifie un éloignement (Ac.Sé)."
        value={d.localDanger}
        onChange={(localDanger) => set({ localDanger })}
        error={errors.localDanger}
      />
      <Input
        textArea
        label="Éléments du danger"
        hintText="Chiffré ; lu seulement par les personnes habilitées à lire l’identité."
        nativeTextAreaProps={{ value: d.dangerNotes, onChange: (e) => set({ dangerNotes: e.target.value }), rows: 4 }}
      />
    </>
  );
}

export function ConsentsStep({ d, set, acse }: StepProps & { acse: Organisation | undefined }) {
  return (
    <>
      <Notice className="fr-mb-3w" title="Demandez à la personne, dans une langue qu’elle comprend, si elle est d’accord. Elle peut changer d’avis à tout moment." />
      <CodeSelect label="Comment l’accord a-t-il été recueilli ?" table={CONSENT_METHODS} value={d.consentMethod} onChange={(consentMethod) => set({ consentMethod: consentMethod || 'oral' })} />
      <YesNo name="shareWithCell" legend="Accepte-t-elle que sa situation soit examinée par la cellule TEH du CLAV ?" value={d.shareWithCell} onChange={(shareWithCell) => set({ shareWithCell })} />
      <YesNo name="policeContact" legend="Accepte-t-elle un contact avec les forces de l’ordre ?" value={d.policeContact} onChange={(policeContact) => set({ policeContact })} />
      <YesNo name="statistics" legend="Accepte-t-elle l’utilisation anonyme de sa situation dans les statistiques ?" value={d.statistics} onChange={(statistics) => set({ statistics })} />
      {acse && (
        <Checkbox
          legend="Orientations acceptées par la personne"
          options={[
            {
              label: `Accepte une orientation vers ${acse.name}`,
              hintText: 'Hébergement sécurisant et éloigné du lieu de danger (réseau Ac.Sé).',
              nativeInputProps: {
                name: 'orientationConsents',
                checked: d.orientationConsents.includes(acse.id),
                onChange: (e) => set({ orientationConsents: e.target.checked ? [...d.orientationConsents, acse.id] : d.orientationConsents.filter((o) => o !== acse.id) }),
              },
            },
          ]}
        />
      )}
      <h3 className="fr-h6">Identification préliminaire</h3>
      <Checkbox
        options={[
          {
            label: 'Je considère la personne comme victime présumée de traite',
            hintText: 'Identification préliminaire par votre organisation ; la cellule TEH en est informée.',
            nativeInputProps: { name: 'presumedVictim', checked: d.presumedVictim, onChange: (e) => set({ presumedVictim: e.target.checked }) },
          },
        ]}
      />
    </>
  );
}

export { COUNTRIES, CONSENT_METHODS, SEXES };
