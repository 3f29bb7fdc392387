import { afterEach, describe, expect, it } from 'vitest';
import { languageKeys, recallLanguage, rememberLanguage } from './remembered-language';

/** The one browser API the module touches: localStorage, kept in a map. */
const installLocalStorage = (entries = new Map<string, string>()): Map<string, string> => {
  const storage = {
    getItem: (key: string) => entries.get(key) ?? null,
    setItem: (key: string, value: string) => void entries.set(key, value),
  };
  Object.assign(globalThis, { window: { localStorage: storage } });
  return entries;
};

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'window');
});

describe('a remembered screen language', () => {
  it('is Vietnamese until English is chosen, and kept once chosen', () => {
    installLocalStorage();
    expect(recallLanguage(languageKeys.supervisor)).toBe('vi');
    rememberLanguage(languageKeys.supervisor, 'en');
    expect(recallLanguage(languageKeys.supervisor)).toBe('en');
    rememberLanguage(languageKeys.supervisor, 'vi');
    expect(recallLanguage(languageKeys.supervisor)).toBe('vi');
  });

  it('falls back to Vietnamese for a value it does not know, or without storage', () => {
    installLocalStorage(new Map([['openops.supervisor.language', 'fr']]));
    expect(recallLanguage(languageKeys.supervisor)).toBe('vi');
    Object.assign(globalThis, {
      window: {
        get localStorage(): Storage {
          throw new Error('storage disabled');
        },
      },
    });
    expect(recallLanguage(languageKeys.supervisor)).toBe('vi');
    expect(() => rememberLanguage(languageKeys.supervisor, 'en')).not.toThrow();
  });

  it('is kept apart for the counter and the supervisor screens', () => {
    installLocalStorage();
    rememberLanguage(languageKeys.counter, 'en');
    expect(recallLanguage(languageKeys.counter)).toBe('en');
    expect(recallLanguage(languageKeys.supervisor)).toBe('vi');
  });
});
