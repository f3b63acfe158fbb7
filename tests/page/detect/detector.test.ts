import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDetector, type LensDetector } from '../../../lib/page/detect';
import type { Dataset } from '../../../lib/core/dataset/types';
import mini from '../../fixtures/mini-dataset.json';

const dataset = mini as Dataset;
let detector: LensDetector | undefined;

afterEach(() => {
  detector?.dispose();
  detector = undefined;
  document.body.innerHTML = '';
});

async function start(html: string): Promise<LensDetector> {
  document.body.innerHTML = html;
  detector = createDetector({ dataset });
  detector.setActive(true);
  await detector.settled();
  return detector;
}

const texts = (d: LensDetector) => d.mentions().map((m) => `${m.entityId}:${m.text}`);

describe('createDetector', () => {
  it('lists mentions in document order with ranges over the page text', async () => {
    const d = await start('<p>OpenAI and <b>Claude</b> Code.</p><p>Anthropic</p>');
    expect(texts(d)).toEqual(['openai:OpenAI', 'claude-code:Claude Code', 'anthropic:Anthropic']);
    const range = d.mentions()[1].range;
    expect(range.toString()).toBe('Claude Code');
    expect(range.startContainer.textContent).toBe('Claude');
  });

  it('makes a Range for a name only when that name is asked for it, not when it counts or is looked for', async () => {
    document.body.innerHTML = '<p>OpenAI and Anthropic.</p><p id="second">Claude Code and OpenAI</p>';
    const query = document.createRange();
    query.selectNodeContents(document.getElementById('second')!);
    const createRange = vi.spyOn(document, 'createRange');
    detector = createDetector({ dataset });
    detector.setActive(true);
    await detector.settled();
    expect(texts(detector)).toEqual(['openai:OpenAI', 'anthropic:Anthropic', 'claude-code:Claude Code', 'openai:OpenAI']);
    expect(createRange).not.toHaveBeenCalled();
    // The names in a selection are found point by point.
    expect(detector.mentionsIn(query).map((m) => m.text)).toEqual(['Claude Code', 'OpenAI']);
    expect(createRange).not.toHaveBeenCalled();
    // "Show me" makes the range of the one it shows.
    expect(detector.reveal('openai')).toEqual({ index: 0, count: 2 });
    expect(createRange).toHaveBeenCalledTimes(1);
    expect(detector.mentions()[2].range.toString()).toBe('Claude Code');
    expect(createRange).toHaveBeenCalledTimes(2);
    createRange.mockRestore();
  });

  it('counts a surname only while the full name is on the page', async () => {
    const d = await start('<p id="a">Altman spoke.</p>');
    expect(texts(d)).toEqual([]);
    document.body.insertAdjacentHTML('beforeend', '<p id="full">Sam Altman runs OpenAI.</p>');
    await d.settled();
    expect(texts(d)).toEqual(['sam-altman:Altman', 'sam-altman:Sam Altman', 'openai:OpenAI']);
    document.getElementById('full')!.remove();
    await d.settled();
    expect(texts(d)).toEqual([]);
  });

  it('picks up added text, edited text, removed text and regions made editable', async () => {
    const d = await start('<div id="feed"><p id="one">OpenAI</p></div><div id="ed">Anthropic</div>');
    const listener = vi.fn();
    d.subscribe(listener);
    document.getElementById('feed')!.insertAdjacentHTML('beforeend', '<article><p>Claude Code</p></article>');
    await d.settled();
    expect(texts(d)).toEqual(['openai:OpenAI', 'claude-code:Claude Code', 'anthropic:Anthropic']);
    expect(listener).toHaveBeenCalled();

    document.getElementById('one')!.firstChild!.textContent = 'Anthropic';
    document.querySelector('article')!.remove();
    document.getElementById('ed')!.setAttribute('contenteditable', 'true');
    await d.settled();
    expect(texts(d)).toEqual(['anthropic:Anthropic']);
  });

  it('reads a large appended batch once, root by root, and none of it inside an editor', async () => {
    const d = await start('<div id="feed"></div><div id="editor" contenteditable="true"></div>');
    const feed = document.getElementById('feed')!;
    const editor = document.getElementById('editor')!;
    // More roots than one look at the clock covers, in two parents: one read, one skipped.
    for (let i = 0; i < 60; i++) {
      for (const parent of [feed, editor]) {
        const p = document.createElement('p');
        p.textContent = i % 2 ? `Item ${i}: Anthropic` : `Item ${i}: nothing`;
        parent.append(p);
      }
    }
    await d.settled();
    const found = d.mentions();
    expect(found).toHaveLength(30);
    expect(found.every((m) => feed.contains(m.range.startContainer))).toBe(true);
    expect(new Set(found.map((m) => m.range.startContainer)).size).toBe(30);
  });

  it('forgets what a paragraph said when its text changes to hold no name', async () => {
    const d = await start('<p id="one">OpenAI</p><p id="two">Anthropic and Claude Code</p>');
    document.getElementById('one')!.firstChild!.nodeValue = 'nothing here';
    (document.getElementById('two')!.firstChild as Text).data = 'nothing there';
    await d.settled();
    expect(texts(d)).toEqual([]);
    // Text that was never a name, changed into one, is found (read whole: nothing under it was known).
    document.getElementById('two')!.firstChild!.nodeValue = 'Claude Code';
    await d.settled();
    expect(texts(d)).toEqual(['claude-code:Claude Code']);
  });

  it('forgets a name whose text nodes the page moved apart into new paragraphs', async () => {
    const d = await start('<p id="c"><b>Claude</b> Code</p><div id="other"></div>');
    expect(texts(d)).toEqual(['claude-code:Claude Code']);
    const c = document.getElementById('c')!;
    const [claude, code] = [c.firstChild!.firstChild!, c.lastChild!];
    const first = document.createElement('p');
    first.append(claude);
    const second = document.createElement('p');
    second.append(code);
    document.getElementById('other')!.append(first, second);
    c.remove();
    await d.settled();
    expect(texts(d)).toEqual([]);
    // Moved back together, they are one name again.
    first.append(code);
    await d.settled();
    expect(texts(d)).toEqual(['claude-code:Claude Code']);
  });

  it('splits a run when a block is added inside an inline element of it, and joins it when the block goes', async () => {
    const d = await start('<p>Claude <b id="b"></b>Code</p>');
    expect(texts(d)).toEqual(['claude-code:Claude Code']);
    const block = document.createElement('div');
    block.textContent = 'aside';
    document.getElementById('b')!.append(block);
    await d.settled();
    expect(texts(d)).toEqual([]);
    block.remove();
    await d.settled();
    expect(texts(d)).toEqual(['claude-code:Claude Code']);
  });

  it('rejoins a run when an inline element is added inside it', async () => {
    const d = await start('<p id="p">Claude <span id="s"></span></p>');
    expect(texts(d)).toEqual([]);
    document.getElementById('s')!.textContent = 'Code';
    await d.settled();
    expect(texts(d)).toEqual(['claude-code:Claude Code']);
  });

  it('summarises per entity, filtered by the enabled types, and clears when inactive', async () => {
    const d = await start('<p>OpenAI, OpenAI and Claude Code.</p>');
    expect(d.summary()).toMatchObject({
      active: true,
      total: 3,
      entities: [
        { entityId: 'openai', type: 'company', count: 2 },
        { entityId: 'claude-code', type: 'product', count: 1 },
      ],
    });
    d.setPaintOptions({ enabledTypes: { ...d.paintOptions.enabledTypes, company: false } });
    expect(d.summary().total).toBe(1);
    expect(texts(d)).toEqual(['claude-code:Claude Code']);
    d.setActive(false);
    expect(d.summary()).toMatchObject({ active: false, total: 0, entities: [] });
  });

  it('finds the mentions a range touches', async () => {
    const d = await start('<p id="p">OpenAI and Anthropic and Claude Code</p>');
    const text = document.getElementById('p')!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 8); // inside "and", before Anthropic
    range.setEnd(text, 14); // inside "Anthropic"
    expect(d.mentionsIn(range).map((m) => m.entityId)).toEqual(['anthropic']);
    range.collapse(true);
    range.setStart(text, 2);
    range.setEnd(text, 2);
    expect(d.mentionsIn(range).map((m) => m.entityId)).toEqual(['openai']);
  });

  it('cycles through an entity’s mentions on reveal', async () => {
    const d = await start('<p>OpenAI</p><p>OpenAI again</p>');
    expect(d.reveal('openai')).toEqual({ index: 0, count: 2 });
    expect(d.reveal('openai')).toEqual({ index: 1, count: 2 });
    expect(d.reveal('openai')).toEqual({ index: 0, count: 2 });
    expect(d.reveal('nobody')).toEqual({ index: -1, count: 0 });
  });

  it('hit-tests a point with the caret API, confirmed by the range’s boxes', async () => {
    const d = await start('<p id="p">Hello OpenAI</p>');
    const text = document.getElementById('p')!.firstChild!;
    const mention = d.mentions()[0];
    // happy-dom has no layout: stand in for the caret API and the range's boxes.
    const caretAt = vi.fn(() => ({ offsetNode: text, offset: 8 }));
    const doc = document as unknown as { caretPositionFromPoint?: typeof caretAt };
    doc.caretPositionFromPoint = caretAt;
    const box = { left: 100, right: 160, top: 10, bottom: 30 };
    mention.range.getClientRects = () => [box] as unknown as DOMRectList;
    expect(d.mentionAt(120, 20)?.entityId).toBe('openai');
    // The caret snaps to the nearest text even from empty space: the box says no.
    expect(d.mentionAt(400, 20)).toBeNull();
    caretAt.mockReturnValue({ offsetNode: text, offset: 2 });
    expect(d.mentionAt(20, 20)).toBeNull();
    delete doc.caretPositionFromPoint;
  });
});
