/**
 * "Off on this site" in one click, for the popup: a switch bound to the settings' per-site list, and a
 * Resume button while the extension is paused everywhere. Give it the address of the page the popup
 * is about (e.g. `PageMentions.url`); pages the extension cannot run on show why instead.
 */
import { isActiveOn, saveSettings, siteKey, switchSite } from '../../platform/settings';
import { t } from '../../core/i18n';
import { SettingsWriteAlert } from './settings-alert';
import { useSettings } from './use-settings';
import './site-switch.css';

export function SiteSwitch({ url }: { url: string | null | undefined }) {
  const settings = useSettings();
  const site = url ? siteKey(url) : null;
  if (!settings) return null;
  if (!site) {
    return <p class="ail-site-switch ail-site-switch-muted">{t('siteSwitchUnavailable')}</p>;
  }
  if (settings.paused) {
    return (
      <div class="ail-site-switch">
        <span>{t('siteSwitchPaused')}</span>
        <button type="button" class="ail-site-switch-resume" onClick={() => void saveSettings({ paused: false })}>
          {t('siteSwitchResume')}
        </button>
      </div>
    );
  }
  const on = isActiveOn(settings, url!);
  return (
    <>
      <label class="ail-site-switch">
        <span class="ail-site-switch-text">{on ? t('siteSwitchOn', site) : t('siteSwitchOff', site)}</span>
        <input
          type="checkbox"
          role="switch"
          class="ail-site-switch-input"
          aria-label={t('siteSwitchLabel', site)}
          checked={on}
          onChange={(e) => {
            const off = !e.currentTarget.checked;
            // The switch shows what is stored: it moves when the change is saved, not before (nor after a failure).
            e.currentTarget.checked = on;
            void switchSite(site, off);
          }}
        />
      </label>
      <SettingsWriteAlert class="ail-site-switch-error" />
    </>
  );
}
