/**
 * Vietnamese words for ticket numbers and counter numbers as a caller reads them aloud.
 * Each word is one recorded clip, so the output is a word sequence rather than a sentence.
 */

const digitWords = [
  'không',
  'một',
  'hai',
  'ba',
  'bốn',
  'năm',
  'sáu',
  'bảy',
  'tám',
  'chín',
] as const;

/** Highest number read as a number; longer digit runs are read digit by digit. */
export const largestSpokenNumber = 9999;

/** Letter names as Vietnamese callers say them (A → "a", B → "bê", C → "xê", ...). */
export const vietnameseLetterWords: Readonly<Record<string, string>> = {
  A: 'a',
  B: 'bê',
  C: 'xê',
  D: 'đê',
  E: 'e',
  F: 'ép',
  G: 'giê',
  H: 'hát',
  I: 'i',
  J: 'gi',
  K: 'ca',
  L: 'e-lờ',
  M: 'em-mờ',
  N: 'en-nờ',
  O: 'o',
  P: 'pê',
  Q: 'quy',
  R: 'e-rờ',
  S: 'ét-xì',
  T: 'tê',
  U: 'u',
  V: 'vê',
  W: 'vê-kép',
  X: 'ích-xì',
  Y: 'i-dài',
  Z: 'dét',
};

const digit = (value: number): string => digitWords[value] ?? 'không';

/** Tens and units of 0..99 after a hundreds word (or alone when `afterHundreds` is false). */
const tensAndUnits = (value: number, afterHundreds: boolean): string[] => {
  const tens = Math.floor(value / 10);
  const units = value % 10;
  if (tens === 0) {
    if (units === 0) return [];
    // "một trăm linh năm": a lone unit after a hundreds word is joined by "linh".
    return afterHundreds ? ['linh', digit(units)] : [digit(units)];
  }
  const head = tens === 1 ? ['mười'] : [digit(tens), 'mươi'];
  if (units === 0) return head;
  if (units === 5) return [...head, 'lăm'];
  if (units === 1 && tens > 1) return [...head, 'mốt'];
  if (units === 4 && tens > 1) return [...head, 'tư'];
  return [...head, digit(units)];
};

/** 0..999; `full` reads a zero hundreds digit ("không trăm"), as after a thousands word. */
const belowThousand = (value: number, full: boolean): string[] => {
  const hundreds = Math.floor(value / 100);
  const rest = value % 100;
  if (hundreds === 0 && !full) return tensAndUnits(rest, false);
  if (rest === 0) return [digit(hundreds), 'trăm'];
  return [digit(hundreds), 'trăm', ...tensAndUnits(rest, true)];
};

/**
 * A whole number 0..9999 read naturally: 15 "mười lăm", 21 "hai mươi mốt", 24 "hai mươi tư",
 * 105 "một trăm linh năm", 1005 "một nghìn không trăm linh năm". Throws outside that range:
 * callers spell longer numbers digit by digit.
 */
export const vietnameseNumberWords = (value: number): string[] => {
  if (!Number.isInteger(value) || value < 0 || value > largestSpokenNumber) {
    throw new RangeError(`number out of spoken range 0..${largestSpokenNumber}: ${value}`);
  }
  if (value === 0) return ['không'];
  const thousands = Math.floor(value / 1000);
  const rest = value % 1000;
  if (thousands === 0) return belowThousand(rest, false);
  return rest === 0
    ? [digit(thousands), 'nghìn']
    : [digit(thousands), 'nghìn', ...belowThousand(rest, true)];
};

/** A run of digits: read as a number up to 9999 (leading zeros dropped), else digit by digit. */
export const vietnameseDigitsWords = (digits: string): string[] => {
  const value = Number.parseInt(digits, 10);
  return value <= largestSpokenNumber
    ? vietnameseNumberWords(value)
    : [...digits].map((character) => digit(Number(character)));
};

/** A ticket number such as `A025` → ["a", "hai", "mươi", "lăm"]; `BC1005` spells both letters. */
export const vietnameseTicketWords = (ticketNumber: string): string[] => {
  const match = /^([A-Z]*)(\d+)$/.exec(ticketNumber);
  if (!match) throw new RangeError(`not a ticket number: ${ticketNumber}`);
  const [, letters = '', digits = '0'] = match;
  return [
    ...[...letters].map((letter) => vietnameseLetterWords[letter] ?? letter.toLowerCase()),
    ...vietnameseDigitsWords(digits),
  ];
};

/** Every word the functions above can produce, for the clip generator and its coverage test. */
export const allVietnameseWords = (): string[] => [
  ...new Set([
    ...digitWords,
    'mười',
    'mươi',
    'mốt',
    'tư',
    'lăm',
    'linh',
    'trăm',
    'nghìn',
    ...Object.values(vietnameseLetterWords),
  ]),
];
