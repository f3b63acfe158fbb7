import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContent } from '../lib/page/content';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    startContent(ctx);
  },
});
