import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { SignInScreen } from './app/App';
import { newQueryClient } from './app/query-client';
import { renderSignIn, signInDocument } from './prerender';
import { stubFetch } from './test/render';

const INDEX =
  '<!doctype html><html lang="fr"><head><title>mnio</title><script type="module" crossorigin src="/assets/index-Ab1.js"></script>\n    <link rel="modulepreload" crossorigin href="/assets/start-Cd2.js"></head><body><div id="root"></div></body></html>';

/** The text a reader gets from a piece of HTML, spaces collapsed. */
const textOf = (html: string) => {
  const box = document.createElement('div');
  box.innerHTML = html;
  return (box.textContent ?? '').replace(/\s+/g, ' ').trim();
};

describe('the sign-in page drawn at build time (sign-in.html)', () => {
  it('holds the page a signed-out browser first renders: heading, notice, the empty form, no script', () => {
    const markup = renderSignIn();
    expect(markup).toContain('<h1>Connexion à mnio</h1>');
    expect(markup).toContain('Pour protéger les personnes, votre session prend fin après une période sans activité.');
    // The form's two fields, empty: nothing typed, nothing to send.
    const fields = [...markup.matchAll(/<input type="(email|password|text)"[^>]*>/g)].map((m) => [m[1], /\svalue="([^"]*)"/.exec(m[0])?.[1]]);
    expect(fields).toEqual([['email', ''], ['password', '']]);
    expect(markup).not.toMatch(/<script/i);
  });

  it('reads as the live page renders it in the browser, word for word', async () => {
    stubFetch([[/GET \/api\/auth\/proconnect/, () => ({ enabled: false })]]);
    const { container, findByRole } = render(
      <QueryClientProvider client={newQueryClient()}>
        <MemoryRouter>
          <SignInScreen />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    await findByRole('heading', { name: 'Connexion à mnio', level: 1 });
    expect(textOf(renderSignIn())).toBe(textOf(container.innerHTML));
  });

  it('goes into index.html inert (nothing typed or sent before the scripts run), with the page title and the entry, without the application’s preloads', () => {
    const page = signInDocument(INDEX, '<main><form><input name="email"/></form></main>');
    expect(page).toContain('<title>Connexion — mnio</title>');
    expect(page).toContain('<div id="root"><div inert><main><form><input name="email"/></form></main></div></div>');
    expect(page).toContain('<script type="module" crossorigin src="/assets/index-Ab1.js"></script></head>');
    expect(page).not.toContain('modulepreload');
  });

  it('refuses an index.html without its empty root, and a drawn page that holds a script', () => {
    expect(() => signInDocument(INDEX.replace('<div id="root"></div>', '<div id="app"></div>'), '<p>x</p>')).toThrow(/root/);
    expect(() => signInDocument(INDEX, '<p>x</p><script>alert(1)</script>')).toThrow(/script/);
  });
});
