/** Sites where the extension is off: the list, and a field to add one; names muted with the card's "Not this". */
import { useState } from 'preact/hooks';
import { t } from '../../core/i18n';
import { setNameMuted, switchSite, siteKeyFromInput, type Settings } from '../../platform/settings';

/** The names the person muted from a card, per site, each with a way back. */
function MutedNames({ settings }: { settings: Settings }) {
  const entries = Object.entries(settings.mutedNames).flatMap(([site, words]) => words.map((word) => ({ site, word })));
  if (entries.length === 0) return null;
  return (
    <>
      <h3 id="muted-heading">{t('mutedHeading')}</h3>
      <ul class="ail-site-list" aria-labelledby="muted-heading">
        {entries.map(({ site, word }) => (
          <li key={`${site} ${word}`}>
            <span class="ail-site">{t('mutedEntry', word, site)}</span>
            <button
              type="button"
              class="ail-button ail-quiet"
              aria-label={t('mutedRemove', word, site)}
              onClick={() => void setNameMuted(site, word, false)}
            >
              {t('mutedRemoveShort')}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

export function SitesSection({ settings }: { settings: Settings }) {
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState('');
  const submit = (event: Event) => {
    event.preventDefault();
    const key = siteKeyFromInput(draft);
    if (!key) {
      setProblem(t('sitesInvalid', draft));
      return;
    }
    setProblem('');
    setDraft('');
    void switchSite(key, true);
  };
  return (
    <section class="ail-card" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('sectionSites')}</h2>
      {settings.disabledSites.length === 0 ? (
        <p class="ail-hint">{t('sitesEmpty')}</p>
      ) : (
        <ul class="ail-site-list" aria-labelledby="sites-heading">
          {settings.disabledSites.map((site) => (
            <li key={site}>
              <span class="ail-site">{site}</span>
              <button type="button" class="ail-button ail-quiet" aria-label={t('sitesRemove', site)} onClick={() => void switchSite(site, false)}>
                {t('sitesRemoveShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="ail-inline-form" onSubmit={submit} noValidate>
        <label for="site-input">{t('sitesAddLabel')}</label>
        <div class="ail-row">
          <input
            id="site-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder={t('sitesAddPlaceholder')}
            value={draft}
            aria-invalid={problem ? 'true' : undefined}
            aria-describedby={problem ? 'site-problem' : undefined}
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
          <button type="submit" class="ail-button">
            {t('sitesAddButton')}
          </button>
        </div>
        {problem && (
          <p id="site-problem" class="ail-error" role="alert">
            {problem}
          </p>
        )}
      </form>
      <MutedNames settings={settings} />
    </section>
  );
}
