/**
 * Random changes of the kinds live pages make (new paragraphs, edited text, text nodes moved into new
 * paragraphs, inline elements wrapped and unwrapped, removals), and the check that a detector which
 * read them change by change ends where a fresh read of the final page starts: the same names over
 * the same text nodes, found in the same runs. Plain DOM code, run in a real browser
 * (tests/e2e/incremental.e2e.ts): happy-dom's mutation records of an insertion name no sibling, and
 * detection reads the siblings to tell whether a change joined or split a run of text.
 */
import type { LensDetector } from '../../lib/page/detect';
import { seeded } from './random.mjs';

const PIECES = ['OpenAI', 'Claude', ' Code', 'Claude Code', 'Sam', ' Altman', 'Altman', 'Anthropic', ' and ', 'nothing', 'Codex', ' '];

/**
 * Each mention as name, its text, where its range starts and ends (by node text and offset), and the
 * text nodes of the run it was found in (a run a change should have split or joined shows there).
 */
export function foundOnPage(d: LensDetector): string[] {
  return d.mentions().map((m) => {
    const r = m.range;
    const run = (m as unknown as { block: { nodes: Text[] } }).block.nodes.map((n) => n.data).join('|');
    return `${m.entityId}:${r.toString()}@${r.startContainer.nodeValue}:${r.startOffset}-${r.endContainer.nodeValue}:${r.endOffset} in ${run}`;
  });
}

/** One random change under `root`. */
export function changePage(random: () => number, root: HTMLElement): void {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const doc = root.ownerDocument;
  const texts: Text[] = [];
  const walker = doc.createTreeWalker(root, 0x4);
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  const elements = [...root.querySelectorAll<HTMLElement>('p, b, span')];
  const someElement = () => pick(elements.length > 0 ? elements : [root]);
  const kind = Math.floor(random() * 7);
  if (kind === 0 || texts.length === 0) {
    // New paragraphs, some of plain text, some with an inline element, at the end or inside another.
    const frag = doc.createDocumentFragment();
    for (let i = 1 + Math.floor(random() * 3); i > 0; i--) {
      const p = doc.createElement('p');
      p.textContent = pick(PIECES) + pick(PIECES);
      if (random() < 0.4) {
        const b = doc.createElement(random() < 0.5 ? 'b' : 'span');
        b.textContent = pick(PIECES);
        p.append(b, pick(PIECES));
      }
      frag.append(p);
    }
    (random() < 0.7 ? root : someElement()).append(frag);
  } else if (kind === 1) {
    pick(texts).data = pick(PIECES) + (random() < 0.5 ? pick(PIECES) : '');
  } else if (kind === 2) {
    // A text node moved into a new paragraph, or into another element.
    const text = pick(texts);
    if (random() < 0.5) {
      const p = doc.createElement('p');
      p.append(text);
      root.append(p);
    } else someElement().append(text);
  } else if (kind === 3 && elements.length > 0) {
    pick(elements).remove();
  } else if (kind === 4) {
    // Text wrapped in an inline element where it stands.
    const text = pick(texts);
    const b = doc.createElement('b');
    text.replaceWith(b);
    b.append(text);
  } else if (kind === 5 && elements.length > 0) {
    // An element unwrapped: its children take its place.
    const element = pick(elements);
    element.replaceWith(...element.childNodes);
  } else {
    // A paragraph moved to the end.
    const ps = root.querySelectorAll('p');
    if (ps.length > 0) root.append(pick([...ps]));
  }
}

export interface Divergence {
  seed: number;
  html: string;
  changed: string[];
  fresh: string[];
}

/**
 * For each seed: a small page, `steps` rounds of one or three changes (settled after some rounds, so
 * some changes arrive in one frame's records and some one by one), then the detector's mentions
 * against those of a new detector started on the same final page. The first seed where they differ,
 * or null.
 */
export async function firstDivergence(
  start: (doc: Document) => LensDetector,
  { seeds, steps, doc = document }: { seeds: number; steps: number; doc?: Document },
): Promise<Divergence | null> {
  for (let seed = 1; seed <= seeds; seed++) {
    const random = seeded(seed);
    doc.body.innerHTML = '<main id="root"><p>OpenAI and Anthropic</p><p><b>Claude</b> Code</p><p>Sam Altman</p></main>';
    const root = doc.getElementById('root')!;
    let detector = start(doc);
    try {
      await detector.settled();
      for (let step = 0; step < steps; step++) {
        for (let n = random() < 0.5 ? 1 : 3; n > 0; n--) changePage(random, root);
        if (random() < 0.6) await detector.settled();
      }
      await detector.settled();
      const changed = foundOnPage(detector);
      detector.dispose();
      detector = start(doc);
      await detector.settled();
      const fresh = foundOnPage(detector);
      if (JSON.stringify(changed) !== JSON.stringify(fresh)) return { seed, html: root.innerHTML, changed, fresh };
    } finally {
      detector.dispose();
    }
  }
  return null;
}
