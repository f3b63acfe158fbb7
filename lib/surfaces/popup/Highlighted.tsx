import { segmentText, type MatchRange } from '../../core/search';

/** Text with its matched parts in <mark>, rendered as text (never as HTML). */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly MatchRange[] }) {
  if (ranges.length === 0) return <>{text}</>;
  return (
    <>
      {segmentText(text, ranges).map((segment, i) =>
        segment.match ? <mark key={i}>{segment.text}</mark> : segment.text,
      )}
    </>
  );
}
