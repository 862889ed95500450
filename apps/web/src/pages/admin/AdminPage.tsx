import { Tabs } from '@codegouvfr/react-dsfr/Tabs';
import { Link, useNavigate, useParams } from 'react-router';
import { useAuth } from '../../auth/auth';
import { usePageTitle } from '../../components/common';
import { AdminAccounts } from './AdminAccounts';
import { AdminCells } from './AdminCells';
import { AdminBreakGlass, AdminQueues } from './AdminOperations';
import { AdminOrganisations } from './AdminOrganisations';
import { AdminRules } from './AdminRules';
import { ADMIN_SECTIONS, sectionOf } from './admin-logic';
import { OrganisationSignIn } from './OrganisationSignIn';

/**
 * Platform administration, one tab per concern (the path says which: /administration/<section>): organisations
 * and their sign-in, accounts and memberships, cells, deadline and distancing rules, delivery queues, emergency
 * accesses. Never case content.
 */
export function AdminPage() {
  const { section: segment } = useParams();
  const section = sectionOf(segment);
  const current = ADMIN_SECTIONS.find((s) => s.id === section)!;
  usePageTitle(`Administration — ${current.label}`);
  const navigate = useNavigate();
  const { can } = useAuth();
  if (!can('create', 'User')) {
    return (
      <>
        <h1>Administration</h1>
        <p>Réservé aux administrateurs de la plateforme.</p>
      </>
    );
  }
  return (
    <>
      <h1>Administration</h1>
      {can('read', 'EncryptionKey') && (
        <p className="fr-text--sm">
          <Link to="/administration/cles" className="fr-link">Clés de chiffrement : état et rotation</Link>
        </p>
      )}
      <Tabs
        label="Rubriques de l’administration"
        selectedTabId={section}
        onTabChange={(id) => navigate(`/administration/${id}`)}
        tabs={ADMIN_SECTIONS.map(({ id, label }) => ({ tabId: id, label }))}
      >
        {section === 'organisations' && (
          <>
            <AdminOrganisations />
            {can('update', 'Organisation') && <OrganisationSignIn />}
          </>
        )}
        {section === 'comptes' && <AdminAccounts />}
        {section === 'cellules' && <AdminCells />}
        {section === 'regles' && <AdminRules />}
        {section === 'files' && <AdminQueues />}
        {section === 'acces-exceptionnels' && <AdminBreakGlass />}
      </Tabs>
    </>
  );
}
