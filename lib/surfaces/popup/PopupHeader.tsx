import { t } from '../../core/i18n';

interface PopupHeaderProps {
  raceHref: string;
  onOpenSettings(): void;
}

export function PopupHeader({ raceHref, onOpenSettings }: PopupHeaderProps) {
  return (
    <header class="lens-header">
      <span class="lens-brand">
        <svg class="lens-logo" viewBox="0 0 20 20" aria-hidden="true">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" stroke-width="2" />
          <path d="M12.8 12.8 17 17" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" />
          <circle cx="8.5" cy="8.5" r="2" fill="currentColor" />
        </svg>
        {t('extName')}
      </span>
      <nav class="lens-header-actions" aria-label={t('popupHeaderNav')}>
        <a class="lens-header-button" href={raceHref} target="_blank" rel="noopener">
          {t('popupRace')}
        </a>
        <button type="button" class="lens-header-button lens-icon-button" aria-label={t('openSettings')} title={t('openSettings')} onClick={onOpenSettings}>
          <svg viewBox="0 0 20 20" aria-hidden="true">
            <path
              fill="currentColor"
              d="M11.3 1.9a1 1 0 0 0-1-.8H9.7a1 1 0 0 0-1 .8l-.3 1.8a6.7 6.7 0 0 0-1.5.9l-1.7-.7a1 1 0 0 0-1.2.4l-.3.6a1 1 0 0 0 .2 1.3l1.4 1.1a6.7 6.7 0 0 0 0 1.8L3.9 10.2a1 1 0 0 0-.2 1.3l.3.6a1 1 0 0 0 1.2.4l1.7-.7c.5.4 1 .7 1.5.9l.3 1.8a1 1 0 0 0 1 .8h.6a1 1 0 0 0 1-.8l.3-1.8c.5-.2 1-.5 1.5-.9l1.7.7a1 1 0 0 0 1.2-.4l.3-.6a1 1 0 0 0-.2-1.3l-1.4-1.1a6.7 6.7 0 0 0 0-1.8l1.4-1.1a1 1 0 0 0 .2-1.3l-.3-.6a1 1 0 0 0-1.2-.4l-1.7.7a6.7 6.7 0 0 0-1.5-.9zM10 6a3 3 0 1 1 0 6 3 3 0 0 1 0-6z"
              transform="translate(0 1)"
            />
          </svg>
        </button>
      </nav>
    </header>
  );
}
