/** The options page: every setting, the person's data, and the reset. */
import { useEffect } from 'preact/hooks';
import type { Dataset } from '../../core/dataset/types';
import { t } from '../../core/i18n';
import { followThemeSetting } from '../../platform/settings';
import { AnnotationsSection, type AnnotationPort } from './annotations-section';
import { DataSection } from './data-section';
import { GeneralSection } from './general-section';
import { ResetSection } from './reset-section';
import { SettingsWriteAlert } from './settings-alert';
import { SitesSection } from './sites-section';
import { TypesSection } from './types-section';
import { useSettings } from './use-settings';

export function OptionsPage(props: { bundled: Dataset; annotations?: AnnotationPort; iconUrl?: string }) {
  const settings = useSettings();
  useEffect(() => followThemeSetting(document.documentElement), []);
  useEffect(() => {
    document.title = t('optionsTitle');
  }, []);
  return (
    <main class="ail-options">
      <header class="ail-header">
        {props.iconUrl && <img src={props.iconUrl} alt="" width={40} height={40} />}
        <div>
          <h1>{t('optionsTitle')}</h1>
          <p class="ail-hint">{t('optionsIntro')}</p>
        </div>
      </header>
      <SettingsWriteAlert class="ail-error ail-settings-alert" />
      {settings && (
        <>
          <GeneralSection settings={settings} />
          <TypesSection settings={settings} />
          <SitesSection settings={settings} />
        </>
      )}
      <DataSection bundled={props.bundled} />
      <AnnotationsSection port={props.annotations} />
      <ResetSection />
    </main>
  );
}
