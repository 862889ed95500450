import { DataTable } from '../../components/DataTable';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Link, useParams } from 'react-router';
import { api, isNotFound, unwrap } from '../../api/client';
import { cursorParam, useCase, useOrganisations, usePagedList } from '../../api/hooks';
import type { CaseView, Orientation, Page } from '../../api/views';
import { useAuth } from '../../auth/auth';
import { CaseStateBadge, IdentificationBadge, OrientationStateBadge } from '../../components/badges';
import { Empty, ErrorAlert, Loading, MoreButton, Section, usePageTitle } from '../../components/common';
import { dimensionLabel } from '../../domain/indicators';
import {
  AGE_BANDS, countryName, EVENT_TYPES, EXPLOITATION_FORMS, frDate, label, NEEDS, SEXES, TARGET_KINDS, VULNERABILITIES,
} from '../../domain/labels';
import { NotFoundPage } from '../NotFoundPage';
import { OrientationActions } from '../orientations/OrientationActions';
import { BreakGlassOffer } from './BreakGlassOffer';
import { CaseAttachments } from './CaseAttachments';
import { CaseConsents } from './CaseConsents';
import { CaseReferrals } from './CaseReferrals';
import { CaseReaders } from './CaseReaders';
import { CaseSubjectAccess } from '../privacy/CaseSubjectAccess';
import { CaseTracks } from './CaseTracks';
import { CaseTransfer, TransferredAwayNotice } from './CaseTransfer';
import { IdentityPanel } from './IdentityPanel';
import { CaseErasure } from '../privacy/EraseCaseDialog';
import { MinorProtectionChecklist } from './MinorProtectionChecklist';
import { unaccompaniedText, UnaccompaniedMinorForm } from './UnaccompaniedMinor';

