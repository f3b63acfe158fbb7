import { describe, expect, it } from 'vitest';
import { holdKeys, installKeyGuard, typeKey } from '../../../lib/page/key-guard';
import { LENS_UI_ATTRIBUTE } from '../../../lib/page/scan';
import { trusted } from '../../support/trusted';

const key = (k: string, mods: Partial<Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'altKey' | 'isComposing'>> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  isComposing: false,
  ...mods,
});

describe('the keys held before the editor has focus', () => {
  it('become the text they would have typed', () => {
    const typed = ['H', 'i', ' ', 'é', '😀', 'Enter', 'x', 'Backspace', 'Shift', 'Tab', 'ArrowLeft'].reduce((text, k) => typeKey(text, key(k)), '');
    expect(typed).toBe('Hi é😀\n');
    // A command types nothing (Ctrl+S, Cmd+A); AltGr (Ctrl+Alt) does; a key inside a composition is the IME's.
    expect(typeKey('a', key('s', { ctrlKey: true }))).toBe('a');
    expect(typeKey('a', key('a', { metaKey: true }))).toBe('a');
    expect(typeKey('a', key('€', { ctrlKey: true, altKey: true }))).toBe('a€');
    expect(typeKey('a', key('k', { isComposing: true }))).toBe('a');
    // Backspace takes a whole character, not half of one.
    expect(typeKey('a😀', key('Backspace'))).toBe('a');
  });

  it('never takes a key the page dispatched itself, and holds nothing once released', () => {
    installKeyGuard(window);
    installKeyGuard(window); // Once per frame, however often it runs.
    const heard: string[] = [];
    window.addEventListener('keydown', (event) => heard.push(event.key), true);
    const hold = holdKeys();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    expect(heard).toEqual(['a']);
    expect(hold.take()).toBe('');
    hold.release();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'b' }));
    expect(heard).toEqual(['a', 'b']);
  });

  it('holds what the person types from the page, and lets go when the person goes back to the page', () => {
    installKeyGuard(window);
    const heard: string[] = [];
    const listen = (event: Event) => heard.push(event.type + ':' + ((event as KeyboardEvent).key ?? ''));
    window.addEventListener('keydown', listen, true);
    window.addEventListener('input', listen, true);
    const button = document.createElement('button');
    const ours = document.createElement('div');
    ours.setAttribute(LENS_UI_ATTRIBUTE, 'annotator');
    document.body.append(button, ours);

    const hold = holdKeys();
    window.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'h' })));
    window.dispatchEvent(trusted(new InputEvent('input')));
    window.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'i' })));
    // A press on our own UI, or focus entering it (the editor's frame), is not the page: still held.
    ours.dispatchEvent(trusted(new MouseEvent('mousedown', { bubbles: true })));
    ours.dispatchEvent(trusted(new FocusEvent('focusin', { bubbles: true })));
    window.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: '!' })));
    // An input method's keys type nothing on their own; what it composed goes in when it ends.
    window.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'n', isComposing: true })));
    // (happy-dom's CompositionEvent keeps no data: the event as a browser gives it.)
    window.dispatchEvent(trusted(Object.assign(new Event('compositionend'), { data: '日本' })));
    expect(heard).toEqual([]);
    expect(hold.take()).toBe('hi!日本');

    // Focus moved to the page's own field (by a click or the page's focus()): what follows is the page's.
    button.dispatchEvent(trusted(new FocusEvent('focusin', { bubbles: true })));
    window.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'x' })));
    expect(heard).toEqual(['keydown:x']);
    expect(hold.take()).toBe('');

    // A press of the pointer on the page lets go as well.
    const again = holdKeys();
    window.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'y' })));
    button.dispatchEvent(trusted(new MouseEvent('mousedown', { bubbles: true })));
    window.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'z' })));
    expect(again.take()).toBe('y');
    expect(heard).toEqual(['keydown:x', 'keydown:z']);
    again.release();
    hold.release();
    window.removeEventListener('keydown', listen, true);
    window.removeEventListener('input', listen, true);
  });
});
