import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build as viteBuild, type Plugin, type PluginOption } from 'vite';
import { matcherSnapshot, matcherSnapshotText } from './scripts/matcher-snapshot-plugin';
import { quotedStrings } from './scripts/quoted-strings-plugin';
import { compileHints } from './scripts/compile-hints-plugin';
import { polyfillInterop } from './scripts/polyfill-interop-plugin';

/**
 * `assets/dataset.json?raw` (lib/core/dataset/load.ts reads the bundled dataset with JSON.parse, far quicker
 * to start than an object literal) ships without the file's indentation: a third less to scan in
 * every frame.
 */
const datasetText = () => JSON.stringify(JSON.parse(readFileSync(resolve('assets/dataset.json'), 'utf8')));
function compactDatasetText() {
  return {
    name: 'lens-compact-dataset-text',
    enforce: 'post' as const,
    transform(code: string, id: string) {
      if (!id.endsWith('assets/dataset.json?raw')) return null;
      return { code: `export default ${JSON.stringify(datasetText())};`, map: null };
    },
  };
}

// markdown-it's one use of `entities` is answered on demand (lib/ui/markdown/entities-on-demand.ts):
// loading `entities` builds its decode table when first imported, about 10 ms of a start-up.
const ALIASES = [{ find: /^entities$/, replacement: resolve('lib/ui/markdown/entities-on-demand.ts') }];

/**
 * The chunks the content script loads (lib/page/chunks): each an ES module beside the content script
 * (`content-scripts/<name>.js`), web-accessible (below), minified like the rest. WXT bundles a content
 * script as one file, so these are built here, after it, into the same folder, each on its own (a
 * chunk must be one file, whatever it shares with another).
 * - `markdown`: the Markdown parser, loaded with the first note a frame shows.
 * - `lens` (Chrome release builds): the content script's own code, which the content script, a small
 *   loader, imports at start (lib/page/chunks/content-module.ts). Chrome compiles a classic content script
 *   on the page's main thread in every frame; an imported module off it, and its compiled code is kept
 *   for the next page.
 * `wxt dev` builds them when it starts (its rebuilds on a change skip `build:done`): restart it after
 * editing what a chunk holds (lib/ui/markdown). Under `wxt dev` the content script holds its code, so
 * its edits are picked up as usual.
 */
const CHUNK_ENTRIES = { markdown: resolve('lib/ui/markdown/chunk.ts') };
const CONTENT_MODULE = { lens: resolve('lib/page/content/module.ts') };
/** Whether the content script is a loader of `content-scripts/lens.js` in this build. */
const loadsContentModule = (browser: string, command: string) => browser !== 'firefox' && command === 'build';

/**
 * The plugins every bundle of extension code needs: Preact, (Chrome) the polyfill's export that the
 * bundler's interop does not copy, the compact dataset, the matcher snapshot, and the two long JSON strings kept single-quoted.
 */
const codePlugins = (browser: string) => [
  preact(),
  // Chrome's browser API without a copy of every namespace at start (scripts/polyfill-interop-plugin.ts).
  ...(browser === 'firefox' ? [] : [polyfillInterop()]),
  compactDatasetText(),
  matcherSnapshot(),
  // After minification (scripts/quoted-strings-plugin.ts).
  quotedStrings(() => [datasetText(), matcherSnapshotText()]),
];

/**
 * The build-time constants WXT gives an entrypoint's code (`import.meta.env.*`): a chunk is built
 * outside WXT, so it gets the same ones here. Both chunks are the content script's code ('content').
 */
function wxtEnv(mode: string, browser: string, entrypoint: string): Record<string, string> {
  const env: Record<string, string | boolean | number> = {
    MODE: mode,
    BROWSER: browser,
    MANIFEST_VERSION: 3,
    ENTRYPOINT: entrypoint,
    COMMAND: 'build',
    CHROME: browser === 'chrome',
    FIREFOX: browser === 'firefox',
    EDGE: browser === 'edge',
    SAFARI: browser === 'safari',
    OPERA: browser === 'opera',
  };
  return {
    ...Object.fromEntries(Object.entries(env).map(([key, value]) => [`import.meta.env.${key}`, JSON.stringify(value)])),
    'process.env.NODE_ENV': JSON.stringify(mode === 'development' ? 'development' : 'production'),
  };
}

