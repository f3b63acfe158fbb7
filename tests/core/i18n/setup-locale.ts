/**
 * Unit tests run in one locale, British English, whatever the machine's: dates and numbers are formatted
 * for the person's locale (lib/core/i18n's `uiLanguage()`, which falls back to `navigator.language` where the
 * fake browser has no i18n), and the assertions are written for en-GB.
 */
Object.defineProperty(globalThis.navigator, 'language', { configurable: true, get: () => 'en-GB' });
Object.defineProperty(globalThis.navigator, 'languages', { configurable: true, get: () => ['en-GB', 'en'] });
