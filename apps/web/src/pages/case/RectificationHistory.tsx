import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { Empty, ErrorAlert, Loading } from '../../components/common';
import { countryName, frDate, frDateTime, label, SEXES } from '../../domain/labels';

interface Rectification {
  id: string;
  at: string;
  fields: string[];
  organisationId: string | null;
  previous?: { identity: Record<string, unknown>; facts: Record<string, unknown> } | null;
}

/** French names of the fields a correction may change. */
export const RECTIFIED_FIELDS: Record<string, string> = {
  lastName: 'Nom', firstNames: 'Prénoms', aliases: 'Surnoms', birthDate: 'Date de naissance', estimatedAge: 'Âge estimé', ageUncertain: 'Âge incertain',
  sex: 'Sexe', nationality: 'Nationalité', languages: 'Langues', interpreterNeeded: 'Besoin d’un interprète', contact: 'Moyen de contact',
  exploitationForms: 'Formes d’exploitation', events: 'Lieux et périodes', vulnerabilities: 'Vulnérabilités', needs: 'Besoins', localDanger: 'Danger sur place',
  dangerNotes: 'Précisions sur le danger', narrative: 'Récit',
};

function previous(field: string, v: unknown): string {
  if (v === null || v === undefined || (Array.isArray(v) && !v.length)) return 'vide';
  if (field === 'birthDate') return frDate(String(v));
  if (field === 'sex') return label(SEXES, String(v));
  if (field === 'nationality') return countryName(String(v));
  if (field === 'contact') return (v as { phone?: string }).phone ?? 'autre moyen de contact';
  if (typeof v === 'boolean') return v ? 'Oui' : 'Non';
  if (Array.isArray(v)) return v.every((x) => typeof x === 'string') ? v.join(', ') : `${v.length} élément(s)`;
  return typeof v === 'object' ? 'valeur détaillée' : String(v);
}

/**
 * The corrections made after intake, oldest first: dates and fields; the values replaced too for those who read
 * the identity (the API audits that read). Loaded only on request, in the identity panel.
 */
export function RectificationHistory({ caseId }: { caseId: string }) {
  const q = useQuery({
    queryKey: ['rectifications', caseId],
    queryFn: () => unwrap<Rectification[]>(api.GET('/api/cases/{id}/rectifications', { params: { path: { id: caseId } } })),
    gcTime: 0,
  });
  if (q.isPending) return <Loading />;
  if (q.error) return <ErrorAlert error={q.error} />;
  if (!q.data.length) return <Empty>Aucune correction depuis l’enregistrement.</Empty>;
  return (
    <DataTable
      caption="Corrections après l’enregistrement"
      headers={['Date', 'Champs corrigés', 'Anciennes valeurs']}
      rows={q.data.map((r) => [
        frDateTime(r.at),
        r.fields.map((f) => RECTIFIED_FIELDS[f] ?? f).join(', '),
        r.previous === undefined
          ? 'Réservées aux personnes qui consultent l’identité'
          : r.previous === null
            ? 'Effacées (durée de conservation écoulée)'
            : Object.entries({ ...r.previous.identity, ...r.previous.facts }).map(([f, v]) => `${RECTIFIED_FIELDS[f] ?? f} : ${previous(f, v)}`).join(' ; '),
      ])}
    />
  );
}
