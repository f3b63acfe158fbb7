/**
 * Chrome traces for the page-cost benchmark (recorded from the browser target, bench/lib/cdp.mjs): sum
 * what the page's main thread spent, what of it ran the extension's scripts (the devtools.timeline
 * events carry each script's URL, chrome-extension://... for ours), style recalculation and layout,
 * and the longest task that ran any of our script.
 */

export const CATEGORIES = ['-*', 'toplevel', 'devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline'];

/** Top-level task names across Chrome versions. */
const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'ThreadPool_RunTask']);
const STYLE = new Set(['UpdateLayoutTree', 'RecalculateStyles']);
const LAYOUT = new Set(['Layout']);
/**
 * Painting, after layout: pre-paint (where Chromium also checks the ranges registered in highlights),
 * paint, layerizing and the commit to the compositor. A page with highlights on screen pays some of it
 * for them.
 */
const PAINT = new Set(['PrePaint', 'Paint', 'Layerize', 'Commit']);
/**
 * Where followed elements are, worked out for IntersectionObservers after layout (ours follows the
 * elements holding names, lib/page/paint/window.ts): native work that no script event contains.
 */
const INTERSECTIONS = 'IntersectionObserverController::computeIntersections';
/**
 * Promise callbacks (and MutationObserver callbacks, which run inside them and do name their script).
 * Until 7 December 2026 (fifth session) they were not counted as ours: our start-up after its first
 * await (the features, the detector, the first settings) ran there, 17 ms of the news page.
 */
const MICROTASKS = 'RunMicrotasks';
/** Events whose URL says whose script ran. */
const SCRIPT = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'TimerFire', 'FireIdleCallback', 'EventDispatch', 'v8.run']);

/** The URL of the script an event ran, if it names one. */
export function scriptUrl(event) {
  const data = event.args?.data ?? event.args?.beginData;
  if (!data) return event.args?.fileName;
  return data.url || data.scriptName || data.stackTrace?.[0]?.url || data.fileName;
}

/** The union of [start, end) intervals as disjoint ones, in order (nested events merged). */
function merged(intervals) {
  const out = [];
  for (const [s, e] of [...intervals].sort((a, b) => a[0] - b[0])) {
    const last = out.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** Sum of the union of [start, end) intervals (nested events count once). */
function unionMs(intervals) {
  let total = 0;
  for (const [s, e] of merged(intervals)) total += e - s;
  return total / 1000;
}

/**
 * The renderer main thread that loaded `origin`: the CrRendererMain whose events name a URL on it
 * (ParseHTML, a navigation, a script), and of those the busiest.
 */
function pageThread(events, origin) {
  const names = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') names.set(`${e.pid}:${e.tid}`, 0);
  const loaded = new Set();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (!names.has(key)) continue;
    if (e.ph === 'X' && TASKS.has(e.name)) names.set(key, names.get(key) + (e.dur ?? 0));
    const url = scriptUrl(e) ?? e.args?.data?.documentLoaderURL;
    if (typeof url === 'string' && url.startsWith(origin)) loaded.add(key);
  }
  const candidates = [...names].filter(([key]) => loaded.has(key)).sort((a, b) => b[1] - a[1]);
  if (candidates.length === 0) throw new Error(`No renderer main thread loaded ${origin} in the trace`);
  return candidates[0][0];
}

/**
 * What the page's main thread did in a trace, in thread CPU time (`tts`/`tdur`, so time the thread
 * spent descheduled on a busy machine does not count; wall time where a trace has no thread clock).
 * `extensionMs`: time in our scripts (compile, evaluation, callbacks) and in promise callbacks
 * (`RunMicrotasks`: they carry no script URL, and our start-up runs in them, after its first await;
 * the pages measured here have none of their own, which `microtaskMs` of a run without the extension
 * shows), `microtaskMs` the promise callbacks alone, `extensionCompileMs` the part
 * that compiled them (a content script is compiled afresh in every frame); `longestExtensionTaskMs`: the
 * longest top-level task that ran any of it (`longestExtensionTaskWallMs`: the same in wall time);
 * `paintMs`: pre-paint, paint, layerizing and commit; `intersectionsMs`: IntersectionObservers' work after layout (the page's own observers too, so the
 * figure without the extension is the page's); `scriptMs[name]`: time in a script whose URL ends with
 * `name` (the bare walk).
 */
export function analyseTrace(events, origin, scripts = []) {
  const key = pageThread(events, origin);
  const tasks = [];
  const ours = [];
  const style = [];
  const layout = [];
  const paint = [];
  const otherScript = [];
  const compile = [];
  const intersections = [];
  const microtasks = [];
  const named = Object.fromEntries(scripts.map((name) => [name, []]));
  const wallOf = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || `${e.pid}:${e.tid}` !== key || e.dur === undefined) continue;
    const span = e.tts !== undefined && e.tdur !== undefined ? [e.tts, e.tts + e.tdur] : [e.ts, e.ts + e.dur];
    if (TASKS.has(e.name)) {
      tasks.push(span);
      wallOf.set(span, e.dur / 1000);
    }
    else if (STYLE.has(e.name)) style.push(span);
    else if (LAYOUT.has(e.name)) layout.push(span);
    else if (PAINT.has(e.name)) paint.push(span);
    else if (e.name === INTERSECTIONS) intersections.push(span);
    else if (e.name === MICROTASKS) microtasks.push(span);
    else if (SCRIPT.has(e.name)) {
      const url = scriptUrl(e);
      // A module evaluated in an isolated world (the content script's module: its trace event names the
      // world, not the script) is an extension's: the page's own world is 0.
      if ((typeof url === 'string' && url.startsWith('chrome-extension://')) || (e.name === 'v8.evaluateModule' && e.args?.worldId)) {
        ours.push(span);
        if (e.name === 'v8.compile') compile.push(span);
      }
      else if (url) otherScript.push(span);
      for (const name of scripts) if (typeof url === 'string' && url.endsWith(name)) named[name].push(span);
    }
  }
  // Our spans, minus page script that our code called into (rare: a page getter) is ignored: ours wins.
  // Promise callbacks are ours too (MICROTASKS above); our callbacks inside them count once. Merged:
  // disjoint and in order, so their ends are in order too (nested events would break the search).
  const sortedOurs = merged(ours.concat(microtasks));
  let longest = 0;
  let longestWall = 0;
  for (const span of tasks) {
    const [s, e] = span;
    // Binary search for the first of our spans that ends after the task starts.
    let lo = 0;
    let hi = sortedOurs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sortedOurs[mid][1] <= s) lo = mid + 1;
      else hi = mid;
    }
    if (lo < sortedOurs.length && sortedOurs[lo][0] < e) {
      longest = Math.max(longest, (e - s) / 1000);
      longestWall = Math.max(longestWall, wallOf.get(span) ?? 0);
    }
  }
  return {
    mainMs: unionMs(tasks),
    extensionMs: unionMs(sortedOurs),
    extensionCompileMs: unionMs(compile),
    microtaskMs: unionMs(microtasks),
    styleMs: unionMs(style),
    layoutMs: unionMs(layout),
    paintMs: unionMs(paint),
    intersectionsMs: unionMs(intersections),
    longestExtensionTaskMs: longest,
    longestExtensionTaskWallMs: longestWall,
    scriptMs: Object.fromEntries(Object.entries(named).map(([name, spans]) => [name, unionMs(spans)])),
  };
}
