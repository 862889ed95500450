import { Button } from '@codegouvfr/react-dsfr/Button';
import { CallOut } from '@codegouvfr/react-dsfr/CallOut';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useAuth } from '../../auth/auth';
import { Section } from '../../components/common';
import { BreakGlassDialog } from './BreakGlassDialog';

/** Under the « page introuvable » of a case: for the roles that may break the glass, the way in during an emergency. */
export function BreakGlassOffer({ caseId }: { caseId: string }) {
  const { can } = useAuth();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  if (!can('create', 'BreakGlass')) return null;
  return (
    <CallOut title="Urgence ?" className="fr-mt-4w">
      Si cette situation existe dans votre département et qu’une personne est en danger, vous pouvez y accéder exceptionnellement, en lecture seule, pour
      quelques heures. L’accès est enregistré et l’organisation qui la suit en est informée.
      <span className="fr-display-block fr-mt-2w">
        <Button priority="secondary" iconId="fr-icon-warning-line" onClick={() => setOpen(true)}>
          Accès exceptionnel
        </Button>
      </span>
      {open && <BreakGlassDialog target={{ caseId }} onClose={() => setOpen(false)} onOpened={() => void client.invalidateQueries({ queryKey: ['case', caseId] })} />}
    </CallOut>
  );
}

/** On the home of the roles that may break the glass: open a case by the reference someone read out to them. */
export function BreakGlassHome() {
  const { can } = useAuth();
  const navigate = useNavigate();
  const [reference, setReference] = useState('');
  const [tried, setTried] = useState(false);
  const [open, setOpen] = useState(false);
  if (!can('create', 'BreakGlass')) return null;
  const valid = /^[0-9][0-9AB][0-9]?-\d{4}-\d{6,9}$/.test(reference.trim());
  return (
    <Section title="Accès exceptionnel à une situation" id="acces-exceptionnel">
      <p className="fr-text--sm">
        En cas d’urgence (danger imminent, enfant en danger, urgence judiciaire), vous pouvez consulter une situation de votre département qui ne vous est pas
        adressée, à partir de sa référence. L’accès est en lecture seule, limité à quelques heures, enregistré, et l’organisation qui suit la personne en est informée.
      </p>
      <form
        noValidate
        className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom"
        onSubmit={(e) => {
          e.preventDefault();
          setTried(true);
          if (valid) setOpen(true);
        }}
      >
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label="Référence de la situation"
            hintText="Par exemple : 93-2026-000042"
            state={tried && !valid ? 'error' : 'default'}
            stateRelatedMessage={tried && !valid ? 'Saisissez une référence au format 93-2026-000042.' : undefined}
            nativeInputProps={{ value: reference, onChange: (e) => setReference(e.target.value), autoComplete: 'off' }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Button type="submit" priority="secondary" iconId="fr-icon-warning-line" className="fr-mb-3w">
            Demander un accès exceptionnel
          </Button>
        </div>
      </form>
      {open && <BreakGlassDialog target={{ reference: reference.trim() }} onClose={() => setOpen(false)} onOpened={(a) => navigate(`/cases/${a.caseId}`)} />}
    </Section>
  );
}
