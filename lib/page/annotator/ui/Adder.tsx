import type { Box } from '../../../ui/placement';
import { t } from '../../../core/i18n';
import { usePlacement } from './use-placement';

/** The small toolbar next to a selection. It never takes focus from the page. */
export function Adder({ anchor, onAnnotate }: { anchor: Box; onAnnotate: () => void }) {
  const { ref, style } = usePlacement<HTMLDivElement>(anchor);
  return (
    <div ref={ref} class="float adder" role="toolbar" aria-label={t('extName')} style={style}>
      <button
        type="button"
        // Keeps the page's selection (and focus) while the button is pressed.
        onMouseDown={(event) => event.preventDefault()}
        onClick={onAnnotate}
        title={t('annotateAdderTitle')}
      >
        <svg viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.6">
          <path d="M3 12.5 3.6 10 10.8 2.8a1.4 1.4 0 0 1 2 0l.4.4a1.4 1.4 0 0 1 0 2L6 12.4l-3 .1Z" />
          <path d="M9.5 4.2 11.8 6.5" />
        </svg>
        {t('annotateAdderButton')}
      </button>
    </div>
  );
}
