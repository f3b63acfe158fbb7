/** Page-aware detection in the detector: the page's relevance, kept live, decides the ambiguous names. */
import { afterEach, describe, expect, it } from 'vitest';
import { createDetector, type LensDetector } from '../../../lib/page/detect';
import type { MatcherSource } from '../../../lib/core/match';

const dataset: MatcherSource = {
  contextTerms: ['ai', 'coding agent', 'model'],
  entities: [
    { id: 'openai', type: 'company', aliases: [{ text: 'OpenAI' }] },
    { id: 'anthropic', type: 'company', aliases: [{ text: 'Anthropic', caseSensitive: true }] },
    { id: 'claude-code', type: 'product', aliases: [{ text: 'Claude Code' }] },
    { id: 'google', type: 'company', aliases: [{ text: 'Google', caseSensitive: true }], peripheral: true },
    { id: 'cursor', type: 'product', aliases: [{ text: 'Cursor', caseSensitive: true, requires: 'context' }] },
    {
      id: 'windsurf',
      type: 'product',
      aliases: [{ text: 'Windsurf', caseSensitive: true, requires: 'context', lowerCaseOnAiPages: true }],
    },
    { id: 'codex', type: 'product', aliases: [{ text: 'Codex', caseSensitive: true, requires: 'context' }] },
  ],
};

let detector: LensDetector | undefined;
afterEach(() => {
  detector?.dispose();
  detector = undefined;
  document.body.innerHTML = '';
  document.title = '';
});

async function start(html: string, setup?: (d: LensDetector) => void): Promise<LensDetector> {
  document.body.innerHTML = html;
  detector = createDetector({ dataset });
  setup?.(detector);
  detector.setActive(true);
  await detector.settled();
  return detector;
}
const texts = (d: LensDetector) => d.mentions().map((m) => m.text);
const AI_POSTS = '<p>OpenAI shipped.</p><p>Anthropic answered.</p><p>Claude Code and OpenAI again.</p>';

describe('a page about AI', () => {
  it('lights bare ambiguous names in cells, headings and short posts, and says why', async () => {
    const d = await start(`${AI_POSTS}<table><tr><td>Cursor</td><td>Windsurf</td></tr></table><h2>Cursor</h2>`);
    expect(d.pageIsAboutAi).toBe(true);
    expect(texts(d)).toEqual(['OpenAI', 'Anthropic', 'Claude Code', 'OpenAI', 'Cursor', 'Windsurf', 'Cursor']);
    expect(d.mentions().find((m) => m.text === 'Cursor')!.reason).toBe('page');
    expect(d.mentions()[0].reason).toBe('name');
  });

  it('still leaves out a name whose sentence names the other sense, and lower case where not allowed', async () => {
    const d = await start(`${AI_POSTS}<p>Cursor movement and mouse speed.</p><p>the cursor blinked</p><p>i use windsurf daily</p>`);
    expect(texts(d).slice(4)).toEqual(['windsurf']);
  });

  it('lights peripheral entities there', async () => {
    const d = await start(`${AI_POSTS}<p>Google hired the founders.</p>`);
    expect(texts(d)).toContain('Google');
  });
});

describe('a page not about AI', () => {
  it('keeps bare ambiguous names and peripheral entities quiet', async () => {
    const d = await start('<p>OpenAI was mentioned once.</p><h2>Cursor</h2><p>Google says jam sales peak in June.</p>');
    expect(d.pageIsAboutAi).toBe(false);
    expect(texts(d)).toEqual(['OpenAI']);
  });

  it('finds a single real mention whose own sentence says so, and a peripheral one in an AI sentence', async () => {
    const d = await start(
      '<h1>Windsurf holidays on the lake</h1><p>Windsurf lessons on the beach.</p>' +
        '<p>A guest used Windsurf, the AI coding agent, on rainy days.</p><p>Google released an AI model.</p>',
    );
    expect(texts(d)).toEqual(['Windsurf', 'Google']);
    expect(d.mentions()[0].reason).toBe('context');
  });

  it('follows one sense per discourse: bare uses count once confirmed uses outvote the other sense', async () => {
    const d = await start('<p>We tried Cursor, the AI coding agent.</p><p>Cursor</p>');
    expect(texts(d)).toEqual(['Cursor', 'Cursor']);
    expect(d.mentions()[1].reason).toBe('discourse');
    document.body.insertAdjacentHTML('beforeend', '<p>Cursor and mouse.</p><p>The Cursor blinking, as ever.</p>');
    await d.settled();
    expect(texts(d)).toEqual(['Cursor']);
  });

  it('takes the title as evidence of what the page is about', async () => {
    document.title = 'OpenAI and Anthropic';
    const d = await start('<p>Claude Code</p><td>Cursor</td>');
    expect(d.pageIsAboutAi).toBe(true);
    expect(texts(d)).toEqual(['Claude Code', 'Cursor']);
  });
});

