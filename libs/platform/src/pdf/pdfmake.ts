import type * as PdfMake from 'pdfmake';

/** PDF's standard Helvetica (WinAnsi: French accents, « », ’): nothing embedded, no file or URL read. */
const HELVETICA = { normal: 'Helvetica', bold: 'Helvetica-Bold', italics: 'Helvetica-Oblique', bolditalics: 'Helvetica-BoldOblique' };
let loaded: Promise<typeof PdfMake> | undefined;

/**
 * pdfmake (and PDFKit under it, ~1 s to load) is loaded at the first PDF, not at every boot. Its server build is
 * one shared instance: fonts and access policies are set once, here, for every context that writes a PDF (the cell's
 * minutes, the person's right of access), and refuse every file and URL.
 */
export function loadPdfMake(): Promise<typeof PdfMake> {
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
export const pdfText = (s: string): string => s.replace(/[\u202f\u2009]/g, ' ');
