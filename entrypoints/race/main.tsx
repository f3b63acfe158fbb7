/**
 * race.html: the Race view in a full tab. `race.html#entity=<id>` arrives with that entity lit up;
 * choosing a mark opens the entity in the popup page.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { bundledDataset } from '../../lib/dataset';
import { t } from '../../lib/i18n';
import { parseRaceHash, RaceView } from '../../lib/race';
import { watchSettings, type Theme } from '../../lib/settings';
import './style.css';

function RacePage() {
  const [entityId, setEntityId] = useState(parseRaceHash(location.hash).entityId);
  const [theme, setTheme] = useState<Theme>('system');
  useEffect(() => watchSettings((settings) => setTheme(settings.theme)), []);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  useEffect(() => {
    const onHash = () => setEntityId(parseRaceHash(location.hash).entityId);
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return (
    <RaceView
      dataset={bundledDataset}
      focusEntityId={entityId}
      layout="panel"
      theme={theme}
      onOpenEntity={(id) => location.assign(`popup.html#entity=${encodeURIComponent(id)}`)}
    />
  );
}

document.documentElement.dataset.theme = 'system';
document.title = t('racePageTitle');
render(<RacePage />, document.getElementById('app')!);
