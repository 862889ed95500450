import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { refuseFetch, takeUnstubbed } from './fetch-stub';

// A loaded 2-core CI machine renders slowly: findBy/waitFor wait up to 10 s for what a user would see (the default 1 s is a race).
configure({ asyncUtilTimeout: 10_000 });

// No test reaches the network: a request is answered by the test's stubFetch routes, or the test fails.
beforeEach(() => {
  globalThis.fetch = refuseFetch;
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  const missed = takeUnstubbed();
  if (missed.length) throw new Error(`requests no stub answered (stub them in the test): ${[...new Set(missed)].join(', ')}`);
});

// jsdom has no layout: scrolling and modal dialogs are no-ops here.
window.scrollTo = () => undefined;
window.matchMedia ??= ((query: string) => ({
  matches: false, media: query, onchange: null, addListener: () => undefined, removeListener: () => undefined,
  addEventListener: () => undefined, removeEventListener: () => undefined, dispatchEvent: () => false,
})) as typeof window.matchMedia;
HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
  this.setAttribute('open', '');
};

// As app/start.tsx does: DSFR links are react-router links (so that they have an href).
import { startReactDsfr } from '@codegouvfr/react-dsfr/spa';
import { Link } from 'react-router';
startReactDsfr({ defaultColorScheme: 'light', Link });
