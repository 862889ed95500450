import { Footer } from '@codegouvfr/react-dsfr/Footer';
import { Header, type HeaderProps } from '@codegouvfr/react-dsfr/Header';
import type { MainNavigationProps } from '@codegouvfr/react-dsfr/MainNavigation';
import { SkipLinks } from '@codegouvfr/react-dsfr/SkipLinks';
import type { ReactNode } from 'react';

const brandTop = (
  <>
    République
    <br />
    Française
  </>
);
const home = { to: '/', title: 'Accueil — mnio' };
const tagline = 'Coordination des situations de traite des êtres humains';

/** Header, skip links and footer of every page; `main` carries the page. */
export function Shell({ children, quickAccessItems, navigation }: { children: ReactNode; quickAccessItems?: HeaderProps['quickAccessItems']; navigation?: MainNavigationProps.Item[] }) {
  return (
    <>
      <SkipLinks
        links={[
          { label: 'Contenu', anchor: '#contenu' },
          // The main navigation's own id (the header's id + `-main-navigation`): `#menu-principal` named nothing.
          ...(navigation?.length ? [{ label: 'Menu', anchor: '#fr-header-main-navigation' }] : []),
        ]}
      />
      <Header brandTop={brandTop} homeLinkProps={home} serviceTitle="mnio" serviceTagline={tagline} quickAccessItems={quickAccessItems} navigation={navigation} id="fr-header" />
      <main id="contenu" tabIndex={-1} role="main">
        <div className="fr-container fr-pt-3w fr-pb-7w">{children}</div>
      </main>
      <Footer
        accessibility="partially compliant"
        brandTop={brandTop}
        homeLinkProps={home}
        contentDescription="mnio permet aux partenaires du mécanisme national d’identification et d’orientation de suivre ensemble les situations de traite des êtres humains. Les données des personnes sont chiffrées et chaque consultation est enregistrée."
        accessibilityLinkProps={{ to: '/accessibilite' }}
      />
    </>
  );
}
