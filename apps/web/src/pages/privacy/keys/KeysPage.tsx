import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client';
import type { components } from '../../../api/schema';
import { useAuth } from '../../../auth/auth';
import { ErrorAlert, Loading, Section, usePageTitle } from '../../../components/common';
import { DataTable } from '../../../components/DataTable';
import { CodeSelect } from '../../../components/fields';
import { frDateTime, KEY_KINDS, KEY_ROTATION_PHASES, KEY_STATUSES, label } from '../../../domain/labels';

type KeyRing = components['schemas']['KeyRingStatusDto'];
type Rotation = components['schemas']['RotationProgressDto'];

const number = (n: number) => new Intl.NumberFormat('fr-FR').format(n);

function valuesOf(kind: string, k: KeyRing['keys'][number]): string {
  if (k.values !== null) return `${number(k.values)} ${kind === 'field' ? (k.values > 1 ? 'valeurs' : 'valeur') : 'index'}`;
  if (k.tokensValidUntil) return `jetons valides jusqu’au ${frDateTime(k.tokensValidUntil)}`;
  return '—';
}

/** A key installed on the servers that was never put in service: not « old », and nothing to retire. */
const installedOnly = (k: KeyRing['keys'][number]) => k.status !== 'current' && k.addedAt === null;

function Progress({ rotation }: { rotation: Rotation }) {
  const ratio = rotation.total > 0 ? Math.min(1, rotation.processed / rotation.total) : rotation.status === 'done' ? 1 : 0;
  const percent = Math.round(ratio * 100);
  return (
    <div className="fr-mb-2w">
      <p className="fr-text--sm fr-mb-1v">
        {rotation.status === 'done' ? `Rotation vers ${rotation.keyId} terminée le ${frDateTime(rotation.finishedAt ?? rotation.updatedAt)}` : `Rotation vers ${rotation.keyId} en cours : ${label(KEY_ROTATION_PHASES, rotation.phase)}`}
        {' — '}
        {number(rotation.processed)} sur {number(rotation.total)}
        {rotation.skipped > 0 && `, ${number(rotation.skipped)} illisible${rotation.skipped > 1 ? 's' : ''}`}
      </p>
      <progress max={100} value={percent} aria-label={`Avancement de la rotation vers ${rotation.keyId}`} style={{ width: '100%' }}>
        {percent} %
      </progress>
    </div>
  );
}

/**
 * Key rotation for the platform administrators: per key ring, its keys, how many values each still protects, the
 * last rotation's progress; start a rotation to a key already installed on every server; retire a key nothing uses.
 */
export function KeysPage() {
  usePageTitle('Clés de chiffrement');
  const { can } = useAuth();
  const client = useQueryClient();
  const status = useQuery({
    queryKey: ['admin', 'keys'],
    queryFn: () => unwrap<KeyRing[]>(api.GET('/api/admin/keys')),
    enabled: can('read', 'EncryptionKey'),
    refetchInterval: (q) => ((q.state.data ?? []).some((r) => r.rotation?.status === 'running') ? 5000 : false),
  });
  const [form, setForm] = useState({ kind: '', keyId: '' });
  const rotate = useMutation({
    mutationFn: () => unwrap<Rotation>(api.POST('/api/admin/keys/rotations', { body: { kind: form.kind as 'field', keyId: form.keyId.trim() } })),
    onSuccess: () => setForm({ kind: '', keyId: '' }),
    onSettled: () => client.invalidateQueries({ queryKey: ['admin', 'keys'] }),
  });
  const retire = useMutation({
    mutationFn: (v: { kind: string; keyId: string }) => unwrap(api.POST('/api/admin/keys/{kind}/{keyId}/retire', { params: { path: v } })),
    onSettled: () => client.invalidateQueries({ queryKey: ['admin', 'keys'] }),
  });
  if (!can('read', 'EncryptionKey')) return <ErrorAlert error={new Error('forbidden')} title="Cette page est réservée aux administrateurs de la plateforme" />;
  return (
    <>
      <h1>Clés de chiffrement</h1>
      <p className="fr-text--sm">
        Une nouvelle clé s’installe d’abord sur chaque serveur (procédure d’exploitation) ; la rotation la met en service et le traitement de fond réécrit les données sans interrompre le service. Une ancienne clé ne peut être retirée que lorsque plus rien ne l’utilise.
      </p>
      {status.isPending && <Loading />}
      <ErrorAlert error={status.error ?? retire.error} />
      {(status.data ?? []).map((ring) => (
        <Section key={ring.kind} title={label(KEY_KINDS, ring.kind)} id={`cles-${ring.kind}`}>
          {ring.rotation && <Progress rotation={ring.rotation} />}
          <DataTable
            caption={`Clés — ${label(KEY_KINDS, ring.kind)}`}
            headers={['Clé', 'État', 'Utilisation', 'Actions']}
            rowKeys={ring.keys.map((k) => k.keyId)}
            rows={ring.keys.map((k) => [
              k.held ? k.keyId : `${k.keyId} (absente de ce serveur)`,
              installedOnly(k) ? 'Installée, pas encore en service' : label(KEY_STATUSES, k.status),
              valuesOf(ring.kind, k),
              can('retire', 'EncryptionKey') && !installedOnly(k) && (k.status === 'previous' || k.status === 'draining') ? (
                <Button size="small" priority="secondary" disabled={retire.isPending} onClick={() => retire.mutate({ kind: ring.kind, keyId: k.keyId })}>
                  Retirer la clé {k.keyId}
                </Button>
              ) : (
                '—'
              ),
            ])}
          />
        </Section>
      ))}
      {can('rotate', 'EncryptionKey') && (
        <Section title="Lancer une rotation" id="rotation">
          <ErrorAlert error={rotate.error} title="La rotation n’a pas démarré" />
          <form
            onSubmit={(e) => {
              e.preventDefault();
              rotate.mutate();
            }}
          >
            <CodeSelect label="Trousseau" table={KEY_KINDS} value={form.kind} onChange={(kind) => setForm({ ...form, kind })} />
            <Input label="Nom de la nouvelle clé" hintText="Tel qu’installé sur chaque serveur, par exemple k2" nativeInputProps={{ value: form.keyId, onChange: (e) => setForm({ ...form, keyId: e.target.value }), maxLength: 16 }} />
            <Button type="submit" disabled={!form.kind || !form.keyId.trim() || rotate.isPending}>
              Mettre la clé en service
            </Button>
          </form>
        </Section>
      )}
    </>
  );
}
