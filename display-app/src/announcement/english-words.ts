/** English words for the optional second reading of a call; one word is one recorded clip. */

const small = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
] as const;
const tensWords = [
  '',
  '',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
] as const;

const belowHundred = (value: number): string[] => {
  if (value < 20) return [small[value] ?? 'zero'];
  const tens = tensWords[Math.floor(value / 10)] ?? '';
  return value % 10 === 0 ? [tens] : [tens, small[value % 10] ?? 'zero'];
};

const belowThousand = (value: number): string[] => {
  const hundreds = Math.floor(value / 100);
  const rest = value % 100;
  if (hundreds === 0) return belowHundred(rest);
  const head = [small[hundreds] ?? 'zero', 'hundred'];
  return rest === 0 ? head : [...head, ...belowHundred(rest)];
};

/** 0..9999 in words: 1005 → "one thousand five", 125 → "one hundred twenty five". */
export const englishNumberWords = (value: number): string[] => {
  if (!Number.isInteger(value) || value < 0 || value > 9999) {
    throw new RangeError(`number out of spoken range 0..9999: ${value}`);
  }
  if (value < 1000) return belowThousand(value);
  const thousands = Math.floor(value / 1000);
  const rest = value % 1000;
  const head = [small[thousands] ?? 'zero', 'thousand'];
  return rest === 0 ? head : [...head, ...belowThousand(rest)];
};

/** A ticket number such as `A025` → ["A", "twenty", "five"]; letters are their own clips. */
export const englishTicketWords = (ticketNumber: string): string[] => {
  const match = /^([A-Z]*)(\d+)$/.exec(ticketNumber);
  if (!match) throw new RangeError(`not a ticket number: ${ticketNumber}`);
  const [, letters = '', digits = '0'] = match;
  const value = Number.parseInt(digits, 10);
  const numberWords =
    value <= 9999
      ? englishNumberWords(value)
      : [...digits].map((character) => small[Number(character)] ?? 'zero');
  return [...letters, ...numberWords];
};

/** How each English letter is spelled for the speech engine, so "A" is not read as "uh". */
export const englishLetterSpeech: Readonly<Record<string, string>> = {
  A: 'ay',
  B: 'bee',
  C: 'see',
  D: 'dee',
  E: 'ee',
  F: 'eff',
  G: 'gee',
  H: 'aitch',
  I: 'eye',
  J: 'jay',
  K: 'kay',
  L: 'ell',
  M: 'em',
  N: 'en',
  O: 'oh',
  P: 'pee',
  Q: 'cue',
  R: 'ar',
  S: 'ess',
  T: 'tee',
  U: 'you',
  V: 'vee',
  W: 'double you',
  X: 'ex',
  Y: 'why',
  Z: 'zed',
};

/** Every English word the functions above can produce. */
export const allEnglishWords = (): string[] => [
  ...small,
  ...tensWords.filter((word) => word !== ''),
  'hundred',
  'thousand',
  ...Object.keys(englishLetterSpeech),
];
