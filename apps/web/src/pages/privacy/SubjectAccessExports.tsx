import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { downloadFile } from '../../api/download';
import { DataTable } from '../../components/DataTable';
import { Empty, ErrorAlert } from '../../components/common';
import { frDateTime } from '../../domain/labels';
import { SUBJECT_ACCESS_STATES, SubjectAccessExport } from './subject-access';

const SEVERITY: Record<SubjectAccessExport['state'], 'info' | 'success' | 'new' | 'warning' | 'error'> = {
  preparing: 'info', ready: 'success', downloaded: 'new', expired: 'warning', failed: 'error',
};

/**
 * The exports asked for, with their state and, for the person who asked, the two files (PDF and JSON), each
 * downloadable once within 24 hours of being ready.
 */
export function SubjectAccessExports({ items, withReference }: { items: SubjectAccessExport[]; withReference?: boolean }) {
  const client = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  if (!items.length) return <Empty>Aucun export demandé pour le moment.</Empty>;

  const download = async (e: SubjectAccessExport, format: 'pdf' | 'json') => {
    setError(null);
    setBusy(`${e.id}/${format}`);
    try {
      await downloadFile(`/api/subject-access/${e.id}/download?format=${format}`, `acces-aux-donnees-${e.caseReference}.${format}`);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
      await client.invalidateQueries({ queryKey: ['subject-access'] });
    }
  };
  const file = (e: SubjectAccessExport, format: 'pdf' | 'json', downloadedAt: string | null) => {
    const name = format === 'pdf' ? 'PDF' : 'JSON';
    if (downloadedAt) return <span className="fr-text--sm">{name} téléchargé le {frDateTime(downloadedAt)}</span>;
    if (e.state !== 'ready' || !e.requestedByMe) return null;
    return (
      <Button size="small" priority={format === 'pdf' ? 'primary' : 'secondary'} iconId="fr-icon-download-line" disabled={busy !== null} onClick={() => void download(e, format)}>
        Télécharger le {name}
      </Button>
    );
  };
  return (
    <>
      <ErrorAlert error={error} title="Le téléchargement n’a pas abouti" />
      <DataTable
        caption="Exports demandés"
        headers={[...(withReference ? ['Dossier'] : []), 'Demandé le', 'État', 'Disponible jusqu’au', 'Fichiers']}
        rows={items.map((e) => [
          ...(withReference ? [e.caseReference] : []),
          frDateTime(e.requestedAt),
          <Badge key="state" severity={SEVERITY[e.state]} small noIcon>
            {SUBJECT_ACCESS_STATES[e.state]}
          </Badge>,
          e.expiresAt && e.state === 'ready' ? frDateTime(e.expiresAt) : '—',
          <div key="files" className="fr-btns-group--inline-sm" style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap', alignItems: 'center' }}>
            {file(e, 'pdf', e.pdfDownloadedAt)}
            {file(e, 'json', e.jsonDownloadedAt)}
            {e.state === 'ready' && !e.requestedByMe && <span className="fr-text--sm">Seule la personne qui l’a demandé peut le télécharger.</span>}
          </div>,
        ])}
      />
    </>
  );
}
