/**
 * The fact and its source beside a hovered or focused mark. A real element (not only SVG <title>), so
 * it shows on keyboard focus, can be styled for both themes, and is read as the mark's description.
 */
import { formatPartialDate } from '../../core/dataset';
import type { Source } from '../../core/dataset/types';
import { plural, t, uiLanguage } from '../../core/i18n';

export interface TipContent {
  heading: string;
  text: string;
  /** The note on why sources disagree, for disputed facts and figures. */
  dispute?: string;
  sources: Source[];
}

export interface TipAnchor {
  /** The mark's box relative to the tooltip's positioned container, in CSS pixels. */
  left: number;
  top: number;
  width: number;
  height: number;
  containerWidth: number;
  containerHeight: number;
}

export interface TipState {
  key: string;
  content: TipContent;
  anchor: TipAnchor;
}

const TIP_WIDTH = 280;

export function anchorFor(mark: Element, container: Element): TipAnchor {
  const box = mark.getBoundingClientRect();
  const frame = container.getBoundingClientRect();
  return {
    left: box.left - frame.left,
    top: box.top - frame.top,
    width: box.width,
    height: box.height,
    containerWidth: frame.width,
    containerHeight: frame.height,
  };
}

export function RaceTooltip({ id, tip }: { id: string; tip: TipState | null }) {
  if (!tip) {
    // The element stays in the DOM (hidden) so aria-describedby never points at nothing.
    return <div id={id} role="tooltip" class="race-tip" hidden />;
  }
  const { anchor, content } = tip;
  const width = Math.min(TIP_WIDTH, Math.max(200, anchor.containerWidth - 8));
  const center = anchor.left + anchor.width / 2;
  const left = Math.max(4, Math.min(center - width / 2, anchor.containerWidth - width - 4));
  // Below the mark in the upper half, above it in the lower half, so it stays near the eye.
  const below = anchor.top + anchor.height / 2 < anchor.containerHeight / 2;
  const style = below
    ? { left: `${left}px`, top: `${anchor.top + anchor.height + 8}px`, width: `${width}px` }
    : { left: `${left}px`, bottom: `${anchor.containerHeight - anchor.top + 8}px`, width: `${width}px` };
  return (
    <div id={id} role="tooltip" class="race-tip" style={style}>
      <p class="race-tip__heading">{content.heading}</p>
      <p class="race-tip__text">{content.text}</p>
      {content.dispute && (
        <p class="race-tip__dispute">
          <span class="race-badge race-badge--disputed">{t('raceDisputed')}</span> {content.dispute}
        </p>
      )}
      <ul class="race-tip__sources" aria-label={t('raceSources')}>
        {content.sources.map((source) => (
          <li key={source.id}>
            <span class="race-tip__publisher">{source.publisher}</span>
            {', '}
            <cite>{source.title}</cite>
            {source.date ? ` (${formatPartialDate(source.date, uiLanguage())})` : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** "Source: The Information, “Title” (Feb 2026); WIRED, …" for aria-labels. */
export function sourcesSentence(sources: readonly Source[]): string {
  if (sources.length === 0) return t('raceNoSource');
  const list = sources.map((s) => `${s.publisher}, ${s.title}${s.date ? ` (${formatPartialDate(s.date, uiLanguage())})` : ''}`);
  return plural(sources.length, 'raceSourcesOne', 'raceSourcesOther', list.join('; '));
}
