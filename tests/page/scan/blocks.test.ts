import { afterEach, describe, expect, it } from 'vitest';
import { readTextOnly, walkBlocks, type BlockWalkHooks, type TextBlock } from '../../../lib/page/scan';
import { NOT_READ_WHOLE } from '../../../lib/page/scan/elements';
import { seeded } from '../../support/random.mjs';

afterEach(() => {
  document.body.innerHTML = '';
});

function blocksOf(html: string, root: Node = document.body): string[] {
  document.body.innerHTML = html;
  const found: TextBlock[] = [];
  const walk = walkBlocks(root, { onBlock: (b) => void found.push(b) });
  expect(walk.step(Infinity)).toBe(true);
  return found.map((b) => b.text);
}

describe('walkBlocks', () => {
  it('joins text across inline elements, <wbr> and <br> (as a line break), not across blocks', () => {
    expect(blocksOf('<p><b>Claude</b> Code and Chat<wbr>GPT</p><p>next</p>')).toEqual([
      'Claude Code and ChatGPT',
      'next',
    ]);
    expect(blocksOf('<p>one<br>two</p><div>a<p>b</p>c</div>')).toEqual(['one\ntwo', 'a', 'b', 'c']);
    expect(blocksOf('<ul><li>ChatGPT</li><li>Claude Code</li></ul><table><tr><td>x</td><td>y</td></tr></table>')).toEqual([
      'ChatGPT',
      'Claude Code',
      'x',
      'y',
    ]);
  });

  it('keeps node offsets so a match maps back to its nodes', () => {
    document.body.innerHTML = '<p>Try <i>Claude</i> Code</p>';
    const found: TextBlock[] = [];
    walkBlocks(document.body, { onBlock: (b) => void found.push(b) }).step(Infinity);
    expect(found[0].starts).toEqual([0, 4, 10]);
    expect(found[0].nodes.map((n) => n.data)).toEqual(['Try ', 'Claude', ' Code']);
  });

  it('skips scripts, styles, form fields, editable regions, templates, svg and the lens UI', () => {
    expect(
      blocksOf(
        '<p>keep</p><script>no1</script><style>no2</style><textarea>no3</textarea><select><option>no4</option></select>' +
          '<div contenteditable="true">no5</div><div contenteditable="false">keep2</div><template>no6</template>' +
          '<svg><text>no7</text></svg><div data-ai-industry-lens="card">no8</div><noscript>no9</noscript>',
      ),
    ).toEqual(['keep', 'keep2']);
  });

  it('hands over open shadow roots for the caller to walk', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>inside</p>';
    const roots: ShadowRoot[] = [];
    walkBlocks(document.body, { onBlock: () => {}, onShadowRoot: (r) => roots.push(r) }).step(Infinity);
    expect(roots).toEqual([shadow]);
  });

  it('stops at the deadline and resumes where it stopped', () => {
    // The walk looks at the clock every hundred nodes or so (a look is not free): enough paragraphs
    // for several slices.
    document.body.innerHTML = Array.from({ length: 3000 }, (_, i) => `<p>para ${i}</p>`).join('');
    const found: string[] = [];
    let clock = 0;
    const walk = walkBlocks(document.body, { onBlock: (b) => void found.push(b.text), now: () => clock++ });
    let slices = 0;
    while (!walk.step(clock + 1)) slices++;
    expect(slices).toBeGreaterThan(5);
    expect(found).toEqual(Array.from({ length: 3000 }, (_, i) => `para ${i}`));
  });

  it('joins text through nested inline elements, and ends the run at a block inside one', () => {
    document.body.innerHTML =
      '<p>Sam <b>Alt<i>man</i> of</b> Open<span>AI</span></p>' +
      '<p><span>before <div>inside</div> after</span></p>' +
      '<p><b>Claude<br>Code</b> and <a href="#"><em>Cursor</em></a></p>';
    const found: TextBlock[] = [];
    walkBlocks(document.body, { onBlock: (b) => void found.push(b) }).step(Infinity);
    expect(found.map((b) => b.text)).toEqual(['Sam Altman of OpenAI', 'before ', 'inside', ' after', 'Claude\nCode and Cursor']);
  });

  it('reuses its arrays for a run the caller did not keep, and never touches a block it kept', () => {
    document.body.innerHTML = '<p>one <b>two</b> <i><u>three</u></i></p><div>four <a href="#">five</a><p>six</p>seven</div>';
    const kept: TextBlock[] = [];
    const seen: [string, string[], number[]][] = [];
    walkBlocks(document.body, {
      onBlock: (b) => {
        seen.push([b.text, b.nodes.map((n) => n.data), [...b.starts]]);
        if (b.text.includes('two') || b.text.includes('six')) kept.push(b);
        else return false;
      },
    }).step(Infinity);
    expect(seen).toEqual([
      ['one two three', ['one ', 'two', ' ', 'three'], [0, 4, 7, 8]],
      ['four five', ['four ', 'five'], [0, 5]],
      ['six', ['six'], [0]],
      ['seven', ['seven'], [0]],
    ]);
    // The kept blocks are as they were handed over, whatever the walk read after them.
    expect(kept.map((b) => [b.text, b.nodes.map((n) => n.data), b.starts])).toEqual([
      ['one two three', ['one ', 'two', ' ', 'three'], [0, 4, 7, 8]],
      ['six', ['six'], [0]],
    ]);
  });

  it('starts again when the page removed the node it stood on', () => {
    document.body.innerHTML = Array.from({ length: 1000 }, (_, i) => `<p>para ${i}</p>`).join('');
    const found: string[] = [];
    let clock = 0;
    const walk = walkBlocks(document.body, { onBlock: (b) => void found.push(b.text), now: () => clock++ });
    expect(walk.step(clock + 5)).toBe(false);
    document.body.innerHTML = '<p>replaced</p>';
    while (!walk.step(clock + 5));
    expect(found.at(-1)).toBe('replaced');
  });
});

