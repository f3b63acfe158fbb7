/**
 * How the content script starts (wxt.config.ts): in Chrome release builds by importing its code as a
 * module (lib/page/chunks/content-module.ts), in Firefox and under `wxt dev` directly (index.ts).
 */
declare module 'virtual:lens-content-start' {
  export function startContent(ctx: import('wxt/utils/content-script-context').ContentScriptContext): Promise<void>;
}
