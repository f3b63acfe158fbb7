/**
 * The corpus measurement shared by `npm run corpus` (scripts/corpus-measure.mjs) and
 * tests/e2e/corpus.e2e.ts: load a corpus page in Chromium with the built extension, read back which
 * ranges the lens highlights (the page's CSS highlight registry, `ail-<type>` names), attribute each
 * to a dataset entity, and score the pages about AI against their hand labels.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
export const CORPUS_DIR = join(ROOT, 'tests/fixtures/corpus');

const TYPES = ['person', 'company', 'product', 'model', 'team', 'event', 'deal', 'concept'];

export function loadCorpus() {
  const manifest = JSON.parse(readFileSync(join(CORPUS_DIR, 'manifest.json'), 'utf8'));
  const dataset = JSON.parse(readFileSync(join(ROOT, 'assets/dataset.json'), 'utf8'));
  const pages = manifest.pages.map((page) => {
    const labelFile = join(CORPUS_DIR, 'labels', `${page.id}.json`);
    const labels = existsSync(labelFile) ? JSON.parse(readFileSync(labelFile, 'utf8')) : null;
    return { ...page, labels };
  });
  return { pages, dataset, entities: entityIndex(dataset) };
}

const norm = (s) => s.replace(/[\u00ad\u200b-\u200d]/g, '').replace(/[\s\u00a0]+/g, ' ').trim();

/** Alias text (lower case) -> entity ids; entity id -> {type, core, aliases}. */
export function entityIndex(dataset) {
  const byAlias = new Map();
  const byId = new Map();
  for (const e of dataset.entities) {
    // Core unless the dataset marks the entity peripheral, as the extension reads it.
    byId.set(e.id, { id: e.id, type: e.type, core: e.peripheral !== true, aliases: e.aliases, name: e.name });
    for (const a of [{ text: e.name }, ...e.aliases]) {
      const key = norm(a.text).toLowerCase();
      byAlias.set(key, [...new Set([...(byAlias.get(key) ?? []), e.id])]);
    }
  }
  return { byAlias, byId };
}

/** The entity a painted text stands for: its alias, else the entity of its type sharing a word with it. */
export function attribute(entities, text, type) {
  const exact = entities.byAlias.get(norm(text).toLowerCase());
  if (exact?.length === 1) return exact[0];
  const words = new Set(norm(text).toLowerCase().split(/[\s,.;:()/-]+/).filter((w) => w.length > 1));
  const candidates = [...entities.byId.values()].filter(
    (e) => e.type === type && [{ text: e.name }, ...e.aliases].some((a) => norm(a.text).toLowerCase().split(/[\s-]+/).some((w) => words.has(w))),
  );
  return candidates.length === 1 ? candidates[0].id : `?${type}:${norm(text)}`;
}

/**
 * Runs in the page: the document's text as one string (its text nodes in order, open shadow roots
 * after their host's children) and every range the lens paints, as offsets into that string.
 */
export function readPaintedInPage(types) {
  const nodes = [];
  const collect = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeType === 3) nodes.push(n);
      else if (n.shadowRoot) collect(n.shadowRoot);
    }
  };
  collect(document.body ?? document.documentElement);
  const starts = new Map();
  const zones = [];
  let text = '';
  for (const n of nodes) {
    starts.set(n, text.length);
    const zone = n.parentElement?.closest('pre') ? 'pre' : n.parentElement?.closest('code, kbd, samp') ? 'code' : n.parentElement?.closest('a') ? 'link' : '';
    if (zone && n.data.length) zones.push({ start: text.length, end: text.length + n.data.length, zone });
    text += n.data;
  }
  const offset = (node, off) => {
    if (node.nodeType === 3) return starts.has(node) ? starts.get(node) + off : -1;
    // An element boundary: the start of its off-th child's first text, or the end of its text.
    const child = node.childNodes[off];
    const probe = child ?? node;
    const w = document.createTreeWalker(probe, NodeFilter.SHOW_TEXT);
    const first = w.nextNode();
    return first && starts.has(first) ? starts.get(first) : -1;
  };
  const painted = [];
  for (const [name, highlight] of CSS.highlights) {
    const type = types.find((t) => name === `ail-${t}`);
    if (!type) continue;
    for (const r of highlight) {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      painted.push({ type, text: live.toString(), start: offset(r.startContainer, r.startOffset), end: offset(r.endContainer, r.endOffset) });
    }
  }
  painted.sort((a, b) => a.start - b.start);
  return { text, painted, zones };
}

