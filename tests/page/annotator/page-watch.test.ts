import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchDomChanges, watchPointer, watchSelectionEnd } from '../../../lib/page/annotator/page-watch';

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

let controller = new AbortController();
afterEach(() => {
  controller.abort();
  controller = new AbortController();
});

describe('watchDomChanges', () => {
  function watch(ignore: (node: Node) => boolean = () => false) {
    const changed = vi.fn();
    watchDomChanges(document.body, changed, controller.signal, ignore, 10, 50);
    return changed;
  }

  it('hears text edited in place (characterData records add no nodes)', async () => {
    document.body.innerHTML = '<p id="p">Cursor grew faster than any developer tool</p>';
    const changed = watch((node) => node instanceof Element && node.localName === 'ail-ui');
    (document.getElementById('p')!.firstChild as Text).data = 'Cursor grew faster than any other developer tool';
    await wait(40);
    expect(changed).toHaveBeenCalledOnce();
  });

  it('hears removals, which add nothing either', async () => {
    document.body.innerHTML = '<p id="a">one</p><p id="b">two</p>';
    const changed = watch((node) => node instanceof Element && node.localName === 'ail-ui');
    document.getElementById('b')!.remove();
    await wait(40);
    expect(changed).toHaveBeenCalledOnce();
  });

  it('ignores changes that only add its own UI, or happen inside it', async () => {
    document.body.innerHTML = '<p>text</p>';
    const own = (node: Node) => node instanceof Element && !!node.closest('ail-ui');
    const changed = watch(own);
    const ui = document.createElement('ail-ui');
    document.body.append(ui);
    await wait(40);
    ui.append(document.createElement('div'));
    await wait(40);
    expect(changed).not.toHaveBeenCalled();
  });
});

describe('events the page makes up', () => {
  it('never end a selection', async () => {
    const ended = vi.fn();
    watchSelectionEnd(ended, controller.signal);
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    document.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift', shiftKey: true, bubbles: true }));
    document.dispatchEvent(new KeyboardEvent('keyup', { key: 'a', ctrlKey: true, bubbles: true }));
    await wait(10);
    expect(ended).not.toHaveBeenCalled();
  });

  it('never move the hover pointer', async () => {
    const moved = vi.fn();
    watchPointer(moved, controller.signal);
    document.dispatchEvent(new PointerEvent('pointermove', { clientX: 10, clientY: 10, bubbles: true }));
    await wait(40);
    expect(moved).not.toHaveBeenCalled();
  });
});
