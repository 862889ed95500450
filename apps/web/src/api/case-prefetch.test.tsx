import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { stubFetch } from '../test/render';
import { prefetchCaseOfPage, useCase } from './hooks';

const ID = '0b6b8a52-5b1e-4c55-9a57-2f6a3c1d9e01';
const OTHER = '7d1c2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f';

function CaseLine({ id }: { id: string }) {
  const c = useCase(id);
  return <p>{c.data ? `version ${(c.data as { version: number }).version}` : 'chargement'}</p>;
}

function setUp() {
  let version = 0;
  const calls = stubFetch([
    [/GET \/api\/cases\/[0-9a-f-]+$/, () => ({ id: ID, version: ++version })],
    [/GET \/api\/organisations$/, () => []],
  ]);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const mount = (ui: ReactNode) => render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>);
  const reads = () => calls.filter((r) => r.method === 'GET' && r.url.includes('/api/cases/')).length;
  const directoryReads = () => calls.filter((r) => r.url.includes('/api/organisations')).length;
  return { client, mount, reads, directoryReads };
}

describe('the case read as the session opens on its page', () => {
  it('is read once: beside the profile, and the page uses that read instead of asking again', async () => {
    const { client, mount, reads, directoryReads } = setUp();
    prefetchCaseOfPage(client, `/cases/${ID}/orientations/nouvelle`);
    // the answer is in before the page's script and profile are (a slower read in flight is shared anyway)
    await waitFor(() => expect(client.getQueryData(['case', ID])).toBeTruthy());
    const page = mount(
      <>
        <CaseLine id={ID} />
        <CaseLine id={ID} />
      </>,
    );
    expect(await screen.findAllByText('version 1')).toHaveLength(2);
    expect(reads()).toBe(1);
    // the directory the case's line names its organisations from came with it
    expect(directoryReads()).toBe(1);
    page.unmount();
  });

  it('still reads the case again on a later visit, on another case, and once something made it stale', async () => {
    const { client, mount, reads } = setUp();
    prefetchCaseOfPage(client, `/cases/${ID}`);
    const first = mount(<CaseLine id={ID} />);
    await screen.findByText('version 1');
    first.unmount();
    // made stale by a command on the case: the next visit reads it again, within the opening seconds too
    await client.invalidateQueries({ queryKey: ['case', ID] });
    const second = mount(<CaseLine id={ID} />);
    await screen.findByText('version 2');
    second.unmount();
    expect(reads()).toBe(2);
    // another case than the one the session opened on: the cached answer is shown and read again at once
    await client.fetchQuery({ queryKey: ['case', OTHER], queryFn: () => ({ id: OTHER, version: 0 }) });
    const other = mount(<CaseLine id={OTHER} />);
    await screen.findByText('version 3');
    other.unmount();
    expect(reads()).toBe(3);
  });

  it('reads nothing on an address that is not a case', () => {
    const { client, reads, directoryReads } = setUp();
    prefetchCaseOfPage(client, '/cases');
    prefetchCaseOfPage(client, '/cases/not-a-case-id');
    prefetchCaseOfPage(client, '/statistiques');
    expect(reads() + directoryReads()).toBe(0);
  });
});