describe('readTextOnly', () => {
  /**
   * What the walk and the shortcut hand over for the root `#r`, as (text, node texts, starts, texts
   * seen). `readBefore`: what the hook says of the root (undefined: no such hook).
   */
  const both = (html: string | (() => void), readBefore?: boolean) => {
    if (typeof html === 'string') document.body.innerHTML = html;
    else html();
    const root = document.getElementById('r')!;
    const read = (use: 'walk' | 'text-only') => {
      const blocks: TextBlock[] = [];
      const seen: string[] = [];
      const asked: Element[] = [];
      const hooks: BlockWalkHooks = { onBlock: (b: TextBlock) => void blocks.push(b), onText: (t: Text) => void seen.push(t.data) };
      if (readBefore !== undefined) hooks.readBefore = (element) => (asked.push(element), readBefore);
      const handled = use === 'text-only' ? readTextOnly(root, hooks) : walkBlocks(root, hooks).step(Infinity);
      return { handled, blocks: blocks.map((b) => [b.text, b.nodes.map((n) => n.data), b.starts]), seen, asked };
    };
    return { walk: read('walk'), textOnly: read('text-only') };
  };
  const SHAPES = ['<p id="r">Anthropic ships Claude</p>', '<span id="r">OpenAI</span>', '<p id="r">  \n </p>'];

  it('reads an element holding one text node as the walk does, each node seen, where text under it may have been read', () => {
    for (const readBefore of [undefined, true]) {
      for (const html of SHAPES) {
        const { walk, textOnly } = both(html, readBefore);
        expect(textOnly.handled).toBe(true);
        expect({ ...textOnly, asked: [] }).toEqual({ ...walk, asked: [] });
        expect(textOnly.seen).toEqual([document.getElementById('r')!.firstChild!.nodeValue]);
      }
      // No child at all, or several text nodes: left to the walk.
      expect(both('<p id="r"></p>', readBefore).textOnly.handled).toBe(false);
      const split = () => {
        document.body.innerHTML = '<p id="r">Claude</p>';
        document.getElementById('r')!.append(' Code');
      };
      expect(both(split, readBefore).textOnly.handled).toBe(false);
    }
  });

  it('reads an element holding only text whole, seeing no node, where none under it was read before', () => {
    const shapes: (string | (() => void))[] = [
      ...SHAPES,
      '<p id="r"></p>',
      // Two text nodes and a comment between them: one run, as the walk reads it.
      () => {
        document.body.innerHTML = '<p id="r">Claude<!-- a note --></p>';
        document.getElementById('r')!.append(' Code', '');
      },
    ];
    for (const html of shapes) {
      const { walk, textOnly } = both(html, false);
      expect(textOnly.handled).toBe(true);
      expect(textOnly.blocks).toEqual(walk.blocks);
      expect(textOnly.seen).toEqual([]);
      expect(textOnly.asked).toEqual([document.getElementById('r')]);
    }
  });

  it('lists the nodes of a block read whole only when they are asked for', () => {
    document.body.innerHTML = '<p id="r">OpenAI ships Codex</p>';
    const root = document.getElementById('r')!;
    let block: TextBlock | null = null;
    readTextOnly(root, { onBlock: (b) => void (block = b), onText: () => {}, readBefore: () => false });
    // The page changes the text after the read: the nodes listed later are the DOM's at that time.
    root.firstChild!.nodeValue = 'changed';
    expect(block!.text).toBe('OpenAI ships Codex');
    expect(block!.nodes.map((n) => n.data)).toEqual(['changed']);
  });

  it('hands over nothing inside a skipped element, and leaves any other shape to the walk', () => {
    for (const readBefore of [undefined, true, false]) {
      for (const html of ['<textarea id="r">OpenAI</textarea>', '<p id="r" contenteditable="true">OpenAI</p>']) {
        const { textOnly } = both(html, readBefore);
        expect([textOnly.handled, textOnly.blocks, textOnly.seen]).toEqual([true, [], []]);
      }
      expect(both('<p id="r">Try <b>Claude</b></p>', readBefore).textOnly.handled).toBe(false);
      expect(both('<p id="r"><b>Claude</b></p>', readBefore).textOnly.handled).toBe(false);
      expect(both('<p id="r">Sam<br>Altman</p>', readBefore).textOnly.handled).toBe(false);
    }
    document.body.innerHTML = 'loose text';
    expect(readTextOnly(document.body.firstChild!, { onBlock: () => {} })).toBe(false);
  });
});

