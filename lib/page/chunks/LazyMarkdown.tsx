/**
 * A note's Markdown in the content script: the source as typed until the parser chunk has loaded
 * (a few milliseconds, once per frame), then rendered. Where the chunk cannot load, the source stays
 * as typed: the note is never lost from view.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { MarkdownSource, MarkdownView, type MarkdownProps } from '../../ui/markdown-view';
import { markdownChunk, type ParseMarkdown } from './markdown';

export interface LazyMarkdownProps extends MarkdownProps {
  /** Where the parser comes from (tests pass their own); the frame's Markdown chunk by default. */
  chunk?: Pick<typeof markdownChunk, 'load' | 'loaded'>;
}

export function LazyMarkdown({ source, class: className, chunk = markdownChunk }: LazyMarkdownProps) {
  const [parse, setParse] = useState<ParseMarkdown | null>(() => chunk.loaded());
  const marker = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (parse) return;
    let live = true;
    chunk.load().then(
      (loaded) => live && setParse(() => loaded),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [chunk]);
  useEffect(() => {
    // End-to-end builds mark the UI's host once a note is rendered from the loaded chunk (a closed
    // shadow root hides it from Firefox's test driver otherwise).
    if (import.meta.env.MODE !== 'e2e' || !parse) return;
    const host = (marker.current?.getRootNode() as ShadowRoot | null)?.host as HTMLElement | undefined;
    if (host) host.dataset.lensMarkdown = 'rendered';
  }, [parse]);
  return (
    <>
      {parse ? <MarkdownView nodes={parse(source)} class={className} /> : <MarkdownSource source={source} class={className} />}
      {import.meta.env.MODE === 'e2e' && parse && <span ref={marker} hidden />}
    </>
  );
}
