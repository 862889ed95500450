import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { cursorParam, useOrganisations } from '../../api/hooks';
import type { components } from '../../api/schema';
import type { CaseView } from '../../api/views';
import { Empty, ErrorAlert, Loading, Section } from '../../components/common';
import { frDateTime, label, ORGANISATION_KINDS } from '../../domain/labels';
import { todayInParis } from '../../domain/track-forms';
import { JOURNAL_TEXT_MAX, journalAudience, journalFormErrors, noteDay, sharedWithText } from './journal';
import { fieldErrorsOf } from './track-submit';

type JournalPage = components['schemas']['JournalPageResponseDto'];
type Shareable = components['schemas']['ShareableOrganisationDto'];
type Note = components['schemas']['JournalNoteDto'];

/**
 * « Journal de suivi »: the dated notes of a case followed over years. Shown to those who read the identity (the API
 * gives each the notes it may read: every note to the owner, the notes shared with it to another organisation).
 */
export function CaseJournal({ c }: { c: CaseView }) {
  // Reading the notes is recorded as a read of the person's identity (they speak of her): they are loaded when asked
  // for, like the identity itself, so that opening a case page does not count as reading them.
  const [open, setOpen] = useState(false);
  if (!c.identityAccess) return null;
  return (
    <Section title="Journal de suivi" id="journal">
      {open ? (
        <Journal c={c} />
      ) : (
        <>
          <p className="fr-text--sm">Les notes datées du suivi de la personne. Leur lecture est enregistrée, comme celle de l’identité.</p>
          <Button priority="secondary" iconId="fr-icon-article-line" onClick={() => setOpen(true)}>
            Ouvrir le journal de suivi
          </Button>
        </>
      )}
    </Section>
  );
}

function Journal({ c }: { c: CaseView }) {
  const orgs = useOrganisations();
  const q = useInfiniteQuery({
    queryKey: ['journal', c.id],
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: JournalPage) => last.nextCursor ?? undefined,
    queryFn: ({ pageParam }) =>
      unwrap<JournalPage>(api.GET('/api/cases/{id}/journal', { params: { path: { id: c.id }, query: { ...cursorParam(pageParam), limit: 10 } } })),
    gcTime: 0,
  });
  const notes = useMemo(() => q.data?.pages.flatMap((p) => p.items) ?? [], [q.data]);
  if (q.isPending) return <Loading what="Chargement du journal…" />;
  if (q.error) return <ErrorAlert error={q.error} title="Le journal n’a pas pu être chargé" />;
  const first = q.data.pages[0];
  const shareable = new Map(first.shareableOrganisations.map((o) => [o.id, o.name]));
  const nameOf = (id: string | null) => (id ? (shareable.get(id) ?? orgs.name(id)) : 'Structure non communiquée');
  return (
    <>
      <p className="fr-text--sm">
        Les notes datées du suivi de la personne, de la plus récente à la plus ancienne. Chaque note est chiffrée ; la structure qui suit la situation les lit toutes, les autres
        structures seulement celles qu’elle a choisi de leur montrer.
      </p>
      {first.canWrite && <JournalForm c={c} shareable={first.shareableOrganisations} ownerName={orgs.name(c.ownerOrganisationId)} />}
      {notes.length === 0 ? (
        <Empty>Aucune note dans le journal pour l’instant.</Empty>
      ) : (
        <ol className="fr-raw-list" aria-label="Notes du journal de suivi">
          {notes.map((n) => (
            <li key={n.id} className="fr-mb-3w fr-pb-2w" style={{ borderBottom: '1px solid var(--border-default-grey)' }}>
              <h3 className="fr-h6 fr-mb-1v">{noteDay(n.occurredOn)}</h3>
              <p className="fr-text--sm fr-mb-1w fr-text-mention--grey">
                {nameOf(n.authorOrganisationId)}
                {n.mine ? ' (vous)' : ''} · écrite le {frDateTime(n.createdAt)}
                {n.correctedAt ? ` · corrigée le ${frDateTime(n.correctedAt)}` : ''}
              </p>
              {n.text === null ? <p className="fr-mb-1w"><em>Note effacée lors de l’anonymisation de la situation.</em></p> : <p className="fr-mb-1w" style={{ whiteSpace: 'pre-wrap' }}>{n.text}</p>}
              {n.sharedWith && <p className="fr-text--xs fr-mb-0">{sharedWithText(n.sharedWith.map(nameOf))}</p>}
              {n.mine && first.canWrite && n.text !== null && <NoteCorrection caseId={c.id} note={n} />}
            </li>
          ))}
        </ol>
      )}
      {q.hasNextPage && (
        <Button priority="secondary" size="small" disabled={q.isFetchingNextPage} onClick={() => void q.fetchNextPage()}>
          {q.isFetchingNextPage ? 'Chargement…' : 'Voir les notes plus anciennes'}
        </Button>
      )}
    </>
  );
}

