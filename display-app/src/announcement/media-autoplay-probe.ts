/**
 * Whether the browser lets a media element play sound before anyone has touched the page.
 * Used when Web Audio is unavailable and howler falls back to HTML5 audio, where no audio
 * context state tells us so: a short silent clip is played and the browser's answer read.
 */
export type MediaAutoplay = 'allowed' | 'needs-touch' | 'unknown';

/** A 1-sample, 8-bit mono WAV: the shortest clip every browser decodes. */
export const silentWavDataUri = (): string => {
  const bytes = new Uint8Array(45);
  const view = new DataView(bytes.buffer);
  const ascii = (offset: number, text: string): void => {
    for (let i = 0; i < text.length; i += 1) bytes[offset + i] = text.charCodeAt(i);
  };
  const sampleRate = 8000;
  ascii(0, 'RIFF');
  view.setUint32(4, bytes.length - 8, true);
  ascii(8, 'WAVEfmt ');
  view.setUint32(16, 16, true); // size of the format block
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate, true); // bytes per second at 1 byte per sample
  view.setUint16(32, 1, true); // block align
  view.setUint16(34, 8, true); // bits per sample
  ascii(36, 'data');
  view.setUint32(40, 1, true);
  bytes[44] = 128; // silence for unsigned 8-bit samples
  return `data:audio/wav;base64,${btoa(String.fromCharCode(...bytes))}`;
};

/**
 * Plays the silent clip once. A refusal named NotAllowedError is the autoplay policy; any
 * other failure (no output device, no codec) is not something a touch would fix.
 */
export const probeMediaAutoplay = async (
  createAudio: (src: string) => HTMLAudioElement = (src) => new Audio(src),
): Promise<MediaAutoplay> => {
  const probe = createAudio(silentWavDataUri());
  try {
    await probe.play();
    probe.pause();
    return 'allowed';
  } catch (error) {
    return error instanceof DOMException && error.name === 'NotAllowedError'
      ? 'needs-touch'
      : 'unknown';
  }
};

// The events that count as user activation in Chromium (touchstart does not).
const activatingEvents = ['pointerdown', 'keydown', 'touchend', 'click'] as const;

/**
 * Calls `listener` with whether media playback waits for a touch: once probed at the start,
 * and again after each touch until playback is allowed. Returns a function that stops it.
 */
export const watchMediaAutoplay = (listener: (needsTouch: boolean) => void): (() => void) => {
  let stopped = false;
  const stopListening = (): void => {
    for (const type of activatingEvents) document.removeEventListener(type, onTouch, true);
  };
  const check = async (): Promise<void> => {
    const answer = await probeMediaAutoplay();
    if (stopped) return;
    listener(answer === 'needs-touch');
    if (answer !== 'needs-touch') return;
    for (const type of activatingEvents) document.addEventListener(type, onTouch, true);
  };
  function onTouch(): void {
    stopListening();
    void check();
  }
  void check();
  return () => {
    stopped = true;
    stopListening();
  };
};
