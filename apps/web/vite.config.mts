import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip as gzipCallback } from 'node:zlib';
import { build, type Plugin, type UserConfig } from 'vite';
import { defineConfig } from 'vitest/config';

const brotli = promisify(brotliCompress);
const gzip = promisify(gzipCallback);

/**
 * Writes `<asset>.br` (brotli, best quality) and `<asset>.gz` (gzip -9) beside every text asset of the build
 * (scripts, styles, SVG) of 1 KiB or more, which the API sends to the browsers that accept them
 * (apps/api/src/web-assets.ts). Fonts are already compressed (woff2) and left alone.
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'mnio:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async writeBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((f) => f.startsWith('assets/') && /\.(js|css|svg|json|txt)$/.test(f));
      // zlib's thread pool compresses several files at once.
      await Promise.all(
        files.map(async (fileName) => {
          const path = join(outDir, fileName);
          const content = await readFile(path);
          if (content.length < 1024) return;
          const params = { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: content.length };
          const [br, gz] = await Promise.all([brotli(content, { params }), gzip(content, { level: 9 })]);
          await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gz)]);
        }),
      );
    },
  };
}

/** A DSFR spacing or grid class alone as a rule's selector: `.fr-mb-2w`, `.fr-px-md-3v`, `.fr-col-sm-6`, `.fr-col-offset-2`. */
const UTILITY_SELECTOR = /^\.(fr-(?:[mp][xytblr]?|col)(?:-[a-z0-9]+)*)$/;
/** A DSFR class as the built scripts write it; one that ends with `-` is the start of a class built at run time. */
const CLASS_IN_SCRIPT = /fr-[a-z0-9-]+/g;

/**
 * Drops from the built stylesheets the DSFR's spacing and grid classes (thousands of one-line rules: every margin
 * and padding at every breakpoint, a third of the DSFR's core) that no script of the build names. Only rules whose
 * selectors are all such a class, alone, are touched; a class is kept when a script names it, or names the start
 * of it followed by `-` (a class built at run time). The DSFR's own script never adds these classes.
 */
function dropUnusedUtilities(): Plugin {
  return {
    name: 'mnio:drop-unused-utilities',
    apply: 'build',
    generateBundle(_options, bundle) {
      const named = new Set<string>();
      for (const output of Object.values(bundle)) if (output.type === 'chunk') for (const [cls] of output.code.matchAll(CLASS_IN_SCRIPT)) named.add(cls);
      const starts = [...named].filter((c) => c.endsWith('-'));
      const used = (cls: string) => named.has(cls) || starts.some((s) => cls.startsWith(s));
      for (const output of Object.values(bundle)) {
        if (output.type !== 'asset' || !output.fileName.endsWith('.css') || typeof output.source !== 'string') continue;
        output.source = output.source.replace(/(?<=^|[{};])([^{}@;]+)\{([^{}]*)\}/g, (rule, selectors: string, body: string) => {
          const list = selectors.split(',');
          const utilities = list.map((s) => UTILITY_SELECTOR.exec(s.trim())?.[1]);
          if (utilities.some((u) => u === undefined)) return rule;
          const kept = list.filter((_s, i) => used(utilities[i]!));
          return kept.length === list.length ? rule : kept.length ? `${kept.join(',')}{${body}}` : '';
        });
      }
    },
  };
}

/**
 * The Marianne faces of the first screen (body, buttons, headings), preloaded as the DSFR recommends — on the sign-in
 * page only (sign-in.html), whose first paint is text. On the signed-in pages (index.html) the preloads took a third of
 * the bytes before the case page's largest paint from the scripts it waits for (bench/README.md, issue 17 §7): the
 * faces load there as the stylesheet asks for them, the text showing in the fallback face meanwhile.
 */
const PRELOADED_FONTS = /^assets\/Marianne-(Regular|Medium|Bold)-[\w-]+\.woff2$/;

/** `<link rel="preload" as="font" crossorigin>` for the PRELOADED_FONTS among `files`, at the start of the head. */
function withFontPreloads(html: string, files: string[]): string {
  const links = files
    .filter((f) => PRELOADED_FONTS.test(f))
    .sort()
    .map((f) => `    <link rel="preload" href="/${f}" as="font" type="font/woff2" crossorigin="anonymous">\n`);
  if (links.length !== 3) throw new Error(`mnio:preload-fonts: ${links.length} Marianne faces found, 3 expected`);
  return html.replace(/<head>\n/, (head) => head + links.join(''));
}

