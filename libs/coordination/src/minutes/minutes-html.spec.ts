import { createHash } from 'node:crypto';
import { MINUTES_CSP, MinutesData, renderMinutes } from './minutes-html';

const data: MinutesData = {
  cellName: 'Cellule TEH du CLAV 93',
  territory: '93',
  date: '2026-12-03',
  attendees: ['Parquet de Bobigny', 'Association <script>alert(1)</script>'],
  agenda: ['93-2026-000042'],
  decisions: [
    {
      reference: '93-2026-000042', type: 'referral_parquet', decidedAt: '2026-12-03T10:00:00.000Z', supersedesDecidedAt: '2026-11-05T10:00:00.000Z', superseded: false,
      actions: [{ ownerName: 'Parquet de Bobigny', dueOn: '2026-12-10', status: 'in_progress' }],
    },
  ],
  generatedAt: new Date('2026-12-03T15:30:00Z'),
};

describe('meeting minutes', () => {
  const html = renderMinutes(data);

  it('is in French, with decision types, owners, due dates and statuses', () => {
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('Réunion du 3 décembre 2026');
    expect(html).toContain('Signalement au parquet');
    expect(html).toContain('Remplace la décision du 5 novembre 2026');
    expect(html).toContain('<td>Parquet de Bobigny</td><td>10 décembre 2026</td><td>En cours</td>');
    expect(html).toContain('Situation 93-2026-000042');
  });

  it('escapes every value', () => {
    expect(html).not.toContain('<script>');
    expect(html).toContain('Association &lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('allows only its own style by hash', () => {
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1];
    expect(MINUTES_CSP).toContain(`style-src 'sha256-${createHash('sha256').update(style).digest('base64')}'`);
    expect(MINUTES_CSP).toContain("default-src 'none'");
    expect(MINUTES_CSP).not.toContain('unsafe-inline');
  });
});
