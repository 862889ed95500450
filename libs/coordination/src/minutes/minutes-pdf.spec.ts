import { inflateSync } from 'node:zlib';
import { renderMinutesPdf } from './minutes-pdf';

/** Text drawn by the PDF's content streams (hex strings of TJ operators, WinAnsi ≈ Latin-1). */
function drawnText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const out: string[] = [];
  for (const m of raw.matchAll(/\/FlateDecode[^]*?>>\s*stream\r?\n/g)) {
    const start = m.index! + m[0].length;
    const body = inflateSync(Buffer.from(raw.slice(start, raw.indexOf('endstream', start)), 'latin1')).toString('latin1');
    for (const op of body.matchAll(/\[([^\]]*)\]\s*TJ/g)) out.push([...op[1].matchAll(/<([0-9a-f]*)>/gi)].map((h) => Buffer.from(h[1], 'hex').toString('latin1')).join(''));
  }
  return out.join(' ');
}

describe('minutes as PDF', () => {
  it('is an A4 PDF in French with the cell, the attendees, the references, decision types and actions', async () => {
    const pdf = await renderMinutesPdf({
      cellName: 'Cellule TEH du CLAV 93', territory: '93', date: '2026-12-06', attendees: ['ASE Seine-Saint-Denis'], agenda: ['93-2026-000123'],
      decisions: [{
        reference: '93-2026-000123', type: 'orientation_to_request', decidedAt: '2026-12-06T10:00:00Z', supersedesDecidedAt: null, superseded: false,
        actions: [{ ownerName: 'ASE Seine-Saint-Denis', dueOn: '2026-12-13', status: 'open' }],
      }],
      generatedAt: new Date('2026-12-06T11:00:00Z'),
    });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.2\d* 841\.8\d*\]/);
    const text = drawnText(pdf).replace(/\s+/g, ' ');
    for (const expected of ['Compte rendu de réunion', 'Réunion du 6 décembre 2026', 'Organisations présentes', '93-2026-000123', 'Orientation à demander', '13 décembre 2026', 'À faire', 'Page 1 sur 1']) {
      expect(text.replace(/ /g, '')).toContain(expected.replace(/ /g, ''));
    }
  });
});
