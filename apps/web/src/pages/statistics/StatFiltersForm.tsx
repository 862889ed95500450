import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { Territory } from '../../api/views';
import { EXPLOITATION_FORMS } from '../../domain/labels';
import type { StatFilters } from './types';
import { yearsOffered } from './useStatFilters';

/**
 * Year (or, for the activity and capacity tables, any period), region or département, form, minors: each change
 * updates the address and the tables. `geography` false: a cell's page, its territory fixed.
 */
export function StatFiltersForm({ filters, onChange, geography = true }: { filters: StatFilters; onChange: (next: Partial<StatFilters>) => void; geography?: boolean }) {
  const [territory, setTerritory] = useState(filters.territory);
  // the regions are the directory's (one source for their names), offered only where the geography may be chosen
  const territories = useQuery({ queryKey: ['territories'], queryFn: () => unwrap<Territory[]>(api.GET('/api/territories')), staleTime: Infinity, enabled: geography });
  const regions = [...new Map((territories.data ?? []).map((t) => [t.regionCode, t.regionName])).entries()].sort((a, b) => a[1].localeCompare(b[1], 'fr'));
  const territoryValid = territory === '' || /^([0-9]{2}|2A|2B|97[1-6])$/.test(territory);
  const periodic = filters.report === 'activity' || filters.report === 'capacity';
  const [from, setFrom] = useState(filters.from);
  const [to, setTo] = useState(filters.to);
  const periodError = from && to && from > to ? 'La fin de la période précède son début.' : (from && !to) || (!from && to) ? 'Indiquez le premier et le dernier jour.' : '';
  const applyPeriod = (f: string, t: string) => {
    if (f && t && f <= t) onChange({ from: f, to: t });
    else if (!f && !t) onChange({ from: '', to: '' });
  };
  return (
    <form className="fr-grid-row fr-grid-row--gutters" aria-label="Filtres des statistiques" onSubmit={(e) => e.preventDefault()}>
      <div className="fr-col-12 fr-col-md-2">
        <Select
          label="Année"
          hint={periodic ? 'Ou une période ci-contre' : undefined}
          nativeSelectProps={{
            value: String(filters.year),
            onChange: (e) => {
              setFrom('');
              setTo('');
              onChange({ year: Number(e.target.value), from: '', to: '' });
            },
          }}
        >
          {yearsOffered().map((y) => (
            <option key={y} value={y}>{y}</option>
          ))}
        </Select>
      </div>
      {periodic && (
        <>
          <div className="fr-col-6 fr-col-md-2">
            <Input
              label="Du"
              state={periodError ? 'error' : 'default'}
              stateRelatedMessage={periodError}
              nativeInputProps={{ type: 'date', value: from, min: '2000-01-01', max: '2100-12-31', onChange: (e) => setFrom(e.target.value), onBlur: () => applyPeriod(from, to) }}
            />
          </div>
          <div className="fr-col-6 fr-col-md-2">
            <Input
              label="Au"
              nativeInputProps={{ type: 'date', value: to, min: '2000-01-01', max: '2100-12-31', onChange: (e) => setTo(e.target.value), onBlur: () => applyPeriod(from, to) }}
            />
          </div>
        </>
      )}
      {geography && (
        <>
      <div className="fr-col-12 fr-col-md-3">
        <Select label="Région" nativeSelectProps={{ value: filters.region, onChange: (e) => onChange({ region: e.target.value, territory: '' }) }}>
          <option value="">Toute la France</option>
          {regions.map(([code, name]) => (
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
        </>
      )}
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
