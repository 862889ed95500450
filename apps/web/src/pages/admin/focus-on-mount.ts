import { useEffect, useRef } from 'react';

/** A form opened by a button further down the page: brought into view, its first field focused. */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'start' });
    ref.current?.querySelector<HTMLElement>('input, select, button')?.focus();
  }, []);
  return ref;
}
