import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { placeNear, type Box } from '../../../ui/placement';

const INITIAL_HEIGHT = 380;

export interface EditorFrameProps {
  anchor: Box;
  /** The frame's accessible name (the editor inside is a labelled dialog too). */
  label: string;
  /** The editor page's address (extension origin). */
  src: string;
  /** Wires the frame once it is in the page; `resize` sets its height. Returns the clean-up. */
  connect(frame: HTMLIFrameElement, resize: (height: number) => void): () => void;
}

/**
 * The note editor on the page: a frame of the extension's own origin (annotation-editor.html), placed
 * next to the passage, as tall as the editor inside says it is. What is typed in it never reaches the
 * page: key, input and clipboard events happen in the frame's document.
 */
export function EditorFrame({ anchor, label, src, connect }: EditorFrameProps) {
  const box = useRef<HTMLDivElement>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  // About the editor's height until it says (a frame shown at zero height would not even render:
  // browsers throttle hidden cross-origin frames).
  const [height, setHeight] = useState(INITIAL_HEIGHT);
  useLayoutEffect(() => connect(frame.current!, setHeight), []);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const place = placeNear(anchor, { width: el.offsetWidth, height }, { width: innerWidth, height: innerHeight });
    el.style.left = `${place.left}px`;
    el.style.top = `${place.top}px`;
  }, [anchor.left, anchor.top, anchor.right, anchor.bottom, height]);
  return (
    <div ref={box} class="float editor-frame">
      <iframe ref={frame} src={src} title={label} style={{ height: `${height}px` }} />
    </div>
  );
}
