/**
 * The sign-in page rendered at build time (apps/web/vite.config.mts, `prerenderSignIn`): its HTML goes into
 * `sign-in.html`, a copy of index.html that the API sends to a browser without a session (no `mnio_session`
 * marker cookie) at any address but NOT_SIGN_IN_PATHS. The page then paints from the HTML and the stylesheet,
 * before the scripts have arrived (issue 17 §7: on a phone's network the scripts are most of the wait); once they
 * have run and the browser has painted the copy (app/start.tsx), React replaces it with the live page, the same markup.
 *
 * The copy is `inert` (nothing in it can be focused, typed into or clicked): a form typed into before the scripts
 * run would be wiped by React, and a form submitted without them would put the password in the address.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { setLink } from '@codegouvfr/react-dsfr/link';
import { renderToString } from 'react-dom/server';
import { Link, MemoryRouter } from 'react-router';
import { NOT_SIGN_IN_PATHS, SignInScreen } from './app/App';
import { newQueryClient } from './app/query-client';
import { SIGN_IN_TITLE } from './auth/SignInPage';
import { pageTitle } from './components/common';

// As app/start.tsx registers it through startReactDsfr (which also starts the DSFR's script, for a browser only). The
// setter's type takes any anchor-like component, react-router's Link needs its `to`: the links react-dsfr draws here
// are the header's and footer's, which always give one.
setLink({ Link: Link as unknown as Parameters<typeof setLink>[0]['Link'] });

export { NOT_SIGN_IN_PATHS };

/** The signed-out sign-in page's markup, as the first client render draws it. */
export function renderSignIn(): string {
  return renderToString(
    <QueryClientProvider client={newQueryClient()}>
      <MemoryRouter>
        <SignInScreen />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

const ROOT = '<div id="root"></div>';
const TITLE = /<title>[^<]*<\/title>/;
const MODULE_PRELOAD = /\s*<link rel="modulepreload"[^>]*>/g;

/** index.html with the sign-in page inside its root, inert until React replaces it, and the page's title. */
export function signInDocument(indexHtml: string, markup: string = renderSignIn()): string {
  if (!indexHtml.includes(ROOT) || !TITLE.test(indexHtml)) throw new Error(`index.html has no empty ${ROOT} or no title`);
  if (/<script\b/i.test(markup)) throw new Error('the sign-in page drawn at build time holds a script');
  return (
    indexHtml
      .replace(TITLE, `<title>${pageTitle(SIGN_IN_TITLE)}</title>`)
      .replace(ROOT, `<div id="root"><div inert>${markup}</div></div>`)
      // The application's chunks are not preloaded here: this page paints from the HTML and the stylesheet, which
      // would share the network with them; the entry asks for them as it runs (no session to restore meanwhile).
      .replace(MODULE_PRELOAD, '')
  );
}
