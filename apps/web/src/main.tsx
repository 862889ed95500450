import './app/dsfr.css';
import './app/app.css';
import { startReactDsfr } from '@codegouvfr/react-dsfr/spa';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Link } from 'react-router';
import { App } from './app/App';
import { newQueryClient } from './app/query-client';
import { session, watchActivity } from './auth/session';

declare module '@codegouvfr/react-dsfr/spa' {
  interface RegisterLink {
    Link: typeof Link;
  }
}

startReactDsfr({ defaultColorScheme: 'system', Link });

// A reload or a new tab picks the session up from the refresh cookie before the first page shows.
void session.restore();
watchActivity();

const root = document.getElementById('root')!;
const mount = () =>
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={newQueryClient()}>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </QueryClientProvider>
    </StrictMode>,
  );
// The sign-in page drawn at build time (sign-in.html, src/prerender.tsx) is in the page: React replaces it with the
// same live page after the browser's next paint, so that the page shows before React's first render, not after it.
// Without it (index.html), React draws the first screen at once.
if (root.firstElementChild?.hasAttribute('inert')) requestAnimationFrame(() => setTimeout(mount, 0));
else mount();