/** The application's chunk, which the entry (src/main.tsx: the session only) imports once it has asked for the session. */
const START_MODULE = '/src/app/start.tsx';

/**
 * `<link rel="modulepreload">` for the application's chunk and the chunks it imports: they download beside the small
 * entry instead of after it, while the entry's session refresh is on its way.
 */
function preloadStart(): Plugin {
  return {
    name: 'mnio:preload-start',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunks = new Map(Object.values(ctx.bundle ?? {}).flatMap((o) => (o.type === 'chunk' ? [[o.fileName, o] as const] : [])));
        const start = [...chunks.values()].find((c) => c.facadeModuleId?.endsWith(START_MODULE));
        if (!start) throw new Error(`mnio:preload-start: no chunk for ${START_MODULE}`);
        const entry = ctx.chunk?.fileName;
        const files = new Set<string>();
        const visit = (fileName: string) => {
          if (fileName === entry || files.has(fileName)) return;
          files.add(fileName);
          for (const imported of chunks.get(fileName)?.imports ?? []) visit(imported);
        };
        visit(start.fileName);
        return [...files].map((f) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${f}` }, injectTo: 'head' as const }));
      },
    },
  };
}

/**
 * Writes `sign-in.html` and `sign-in.json` beside index.html: index.html with the sign-in page rendered inside its
 * root (src/prerender.tsx, built for Node into a temporary folder and run), and the addresses whose signed-out page
 * is another one. The API sends `sign-in.html` to a browser without a session, so that the page paints before its
 * scripts arrive (apps/api/src/configure-app.ts).
 */
function prerenderSignIn(): Plugin {
  let outDir = '';
  return {
    name: 'mnio:prerender-sign-in',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    // The Node build below takes COMPILE without this config's plugins, so it does not come back here.
    async writeBundle(_options, bundle) {
      const tmp = await mkdtemp(join(tmpdir(), 'mnio-prerender-'));
      try {
        await build({
          ...COMPILE,
          configFile: false,
          logLevel: 'error',
          // Everything bundled: react-dsfr's ES modules import without extensions, which Node's loader refuses.
          ssr: { noExternal: true },
          build: { ssr: 'src/prerender.tsx', outDir: tmp, emptyOutDir: true, minify: false, reportCompressedSize: false },
        });
        const prerender = (await import(pathToFileURL(join(tmp, 'prerender.mjs')).href)) as {
          signInDocument(indexHtml: string): string;
          NOT_SIGN_IN_PATHS: string[];
        };
        const index = await readFile(join(outDir, 'index.html'), 'utf8');
        await writeFile(join(outDir, 'sign-in.html'), withFontPreloads(prerender.signInDocument(index), Object.keys(bundle)));
        await writeFile(join(outDir, 'sign-in.json'), `${JSON.stringify({ notSignInPaths: prerender.NOT_SIGN_IN_PATHS })}\n`);
      } finally {
        await rm(tmp, { recursive: true, force: true });
      }
    },
  };
}

/** How the sources compile, for the pages and for the prerender alike. */
const COMPILE = {
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  // The French labels shared with the server (libs/vocabulary: plain data, no Node API).
  resolve: { alias: { '@mnio/vocabulary': fileURLToPath(new URL('../../libs/vocabulary/src/index.ts', import.meta.url)) } },
} satisfies UserConfig;

/**
 * The web application. `vite build` writes to dist/web (or MNIO_WEB_OUT_DIR, used by the browser tests), which
 * the API serves. Vite 8 compiles JSX with Oxc (no @vitejs/plugin-react: its optional Babel peer conflicts with Jest's).
 */
export default defineConfig({
  ...COMPILE,
  plugins: [dropUnusedUtilities(), precompress(), preloadStart(), prerenderSignIn()],
  build: {
    outDir: process.env.MNIO_WEB_OUT_DIR || fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    // MNIO_WEB_MINIFY=false: a build whose functions keep their names, to read a browser CPU profile (bench/README.md)
    minify: process.env.MNIO_WEB_MINIFY !== 'false',
    reportCompressedSize: false,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.tsx', 'src/**/*.test.ts'],
    setupFiles: ['./src/test/setup.ts'],
    css: false,
    // jsdom renders of whole pages take seconds on a loaded 2-core machine: a timeout is a failure of the machine, not of the page.
    testTimeout: 30_000,
  },
});
