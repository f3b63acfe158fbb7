import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContent } from 'virtual:lens-content-start';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    void startContent(ctx);
  },
});
