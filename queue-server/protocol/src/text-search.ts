/**
 * Vietnamese search that ignores tone marks and case, so "dang ky khai sinh", "ĐĂNG KÝ"
 * and "đăng ký khai sinh" all find "Đăng ký khai sinh". Citizens at a kiosk and officers in a
 * hurry type without marks, and a Vietnamese input method may not be on at all.
 *
 * Pure and platform-free: the kiosk catalogue and the counter's procedure search use it.
 */

// `đ`/`Đ` is a letter of its own, not `d` plus a mark, so NFD leaves it whole.
const dStroke = /[đĐ]/g;
// Combining diacritical marks: tones (sắc, huyền, hỏi, ngã, nặng) and vowel marks (ă, â, ê, ô, ơ, ư).
const combiningMarks = /[\u0300-\u036f]/g;

/**
 * Folds text for comparison: `đ`→`d`, every mark removed, lower case, runs of spaces and
 * punctuation (other than `.` and `-`, which codes use) turned into one space, trimmed.
 */
export const foldVietnamese = (text: string): string =>
  text
    .replace(dStroke, 'd')
    .normalize('NFD')
    .replace(combiningMarks, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}.-]+/gu, ' ')
    .trim();

/** The query's folded words; an empty or blank query has none. */
export const searchTerms = (query: string): string[] =>
  foldVietnamese(query)
    .split(' ')
    .filter((term) => term !== '');

/**
 * True when every word of the query starts a word of one of the texts (after folding), in any
 * order: "khai sinh" and "sinh khai" find "Đăng ký khai sinh"; "kh" finds it too. Matching word
 * starts rather than any substring keeps "an" from finding every "bản", "văn", "toàn"... A blank
 * query matches everything.
 */
export const matchesSearch = (query: string, texts: readonly string[]): boolean => {
  const terms = searchTerms(query);
  if (terms.length === 0) return true;
  const words = texts.flatMap((text) => foldVietnamese(text).split(' '));
  return terms.every((term) => words.some((word) => word.startsWith(term)));
};

/**
 * Filters items by a query and orders them best first: an exact folded match of the first
 * text, then texts starting with the query, then the rest in their original order.
 * `textsOf` gives each item's searchable texts, most important first (e.g. name, code).
 */
export const searchItems = <T>(
  items: readonly T[],
  query: string,
  textsOf: (item: T) => readonly string[],
): T[] => {
  const folded = searchTerms(query).join(' ');
  if (folded === '') return [...items];
  const rank = (item: T): number => {
    const first = foldVietnamese(textsOf(item)[0] ?? '');
    if (first === folded) return 0;
    if (first.startsWith(folded)) return 1;
    return 2;
  };
  return items
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => matchesSearch(query, textsOf(item)))
    .map((entry) => ({ ...entry, rank: rank(entry.item) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ item }) => item);
};
