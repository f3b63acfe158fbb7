import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Mention } from '../../../lib/page/detect';

// The container (a closed shadow root with the card's styles) is counted, not made: what is tested is when.
const made = vi.hoisted(() => ({ count: 0, shown: [] as string[] }));
vi.mock('../../../lib/page/card/card-container', () => ({
  createCardContainer: async () => {
    made.count++;
    let open = false;
    return {
      show: (_card: unknown, anchor: Range) => {
        open = true;
        made.shown.push(anchor.toString());
      },
      hide: () => void (open = false),
      isOpen: () => open,
      contains: () => false,
      hasFocus: () => false,
      reposition: () => {},
      destroy: () => {},
    };
  },
}));

const { createCardDisplay } = await import('../../../lib/page/card/card-display');

const controllers: AbortController[] = [];
afterEach(() => {
  for (const c of controllers.splice(0)) c.abort();
  made.count = 0;
  made.shown.length = 0;
  document.body.innerHTML = '';
});

function display() {
  const controller = new AbortController();
  controllers.push(controller);
  const ready = vi.fn();
  const shown = createCardDisplay({
    ctx: {} as ContentScriptContext,
    signal: controller.signal,
    render: () => null as never,
    knows: (id) => id !== 'unknown',
    onClose: () => {},
    onReady: ready,
  });
  return { shown, ready, controller };
}

function mention(text = 'OpenAI', entityId = 'openai'): Mention {
  document.body.innerHTML = `<p>${text}</p>`;
  const range = document.createRange();
  range.selectNodeContents(document.querySelector('p')!);
  return { entityId, type: 'company', range } as unknown as Mention;
}

const settle = () => new Promise((done) => setTimeout(done, 0));

describe('the card container is made at the first sign of a person in the frame', () => {
  it('is not made at start, and is made once on the first pointer move, focus or key', async () => {
    const { shown, ready } = display();
    await settle();
    expect(made.count).toBe(0);
    expect(shown.container).toBeNull();
    window.dispatchEvent(new Event('pointermove'));
    window.dispatchEvent(new Event('keydown'));
    await settle();
    expect(made.count).toBe(1);
    expect(shown.container).not.toBeNull();
    expect(ready).toHaveBeenCalledOnce();
    window.dispatchEvent(new Event('focusin'));
    await settle();
    expect(made.count).toBe(1);
  });

  it('opens a card asked for before (a keyboard command) once the container is made', async () => {
    const { shown } = display();
    expect(shown.open(mention('Claude Code', 'claude-code'), { focus: true })).toBe(true);
    expect(made.count).toBe(1);
    await settle();
    expect(made.shown).toEqual(['Claude Code']);
    expect(shown.pinned).toBe(true);
    expect(shown.open(mention('x', 'unknown'), { focus: true })).toBe(false);
  });

  it('drops an early open that a close or a later open came after', async () => {
    const first = display();
    first.shown.open(mention('OpenAI'), { focus: false });
    first.shown.close();
    await settle();
    expect(made.shown).toEqual([]);
    const second = display();
    second.shown.open(mention('Codex', 'codex'), { focus: false });
    second.shown.open(mention('Cursor', 'cursor'), { focus: false });
    await settle();
    expect(made.shown).toEqual(['Cursor']);
  });

  it('makes nothing after the frame stopped', async () => {
    const { controller } = display();
    controller.abort();
    window.dispatchEvent(new Event('pointermove'));
    await settle();
    expect(made.count).toBe(0);
  });
});