async function buildChunk(outDir: string, input: Record<string, string>, env: { mode: string; browser: string }, plugins: PluginOption[] = []): Promise<void> {
  const result = await viteBuild({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    mode: env.mode,
    plugins,
    // What WXT gives the rest of the code: the polyfilled browser API (@wxt-dev/webextension-polyfill)
    // and the target browser.
    resolve: { alias: [...ALIASES, { find: /^wxt\/browser$/, replacement: '@wxt-dev/webextension-polyfill/browser' }] },
    define: wxtEnv(env.mode, env.browser, 'content'),
    build: {
      outDir: resolve(outDir, 'content-scripts'),
      emptyOutDir: false,
      copyPublicDir: false,
      minify: !process.env.LENS_NO_MINIFY,
      // Not lib mode: Vite leaves an ES library's whitespace in place.
      rollupOptions: {
        input,
        preserveEntrySignatures: 'strict',
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunk-[hash].js' },
      },
    },
  });
  // Only the entries are web-accessible: a shared file beside them could not be imported by a page's
  // content script, and notes would quietly stay unrendered. Stop the build instead.
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  const extra = outputs.filter((file) => file.type === 'chunk' && !file.isEntry).map((file) => file.fileName);
  if (extra.length) throw new Error(`content-script chunks must be single files; also emitted: ${extra.join(', ')}`);
}

async function buildChunks(outDir: string, env: { mode: string; browser: string; command: string }): Promise<void> {
  await buildChunk(outDir, CHUNK_ENTRIES, env);
  // The content script's module is compiled whole, off the main thread (scripts/compile-hints-plugin.ts).
  if (loadsContentModule(env.browser, env.command)) await buildChunk(outDir, CONTENT_MODULE, env, [...codePlugins(env.browser), compileHints()]);
}

/**
 * `virtual:lens-content-start`: how the content script starts: lib/page/chunks/content-module.ts (the
 * loader, above) or lib/page/content/index.ts.
 */
function contentStart(loadsModule: boolean): Plugin {
  const ID = 'virtual:lens-content-start';
  const file = resolve(loadsModule ? 'lib/page/chunks/content-module.ts' : 'lib/page/content/index.ts');
  return { name: 'lens-content-start', resolveId: (id) => (id === ID ? file : null) };
}

