import { afterEach, describe, expect, it } from 'vitest';
import { recallSupervisorLanguage, rememberSupervisorLanguage } from './supervisor-language';

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

describe('the supervisor screens language', () => {
  it('is Vietnamese until English is chosen, and kept once chosen', () => {
    installLocalStorage();
    expect(recallSupervisorLanguage()).toBe('vi');
    rememberSupervisorLanguage('en');
    expect(recallSupervisorLanguage()).toBe('en');
    rememberSupervisorLanguage('vi');
    expect(recallSupervisorLanguage()).toBe('vi');
  });

  it('falls back to Vietnamese for a value it does not know, or without storage', () => {
    installLocalStorage(new Map([['openops.supervisor.language', 'fr']]));
    expect(recallSupervisorLanguage()).toBe('vi');
    Object.assign(globalThis, {
      window: {
        get localStorage(): Storage {
          throw new Error('storage disabled');
        },
      },
    });
    expect(recallSupervisorLanguage()).toBe('vi');
    expect(() => rememberSupervisorLanguage('en')).not.toThrow();
  });
});
