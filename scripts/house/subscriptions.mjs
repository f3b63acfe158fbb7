/**
 * Where the content script's code reads or follows the stored settings and the person's dataset: the
 * call sites (and functions passed as values) in every file the content script's entry reaches through
 * runtime imports, outside the modules that define them. Each runs once per frame when the content
 * script starts, so the count is the number of reads and subscriptions a frame makes (a watch reads once
 * and then listens). Shared by scripts/house-metrics.mjs and tests/conventions/subscriptions.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, references, rel, resolveReference, ROOT } from './source.mjs';

/** What counts, by name; `home` is the folder that defines them (its own uses are what the others call). */
export const SUBSCRIPTIONS = [
  { what: 'settings', kind: 'read', home: /^lib\/platform\/settings\//, pattern: /\b(getSettings|settingsItem\.getValue)\b/g },
  { what: 'settings', kind: 'watch', home: /^lib\/platform\/settings\//, pattern: /\b(watchSettings|followThemeSetting|settingsItem\.watch)\b/g },
  { what: 'dataset', kind: 'read', home: /^lib\/platform\/userdata\//, pattern: /\b(getUserDataset|getActiveDataset|userDatasetItem\.getValue)\b/g },
  {
    what: 'dataset',
    kind: 'watch',
    home: /^lib\/platform\/userdata\//,
    pattern: /\b(watchUserDataset|watchActiveDataset|watchActiveDatasetChanges|userDatasetItem\.watch)\b/g,
  },
];

/**
 * Files the content script's imports reach (an index re-exports them) that run elsewhere, each with
 * where: the bundler leaves them out of content.js.
 */
export const RUN_ELSEWHERE = {
  'lib/page/annotator/editor-page.tsx': "the editor frame's page (entrypoints/annotation-editor), in the extension's own frame",
};

/** Every file the entries reach through runtime imports. */
export function runtimeGraph(...entries) {
  const seen = new Set();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file) || !/\.(ts|tsx)$/.test(file)) continue;
    seen.add(file);
    for (const ref of references(parse(file))) {
      if (ref.typeOnly || !['import', 'export', 'dynamic'].includes(ref.kind)) continue;
      const target = resolveReference(file, ref);
      if (target) queue.push(target.path);
    }
  }
  return [...seen];
}

/**
 * The content script's entries: the entrypoint, and the code it starts (through
 * `virtual:lens-content-start`, which the build resolves to index.ts or to a loader of module.ts).
 */
const CONTENT_ENTRIES = ['entrypoints/content.ts', 'lib/page/chunks/content-module.ts', 'lib/page/content/module.ts'];

/** [{ what: 'settings' | 'dataset', kind: 'read' | 'watch', call, at: 'path:line' }] */
export function subscriptionSites(entries = CONTENT_ENTRIES.map((path) => join(ROOT, path))) {
  if (!entries.every((entry) => existsSync(entry))) return [];
  const sites = [];
  for (const file of runtimeGraph(...entries)) {
    const path = rel(file);
    if (path in RUN_ELSEWHERE) continue;
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (/^\s*(\*|\/\/|\/\*|import|export \{|export \*)/.test(line)) return;
      for (const { what, kind, home, pattern } of SUBSCRIPTIONS) {
        if (home.test(path)) continue;
        for (const m of line.matchAll(pattern)) sites.push({ what, kind, call: m[1], at: `${path}:${i + 1}` });
      }
    });
  }
  return sites;
}
