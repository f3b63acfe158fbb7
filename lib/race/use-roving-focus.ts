import { useRef, useState } from 'preact/hooks';

/**
 * Roving tabindex over a set of marks: one Tab stop for the whole chart, arrow keys move between
 * marks (`move` says where each key goes), Enter or Space chooses, Escape lets go of the tooltip.
 */
export function useRovingFocus<T extends Element>(options: {
  count: number;
  move: (from: number, key: string) => number | null;
  onChoose: (index: number) => void;
  onEscape?: () => void;
}) {
  const [active, setActive] = useState(0);
  const elements = useRef<(T | null)[]>([]);
  const current = Math.min(active, Math.max(0, options.count - 1));

  const focus = (index: number) => {
    setActive(index);
    (elements.current[index] as unknown as HTMLElement | null)?.focus();
  };

  const onKeyDown = (index: number) => (event: KeyboardEvent) => {
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
    focus(target);
  };

  return {
    tabIndexOf: (index: number) => (index === current ? 0 : -1),
    ref: (index: number) => (element: T | null) => {
      elements.current[index] = element;
    },
    onKeyDown,
    setActive,
  };
}
