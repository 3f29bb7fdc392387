import type { Page } from '@playwright/test';

// US-layout physical keys for the punctuation scanners send; letters and digits are computed.
const punctuation: Record<string, { code: string; shift: boolean }> = {
  '-': { code: 'Minus', shift: false },
  '.': { code: 'Period', shift: false },
  '/': { code: 'Slash', shift: false },
  ':': { code: 'Semicolon', shift: true },
  '|': { code: 'Backslash', shift: true },
  '?': { code: 'Slash', shift: true },
  '=': { code: 'Equal', shift: false },
  '&': { code: 'Digit7', shift: true },
  ' ': { code: 'Space', shift: false },
};

type WedgeKey = { code: string; key: string; shift: boolean };

const keyOf = (character: string): WedgeKey => {
  if (/^[a-z]$/.test(character))
    return { code: `Key${character.toUpperCase()}`, key: character, shift: false };
  if (/^[A-Z]$/.test(character)) return { code: `Key${character}`, key: character, shift: true };
  if (/^\d$/.test(character)) return { code: `Digit${character}`, key: character, shift: false };
  const key = punctuation[character];
  if (!key) throw new Error(`a keyboard-wedge scanner cannot type ${JSON.stringify(character)}`);
  return { ...key, key: character };
};

/**
 * Plays a keyboard-wedge barcode scanner: the text as physical key events (Shift held for
 * capitals and symbols, like a real scanner), then Enter, all in one burst inside the page.
 * A scanner sends a key every few milliseconds; driving each key over the DevTools protocol
 * would space them by the driver's round trips on a busy machine, which is not what scanners do.
 */
export const scanWithWedge = async (page: Page, text: string): Promise<void> => {
  const keys = [...Array.from(text, keyOf), { code: 'Enter', key: 'Enter', shift: false }];
  await page.evaluate((burst) => {
    // The test project has no DOM typings; these are the two browser globals used here.
    const browser = globalThis as unknown as {
      document: { activeElement: EventTarget | null; body: EventTarget };
      KeyboardEvent: new (type: string, init: Record<string, unknown>) => Event;
    };
    const target = browser.document.activeElement ?? browser.document.body;
    for (const { code, key, shift } of burst) {
      const init = { code, key, shiftKey: shift, bubbles: true, cancelable: true };
      target.dispatchEvent(new browser.KeyboardEvent('keydown', init));
      target.dispatchEvent(new browser.KeyboardEvent('keyup', init));
    }
  }, keys);
};
