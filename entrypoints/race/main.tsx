/**
 * race.html: the Race view in a full tab. `race.html#entity=<id>` arrives with that entity lit up;
 * choosing a mark opens the entity in the popup page.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { bundledDataset } from '../../lib/dataset';
import { t } from '../../lib/i18n';
import { parseRaceHash, RaceView } from '../../lib/race';
import { popupHash } from '../../lib/routes';
import { followThemeSetting } from '../../lib/settings';
import './style.css';

function RacePage() {
  const [entityId, setEntityId] = useState(parseRaceHash(location.hash).entityId);
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
      onOpenEntity={(id) => location.assign(`popup.html${popupHash({ entityId: id })}`)}
    />
  );
}

// The theme goes on <html>, as on every surface; the view's own "system" theme follows it.
followThemeSetting(document.documentElement);
document.title = t('racePageTitle');
render(<RacePage />, document.getElementById('app')!);
