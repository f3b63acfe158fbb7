import { render } from 'preact';
import { bundledDataset } from '../../lib/dataset';
import { SidePanelApp } from '../../lib/sidepanel';
import '../../lib/sidepanel/sidepanel.css';

const names = new Map(bundledDataset.entities.map((e) => [e.id, e.name]));
const entityName = (id: string) => names.get(id) ?? id;

// LEAD WIRING POINT: pass renderEntity={(id) => <EntityDetail … />} (lib/entity-view) and
// renderRace={() => <Race … />} (lib/race) here.
render(<SidePanelApp entityName={entityName} />, document.getElementById('app')!);
