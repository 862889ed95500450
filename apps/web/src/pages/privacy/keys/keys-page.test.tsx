import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, meAs, renderApp, stubFetch } from '../../../test/render';
import { KeysPage } from './KeysPage';

const ADMIN = meAs('admin');

const rings = (running: boolean) => [
  {
    kind: 'field', current: 'k2',
    keys: [
      { keyId: 'k1', status: 'previous', held: true, values: running ? 1200 : 0, tokensValidUntil: null, addedAt: '2026-01-05T10:00:00.000Z' },
      { keyId: 'k2', status: 'current', held: true, values: 3400, tokensValidUntil: null, addedAt: '2026-12-01T10:00:00.000Z' },
      // Installed on the servers for the next rotation, never in service: the API reports it as not current, unrecorded.
      { keyId: 'k3', status: 'previous', held: true, values: 0, tokensValidUntil: null, addedAt: null },
    ],
    rotation: {
      id: '00000000-0000-4000-8000-000000000001', keyId: 'k2', status: running ? 'running' : 'done', phase: 'reencrypt', processed: running ? 3400 : 4600, skipped: 0,
      total: 4600, ratePerSecond: 2000, startedAt: '2026-12-01T10:00:00.000Z', updatedAt: '2026-12-01T10:01:00.000Z', finishedAt: running ? null : '2026-12-01T10:02:00.000Z',
    },
  },
  { kind: 'blind_index', current: 'b1', keys: [{ keyId: 'b1', status: 'current', held: true, values: 900, tokensValidUntil: null, addedAt: null }], rotation: null },
  {
    kind: 'jwt', current: 'j2',
    keys: [
      { keyId: 'j1', status: 'previous', held: true, values: null, tokensValidUntil: '2026-12-01T10:20:00.000Z', addedAt: '2026-01-05T10:00:00.000Z' },
      { keyId: 'j2', status: 'current', held: true, values: null, tokensValidUntil: null, addedAt: null },
    ],
    rotation: null,
  },
];

describe('encryption keys page', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows, in French, each key ring, its keys, what they still protect and the rotation’s progress', async () => {
    stubFetch([[/GET \/api\/admin\/keys$/, () => rings(true)]]);
    renderApp(<KeysPage />, ADMIN);
    expect(await screen.findByRole('heading', { name: 'Chiffrement des données' })).toBeTruthy();
    expect(screen.getByText(/Rotation vers k2 en cours : Rechiffrement des données/)).toBeTruthy();
    expect(screen.getByText(/3\s400 sur 4\s600/)).toBeTruthy();
    expect((screen.getByRole('progressbar', { name: 'Avancement de la rotation vers k2' }) as HTMLProgressElement).value).toBe(74);
    const field = screen.getByRole('region', { name: 'Clés — Chiffrement des données' });
    expect(within(field).getByText('Ancienne, encore lisible')).toBeTruthy();
    expect(within(field).getByText(/^1\s200 valeurs$/)).toBeTruthy();
    // A key installed for the next rotation is neither « old » nor offered for retirement.
    expect(within(field).getByText('Installée, pas encore en service')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Retirer la clé k3' })).toBeNull();
    expect(screen.getByText(/jetons valides jusqu’au 1 décembre 2026/)).toBeTruthy();
    // No raw codes on the page.
    expect(document.body.textContent).not.toMatch(/\b(field|blind_index|jwt|previous|reencrypt)\b/);
  });

  it('starts a rotation with the chosen ring and key, and says in French why a retirement is refused', async () => {
    const calls = stubFetch([
      [/GET \/api\/admin\/keys$/, () => rings(false)],
      [/POST \/api\/admin\/keys\/rotations/, () => json(202, rings(true)[0].rotation)],
      [/POST \/api\/admin\/keys\/field\/k1\/retire/, () => json(409, { code: 'KEY_STILL_IN_USE', message: '1 stored values still use this key' })],
    ]);
    renderApp(<KeysPage />, ADMIN);
    fireEvent.change(await screen.findByLabelText('Trousseau'), { target: { value: 'field' } });
    fireEvent.change(screen.getByLabelText(/Nom de la nouvelle clé/), { target: { value: ' k3 ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Mettre la clé en service' }));
    await waitFor(() => expect(calls.some((r) => r.method === 'POST' && r.url.endsWith('/api/admin/keys/rotations'))).toBe(true));
    const post = calls.find((r) => r.method === 'POST' && r.url.endsWith('/api/admin/keys/rotations'))!;
    expect(await post.json()).toEqual({ kind: 'field', keyId: 'k3' });

    fireEvent.click(await screen.findByRole('button', { name: 'Retirer la clé k1' }));
    expect(await screen.findByText(/Des données utilisent encore cette clé/)).toBeTruthy();
  });

  it('is closed to anyone but the platform administrators', () => {
    stubFetch([]);
    renderApp(<KeysPage />, meAs('asso.93'));
    expect(screen.getByText('Cette page est réservée aux administrateurs de la plateforme')).toBeTruthy();
  });
});