function JournalForm({ c, shareable, ownerName }: { c: CaseView; shareable: Shareable[]; ownerName: string }) {
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [occurredOn, setOccurredOn] = useState(todayInParis());
  const [text, setText] = useState('');
  const [visibleTo, setVisibleTo] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState(false);
  const add = useMutation({
    mutationFn: () => unwrap(api.POST('/api/cases/{id}/journal', { params: { path: { id: c.id } }, body: { occurredOn, text: text.trim(), visibleTo } })),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['journal', c.id] });
      setDone(true);
      setOpen(false);
      setText('');
      setVisibleTo([]);
      setOccurredOn(todayInParis());
    },
    onError: (e) => setErrors(fieldErrorsOf(e)),
  });
  const submit = () => {
    const e = journalFormErrors({ occurredOn, text }, todayInParis());
    setErrors(e);
    if (Object.keys(e).length === 0) add.mutate();
  };
  const chosenNames = shareable.filter((o) => visibleTo.includes(o.id)).map((o) => o.name);
  return (
    <div className="fr-mb-3w">
      {done && <Alert severity="success" small description="Note ajoutée au journal de suivi." className="fr-mb-2w" />}
      {!open ? (
        <Button size="small" priority="secondary" iconId="fr-icon-add-line" onClick={() => { setDone(false); setOpen(true); }}>
          Ajouter une note
        </Button>
      ) : (
        <form noValidate className="fr-p-3w fr-background-alt--grey" onSubmit={(e) => { e.preventDefault(); submit(); }} aria-labelledby="journal-form-title">
          <h3 id="journal-form-title" className="fr-h6">Ajouter une note au journal</h3>
          <ErrorAlert error={add.error && Object.keys(fieldErrorsOf(add.error)).length === 0 ? add.error : null} />
          <Input
            label="Date"
            hintText="Le jour dont parle la note (aujourd’hui ou avant)"
            state={errors.occurredOn ? 'error' : 'default'}
            stateRelatedMessage={errors.occurredOn}
            nativeInputProps={{ type: 'date', value: occurredOn, max: todayInParis(), required: true, onChange: (e) => setOccurredOn(e.target.value) }}
          />
          <Input
            label="Note"
            hintText={`Ce qui s’est passé, ce qui est prévu (${JOURNAL_TEXT_MAX} caractères au plus). La note ne pourra plus être modifiée.`}
            textArea
            state={errors.text ? 'error' : 'default'}
            stateRelatedMessage={errors.text}
            nativeTextAreaProps={{ value: text, rows: 4, maxLength: JOURNAL_TEXT_MAX, required: true, onChange: (e) => setText(e.target.value) }}
          />
          {shareable.length > 0 ? (
            <Checkbox
              legend="Visible aussi par"
              hintText="Les structures qui consultent déjà l’identité de cette personne"
              state={errors.visibleTo ? 'error' : 'default'}
              stateRelatedMessage={errors.visibleTo}
              options={shareable.map((o) => ({
                label: o.name,
                hintText: label(ORGANISATION_KINDS, o.kind),
                nativeInputProps: {
                  name: 'journal-visible-to', value: o.id, checked: visibleTo.includes(o.id),
                  onChange: (e) => setVisibleTo(e.target.checked ? [...visibleTo, o.id] : visibleTo.filter((v) => v !== o.id)),
                },
              }))}
            />
          ) : (
            <p className="fr-text--sm">Aucune autre structure ne consulte l’identité de cette personne : la note restera dans votre structure.</p>
          )}
          <p className="fr-text--sm fr-text--bold" aria-live="polite">{journalAudience(ownerName, chosenNames)}</p>
          <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm">
            <li><Button type="submit" size="small" disabled={add.isPending}>Enregistrer la note</Button></li>
            <li><Button type="button" size="small" priority="tertiary" onClick={() => setOpen(false)}>Annuler</Button></li>
          </ul>
        </form>
      )}
    </div>
  );
}

/** The author corrects the text of a note; the API keeps the text replaced (encrypted) and audits the correction. */
function NoteCorrection({ caseId, note }: { caseId: string; note: Note }) {
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState(note.text ?? '');
  const [error, setError] = useState('');
  const save = useMutation({
    mutationFn: () => unwrap(api.PUT('/api/cases/{id}/journal/{noteId}', { params: { path: { id: caseId, noteId: note.id } }, body: { text: text.trim() } })),
    onSuccess: async () => {
      setOpen(false);
      await client.invalidateQueries({ queryKey: ['journal', caseId] });
    },
  });
  if (!open) {
    return (
      <Button size="small" priority="tertiary no outline" iconId="fr-icon-edit-line" className="fr-mt-1w" onClick={() => { setText(note.text ?? ''); setOpen(true); }}>
        Corriger cette note
        {/* Each note's button says which note to a screen reader. */}
        <span className="fr-sr-only"> du {noteDay(note.occurredOn)}</span>
      </Button>
    );
  }
  const submit = () => {
    const e = journalFormErrors({ occurredOn: note.occurredOn, text }, note.occurredOn).text ?? (text.trim() === note.text ? 'Le texte n’a pas changé.' : '');
    setError(e);
    if (!e) save.mutate();
  };
  return (
    <form noValidate className="fr-mt-1w" onSubmit={(e) => { e.preventDefault(); submit(); }} aria-label={`Corriger la note du ${noteDay(note.occurredOn)}`}>
      <ErrorAlert error={save.error} />
      <Input
        label="Texte corrigé"
        hintText="Le texte actuel sera conservé, chiffré, dans l’historique des corrections."
        textArea
        state={error ? 'error' : 'default'}
        stateRelatedMessage={error}
        nativeTextAreaProps={{ value: text, rows: 3, maxLength: JOURNAL_TEXT_MAX, onChange: (e) => setText(e.target.value) }}
      />
      <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm">
        <li><Button type="submit" size="small" disabled={save.isPending}>Enregistrer la correction</Button></li>
        <li><Button type="button" size="small" priority="tertiary" onClick={() => setOpen(false)}>Annuler</Button></li>
      </ul>
    </form>
  );
}
