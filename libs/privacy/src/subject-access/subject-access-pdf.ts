import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { loadPdfMake, pdfText } from '@mnio/platform';
import type { SubjectAccessDocument } from './subject-access-document';


/** The person's export as an A4 PDF in French: the same sections as the JSON, in the same order. */
export async function renderSubjectAccessPdf(doc: SubjectAccessDocument): Promise<Buffer> {
  const sections: Content[] = doc.sections.flatMap((s): Content[] => [
    { text: pdfText(s.title), style: 'h2' },
    ...(s.intro ? [{ text: pdfText(s.intro), style: 'note', margin: [0, 0, 0, 4] } as Content] : []),
    ...(s.rows
      ? [{ table: { widths: [150, '*'], body: s.rows.map(([k, v]) => [{ text: pdfText(k), bold: true }, pdfText(v)]) }, layout: 'lightHorizontalLines', margin: [0, 2, 0, 8] } as Content]
      : []),
    ...(s.table && s.table.rows.length
      ? [{
          table: { headerRows: 1, widths: s.table.headers.map(() => '*'), body: [s.table.headers.map((h) => ({ text: pdfText(h), bold: true })), ...s.table.rows.map((r) => r.map(pdfText))] },
          layout: 'lightHorizontalLines', fontSize: 8, margin: [0, 2, 0, 8],
        } as Content]
      : []),
  ]);
  const title = pdfText(`${doc.title} — dossier ${doc.caseReference}`);
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [48, 56, 48, 64],
    language: 'fr-FR',
    displayTitle: true,
    info: { title, subject: 'Droit d’accès aux données personnelles', creator: 'mnio', producer: 'mnio' },
    defaultStyle: { font: 'Helvetica', fontSize: 10, lineHeight: 1.2, color: '#161616' },
    styles: {
      h1: { fontSize: 18, bold: true, margin: [0, 8, 0, 4] },
      h2: { fontSize: 13, bold: true, margin: [0, 12, 0, 4] },
      note: { color: '#555555', italics: true },
      conf: { bold: true, color: '#ce0500', margin: [0, 0, 0, 8] },
    },
    footer: (page, pages) => ({ text: `Page ${page} sur ${pages} — document confidentiel`, alignment: 'center', fontSize: 8, color: '#555555', margin: [0, 24, 0, 0] }),
    content: [
      { text: 'Document confidentiel : il contient vos données personnelles.', style: 'conf' },
      { text: pdfText(doc.title), style: 'h1' },
      { text: pdfText(`Dossier ${doc.caseReference} — édité le ${doc.generatedOn}`), margin: [0, 0, 0, 6] },
      ...doc.notice.map((n): Content => ({ text: pdfText(n), margin: [0, 0, 0, 4] })),
      ...sections,
    ],
  };
  return (await loadPdfMake()).createPdf(definition).getBuffer();
}
