import { useAuth, useIdleWarning, useSessionStatus } from '../auth/auth';
import { IdleWarningDialog } from '../auth/IdleWarningDialog';
import { SessionExpiredDialog } from '../auth/SessionExpiredDialog';
import { DraftProvider } from '../pages/record/draft';
import { AppRoutes } from './routes';
import { SignedInShell } from './SignedInShell';

/**
 * Signed in: the shell with the user's navigation, the pages, and the session's dialogs. Its own chunk (with the
 * permissions' display, the drafts and the dialogs), which the sign-in page never loads; App preloads it as soon
 * as the session is known to be open.
 */
export function SignedIn() {
  const status = useSessionStatus();
  const warning = useIdleWarning();
  const { me, signOut } = useAuth();
  return (
    <DraftProvider>
      <SignedInShell>
        <AppRoutes />
      </SignedInShell>
      {status === 'signed_in' && warning && <IdleWarningDialog key={warning.endsAt} warning={warning} onSignOut={() => void signOut()} />}
      {status === 'expired' && <SessionExpiredDialog email={me.email} userId={me.id} onSignOut={() => void signOut()} />}
    </DraftProvider>
  );
}
