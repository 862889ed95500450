import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { downloadFile } from '../../../api/download';
import { ErrorAlert } from '../../../components/common';

/** Downloads the record-level export through the signed-in session (the token never goes into the address). */
export function downloadHtcdsRecords(year: number, format: 'csv' | 'xlsx'): Promise<void> {
  const params = new URLSearchParams({ fromYear: String(year), toYear: String(year), format });
  return downloadFile(`/api/statistics/records/htcds?${params}`, `enregistrements-htcds.${format}`);
}

/** The national analyst's download of pseudonymised, k-anonymous records for the EU and international data collections. */
export function HtcdsRecordsDownload({ year }: { year: number }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const download = async (format: 'csv' | 'xlsx') => {
    setBusy(true);
    setError(null);
    try {
      await downloadHtcdsRecords(year, format);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="fr-mt-6w" aria-labelledby="htcds-title">
      <h2 id="htcds-title" className="fr-h4">
        Enregistrements pour les collectes européennes et internationales ({year})
      </h2>
      <p>
        Une ligne par personne repérée dans l’année, avec les noms de champs de la norme de l’OIM sur les données de cas de traite (HTCDS) : ni nom, ni
        référence, ni date plus précise que l’année, la région au plus fin. Chaque combinaison de sexe, d’âge, de région de nationalité, de forme
        d’exploitation, d’année et de région concerne un nombre minimal de personnes (le seuil de publication, 11 par défaut) : les champs sont d’abord généralisés, puis les lignes encore trop rares
        sont retirées. Le fichier indique combien de lignes ont été retirées et quels champs ont été généralisés.
      </p>
      <div className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
        <Button iconId="fr-icon-download-line" priority="secondary" disabled={busy} onClick={() => void download('csv')}>
          Télécharger les enregistrements (CSV)
        </Button>
        <Button iconId="fr-icon-download-line" priority="secondary" disabled={busy} onClick={() => void download('xlsx')}>
          Télécharger les enregistrements (Excel)
        </Button>
      </div>
      {error !== null && <ErrorAlert error={error} title="Le téléchargement des enregistrements n’a pas abouti" />}
    </section>
  );
}
