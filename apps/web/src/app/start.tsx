import { startReactDsfr } from '@codegouvfr/react-dsfr/spa';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Link } from 'react-router';
import { App } from './App';
import { newQueryClient } from './query-client';

declare module '@codegouvfr/react-dsfr/spa' {
  interface RegisterLink {
    Link: typeof Link;
  }
}

/**
 * The application itself: the DSFR's script, React and every page, loaded by main.tsx once it has asked for the
 * session (and preloaded by the HTML beside it: `preloadStart` in vite.config.mts).
 */
startReactDsfr({ defaultColorScheme: 'system', Link });

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
