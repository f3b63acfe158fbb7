import { render } from 'preact';
import { browser } from 'wxt/browser';
import { bundledDataset } from '../../lib/core/dataset';
import { OptionsPage, createAnnotationPort } from '../../lib/surfaces/options';
import '../../lib/surfaces/options/options.css';

render(
  <OptionsPage bundled={bundledDataset} annotations={createAnnotationPort(bundledDataset)} iconUrl={(browser.runtime as unknown as { getURL(path: string): string }).getURL('/icon/48.png')} />,
  document.getElementById('app')!,
);
