/**
 * Generated benchmark pages (seeded, so every run reads the same text): a news article of about
 * 300 KB, a 5 MB page of about 100,000 text nodes, 2 MB with no name at all, and a page that keeps
 * appending items.
 */
import { seeded } from '../../tests/support/random.mjs';

const WORDS = (
  'the a of to and in that it for on with as was at by an be this from or have not are but had ' +
  'they which you were their one all we can her has there been if more when will would who so no ' +
  'market report cursor notion jam window server river table garden people year time week city ' +
  'company team product release price growth plan board letter build test data result change ' +
  'number story level screen model code tool agent line paper office street music light policy'
).split(' ');

const MENTIONS = [
  'OpenAI', 'Anthropic', 'Claude Code', 'OpenAI Codex', 'GitHub Copilot', 'ChatGPT', 'Sam Altman',
  'Greg Brockman', 'GPT-5.3-Codex', 'Claude Opus 4.6', 'Google DeepMind', 'Microsoft', 'GitHub',
  'vibe coding', 'AI coding agents', 'Midjourney', 'GPT-4', 'Wall Street Journal',
];
const AMBIGUOUS = ['Cursor', 'Windsurf', 'Codex', 'Copilot', 'Claude'];

function words(random, n) {
  let out = '';
  for (let i = 0; i < n; i++) out += (i ? ' ' : '') + WORDS[Math.floor(random() * WORDS.length)];
  return out;
}

const pick = (random, list) => list[Math.floor(random() * list.length)];

