import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Upload } from '@codegouvfr/react-dsfr/Upload';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ApiError, authFetch, unwrap } from '../../api/client';
import { downloadFile } from '../../api/download';
import { useOrganisations } from '../../api/hooks';
import type { CaseView } from '../../api/views';
import { useAuth } from '../../auth/auth';
import { DataTable } from '../../components/DataTable';
import { Empty, ErrorAlert, Loading, Section } from '../../components/common';
import { CodeSelect } from '../../components/fields';
import { todayInParis } from '../../domain/dates';
import { frDate, label } from '../../domain/labels';
import { ATTACHMENT_FORMATS, ATTACHMENT_KINDS, fileProblem, frSize } from './attachments';

/** Mirrors libs/cases attachments/case-attachments.query.ts (GET /api/cases/:id/attachments). */
interface Attachment {
  id: string;
  kind: string;
  documentDate: string;
  mediaType: string;
  sizeBytes: number;
  organisationId: string;
  createdAt: string;
  erased: boolean;
  name?: string;
}

/** Multipart, through the signed-in session: the file name travels in the body only, never in an address. */
async function uploadAttachment(caseId: string, file: File, kind: string, documentDate: string): Promise<void> {
  const form = new FormData();
  form.append('kind', kind);
  form.append('documentDate', documentDate);
  form.append('file', file);
  const res = await authFetch(new Request(`${window.location.origin}/api/cases/${caseId}/attachments`, { method: 'POST', body: form }));
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { code?: string; correlationId?: string; details?: Record<string, unknown> };
    throw new ApiError(res.status, body.code ?? `HTTP_${res.status}`, body.correlationId, body.details);
  }
}

function AttachmentForm({ caseId, onDone }: { caseId: string; onDone(): void }) {
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [kind, setKind] = useState('');
  const [date, setDate] = useState('');
  const [done, setDone] = useState(false);
  const [inputKey, setInputKey] = useState(0);
  const send = useMutation({
    mutationFn: () => uploadAttachment(caseId, file!, kind, date),
    onSuccess: () => {
      setDone(true);
      setFile(null);
      setKind('');
      setDate('');
      setInputKey((k) => k + 1);
      onDone();
    },
  });
  const choose = async (chosen: File | undefined) => {
    setDone(false);
    setFile(null);
    setProblem(null);
    if (!chosen) return;
    const head = new Uint8Array(await chosen.slice(0, 8).arrayBuffer());
    const wrong = fileProblem(chosen, head);
    setProblem(wrong);
    if (!wrong) setFile(chosen);
  };
  return (
    <form
      className="fr-mt-3w fr-p-3w fr-background-alt--grey"
      onSubmit={(e) => {
        e.preventDefault();
        setDone(false);
        if (file && kind && date) send.mutate();
      }}
    >
      <h3 className="fr-h6">Joindre un document</h3>
      {done && (
        <p className="fr-message fr-message--valid" role="status">
          Document joint.
        </p>
      )}
      <ErrorAlert error={send.error} title="Le document n’a pas été joint" />
      <Upload
        key={inputKey}
        className="fr-mb-3w"
        label="Fichier"
        hint="PDF, JPEG ou PNG, 10 Mo au maximum. Le nom du fichier n’est visible que des personnes qui consultent l’identité."
        state={problem ? 'error' : 'default'}
        stateRelatedMessage={problem ?? undefined}
        nativeInputProps={{ accept: 'application/pdf,image/jpeg,image/png', required: true, onChange: (e) => void choose(e.target.files?.[0]) }}
      />
      <CodeSelect label="Nature du document" table={ATTACHMENT_KINDS} value={kind} onChange={setKind} required />
      <Input label="Date du document" nativeInputProps={{ type: 'date', value: date, max: todayInParis(), required: true, onChange: (e) => setDate(e.target.value) }} />
      <Button type="submit" iconId="fr-icon-upload-line" disabled={!file || send.isPending}>
        {send.isPending ? 'Envoi…' : 'Joindre le document'}
      </Button>
    </form>
  );
}

/**
 * « Pièces jointes »: kind, date, size and who attached each one for every reader of the case; the file name and the
 * download for those who read the identity (each download is audited); the upload form for the owner's workers.
 */
export function CaseAttachments({ c }: { c: CaseView }) {
  const { can } = useAuth();
  const orgs = useOrganisations();
  const client = useQueryClient();
  const [failed, setFailed] = useState<unknown>(null);
  const q = useQuery({
    queryKey: ['attachments', c.id],
    queryFn: () => unwrap<Attachment[]>(api.GET('/api/cases/{id}/attachments', { params: { path: { id: c.id } } })),
    gcTime: 0,
  });
  const mayAttach = !c.anonymisedAt && can('update', 'Case', { ownerOrganisationId: c.ownerOrganisationId });
  const mayDownload = c.identityAccess && !c.anonymisedAt;
  const download = (a: Attachment) => {
    setFailed(null);
    downloadFile(`/api/cases/${c.id}/attachments/${a.id}/content`, 'piece-jointe').catch(setFailed);
  };
  return (
    <Section title="Pièces jointes" id="pieces-jointes">
      <ErrorAlert error={q.error ?? failed} />
      {q.isPending && <Loading />}
      {q.data && q.data.length === 0 && <Empty>Aucune pièce jointe.</Empty>}
      {q.data && q.data.length > 0 && (
        <DataTable
          caption="Pièces jointes"
          headers={['Document', 'Date du document', ...(mayDownload ? ['Fichier'] : []), 'Format et taille', 'Joint par', 'Action']}
          rowKeys={q.data.map((a) => a.id)}
          rows={q.data.map((a) => [
            label(ATTACHMENT_KINDS, a.kind),
            frDate(a.documentDate),
            ...(mayDownload ? [a.name ?? '—'] : []),
            `${label(ATTACHMENT_FORMATS, a.mediaType)}, ${frSize(a.sizeBytes)}`,
            `${orgs.name(a.organisationId)}, le ${frDate(a.createdAt)}`,
            a.erased ? (
              'Effacé lors de l’anonymisation'
            ) : mayDownload ? (
              <Button key="d" size="small" priority="secondary" iconId="fr-icon-download-line" onClick={() => download(a)} title={`Télécharger : ${label(ATTACHMENT_KINDS, a.kind)} du ${frDate(a.documentDate)}`}>
                Télécharger
              </Button>
            ) : (
              'Réservé aux personnes qui consultent l’identité'
            ),
          ])}
        />
      )}
      {mayAttach && <AttachmentForm caseId={c.id} onDone={() => void client.invalidateQueries({ queryKey: ['attachments', c.id] })} />}
    </Section>
  );
}