/**
 * Scrolls to `y` and waits until the paint window has reported what came near. Its observer looks at
 * each element at most every 100 ms (WINDOW_DELAY_MS in lib/page/paint/window.ts), and the last stop
 * was less than that ago: the report can come up to 100 ms after the scroll, so the wait is the two
 * frames and then 130 ms.
 */
function scrollAndSettle(y) {
  return new Promise((done) => {
    window.scrollTo(0, y);
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 130)));
  });
}

/**
 * One pass down the page, a window's worth at a time (the lens registers only the ranges on or near
 * the screen, reaching one screen above and below): what is painted at each stop, merged.
 */
async function paintedByScrolling(page) {
  const { total, view } = await page.evaluate(() => ({ total: document.documentElement.scrollHeight, view: window.innerHeight }));
  const merged = new Map();
  let result = null;
  for (let y = 0; ; y += view * 2) {
    await page.evaluate(scrollAndSettle, y);
    result = await page.evaluate(readPaintedInPage, TYPES);
    for (const p of result.painted) merged.set(`${p.type}:${p.start}:${p.end}`, p);
    if (y + view * 2 >= total) break;
  }
  await page.evaluate(scrollAndSettle, 0);
  return { ...result, painted: [...merged.values()].sort((a, b) => a.start - b.start) };
}

/**
 * Loads `url`, waits until what the lens paints stops changing, and returns the page's text and
 * paint: every range painted where the person would see it, the page scrolled through from top to
 * bottom, until two passes agree.
 */
export async function measurePage(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  let last = null;
  let stable = 0;
  let result = null;
  // Detection works in slices after load: pass again until the painted set holds still.
  for (let i = 0; i < 30 && stable < 2; i++) {
    await page.waitForTimeout(i === 0 ? 800 : 250);
    result = await paintedByScrolling(page);
    const key = result.painted.map((p) => `${p.type}:${p.start}:${p.end}`).join(',');
    stable = key === last ? stable + 1 : 0;
    last = key;
  }
  return result;
}

