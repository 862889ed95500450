import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { prefetchCaseOfPage } from '../api/hooks';
import { AuthProvider, useSessionStatus } from '../auth/auth';
import { SignInPage } from '../auth/SignInPage';
import { PROCONNECT_CALLBACK_PATH } from '../auth/proconnect';
import { ProConnectCallbackPage } from '../auth/ProConnectCallbackPage';
import { ProConnectPopupPage } from '../auth/ProConnectPopupPage';
import { PROCONNECT_POPUP_PATH } from '../auth/proconnect-popup';
import { Loading } from '../components/common';
import { ENROLMENT_PATH } from '../pages/enrolment/path';
import { Shell } from './Layout';
import { EnrolmentPage, page, preloadPage } from './routes';

/**
 * What a browser without a session sees first at any address but the few below: the sign-in page in the site's
 * frame. The build also writes it into the page the API sends to such a browser (src/prerender.tsx), so that it
 * shows before the scripts have arrived.
 */
export function SignInScreen() {
  return (
    <Shell>
      <SignInPage />
    </Shell>
  );
}

/** The addresses whose signed-out page is not the sign-in page (the API sends them the empty page). */
export const NOT_SIGN_IN_PATHS = [ENROLMENT_PATH, PROCONNECT_CALLBACK_PATH, PROCONNECT_POPUP_PATH];

const SignedIn = page(() => import('./SignedIn').then((m) => ({ default: m.SignedIn })));

/** Signed out: the sign-in page at any address (which is kept, so the page asked for opens after sign-in). */
export function App() {
  const status = useSessionStatus();
  const navigate = useNavigate();
  const location = useLocation();
  const client = useQueryClient();
  const opened = useRef(false);
  useEffect(() => {
    // The signed-in shell's chunk and the page's download while the session is restored and the user's profile is
    // fetched, not after them; on the address the session opened at, the page's case too, once there is a session
    // to read it with (later pages read their own as they mount).
    if (status !== 'restoring' && status !== 'signed_in') {
      opened.current = false;
      return;
    }
    void SignedIn.preload();
    preloadPage(location.pathname);
    if (status === 'signed_in' && !opened.current) {
      opened.current = true;
      prefetchCaseOfPage(client, location.pathname);
    }
  }, [status, location.pathname, client]);
  if (location.pathname === PROCONNECT_POPUP_PATH) {
    return (
      <Shell>
        <ProConnectPopupPage status={status} />
      </Shell>
    );
  }
  if (status === 'restoring') {
    return (
      <Shell>
        <Loading what="Reprise de la session…" />
      </Shell>
    );
  }
  if (status === 'signed_out' && location.pathname === PROCONNECT_CALLBACK_PATH) {
    return (
      <Shell>
        <ProConnectCallbackPage onRetry={() => navigate('/', { replace: true })} />
      </Shell>
    );
  }
  if (status === 'signed_out' && location.pathname === ENROLMENT_PATH) {
    return (
      <Shell>
        <Suspense fallback={<Loading what="Chargement de la page…" />}>
          <EnrolmentPage onDone={() => navigate('/', { replace: true })} />
        </Suspense>
      </Shell>
    );
  }
  if (status === 'signed_out') return <SignInScreen />;
  const opening = (
    <Shell>
      <Loading what="Ouverture de la session…" />
    </Shell>
  );
  return (
    <AuthProvider fallback={opening}>
      <Suspense fallback={opening}>
        <SignedIn />
      </Suspense>
    </AuthProvider>
  );
}
