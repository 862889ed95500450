import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { SignedInShell } from './SignedInShell';
import { HomePage } from '../pages/home/HomePage';
import { meAs, renderApp, stubFetch } from '../test/render';

const page = { items: [], nextCursor: null };

describe('role-dependent display', () => {
  beforeEach(() => {
    stubFetch([
      [/GET \/api\/notifications\/unread-count/, () => ({ unread: 3 })],
      [/GET \/api\/(cases|deadlines|orientations|actions|transfers)/, () => page],
      [/GET \/api\/organisations/, () => []],
      [/GET \/api\/membership-requests/, () => []],
      [/GET \/api\/access-requests/, () => []],
    ]);
  });

  it('a case worker sees "Nouvelle situation", the requests sent and received, not the administration; the header counts unread notifications', async () => {
    renderApp(<SignedInShell><HomePage /></SignedInShell>, meAs('asso.93'));
    expect((await screen.findAllByRole('link', { name: 'Notifications (3 non lues)' }, { timeout: 5000 })).length).toBeGreaterThan(0);
    expect(screen.getAllByRole('link', { name: 'Nouvelle situation' }).length).toBeGreaterThan(0);
    expect(screen.getAllByRole('link', { name: 'Situations' }).length).toBeGreaterThan(0);
    expect(screen.queryAllByRole('link', { name: 'Administration' })).toHaveLength(0);
    expect(screen.queryAllByRole('link', { name: 'Cellule TEH' })).toHaveLength(0);
    await screen.findByRole('heading', { name: 'Mes situations' }, { timeout: 5000 });
    expect(screen.queryByRole('heading', { name: 'Mes échéances' })).not.toBeNull();
    expect(screen.queryByRole('heading', { name: 'Réponses à mes demandes d’orientation' })).not.toBeNull();
  });

  it('a platform administrator sees the administration and no case page at all', async () => {
    renderApp(<SignedInShell><HomePage /></SignedInShell>, meAs('admin'));
    expect((await screen.findAllByRole('link', { name: 'Administration' }, { timeout: 5000 })).length).toBeGreaterThan(0);
    expect(screen.queryAllByRole('link', { name: 'Nouvelle situation' })).toHaveLength(0);
    expect(screen.queryAllByRole('link', { name: 'Situations' })).toHaveLength(0);
    expect(screen.queryByRole('heading', { name: 'Mes situations' })).toBeNull();
  });

  it('a national analyst gets statistics only', async () => {
    renderApp(<SignedInShell><HomePage /></SignedInShell>, meAs('national'));
    expect((await screen.findAllByRole('link', { name: 'Statistiques' }, { timeout: 5000 })).length).toBeGreaterThan(0);
    expect(screen.queryAllByRole('link', { name: 'Situations' })).toHaveLength(0);
    expect(screen.queryAllByRole('link', { name: 'Demandes reçues' })).toHaveLength(0);
  });

  it('the Ac.Sé coordination gets its statistics in the menu, beside the requests it receives', async () => {
    renderApp(<SignedInShell><HomePage /></SignedInShell>, meAs('acse'));
    expect((await screen.findAllByRole('link', { name: 'Statistiques' }, { timeout: 5000 })).length).toBeGreaterThan(0);
    expect(screen.getAllByRole('link', { name: 'Demandes reçues' }).length).toBeGreaterThan(0);
  });

  it('a case worker has no statistics in the menu', async () => {
    renderApp(<SignedInShell><HomePage /></SignedInShell>, meAs('asso.93'));
    expect((await screen.findAllByRole('link', { name: 'Notifications (3 non lues)' }, { timeout: 5000 })).length).toBeGreaterThan(0);
    expect(screen.queryAllByRole('link', { name: 'Statistiques' })).toHaveLength(0);
  });
});
