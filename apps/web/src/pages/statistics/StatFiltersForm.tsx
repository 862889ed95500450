import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState } from 'react';
import { EXPLOITATION_FORMS, STAT_REGIONS } from '../../domain/labels';
import type { StatFilters } from './types';
import { yearsOffered } from './useStatFilters';

/** Year, region or département, form, minors: each change updates the address and the tables. */
export function StatFiltersForm({ filters, onChange }: { filters: StatFilters; onChange: (next: Partial<StatFilters>) => void }) {
  const [territory, setTerritory] = useState(filters.territory);
  const territoryValid = territory === '' || /^([0-9]{2}|2A|2B|97[1-6])$/.test(territory);
  return (
    <form className="fr-grid-row fr-grid-row--gutters" aria-label="Filtres des statistiques" onSubmit={(e) => e.preventDefault()}>
      <div className="fr-col-12 fr-col-md-2">
        <Select label="Année" nativeSelectProps={{ value: String(filters.year), onChange: (e) => onChange({ year: Number(e.target.value) }) }}>
          {yearsOffered().map((y) => (
            <option key={y} value={y}>{y}</option>
          ))}
        </Select>
      </div>
      <div className="fr-col-12 fr-col-md-3">
        <Select label="Région" nativeSelectProps={{ value: filters.region, onChange: (e) => onChange({ region: e.target.value, territory: '' }) }}>
          <option value="">Toute la France</option>
          {Object.entries(STAT_REGIONS).sort((a, b) => a[1].localeCompare(b[1], 'fr')).map(([code, name]) => (
            <option key={code} value={code}>{name}</option>
          ))}
        </Select>
      </div>
      <div className="fr-col-12 fr-col-md-2">
        <Input
          label="Département"
          hintText="Numéro, par exemple 93"
          state={territoryValid ? 'default' : 'error'}
          stateRelatedMessage="Un numéro de département : 93, 2A, 974…"
          nativeInputProps={{
            value: territory,
            maxLength: 3,
            inputMode: 'text',
            onChange: (e) => setTerritory(e.target.value.toUpperCase()),
            onBlur: () => territoryValid && territory !== filters.territory && onChange({ territory, region: territory ? '' : filters.region }),
            onKeyDown: (e) => e.key === 'Enter' && territoryValid && onChange({ territory, region: territory ? '' : filters.region }),
          }}
        />
      </div>
      <div className="fr-col-12 fr-col-md-3">
        <Select label="Forme d’exploitation" nativeSelectProps={{ value: filters.form, onChange: (e) => onChange({ form: e.target.value }) }}>
          <option value="">Toutes les formes</option>
          {Object.entries(EXPLOITATION_FORMS).map(([code, name]) => (
            <option key={code} value={code}>{name}</option>
          ))}
        </Select>
      </div>
      <div className="fr-col-12 fr-col-md-2">
        <Select label="Âge" nativeSelectProps={{ value: filters.minor, onChange: (e) => onChange({ minor: e.target.value as StatFilters['minor'] }) }}>
          <option value="">Tous âges</option>
          <option value="true">Personnes mineures</option>
          <option value="false">Personnes majeures</option>
        </Select>
      </div>
      <div className="fr-col-12">
        <Checkbox
          small
          options={[
            {
              label: 'Préparer une publication',
              hintText: 'Seuil de secret statistique plus élevé, pour un fichier diffusé hors de mnio.',
              nativeInputProps: { checked: filters.publication, onChange: (e) => onChange({ publication: e.target.checked }) },
            },
          ]}
        />
      </div>
    </form>
  );
}
