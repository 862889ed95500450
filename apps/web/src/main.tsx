import './app/dsfr.css';
import './app/app.css';
// The stylesheets that react-dsfr components of the first screens bring (the sign-in's ProConnect button, the header's
// search bar) go into the page's stylesheet with the rest, not into the application's chunk.
import '@codegouvfr/react-dsfr/assets/proconnect-btn.css';
import '@codegouvfr/react-dsfr/assets/search-bar.css';
import { session, watchActivity } from './auth/session';

// A reload or a new tab picks the session up from the refresh cookie before the first page shows. This entry holds
// only the session, so the refresh leaves as soon as this small script has arrived, while the application's own
// script (app/start.tsx, preloaded by the HTML) is still downloading: on a phone's network that is a round trip less
// before a signed-in page (issue 17 §7).
void session.restore();
watchActivity();
void import('./app/start');
