import { describe, expect, it } from 'vitest';
import { holdKeys, installKeyGuard, typeKey } from '../../../lib/page/key-guard';

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
});
