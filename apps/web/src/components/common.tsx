import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, type ReactNode } from 'react';
import { ApiError } from '../api/client';
import { errorMessage } from '../api/error-messages';

/** Page titles name the page, never a person: "Situation — mnio", not a name. */
export function pageTitle(title: string): string {
  return `${title} — mnio`;
}

export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = pageTitle(title);
  }, [title]);
}

export function messageOf(error: unknown): string {
  return error instanceof ApiError ? error.message : errorMessage('INTERNAL_ERROR');
}

/** What a page says when the API is briefly unavailable (503): a warning, not a failure of the user's; the page and its form stay. */
export const UNAVAILABLE_TITLE = 'Service momentanément indisponible';
export const UNAVAILABLE_KEPT = 'Ce que vous avez saisi sur cette page est conservé : vous pourrez l’envoyer à nouveau.';

/** An API failure in French, with the correlation id support needs (never the request's content). */
export function ErrorAlert({ error, title = 'L’action n’a pas abouti' }: { error: unknown; title?: string }) {
  if (!error) return null;
  const correlation = error instanceof ApiError && error.correlationId ? ` (code de corrélation : ${error.correlationId})` : '';
  if (error instanceof ApiError && (error.status === 503 || error.code === 'SERVICE_UNAVAILABLE')) {
    return <Alert severity="warning" small={false} title={UNAVAILABLE_TITLE} description={`${errorMessage('SERVICE_UNAVAILABLE')} ${UNAVAILABLE_KEPT}`} className="fr-mb-3w" />;
  }
  return <Alert severity="error" small={false} title={title} description={`${messageOf(error)}${correlation}`} className="fr-mb-3w" />;
}

export function Loading({ what = 'Chargement…' }: { what?: string }) {
  return (
    <p role="status" aria-live="polite" className="fr-text--sm">
      {what}
    </p>
  );
}

export function Section({ title, children, level = 2, id }: { title: ReactNode; children: ReactNode; level?: 2 | 3; id?: string }) {
  const H = level === 2 ? 'h2' : 'h3';
  return (
    <section className="fr-mb-5w" aria-labelledby={id}>
      <H id={id} className={level === 2 ? 'fr-h4' : 'fr-h6'}>
        {title}
      </H>
      {children}
    </section>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="fr-text--sm fr-text-mention--grey">{children}</p>;
}

/** « Afficher la suite » under a list read page by page (`usePagedList`): shown only while the API has more. */
export function MoreButton({ list, children = 'Afficher la suite' }: { list: { hasMore: boolean; loadingMore: boolean; more: () => void }; children?: ReactNode }) {
  if (!list.hasMore) return null;
  return (
    <Button priority="secondary" className="fr-mt-2w" onClick={list.more} disabled={list.loadingMore}>
      {list.loadingMore ? 'Chargement…' : children}
    </Button>
  );
}