// E2E builds (`--mode e2e`) go to their own folder so a test run never ships in a release build.
export default defineConfig({
  imports: false,
  // LENS_OUT_DIR lets several builds (parallel work, benchmarks) live side by side.
  outDir: process.env.LENS_OUT_DIR ?? '.output',
  publicDir: 'assets/public',
  modules: ['@wxt-dev/webextension-polyfill'],
  // LENS_NO_MINIFY=1 keeps names readable in a profile (bench/profile.mjs); releases are minified.
  vite: (env) => ({
    plugins: [...codePlugins(env.browser), contentStart(loadsContentModule(env.browser, env.command))],
    resolve: { alias: ALIASES },
    ...(process.env.LENS_NO_MINIFY ? { build: { minify: false } } : {}),
  }),
  hooks: {
    'build:done': (wxt) =>
      buildChunks(wxt.config.outDir, { mode: wxt.config.mode, browser: wxt.config.browser, command: wxt.config.command }),
    // A broken dataset stops the build with the file, the path inside it and what was expected.
    'build:before': async () => {
      const { validateDataset, formatDatasetErrors } = await import('./lib/core/dataset/validate');
      const file = resolve('assets/dataset.json');
      let data: unknown;
      try {
        data = JSON.parse(readFileSync(file, 'utf8'));
      } catch (error) {
        throw new Error(`assets/dataset.json is not valid JSON: ${(error as Error).message}`);
      }
      const result = validateDataset(data, 'assets/dataset.json');
      if (!result.ok) throw new Error(`Dataset invalid:\n${formatDatasetErrors(result.errors)}`);
    },
    // Pages' <title>s become the toolbar and sidebar titles; the manifest takes them from the locale
    // files instead, like every other text it shows.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.action) manifest.action.default_title = '__MSG_actionTitle__';
      // The early script (entrypoints/early.ts: the highlight rules, adopted before the page is styled,
      // and the note editor's key guard), an unlisted script: no content script context or polyfill to
      // start in every frame.
      manifest.content_scripts = [
        { matches: ['<all_urls>'], js: ['early.js'], run_at: 'document_start', all_frames: true, match_about_blank: true },
        ...(manifest.content_scripts ?? []),
      ];
      const sidebar = (manifest as { sidebar_action?: { default_title?: string } }).sidebar_action;
      if (sidebar) sidebar.default_title = '__MSG_extName__';
    },
  },
  // `npm run zip`: the Chrome zip, the Firefox zip and the Firefox sources zip (for addons.mozilla.org)
  // in .output, named from package.json's name and version.
  zip: {
    artifactTemplate: '{{name}}-{{packageVersion}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{packageVersion}}-sources.zip',
    // What a reviewer needs to rebuild: code, assets, config, lockfile. Not local results or other builds.
    excludeSources: ['bench/results/**', '**/*.log', 'docs/screenshots/**'],
  },
  manifest: ({ browser, mode, command }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Least privilege: storage (settings, notes), contextMenus (the two selection entries), sidePanel
    // (Chrome's entity panel; Firefox declares a sidebar instead). No "tabs": tabs are found by asking
    // their content scripts. Host access comes from the content script's matches.
    // unlimitedStorage: a researcher's annotations outgrow storage.local's 10 MB at about 12,000 notes.
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    action: { default_title: '__MSG_actionTitle__' },
    // The note editor is an extension page framed on the page (annotation-editor.html), so the page
    // never hears what is typed; to be framed there it must be web-accessible, like the chunks the
    // content script imports on first use. End-to-end builds also
    // expose the popup, the options page, the sidebar (side panel) page and the Race view: Firefox's
    // WebDriver BiDi cannot navigate to moz-extension:// pages that are not. Release builds expose only
    // the editor. In Chrome only under an address that changes every browser session
    // (`use_dynamic_url`; runtime.getURL gives it), so a site cannot probe a fixed address to learn that
    // the extension is installed; Firefox's addresses are already random per installation.
    web_accessible_resources: [
      {
        resources: [
          'annotation-editor.html',
          // Code the content script loads on first use (lib/page/chunks).
          ...Object.keys(CHUNK_ENTRIES).map((name) => `content-scripts/${name}.js`),
          ...(loadsContentModule(browser, command) ? Object.keys(CONTENT_MODULE).map((name) => `content-scripts/${name}.js`) : []),
          ...(mode === 'e2e' ? ['popup.html', 'options.html', 'sidepanel.html', 'race.html'] : []),
        ],
        matches: ['<all_urls>'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandPopup__',
      },
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandToggle__',
      },
      'open-card': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandCard__',
      },
      annotate: {
        // Not Alt+Shift+A or N: Chrome keeps both for itself and silently drops such a suggestion.
        suggested_key: { default: 'Alt+Shift+U' },
        description: '__MSG_commandAnnotate__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              // Permanent once submitted to addons.mozilla.org: never change it.
              id: '{76472182-372b-4378-8fb2-e917e3757e43}',
              // 140: Firefox ESR 140 users can install it (desktop knows data_collection_permissions
              // from 140); Firefox for Android only from 142, hence its own minimum.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          // 132: the content script imports its code (content-scripts/lens.js) from its per-session
          // address. Chrome 130 shipped `use_dynamic_url` with a bug that refused such an import from a
          // content script (crbug.com/363027634, announced by the Chrome extensions team on
          // samrum/vite-plugin-web-extension#144); reports have it gone by 132.
          minimum_chrome_version: '132',
        }),
  }),
});
