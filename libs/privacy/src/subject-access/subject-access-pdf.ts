import type * as PdfMake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { SubjectAccessDocument } from './subject-access-document';

/** PDF's standard Helvetica (WinAnsi: French accents, « », ’): nothing embedded, no file or URL read. */
const HELVETICA = { normal: 'Helvetica', bold: 'Helvetica-Bold', italics: 'Helvetica-Oblique', bolditalics: 'Helvetica-BoldOblique' };
let loaded: Promise<typeof PdfMake> | undefined;

function pdfmake(): Promise<typeof PdfMake> {
  loaded ??= import('pdfmake').then((m) => {
    const p = ((m as unknown as { default?: typeof PdfMake }).default ?? m) as typeof PdfMake;
    p.setFonts({ Helvetica: HELVETICA });
    p.setUrlAccessPolicy(() => false);
    p.setLocalAccessPolicy((path) => Object.values(HELVETICA).includes(path));
    return p;
  });
  return loaded;
}

/** Spaces Intl puts in French dates that WinAnsi lacks (narrow no-break space) become plain ones. */
const text = (s: string) => s.replace(/[\u202f\u2009]/g, ' ');

/** The person's export as an A4 PDF in French: the same sections as the JSON, in the same order. */
export async function renderSubjectAccessPdf(doc: SubjectAccessDocument): Promise<Buffer> {
  const sections: Content[] = doc.sections.flatMap((s): Content[] => [
    { text: text(s.title), style: 'h2' },
    ...(s.intro ? [{ text: text(s.intro), style: 'note', margin: [0, 0, 0, 4] } as Content] : []),
    ...(s.rows
      ? [{ table: { widths: [150, '*'], body: s.rows.map(([k, v]) => [{ text: text(k), bold: true }, text(v)]) }, layout: 'lightHorizontalLines', margin: [0, 2, 0, 8] } as Content]
      : []),
    ...(s.table && s.table.rows.length
      ? [{
          table: { headerRows: 1, widths: s.table.headers.map(() => '*'), body: [s.table.headers.map((h) => ({ text: text(h), bold: true })), ...s.table.rows.map((r) => r.map(text))] },
          layout: 'lightHorizontalLines', fontSize: 8, margin: [0, 2, 0, 8],
        } as Content]
      : []),
  ]);
  const title = text(`${doc.title} — dossier ${doc.caseReference}`);
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
      { text: text(doc.title), style: 'h1' },
      { text: text(`Dossier ${doc.caseReference} — édité le ${doc.generatedOn}`), margin: [0, 0, 0, 6] },
      ...doc.notice.map((n): Content => ({ text: text(n), margin: [0, 0, 0, 4] })),
      ...sections,
    ],
  };
  return (await pdfmake()).createPdf(definition).getBuffer();
}
