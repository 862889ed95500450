import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import type { ReactNode } from 'react';

const stateOf = (error?: string) => (error ? ('error' as const) : ('default' as const));

/** Several codes among a labelled table. */
export function CodeCheckboxes({ legend, hint, table, values, onChange, error, name }: {
  legend: ReactNode; hint?: ReactNode; table: Record<string, string>; values: string[]; onChange(values: string[]): void; error?: string; name: string;
}) {
  return (
    <Checkbox
      legend={legend}
      hintText={hint}
      state={stateOf(error)}
      stateRelatedMessage={error}
      orientation="vertical"
      options={Object.entries(table).map(([code, text]) => ({
        label: text,
        nativeInputProps: {
          name,
          value: code,
          checked: values.includes(code),
          onChange: (e) => onChange(e.target.checked ? [...values, code] : values.filter((v) => v !== code)),
        },
      }))}
    />
  );
}

/** Oui / Non, with "not answered" as null. */
export function YesNo({ legend, hint, value, onChange, name, error, yes = 'Oui', no = 'Non' }: {
  legend: ReactNode; hint?: ReactNode; value: boolean | null; onChange(v: boolean): void; name: string; error?: string; yes?: string; no?: string;
}) {
  return (
    <RadioButtons
      legend={legend}
      hintText={hint}
      name={name}
      orientation="horizontal"
      state={stateOf(error)}
      stateRelatedMessage={error}
      options={[
        { label: yes, nativeInputProps: { checked: value === true, onChange: () => onChange(true), value: 'yes' } },
        { label: no, nativeInputProps: { checked: value === false, onChange: () => onChange(false), value: 'no' } },
      ]}
    />
  );
}

/** A select over a labelled table, with an empty first option. */
export function CodeSelect({ label, hint, table, value, onChange, error, placeholder = 'Sélectionner une option', disabled, required }: {
  label: ReactNode; hint?: ReactNode; table: Record<string, string>; value: string; onChange(v: string): void; error?: string; placeholder?: string; disabled?: boolean; required?: boolean;
}) {
  return (
    <Select
      label={label}
      hint={hint}
      state={stateOf(error)}
      stateRelatedMessage={error}
      disabled={disabled}
      nativeSelectProps={{ value, onChange: (e) => onChange(e.target.value), required }}
    >
      <option value="">{placeholder}</option>
      {Object.entries(table).map(([code, text]) => (
        <option key={code} value={code}>
          {text}
        </option>
      ))}
    </Select>
  );
}

export { stateOf };
