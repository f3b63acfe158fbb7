import { render } from 'preact';
import { browser } from 'wxt/browser';
import { bundledDataset } from '../../lib/dataset';
import { OptionsPage, createAnnotationPort } from '../../lib/options';
import '../../lib/options/options.css';

render(
  <OptionsPage bundled={bundledDataset} annotations={createAnnotationPort(bundledDataset)} iconUrl={(browser.runtime as unknown as { getURL(path: string): string }).getURL('/icon/48.png')} />,
  document.getElementById('app')!,
);
