import { useState } from 'preact/hooks';
import { anchorFor, type TipContent, type TipState } from './RaceTooltip';
import { indexOf, useRovingFocus } from './use-roving-focus';

/**
 * The marks of a race chart as one widget: roving focus over them (see useRovingFocus), a click or
 * Enter opens a mark's entity, and hovering or focusing a mark shows its tooltip until the pointer or
 * focus leaves it. `svgProps` go on the chart's <svg>; each mark is an element with `data-index`.
 */
export function useMarkTip(options: {
  /** The tooltip element's id (marks name it in `aria-describedby`). */
  tipId: string;
  count: number;
  frame: { current: HTMLDivElement | null };
  move: (from: number, key: string) => number | null;
  /** Which entity a mark opens. */
  entityOf: (index: number) => string;
  onOpenEntity: (entityId: string) => void;
  keyOf: (index: number) => string;
  contentOf: (index: number) => TipContent;
  /** When a mark takes focus: after the roving position moved, before its tooltip shows. */
  onFocusMark?: (index: number, target: EventTarget | null) => void;
  onBlurMark?: () => void;
}) {
  const { frame, keyOf } = options;
  const [tip, setTip] = useState<TipState | null>(null);
  const open = (index: number) => options.onOpenEntity(options.entityOf(index));
  const roving = useRovingFocus({
    count: options.count,
    move: options.move,
    onChoose: open,
    onEscape: () => setTip(null),
  });

  const show = (target: EventTarget | null) => {
    const index = indexOf(target);
    if (index === null || !frame.current) return;
    const key = keyOf(index);
    if (tip?.key === key) return;
    setTip({
      key,
      anchor: anchorFor((target as Element).closest('[data-index]')!, frame.current),
      content: options.contentOf(index),
    });
  };
  const hide = (target: EventTarget | null) => {
    const index = indexOf(target);
    if (index === null) return;
    const key = keyOf(index);
    setTip((current) => (current?.key === key ? null : current));
  };

  const svgProps = {
    ref: roving.container,
    onKeyDown: roving.onKeyDown,
    onClick: (e: MouseEvent) => {
      const index = indexOf(e.target);
      if (index !== null) open(index);
    },
    onFocusCapture: (e: FocusEvent) => {
      const index = indexOf(e.target);
      if (index === null) return;
      roving.setActive(index);
      options.onFocusMark?.(index, e.target);
      show(e.target);
    },
    onBlurCapture: (e: FocusEvent) => {
      options.onBlurMark?.();
      hide(e.target);
    },
    onMouseOver: (e: MouseEvent) => show(e.target),
    onMouseOut: (e: MouseEvent) => {
      // Moving between a mark's own parts is not leaving the mark.
      if (indexOf(e.relatedTarget) !== indexOf(e.target)) hide(e.target);
    },
  };

  /** The tooltip's id while it describes this mark, for `aria-describedby`. */
  const describedBy = (index: number) => (tip?.key === keyOf(index) ? options.tipId : undefined);
  return { tip, tipId: options.tipId, svgProps, tabIndexOf: roving.tabIndexOf, describedBy };
}
