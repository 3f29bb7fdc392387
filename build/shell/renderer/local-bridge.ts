import type { Reply } from '@openops/protocol';

/** Vietnamese first, English second, on every line the shell shows. */
export type Bilingual = { vi: string; en: string };

export type PresentedField = {
  name: 'serverUrl' | 'deviceName' | 'adminPin' | 'printer' | 'scanner' | 'keypad' | 'pin';
  label: Bilingual;
  value: string;
  kind: 'text' | 'pin';
  required: boolean;
};

/** What the local page draws: plain data, so the page script stays a dumb renderer. */
export type Presentation = {
  title: Bilingual;
  paragraphs: Bilingual[];
  /** Large digits: the pairing code. */
  code?: string;
  /** Lines shown verbatim, e.g. problems in a broken configuration file. */
  details?: string[];
  form?: { fields: PresentedField[]; submit: Bilingual; channel: 'setup:submit' | 'admin:pin' };
  actions: Array<{ label: Bilingual; channel: 'setup:retry' | 'admin:cancel' }>;
  /** Busy indicator while the shell is waiting on the server. */
  busy: boolean;
  tone: 'normal' | 'error';
};

/** Exposed by the local pages' preload as `window.openopsLocal`. */
export type LocalBridge = {
  /** The presentation to draw now. */
  presentation: () => Promise<Presentation>;
  /** Called with each new presentation the main process pushes. */
  onPresentation: (listener: (presentation: Presentation) => void) => void;
  submit: (
    channel: 'setup:submit' | 'admin:pin',
    values: Record<string, string>,
  ) => Promise<Reply<null>>;
  action: (channel: 'setup:retry' | 'admin:cancel') => Promise<Reply<null>>;
};

export const localBridgeName = 'openopsLocal';
