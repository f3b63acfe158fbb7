import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES, TYPE_LABELS, TYPE_ORDER, everyType, isEntityType, typeRgb } from '../../../lib/core/dataset';
import { DEFAULT_SETTINGS } from '../../../lib/platform/settings';
import { highlightCss } from '../../../lib/page/paint';

describe('the one table of entity types', () => {
  it('lists eight types, and the grouping order is the same eight', () => {
    expect(ENTITY_TYPES).toHaveLength(8);
    expect([...TYPE_ORDER].sort()).toEqual([...ENTITY_TYPES].sort());
    expect(TYPE_ORDER[0]).toBe('person');
  });

  it('makes the settings default (every type on) and knows its own names', () => {
    expect(Object.keys(DEFAULT_SETTINGS.enabledTypes)).toEqual([...ENTITY_TYPES]);
    expect(Object.values(DEFAULT_SETTINGS.enabledTypes).every((on) => on === true)).toBe(true);
    expect(everyType(0)).toEqual(Object.fromEntries(ENTITY_TYPES.map((type) => [type, 0])));
    expect(isEntityType('deal')).toBe(true);
    expect(isEntityType('toString')).toBe(false);
    expect(isEntityType(3)).toBe(false);
  });

  it('gives each type a label, one and many, and the colour the page paints it in', () => {
    const css = highlightCss('background');
    for (const type of ENTITY_TYPES) {
      expect(TYPE_LABELS[type].one).toMatch(/\S/);
      expect(TYPE_LABELS[type].many).toMatch(/\S/);
      expect(TYPE_LABELS[type].many).not.toBe(TYPE_LABELS[type].one);
      expect(css).toContain(`::highlight(ail-${type}) { background-color: rgb(${typeRgb(type)} / 0.28); }`);
    }
    expect(TYPE_LABELS.person.one).toBe('Person');
    expect(TYPE_LABELS.person.many).toBe('People');
  });
});
