import { useRef, useState } from 'preact/hooks';

/**
 * Roving tabindex over a chart's marks: one Tab stop for the whole chart, arrow keys move between
 * marks (`move` says where each key goes), Enter or Space chooses, Escape lets go of the tooltip.
 * Events are delegated from the container (marks carry `data-index`), so a chart of a thousand marks
 * registers a handful of listeners, not thousands.
 */
export function useRovingFocus(options: {
  count: number;
  move: (from: number, key: string) => number | null;
  onChoose: (index: number) => void;
  onEscape?: () => void;
}) {
  const [active, setActive] = useState(0);
  const container = useRef<SVGSVGElement>(null);
  const current = Math.min(active, Math.max(0, options.count - 1));

  const onKeyDown = (event: KeyboardEvent) => {
    const index = indexOf(event.target);
    if (index === null) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      options.onChoose(index);
      return;
    }
    if (event.key === 'Escape') {
      options.onEscape?.();
      return;
    }
    const target =
      event.key === 'Home' ? 0 : event.key === 'End' ? options.count - 1 : options.move(index, event.key);
    if (target === null || target < 0 || target >= options.count) return;
    event.preventDefault();
    setActive(target);
    (container.current?.querySelector(`[data-index="${target}"]`) as HTMLElement | null)?.focus();
  };

  return { container, tabIndexOf: (index: number) => (index === current ? 0 : -1), onKeyDown, setActive };
}

/** The `data-index` of the mark an event came from, or null when it came from elsewhere. */
export function indexOf(target: EventTarget | null): number | null {
  const mark = (target as Element | null)?.closest?.('[data-index]');
  return mark ? Number(mark.getAttribute('data-index')) : null;
}