/** Finds the character span of each label: the n-th occurrence of its text (whitespace-tolerant). */
export function resolveLabels(text, labels) {
  const spans = [];
  const problems = [];
  for (const label of labels) {
    const pattern = label.text.split(/\s+/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\u00a0]*');
    const re = new RegExp(pattern, 'g');
    let n = 0;
    let m;
    let span = null;
    while ((m = re.exec(text))) {
      n++;
      if (n === (label.occurrence ?? 1)) {
        span = { start: m.index, end: m.index + m[0].length };
        break;
      }
    }
    if (span) spans.push({ ...label, ...span });
    else problems.push(`label not found: ${label.entity} "${label.text}" #${label.occurrence ?? 1}`);
  }
  return { spans, problems };
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;

/**
 * Scores one page about AI. Expected mentions are matched to painted ranges of the same entity that
 * overlap them. Each bucket ({core|peripheral} x {confident|ambiguous}) gets tp/fn/fp.
 */
export function scorePage(entities, measured, labels) {
  const { spans, problems } = resolveLabels(measured.text, labels.mentions);
  // Text inside <pre> code blocks is neither expected nor counted against the lens (reported apart).
  const inCode = (p) => (measured.zones ?? []).some((z) => z.zone === 'pre' && z.start <= p.start && p.start < z.end);
  const all = measured.painted.map((p) => ({ ...p, entity: attribute(entities, p.text, p.type) }));
  const painted = all.filter((p) => !inCode(p));
  const buckets = {};
  const bucket = (core, ambiguous) => {
    const key = `${core ? 'core' : 'peripheral'}/${ambiguous ? 'ambiguous' : 'confident'}`;
    return (buckets[key] ??= { tp: 0, fn: 0, fp: 0 });
  };
  const isCore = (id) => entities.byId.get(id)?.core ?? true;
  const misses = [];
  const wrong = [];
  const used = new Set();
  for (const s of spans) {
    const hit = painted.findIndex((p) => p.entity === s.entity && overlaps(p, s));
    if (hit >= 0) used.add(hit);
    bucket(isCore(s.entity), !!s.ambiguous)[hit >= 0 ? 'tp' : 'fn']++;
    if (hit < 0) misses.push({ entity: s.entity, text: s.text, occurrence: s.occurrence ?? 1, context: context(measured.text, s) });
  }
  painted.forEach((p, i) => {
    if (used.has(i)) return;
    const label = spans.find((s) => overlaps(p, s));
    if (label && label.entity === p.entity) return; // a second range on a recalled mention
    const ambiguous = label ? !!label.ambiguous : aliasIsAmbiguous(entities, p);
    bucket(isCore(p.entity), ambiguous).fp++;
    wrong.push({ entity: p.entity, text: norm(p.text), context: context(measured.text, p) });
  });
  return { buckets, misses, wrong, problems, inCodeBlocks: all.length - painted.length };
}

function aliasIsAmbiguous(entities, painted) {
  const e = entities.byId.get(painted.entity);
  if (!e) return true;
  const alias = e.aliases.find((a) => norm(a.text).toLowerCase() === norm(painted.text).toLowerCase());
  return alias ? !!alias.requires : true;
}

function context(text, span) {
  const start = Math.max(0, span.start - 50);
  return norm(`${text.slice(start, span.start)}[${text.slice(span.start, span.end)}]${text.slice(span.end, span.end + 50)}`);
}

/** Adds bucket counts up; `keys` filters bucket names by prefix/suffix (e.g. 'core/'). */
export function totals(pageScores, filter = () => true) {
  const t = { tp: 0, fn: 0, fp: 0 };
  for (const s of pageScores) {
    for (const [key, b] of Object.entries(s.buckets)) {
      if (!filter(key)) continue;
      t.tp += b.tp;
      t.fn += b.fn;
      t.fp += b.fp;
    }
  }
  return { ...t, recall: ratio(t.tp, t.tp + t.fn), precision: ratio(t.tp, t.tp + t.fp) };
}

const ratio = (a, b) => (b === 0 ? 1 : a / b);

/** Candidate mentions for labelling: every case-insensitive alias occurrence with its context. */
export function candidates(entities, text, zones = []) {
  const out = [];
  for (const [alias, ids] of entities.byAlias) {
    if (alias.length < 2) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s\\u00a0]*')}(?![\\p{L}\\p{N}])`, 'giu');
    let m;
    while ((m = re.exec(text))) out.push({ ids, text: m[0], start: m.index, end: m.index + m[0].length });
  }
  out.sort((a, b) => a.start - b.start);
  return out.map((c) => {
    const exactRe = new RegExp(c.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').split(/\s+/).join('[\\s\\u00a0]*'), 'g');
    let n = 0;
    let m;
    while ((m = exactRe.exec(text)) && m.index <= c.start) n++;
    const zone = zones.find((z) => z.start <= c.start && c.start < z.end)?.zone ?? '';
    return { ...c, occurrence: n, zone, before: text.slice(Math.max(0, c.start - 12), c.start), after: text.slice(c.end, c.end + 14), context: context(text, c) };
  });
}