function page(title, body, script = '') {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font:16px/1.5 Georgia,serif;max-width:48rem;margin:2rem auto;padding:0 1rem} .meta{color:#666}</style>
</head><body>${body}${script}</body></html>`;
}

/** A long article: headings, paragraphs with links and emphasis, a name every ~150 characters. */
export function newsPage(targetBytes = 300_000) {
  const random = seeded(1);
  const parts = ['<article><h1>The AI coding race, week by week</h1><p class="meta">By a reporter</p>'];
  let size = 0;
  let section = 0;
  while (size < targetBytes) {
    if (section++ % 8 === 0) parts.push(`<h2>${words(random, 5)} ${pick(random, MENTIONS)}</h2>`);
    let p = '<p>';
    for (let s = 0; s < 5; s++) {
      const r = random();
      const name =
        r < 0.12 ? `${pick(random, AMBIGUOUS)}, the AI coding agent,` : r < 0.75 ? pick(random, MENTIONS) : '';
      p += `${words(random, 8)} ${name} ${words(random, 6)} <a href="#n${size}">${words(random, 2)}</a> ${words(random, 5)}. `;
    }
    p += '</p>';
    parts.push(p);
    size += p.length;
  }
  parts.push('</article>');
  return page('News', parts.join('\n'));
}

/** About 5 MB in about 100,000 text nodes: short inline runs, few names. */
export function bigPage(targetBytes = 5_000_000) {
  const random = seeded(2);
  const parts = [];
  let size = 0;
  let i = 0;
  while (size < targetBytes) {
    const name = i++ % 9 === 0 ? ` ${pick(random, MENTIONS)}` : '';
    const p = `<p>${words(random, 7)}${name} <b>${words(random, 2)}</b> ${words(random, 6)} <a href="#">${words(random, 3)}</a> ${words(random, 5)}</p>\n`;
    parts.push(p);
    size += p.length;
  }
  return page('Big', `<main>${parts.join('')}</main>`);
}

/** About 2 MB of prose that names nothing the dataset knows. */
export function noMentionPage(targetBytes = 2_000_000) {
  const random = seeded(3);
  const parts = [];
  let size = 0;
  while (size < targetBytes) {
    const p = `<p>${words(random, 40)} <i>${words(random, 4)}</i> ${words(random, 30)}.</p>\n`;
    parts.push(p);
    size += p.length;
  }
  return page('Quiet', parts.join(''));
}

/**
 * A feed that appends an item every 50 ms and rewrites a clock every 100 ms, as live pages do; its
 * own work (building and laying out the items) is the yardstick for the extension's share.
 */
export function appendingPage() {
  const script = `<script>
  let n = 0;
  const feed = document.getElementById('feed');
  const clock = document.getElementById('clock');
  const names = ${JSON.stringify(MENTIONS)};
  const words = ${JSON.stringify(WORDS)};
  const w = (k) => Array.from({ length: k }, (_, i) => words[(n * 7 + i * 13) % words.length]).join(' ');
  setInterval(() => {
    const item = document.createElement('article');
    item.innerHTML = '<h3>' + w(4) + '</h3><p>' + w(20) + ' ' + names[n % names.length] + ' ' + w(30) + '</p><p>' + w(40) + '</p>';
    feed.append(item);
    item.getBoundingClientRect();
    n++;
  }, 50);
  setInterval(() => { clock.textContent = new Date().toISOString(); }, 100);
</script>`;
  return page('Feed', '<p>Updated <span id="clock"></span></p><div id="feed"></div>', script);
}

// ---- The pages of the page-cost benchmark (bench/page-cost.bench.mjs), as issue 12 describes them. ----

/** A news article of about 300 KB with about 140 mentions (one name every ~2 KB of prose). */
export function costNewsPage(targetBytes = 300_000, mentions = 150, heading = 'The AI coding race, week by week') {
  const random = seeded(11);
  const parts = [`<article><h1>${heading}</h1><p class="meta">By a reporter</p>`];
  let size = 0;
  let section = 0;
  let named = 0;
  const every = targetBytes / mentions;
  while (size < targetBytes) {
    if (section++ % 8 === 0) parts.push(`<h2>${words(random, 6)}</h2>`);
    let p = '<p>';
    for (let s = 0; s < 5; s++) {
      const due = (size + p.length) / every > named + 1;
      const name = due ? ` ${(named++ % 10 === 9 ? pick(random, AMBIGUOUS) + ', the AI coding agent,' : pick(random, MENTIONS))}` : '';
      p += `${words(random, 9)}${name} ${words(random, 6)} <a href="#n${size}">${words(random, 2)}</a> ${words(random, 5)}. `;
    }
    p += '</p>';
    parts.push(p);
    size += p.length;
  }
  parts.push('</article>');
  return page('News', parts.join('\n'));
}

/**
 * The news article's shape and size with no name in it and a heading about something else: what a
 * page not about AI, most of what a person reads, pays for the extension.
 */
export function costQuietPage(targetBytes = 300_000) {
  return costNewsPage(targetBytes, 0, 'The city council, week by week');
}

/** About 5 MB in about 107,000 text nodes (short inline runs) with about 2,000 mentions. */
export function costBigPage(targetBytes = 5_000_000, mentions = 2_000) {
  const random = seeded(12);
  const parts = [];
  let size = 0;
  let i = 0;
  // About 17,800 paragraphs of six text nodes each (five runs and the line break), a name in every 9th.
  const every = Math.max(1, Math.round(targetBytes / 280 / mentions));
  while (size < targetBytes) {
    const name = i++ % every === 0 ? ` ${pick(random, MENTIONS)}` : '';
    const p = `<p>${words(random, 14)}${name} <b>${words(random, 7)}</b> ${words(random, 12)} <a href="#">${words(random, 7)}</a> ${words(random, 8)}</p>\n`;
    parts.push(p);
    size += p.length;
  }
  return page('Big', `<main>${parts.join('')}</main>`);
}

/**
 * A small article to which a script appends 200 paragraphs every 50 ms for 5 s: 100 batches, 20,000
 * paragraphs, a name in every 10th, so 2,000 mentions. The page stops after its 100th batch rather than
 * after 5 s by the clock, so a run the extension (or a busy machine) slows down still does the same
 * work as one without it. At the end it sets `window.__feedDone` and asks for `/__done` on its own
 * server, which tells the benchmark without anything attached to the page.
 */
export function costFeedPage({ batch = 200, everyMs = 50, batches = 100 } = {}) {
  const random = seeded(13);
  const article = Array.from({ length: 6 }, () => `<p>${words(random, 60)} ${pick(random, MENTIONS)} ${words(random, 30)}</p>`).join('');
  const script = `<script>
  const names = ${JSON.stringify(MENTIONS)};
  const words = ${JSON.stringify(WORDS)};
  const feed = document.getElementById('feed');
  let n = 0;
  const w = (k) => { let s = ''; for (let i = 0; i < k; i++) s += (i ? ' ' : '') + words[(n * 7 + i * 13) % words.length]; return s; };
  let done = 0;
  const timer = setInterval(() => {
    const frag = document.createDocumentFragment();
    for (let i = 0; i < ${batch}; i++, n++) {
      const p = document.createElement('p');
      p.textContent = n % 10 === 0 ? w(12) + ' ' + names[n % names.length] + ' ' + w(12) : w(25);
      frag.append(p);
    }
    feed.append(frag);
    if (++done === ${batches}) { clearInterval(timer); window.__feedDone = n; fetch('/__done').catch(() => {}); }
  }, ${everyMs});
</script>`;
  return page('Feed', `<article><h1>Live: the AI coding race</h1>${article}</article><div id="feed"></div>`, script);
}
