import type { RefObject } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';

/**
 * The element's width in CSS pixels, used as the SVG's viewBox width so text stays at its real size at
 * any container width. Null until measured: the drawing is rendered once, at the right width, before
 * the first paint (a layout effect), instead of once at a guess and again. Rounded to 20 px steps so
 * sub-pixel jitter does not re-layout; `fallback` serves where there is no layout (tests).
 */
export function useContainerWidth(ref: RefObject<HTMLElement | null>, fallback: number): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () => {
      const measured = element.getBoundingClientRect().width;
      setWidth(measured > 0 ? Math.max(280, Math.min(1400, Math.floor(measured / 20) * 20)) : fallback);
    };
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, fallback]);
  return width;
}
