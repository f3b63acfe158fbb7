/**
 * The content script's code as an ES module (`content-scripts/lens.js`, built by wxt.config.ts after
 * the extension): in Chrome the content script itself is a small loader that imports it
 * (lib/page/chunks/content-module.ts). Chrome compiles an imported module off the main thread and keeps its compiled code
 * for the next page; a classic content script is compiled afresh on the page's main thread in every
 * frame, which was a fifth of what the extension cost a news page (docs/performance.md).
 */
export { startContent } from './index';