function Facts({ c }: { c: CaseView }) {
  const rows: [string, string][] = [
    ['Sexe', label(SEXES, c.sex)],
    ['Âge', `${label(AGE_BANDS, c.ageBand)}${c.minor ? ' — personne mineure' : ''}${c.ageUncertain ? ' (âge incertain)' : ''}`],
    ...(c.minor ? [['Mineur non accompagné', unaccompaniedText(c.unaccompaniedMinor)] as [string, string]] : []),
    ['Nationalité', countryName(c.nationality)],
    ['Formes d’exploitation', c.exploitationForms.map((f) => label(EXPLOITATION_FORMS, f)).join(', ')],
    ['Lieux d’exploitation', [c.exploitedInFrance && 'en France', c.exploitedAbroad && 'à l’étranger'].filter(Boolean).join(' et ') || '—'],
    ['Danger sur place', c.localDanger ? 'Oui' : 'Non'],
    ['Interprète nécessaire', c.interpreterNeeded ? 'Oui' : 'Non'],
    ['Vulnérabilités', c.vulnerabilities.map((v) => label(VULNERABILITIES, v)).join(', ') || '—'],
    ['Besoins', c.needs.map((n) => label(NEEDS, n)).join(', ') || '—'],
    ['Indicateurs', Object.entries(c.indicatorSummary).map(([dim, n]) => `${dimensionLabel(dim)} : ${n.strong} fort, ${n.medium} moyen, ${n.weak} faible`).join(' ; ') || '—'],
  ];
  return (
    <dl>
      {rows.map(([k, v]) => (
        <div key={k} className="fr-grid-row fr-mb-1w">
          <dt className="fr-col-12 fr-col-md-4 fr-text--bold">{k}</dt>
          <dd className="fr-col-12 fr-col-md-8 fr-m-0">{v}</dd>
        </div>
      ))}
      {c.events.length > 0 && (
        <div className="fr-grid-row fr-mb-1w">
          <dt className="fr-col-12 fr-col-md-4 fr-text--bold">Faits</dt>
          <dd className="fr-col-12 fr-col-md-8 fr-m-0">
            <ul>
              {c.events.map((e, i) => (
                <li key={i}>
                  {label(EVENT_TYPES, e.type)} : {countryName(e.country)}
                  {e.territory ? ` (${e.territory})` : ''}
                  {e.from ? `, depuis ${e.from}` : ''}
                  {e.to ? ` jusqu’à ${e.to}` : ''}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
    </dl>
  );
}

/** Asked by the organisation that follows the person, or by the parquet for a minor (UAPED): the API's rule, not offered to others. */
export function mayRequestOrientation(c: Pick<CaseView, 'ownerOrganisationId'>, { can, me }: Pick<ReturnType<typeof useAuth>, 'can' | 'me'>): boolean {
  return (
    can('request', 'Orientation') &&
    (can('update', 'Case', { ownerOrganisationId: c.ownerOrganisationId }) ||
      me.memberships.some((m) => m.organisationKind === 'parquet' && can('record_criminal', 'Case', { viewers: [m.organisationId] })))
  );
}

export function CaseOrientations({ c }: { c: CaseView }) {
  const { can, me } = useAuth();
  const orgs = useOrganisations();
  const list = usePagedList(['orientations', 'case', c.id, c.version], (cursor) =>
    unwrap<Page<Orientation>>(api.GET('/api/cases/{id}/orientations', { params: { path: { id: c.id }, query: { limit: 50, ...cursorParam(cursor) } } })),
  );
  const active = (c.statuses.case === 'active' || c.statuses.case === 'follow_up') && !c.anonymisedAt;
  const mayRequest = mayRequestOrientation(c, { can, me });
  return (
    <>
      {mayRequest && active && (
        <Button linkProps={{ to: `/cases/${c.id}/orientations/nouvelle` }} iconId="fr-icon-send-plane-line" className="fr-mb-3w">
          Demander une orientation
        </Button>
      )}
      <ErrorAlert error={list.error} />
      {list.isPending && <Loading />}
      {list.loaded && list.items.length === 0 && <Empty>Aucune orientation dont votre organisation est partie.</Empty>}
      {list.items.length > 0 && (
        <DataTable
          caption="Orientations"
          headers={['Dispositif', 'Destinataire', 'État', 'Demandée le', 'Actions']}
          rowKeys={list.items.map((o) => o.id)}
          rows={list.items.map((o) => [
            <Link key="l" to={`/cases/${c.id}/orientations/${o.id}`}>{label(TARGET_KINDS, o.targetKind)}</Link>,
            orgs.name(o.targetOrganisationId),
            <OrientationStateBadge key="s" state={o.state} />,
            frDate(o.requestedAt),
            <OrientationActions key="a" orientation={o} compact />,
          ])}
        />
      )}
      <MoreButton list={list}>Afficher les orientations suivantes</MoreButton>
    </>
  );
}

/** The pseudonymised case; identity only behind "Afficher l'identité". Missing and invisible are the same 404 page. */
export function CasePage() {
  const { caseId = '' } = useParams();
  usePageTitle('Situation');
  const q = useCase(caseId);
  const orgs = useOrganisations();
  if (q.isPending) return <Loading />;
  if (isNotFound(q.error)) return <><NotFoundPage /><BreakGlassOffer caseId={caseId} /></>;
  if (q.error) return <ErrorAlert error={q.error} title="La situation n’a pas pu être chargée" />;
  const c = q.data;
  return (
    <>
      <nav role="navigation" className="fr-breadcrumb" aria-label="vous êtes ici :">
        <ol className="fr-breadcrumb__list">
          <li>
            <Link className="fr-breadcrumb__link" to="/situations">
              Situations
            </Link>
          </li>
          <li>
            {/* the current page is not a link (an anchor without href is not one either); DSFR styles it by class */}
            <span className="fr-breadcrumb__link" aria-current="page">
              {c.reference}
            </span>
          </li>
        </ol>
      </nav>
      <h1>Situation {c.reference}</h1>
      <p>
        <CaseStateBadge state={c.statuses.case} /> <IdentificationBadge state={c.statuses.identification} /> Département {c.territory} · suivie par {orgs.name(c.ownerOrganisationId)} · enregistrée le{' '}
        {frDate(c.createdAt)}
      </p>
      <TransferredAwayNotice c={c} />
      {c.anonymisedAt && <CaseErasure c={c} />}
      {c.removalOrderAlert && (
        <Alert
          severity="error"
          title="Obligation de quitter le territoire enregistrée"
          description="Une mesure d’éloignement vise cette personne. Pendant le délai de réflexion, le récépissé interdit tout éloignement ; une victime qui a porté plainte ou témoigné peut obtenir le titre L425-1. Vérifiez sans attendre ses droits au séjour avec la préfecture (onglet « Séjour »)."
          className="fr-mb-3w"
        />
      )}
      {c.minor && <MinorProtectionChecklist caseId={c.id} version={c.version} />}
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-lg-7">
          <Section title="Résumé (sans identité)" id="resume">
            <Facts c={c} />
            <UnaccompaniedMinorForm c={c} />
          </Section>
        </div>
        <div className="fr-col-12 fr-col-lg-5">
          <Section title="Identité" id="identite">
            {c.anonymisedAt ? <Empty>Identité effacée lors de l’anonymisation.</Empty> : c.identityAccess ? <IdentityPanel caseId={c.id} c={c} /> : <Empty>L’identité de cette personne n’est pas partagée avec votre organisation.</Empty>}
          </Section>
        </div>
      </div>
      <Section title="Parcours et échéances" id="parcours">
        <CaseTracks c={c} />
      </Section>
      <Section title="Orientations" id="orientations">
        <CaseOrientations c={c} />
      </Section>
      {!c.anonymisedAt && <CaseReferrals c={c} />}
      {!c.anonymisedAt && (
        <Section title="Accords de la personne" id="accords">
          <CaseConsents c={c} />
        </Section>
      )}
      <CaseAttachments c={c} />
      {!c.anonymisedAt && <CaseTransfer c={c} />}
      <CaseReaders c={c} />
      {!c.anonymisedAt && <CaseErasure c={c} />}
      {!c.anonymisedAt && <CaseSubjectAccess c={c} />}
      {c.links.length > 0 && (
        <Section title="Rapprochements" id="rapprochements">
          <DataTable caption="Rapprochements" headers={['Autre situation', 'Département', 'État']} rows={c.links.map((l) => [l.otherReference ?? 'Non communiquée', l.otherTerritory, l.status])} />
        </Section>
      )}
    </>
  );
}
