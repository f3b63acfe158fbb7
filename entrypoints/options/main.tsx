import { render } from 'preact';
import { browser } from 'wxt/browser';
import { bundledDataset } from '../../lib/dataset';
import { OptionsPage } from '../../lib/options';
import '../../lib/options/options.css';

render(
  <OptionsPage bundled={bundledDataset} iconUrl={(browser.runtime as unknown as { getURL(path: string): string }).getURL('/icon/48.png')} />,
  document.getElementById('app')!,
);