describe('a block of plain text is read whole', () => {
  const TAGS = ['p', 'div', 'li', 'h2', 'td'];
  const INLINE = ['a', 'b', 'i', 'em', 'code', 'small', 'span', 'x-tag', 'br', 'wbr', 'script', 'img'];
  const WORDS = ['OpenAI', 'Claude Code', ' ', '', 'and', '\n', 'Sam\u00a0Altman', 'Codex.'];

  /** A random fragment: blocks holding text and inline elements, some nested, some with what stops a whole read. */
  function fragment(random: () => number, depth: number): string {
    let html = '';
    const parts = 1 + Math.floor(random() * 4);
    for (let i = 0; i < parts; i++) {
      const r = random();
      if (r < 0.35) html += WORDS[Math.floor(random() * WORDS.length)];
      else if (r < 0.75 && depth < 3) {
        const tag = INLINE[Math.floor(random() * INLINE.length)];
        if (tag === 'br' || tag === 'wbr' || tag === 'img') html += `<${tag}>`;
        else if (tag === 'script') html += '<script>var OpenAI = 1;</script>';
        else html += `<${tag}${random() < 0.1 ? ' contenteditable="true"' : ''}>${fragment(random, depth + 1)}</${tag}>`;
      } else if (depth < 3) {
        const tag = TAGS[Math.floor(random() * TAGS.length)];
        html += `<${tag}>${fragment(random, depth + 1)}</${tag}>`;
      }
    }
    return html;
  }

  /** Every non-blank run with its nodes and starts; `nodeByNode` asks for every text node, which turns whole reads off. */
  function runs(nodeByNode: boolean) {
    const out: [string, string[], number[]][] = [];
    const hooks = {
      onBlock: (b: TextBlock) => {
        if (b.text.trim() !== '') out.push([b.text, b.nodes.map((n) => n.data), [...b.starts]]);
        return false;
      },
      ...(nodeByNode ? { onText: () => {} } : {}),
    };
    expect(walkBlocks(document.body, hooks).step(Infinity)).toBe(true);
    return out;
  }

  it('gives the runs, nodes and offsets the node-by-node walk gives (400 random pages)', () => {
    const random = seeded(77);
    let whole = 0;
    for (let n = 0; n < 400; n++) {
      document.body.innerHTML = Array.from({ length: 4 }, () => `<p>${fragment(random, 0)}</p>`).join('');
      expect(runs(false)).toEqual(runs(true));
      // How many blocks the fast path read whole (so the comparison is not between two node-by-node walks).
      for (const block of document.body.querySelectorAll('p, div, li, h2, td')) if (block.querySelector(NOT_READ_WHOLE) === null) whole++;
    }
    expect(whole).toBeGreaterThan(100);
  }, 30_000);

  it('lists a block’s text nodes only when they are asked for, and then with their offsets', () => {
    document.body.innerHTML = '<p>Sam <b>Altman</b> of <a href="#">Open<i>AI</i></a></p><p>nothing</p>';
    const blocks: TextBlock[] = [];
    walkBlocks(document.body, { onBlock: (b) => void blocks.push(b) }).step(Infinity);
    expect(blocks.map((b) => b.text)).toEqual(['Sam Altman of OpenAI', 'nothing']);
    // The text is read from the DOM as it is when the nodes are first asked for (in the same task, by detection).
    expect(blocks[0].nodes.map((n) => n.data)).toEqual(['Sam ', 'Altman', ' of ', 'Open', 'AI']);
    expect(blocks[0].starts).toEqual([0, 4, 10, 14, 18]);
  });

  it('still hands over a shadow root inside a paragraph, and skips an editor inside one', () => {
    document.body.innerHTML = '<p>Before <x-card>light</x-card> and <span>span</span> after</p><p>Edit <b contenteditable="true">OpenAI</b> here</p>';
    document.querySelector('x-card')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Claude Code</p>';
    document.querySelector('span')!.attachShadow({ mode: 'open' }).innerHTML = '<i>Codex</i>';
    const shadows: string[] = [];
    const texts: string[] = [];
    walkBlocks(document.body, { onBlock: (b) => void texts.push(b.text), onShadowRoot: (root) => void shadows.push(root.textContent ?? '') }).step(Infinity);
    expect(shadows).toEqual(['Claude Code', 'Codex']);
    // The editor's text is left out; the run goes on around it, as everywhere.
    expect(texts).toEqual(['Before light and span after', 'Edit  here']);
  });

  it('does not go into an element the page made editable between two slices', () => {
    // 127 empty inline elements, then the block: the walk looks at the clock after its 128th node.
    document.body.innerHTML = `${'<i></i>'.repeat(127)}<div>Hello <span>OpenAI</span> there</div><p>after</p>`;
    const found: string[] = [];
    const walk = walkBlocks(document.body, { onBlock: (b) => void found.push(b.text), now: () => 1 });
    expect(walk.step(0)).toBe(false);
    document.querySelector('div')!.setAttribute('contenteditable', 'true');
    expect(walk.step(Infinity)).toBe(true);
    expect(found).toEqual(['after']);
  });

  it('resumes after a block read whole without reading it again', () => {
    document.body.innerHTML = Array.from({ length: 3000 }, (_, i) => `<p>plain ${i} <b>bold</b></p>`).join('');
    const found: string[] = [];
    let clock = 0;
    const walk = walkBlocks(document.body, { onBlock: (b) => void found.push(b.text), now: () => clock++ });
    let slices = 0;
    while (!walk.step(clock + 1)) slices++;
    expect(slices).toBeGreaterThan(2);
    expect(found).toEqual(Array.from({ length: 3000 }, (_, i) => `plain ${i} bold`));
  });
});
