import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { loadPdfMake, pdfText } from '@mnio/platform';
import { ACTION_STATUS_LABELS, DECISION_LABELS } from '../domain/vocabulary';
import { day, dayOf, moment, type MinutesData } from './minutes-html';


/**
 * The minutes as an A4 PDF in French: the same content as the HTML minutes (`renderMinutes`), which is
 * references, decision types, organisation names, due dates and statuses; no identity, no free text.
 */
export async function renderMinutesPdf(m: MinutesData): Promise<Buffer> {
  const list = (items: string[], empty: string, ordered = false): Content =>
    items.length ? (ordered ? { ol: items.map(pdfText), margin: [0, 0, 0, 8] } : { ul: items.map(pdfText), margin: [0, 0, 0, 8] }) : { text: empty, style: 'note' };
  const decisions: Content[] = m.decisions.length
    ? m.decisions.flatMap((d): Content[] => [
        { text: pdfText(`Situation ${d.reference}`), style: 'h3' },
        { text: [{ text: 'Décision : ' }, { text: DECISION_LABELS[d.type] ?? d.type, bold: true }, { text: pdfText(` (${dayOf(d.decidedAt)})`) }] },
        ...(d.supersedesDecidedAt ? [{ text: pdfText(`Remplace la décision du ${dayOf(d.supersedesDecidedAt)}.`) }] : []),
        ...(d.superseded ? [{ text: 'Cette décision a été remplacée par une décision ultérieure.', style: 'note' }] : []),
        d.actions.length
          ? {
              table: {
                headerRows: 1,
                widths: ['*', 'auto', 'auto'],
                body: [
                  [{ text: 'Organisation responsable', bold: true }, { text: 'Échéance', bold: true }, { text: 'État', bold: true }],
                  ...d.actions.map((a) => [pdfText(a.ownerName), pdfText(day(a.dueOn)), ACTION_STATUS_LABELS[a.status] ?? a.status]),
                ],
              },
              layout: 'lightHorizontalLines',
              margin: [0, 4, 0, 10],
            }
          : { text: 'Aucune action de suivi.', style: 'note', margin: [0, 0, 0, 10] },
      ])
    : [{ text: 'Aucune décision enregistrée.', style: 'note' }];
  const title = pdfText(`Compte rendu de réunion — ${m.cellName} — ${day(m.date)}`);
  const doc: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 64],
    language: 'fr-FR',
    displayTitle: true,
    info: { title, subject: 'Compte rendu de réunion de la cellule TEH', creator: 'mnio', producer: 'mnio' },
    defaultStyle: { font: 'Helvetica', fontSize: 10, lineHeight: 1.2, color: '#161616' },
    styles: {
      h1: { fontSize: 18, bold: true, margin: [0, 8, 0, 4] },
      h2: { fontSize: 13, bold: true, margin: [0, 12, 0, 4] },
      h3: { fontSize: 11, bold: true, margin: [0, 6, 0, 2] },
      note: { color: '#555555', italics: true },
      conf: { bold: true, color: '#ce0500', margin: [0, 0, 0, 8] },
    },
    footer: (page, pages) => ({ text: `Page ${page} sur ${pages} — document confidentiel`, alignment: 'center', fontSize: 8, color: '#555555', margin: [0, 24, 0, 0] }),
    content: [
      { text: 'Document confidentiel, réservé aux membres de la cellule. Les situations n’y sont désignées que par leur référence : il ne contient aucune donnée d’identité.', style: 'conf' },
      { text: 'Compte rendu de réunion', style: 'h1' },
      { text: pdfText(`${m.cellName} — département ${m.territory}`) },
      { text: pdfText(`Réunion du ${day(m.date)}`), margin: [0, 0, 0, 6] },
      { text: 'Organisations présentes', style: 'h2' },
      list(m.attendees, 'Aucune organisation enregistrée.'),
      { text: 'Ordre du jour', style: 'h2' },
      list(m.agenda.map((r) => `Situation ${r}`), 'Aucune situation inscrite.', true),
      { text: 'Décisions', style: 'h2' },
      ...decisions,
      { text: 'Le texte des décisions et l’intitulé des actions ne figurent pas dans ce document : les personnes habilitées les consultent dans mnio.', style: 'note', margin: [0, 16, 0, 2] },
      { text: pdfText(`Édité le ${moment(m.generatedAt)}.`), style: 'note' },
    ],
  };
  return (await loadPdfMake()).createPdf(doc).getBuffer();
}
