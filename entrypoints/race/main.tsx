/**
 * race.html: the Race view in a full tab. `race.html#entity=<id>` arrives with that entity lit up;
 * choosing a mark opens the entity in the popup page.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { bundledDataset, type Dataset } from '../../lib/core/dataset';
import { t } from '../../lib/core/i18n';
import { parseRaceHash, RaceView } from '../../lib/surfaces/race';
import { popupUrl } from '../../lib/core/routes';
import { followThemeSetting } from '../../lib/platform/settings';
import { watchActiveDataset } from '../../lib/platform/userdata';
import './style.css';

function RacePage() {
  const [entityId, setEntityId] = useState(parseRaceHash(location.hash).entityId);
  // The person's own dataset, if they added one, joins as soon as it is read.
  const [dataset, setDataset] = useState<Dataset>(bundledDataset);
  useEffect(() => watchActiveDataset(setDataset), []);
  useEffect(() => {
    const onHash = () => setEntityId(parseRaceHash(location.hash).entityId);
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return (
    <RaceView
      dataset={dataset}
      focusEntityId={entityId}
      layout="panel"
      onOpenEntity={(id) => location.assign(popupUrl({ entityId: id }))}
    />
  );
}

// The theme goes on <html>, as on every surface; the view's own "system" theme follows it.
followThemeSetting(document.documentElement);
document.title = t('racePageTitle');
render(<RacePage />, document.getElementById('app')!);
