/**
 * Forgiving search in the built extension, in real Chromium: what people type (a swapped letter, a
 * name spaced apart, a question by role) finds the entity in the popup, with the reason on the line;
 * and the side panel's Entity tab finds entities with the same search.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionBrowser } from './support/session';

const session = useExtensionBrowser();

async function openPage(path: string): Promise<Page> {
  const page = await session.browser.newPage();
  await page.setViewportSize({ width: 380, height: 580 });
  await page.goto(session.browser.extensionUrl(path));
  return page;
}

/** Types `query` into the popup's search box and returns the first result option. */
async function firstResult(popup: Page, query: string) {
  const box = popup.getByRole('combobox', { name: /search/i });
  await box.fill('');
  await box.pressSequentially(query);
  return popup.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
}

describe('forgiving search in the popup', () => {
  it('finds a name typed with two letters swapped', async () => {
    const popup = await openPage('popup.html');
    const first = await firstResult(popup, 'antrhopic');
    await expect.poll(() => first.locator('.lens-result-name').textContent()).toBe('Anthropic');
    await expect.poll(() => first.locator('.lens-result-name mark').textContent()).toBe('Anthropic');
    await popup.close();
  });

  it('finds a name typed with a space in it, and a model name typed without separators', async () => {
    const popup = await openPage('popup.html');
    let first = await firstResult(popup, 'open ai');
    await expect.poll(() => first.locator('.lens-result-name').textContent()).toBe('OpenAI');
    first = await firstResult(popup, 'gpt5.3codex');
    await expect.poll(() => first.locator('.lens-result-name').textContent()).toBe('GPT-5.3-Codex');
    await popup.close();
  });

  it('answers a question by role, saying which role matched with its words marked', async () => {
    const popup = await openPage('popup.html');
    const first = await firstResult(popup, 'openai ceo');
    await expect.poll(() => first.locator('.lens-result-name').textContent()).toBe('Sam Altman');
    const reason = first.locator('.lens-result-reason');
    await expect.poll(() => reason.textContent()).toBe('Role: CEO, OpenAI');
    await expect.poll(() => reason.locator('mark').allTextContents()).toEqual(['CEO', 'OpenAI']);
    // The first result opens with Enter, as for a name.
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.getByRole('heading', { level: 2, name: 'Sam Altman' }).isVisible()).toBe(true);
    await popup.close();
  });

  it('forgives a short word gone wrong, a name typed as one run and a version without its dot, and finds nothing for a word that is no name', async () => {
    const popup = await openPage('popup.html');
    for (const [query, name] of [
      ['sm altman', 'Sam Altman'],
      ['wallstreetjournal', 'The Wall Street Journal'],
      ['opus 46', 'Claude Opus 4.6'],
    ]) {
      const first = await firstResult(popup, query);
      await expect.poll(() => first.locator('.lens-result-name').textContent(), { message: query }).toBe(name);
    }
    await firstResult(popup, 'apple');
    await expect.poll(() => popup.locator('.lens-empty').textContent()).toBe('No results');
    await popup.close();
  });

  it('still says "No results" for what the data does not hold', async () => {
    const popup = await openPage('popup.html');
    await firstResult(popup, 'pizza recipe');
    await expect.poll(() => popup.locator('.lens-empty').textContent()).toBe('No results');
    await popup.close();
  });
});

describe("the side panel's Entity tab", () => {
  it('finds an entity by role with the same search and opens its entry', async () => {
    const panel = await openPage('sidepanel.html');
    await panel.getByRole('tab', { name: 'Entity' }).click();
    const box = panel.getByRole('combobox', { name: /search/i });
    await box.pressSequentially('codex lead');
    const first = panel.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
    await expect.poll(() => first.locator('.lens-result-name').textContent()).toBe('Thibault Sottiaux');
    // Its label is for screen readers only: nothing of it shows over the box.
    expect(await panel.locator('label[for="lens-finder"]').boundingBox()).toMatchObject({ width: 1, height: 1 });
    await box.press('Enter');
    await expect.poll(() => panel.getByRole('heading', { level: 2, name: 'Thibault Sottiaux' }).isVisible()).toBe(true);
    await panel.close();
  });
});
