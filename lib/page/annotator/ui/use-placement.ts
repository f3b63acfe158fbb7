import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { placeNear, type Box } from '../../../ui/placement';

/**
 * Measures the element after render and places it next to `anchor`; placed again when its size
 * changes (a note's Markdown rendered once its parser has loaded, a longer text).
 */
export function usePlacement<T extends HTMLElement>(anchor: Box) {
  const ref = useRef<T>(null);
  const [place, setPlace] = useState<{ left: number; top: number } | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const placeNow = () => {
      const size = { width: el.offsetWidth, height: el.offsetHeight };
      const next = placeNear(anchor, size, { width: innerWidth, height: innerHeight });
      // Applied at once as well, so the box is visible (and focusable) before the state re-renders.
      el.style.left = `${next.left}px`;
      el.style.top = `${next.top}px`;
      el.style.visibility = '';
      setPlace((last) => (last && last.left === next.left && last.top === next.top ? last : next));
    };
    placeNow();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(placeNow);
    observer.observe(el);
    return () => observer.disconnect();
  }, [anchor.left, anchor.top, anchor.right, anchor.bottom]);
  const style = place
    ? { left: `${place.left}px`, top: `${place.top}px` }
    : { left: `${anchor.left}px`, top: `${anchor.bottom + 8}px`, visibility: 'hidden' as const };
  return { ref, style };
}
