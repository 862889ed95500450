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

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={newQueryClient()}>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);
