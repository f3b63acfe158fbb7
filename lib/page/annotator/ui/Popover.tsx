import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../../core/i18n';
import type { Box } from '../../../ui/placement';
import { LazyMarkdown } from '../../chunks';
import { guardSeen, type SeenGuard } from './seen';
import { usePlacement } from './use-placement';

export interface PopoverProps {
  anchor: Box;
  note: string;
  tags: string[];
  entities: string[];
  onEdit: () => void;
  onDelete: () => void;
  /** Delete was confirmed by a click the person may not have seen (the note covered or faded): not deleted. */
  onDeleteRefused: () => void;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
  /** Opened from the keyboard: focus goes to Edit, and Escape closes. */
  focus?: boolean;
  onClose?: () => void;
}

/** What hovering a painted annotation shows: its note, tags and entities, with Edit and Delete. */
export function Popover(props: PopoverProps) {
  const { ref, style } = usePlacement<HTMLDivElement>(props.anchor);
  const [confirming, setConfirming] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const seen = useRef<SeenGuard | null>(null);
  useEffect(() => {
    if (props.focus) ref.current?.querySelector<HTMLButtonElement>('.actions button')?.focus({ preventScroll: true });
    seen.current = guardSeen(deleteButton.current!);
    return () => seen.current?.stop();
  }, []);
  const onDeleteClick = (event: MouseEvent) => {
    if (!confirming) return setConfirming(true);
    // The confirmation counts only if the person could see what they clicked (see seen.ts). The
    // second click of a double click is silently not one.
    if (seen.current?.counts(event)) props.onDelete();
    else if (event.detail < 2) props.onDeleteRefused();
  };
  return (
    <div
      ref={ref}
      class="float popover"
      style={style}
      role="dialog"
      aria-label={t('annotatePopoverLabel')}
      onPointerEnter={props.onPointerEnter}
      onPointerLeave={props.onPointerLeave}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && props.onClose) {
          event.preventDefault();
          props.onClose();
        }
      }}
    >
      {props.note ? <LazyMarkdown class="note" source={props.note} /> : <p class="note none">{t('annotateNoNote')}</p>}
      {(props.tags.length > 0 || props.entities.length > 0) && (
        <div class="meta">
          {props.tags.map((tag) => (
            <span class="chip" key={`t-${tag}`} style="padding-right: 9px">
              #{tag}
            </span>
          ))}
          {props.entities.map((name) => (
            <span class="chip entity" key={`e-${name}`} style="padding-right: 9px">
              {name}
            </span>
          ))}
        </div>
      )}
      <div class="actions">
        <button type="button" class="btn" onClick={props.onEdit}>
          {t('annotateEdit')}
        </button>
        <button
          ref={deleteButton}
          type="button"
          class={`btn danger${confirming ? ' confirm' : ''}`}
          onClick={onDeleteClick}
          onBlur={() => setConfirming(false)}
        >
          {confirming ? t('annotateReallyDelete') : t('annotateDelete')}
        </button>
      </div>
    </div>
  );
}