describe('a page that changes', () => {
  it('lights the earlier ambiguous names when the feed turns to AI, and dims them when it goes', async () => {
    const d = await start('<div id="feed"><p>Cursor</p><p>Windsurf?</p></div>');
    expect(texts(d)).toEqual([]);
    const feed = document.getElementById('feed')!;
    feed.insertAdjacentHTML('beforeend', `<div id="ai">${AI_POSTS}</div>`);
    await d.settled();
    expect(d.pageIsAboutAi).toBe(true);
    expect(texts(d)).toEqual(['Cursor', 'Windsurf', 'OpenAI', 'Anthropic', 'Claude Code', 'OpenAI']);
    document.getElementById('ai')!.remove();
    await d.settled();
    expect(texts(d)).toEqual([]);
  });

  it('reads a large appended batch root by root, never the whole page again', async () => {
    const d = await start(`<div id="feed">${AI_POSTS}</div>`);
    const blocksBefore = d.stats().blocks;
    const feed = document.getElementById('feed')!;
    const items = Array.from({ length: 600 }, (_, i) => `<p>item ${i}${i % 100 === 0 ? ' Cursor' : ''}</p>`).join('');
    feed.insertAdjacentHTML('beforeend', items);
    await d.settled();
    expect(texts(d).filter((t) => t === 'Cursor')).toHaveLength(6);
    expect(d.stats().blocks).toBe(blocksBefore + 6);
    // The first posts were not read again: their mentions are the same objects.
    const first = d.mentions()[0];
    feed.insertAdjacentHTML('beforeend', items);
    await d.settled();
    expect(d.mentions()[0]).toBe(first);
  });
});

describe('the "every page" setting', () => {
  it('shows peripheral entities on any page, live, and hides them again', async () => {
    const d = await start('<p>Google says jam sales peak in June.</p><h2>Cursor</h2>');
    expect(texts(d)).toEqual([]);
    d.setEveryPage(true);
    expect(texts(d)).toEqual(['Google']); // ambiguous names still need evidence
    d.setEveryPage(false);
    expect(texts(d)).toEqual([]);
  });
});

describe('"Not this" from the card', () => {
  it('stops a name on the page in any case, live, and brings it back', async () => {
    const d = await start(`${AI_POSTS}<p>Cursor</p><p>CURSOR</p><p>Windsurf</p>`);
    expect(texts(d).slice(4)).toEqual(['Cursor', 'CURSOR', 'Windsurf']);
    d.setMuted(['cursor']);
    expect(texts(d).slice(4)).toEqual(['Windsurf']);
    // A muted name added later stays out too.
    document.body.insertAdjacentHTML('beforeend', '<p>Cursor again</p>');
    await d.settled();
    expect(texts(d).slice(4)).toEqual(['Windsurf']);
    d.setMuted([]);
    expect(texts(d).slice(4)).toEqual(['Cursor', 'CURSOR', 'Windsurf', 'Cursor']);
  });
});

describe('names in the shapes real pages use', () => {
  it('joins a name split by <br>', async () => {
    const d = await start('<div>Claude<br>Code</div><div>Get it on<br>Google</div>');
    expect(texts(d).map((t) => t.replace(/\s+/g, ' '))).toEqual(['Claude Code']);
    expect(d.mentions()[0].range.toString()).toBe('ClaudeCode'); // the range spans the <br>
  });
});

describe('mutual support of ambiguous names', () => {
  it('reads a page naming three different AI tools, none confirmed, as about AI and lights them', async () => {
    const d = await start('<p>Requirements: VS Code, Cursor, Windsurf or any other client.</p><h3>Codex</h3><p>Add the server.</p>');
    expect(d.pageIsAboutAi).toBe(true);
    expect(texts(d)).toEqual(['Cursor', 'Windsurf', 'Codex']);
  });

  it('does not for two of them, nor for one repeated', async () => {
    let d = await start('<p>Requirements: VS Code, Cursor, Windsurf or any other client.</p>');
    expect(d.pageIsAboutAi).toBe(false);
    expect(texts(d)).toEqual([]);
    d.dispose();
    d = await start('<h3>Cursor</h3><p>Cursor</p><p>Cursor, Cursor</p>');
    expect(d.pageIsAboutAi).toBe(false);
    expect(texts(d)).toEqual([]);
  });

  it('does not count a name whose sentence names the other sense', async () => {
    const d = await start('<p>Move the Cursor with the mouse.</p><p>Windsurf lessons on the lake.</p><p>Codex</p>');
    expect(d.pageIsAboutAi).toBe(false);
    expect(texts(d)).toEqual([]);
  });

  it('never counts a peripheral name towards it', async () => {
    const d = await start('<p>Google, Cursor and Windsurf.</p>');
    expect(d.pageIsAboutAi).toBe(false);
    expect(texts(d)).toEqual([]);
  });
});
