import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, meAs, renderApp, stubFetch } from '../../../test/render';
import { HtcdsRecordsDownload } from './HtcdsRecordsDownload';

const ANALYST = meAs('national');

describe('HTCDS records download', () => {
  afterEach(() => vi.restoreAllMocks());

  it('asks for the year’s records in the chosen format, the token never in the address', async () => {
    const calls = stubFetch([[/GET \/api\/statistics\/records\/htcds/, () => new Response('a;b\r\n', { status: 200, headers: { 'content-disposition': 'attachment; filename="mnio-enregistrements-htcds-2025.csv"' } })]]);
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    renderApp(<HtcdsRecordsDownload year={2025} />, ANALYST);
    fireEvent.click(await screen.findByRole('button', { name: 'Télécharger les enregistrements (CSV)' }));
    await waitFor(() => expect(calls.some((r) => r.url.includes('/api/statistics/records/htcds'))).toBe(true));
    const req = calls.find((r) => r.url.includes('/api/statistics/records/htcds'))!;
    const url = new URL(req.url);
    expect(Object.fromEntries(url.searchParams)).toEqual({ fromYear: '2025', toYear: '2025', format: 'csv' });
    expect(req.url).not.toMatch(/token|bearer/i);
  });

  it('says so in French when the download fails', async () => {
    stubFetch([[/GET \/api\/statistics\/records\/htcds/, () => json(404, { code: 'NOT_FOUND' })]]);
    renderApp(<HtcdsRecordsDownload year={2025} />, ANALYST);
    fireEvent.click(await screen.findByRole('button', { name: 'Télécharger les enregistrements (Excel)' }));
    expect(await screen.findByText('Le téléchargement des enregistrements n’a pas abouti')).toBeTruthy();
  });
});
