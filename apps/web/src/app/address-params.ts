import { useRef } from 'react';
import { useSearchParams } from 'react-router';

/**
 * `useSearchParams` whose setter starts from the latest address this page sent, not from this render's. The
 * address changes at once but the page re-renders a moment later (the router's navigation is a transition): two
 * quick changes computed from the same render would lose the first (CI saw a statistics page drop the form filter
 * when the region was chosen right after it). Always replaces the history entry: filters are not pages.
 */
export function useAddressParams(): [URLSearchParams, (change: (latest: URLSearchParams) => URLSearchParams) => void] {
  const [params, setParams] = useSearchParams();
  const sent = useRef<{ over: string; address: URLSearchParams } | null>(null);
  const update = (change: (latest: URLSearchParams) => URLSearchParams) => {
    // what this page sent over this very address, if the render has not caught up with it yet (after a back
    // navigation the address differs from both, and it wins)
    const latest = sent.current && sent.current.over === params.toString() ? sent.current.address : params;
    const address = change(new URLSearchParams(latest));
    sent.current = { over: params.toString(), address };
    setParams(address, { replace: true });
  };
  return [params, update];
}
