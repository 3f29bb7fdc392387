import type { Language } from '@openops/client';

/** A letter with a Vietnamese mark, or đ: a text holding one is not the English gloss. */
const vietnameseLetter = /[À-ỹĐđ]/u;

/**
 * The server's own sentences that carry no English beside them, worded for the English
 * screens: the centre model's checks (`dịch vụ không tồn tại: …`), the protocol's field rules
 * and the procedure routes' refusals. Values (ids, prefixes, names) are kept as sent.
 */
const englishOf: ReadonlyArray<readonly [RegExp, (match: RegExpExecArray) => string]> = [
  [/^dịch vụ không tồn tại: (.*)$/s, (match) => `unknown service: ${match[1]}`],
  [/^mã dịch vụ trùng: (.*)$/s, (match) => `duplicate service ID: ${match[1]}`],
  [/^tiền tố trùng: (.*)$/s, (match) => `duplicate prefix: ${match[1]}`],
  [/^mã quầy trùng: (.*)$/s, (match) => `duplicate counter ID: ${match[1]}`],
  [/^số quầy trùng: (.*)$/s, (match) => `duplicate counter number: ${match[1]}`],
  [/^tiền tố là 1 đến 3 chữ cái in hoa$/, () => '1 to 3 capital letters'],
  [
    /^chỉ gồm chữ, số, dấu chấm, gạch ngang, gạch dưới$/,
    () => 'letters, digits, dots, hyphens and underscores only',
  ],
  [
    /^tên đăng nhập chỉ gồm chữ thường không dấu, số, \. _ -$/,
    () => 'lower-case letters without accents, digits, . _ - only',
  ],
  [/^cần mật khẩu từ 8 ký tự$/, () => 'a password of at least 8 characters is needed'],
  [/^trùng với một giấy tờ khác \((.*)\)$/s, (match) => `same as another document (${match[1]})`],
  [/^trùng với một lệ phí khác \((.*)\)$/s, (match) => `same as another fee (${match[1]})`],
  [/^mức lệ phí tối đa (.*)$/s, (match) => `at most ${match[1]}`],
  [/^phải là "(.*)" hoặc bỏ trống$/s, (match) => `must be "${match[1]}" or left out`],
  [/^Dữ liệu không hợp lệ$/, () => 'The data is not valid'],
  [
    /^Cấu hình sau khi sửa không hợp lệ$/,
    () => 'The configuration would not be valid after this change',
  ],
  [
    /^Mã thủ tục trong nội dung khác mã trên đường dẫn$/,
    () => 'The procedure ID in the body differs from the one in the address',
  ],
  [/^Không có thủ tục "(.*)"$/s, (match) => `No procedure "${match[1]}"`],
  [/^Không có hồ sơ "(.*)" \(no such dossier\)$/s, (match) => `No dossier "${match[1]}"`],
  // Opening a counter another officer holds: the gloss alone would drop who holds it.
  [
    /^(.+) đang do (.+) phụ trách \(counter held by another officer\)$/s,
    (match) => `${match[1]} is held by ${match[2]}`,
  ],
  // An officer list refused for an officer holding a counter, one issue per officer:
  // "Nguyễn Văn B (can-bo-2) giữ Quầy 2, đang mở: bị khoá".
  [
    /^(.*) giữ (.*), (đang mở|đang tạm dừng): (bị xoá|bị khoá|không còn được phân công (.*))$/s,
    (match) => {
      const [, officer, counter, state, what, unassigned] = match;
      const change =
        what === 'bị xoá'
          ? 'removed'
          : what === 'bị khoá'
            ? 'disabled'
            : `no longer assigned to ${unassigned ?? ''}`;
      return `${officer} holds ${counter}, ${state === 'đang mở' ? 'open' : 'paused'}: ${change}`;
    },
  ],
];

const tickets = (count: string): string => (count === '1' ? 'ticket' : 'tickets');

/**
 * Lower case for the middle of a sentence; an abbreviation ("ID") and a language's name
 * ("English name") are kept as they are.
 */
export const lowerFirst = (text: string): string =>
  /^(\p{Lu}{2}|English|Vietnamese)/u.test(text)
    ? text
    : text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

/**
 * What the server says a counter or service is doing, in the lists of its "in use" refusals
 * ("Quầy 2 (đang mở, đang gọi số A004)"); longer phrases first, as some hold shorter ones.
 */
const inUsePhrases: ReadonlyArray<
  readonly [RegExp, string | ((whole: string, count: string) => string)]
> = [
  [
    /(\d+) số được chuyển đến đang chờ/g,
    (_, count) => `${count} transferred ${tickets(count)} waiting`,
  ],
  [
    /(\d+) số đang chờ hoặc đang được phục vụ/g,
    (_, count) => `${count} ${tickets(count)} waiting or being served`,
  ],
  [/(\d+) số đang chờ/g, (_, count) => `${count} ${tickets(count)} waiting`],
  [
    /(\d+) lịch hẹn chưa đến/g,
    (_, count) => `${count} ${count === '1' ? 'booking' : 'bookings'} still to check in`,
  ],
  [/đang phục vụ số (\S+)/g, 'serving $1'],
  [/đang gọi số (\S+)/g, 'calling $1'],
  [/đang tạm dừng/g, 'paused'],
  [/đang mở/g, 'open'],
  [/ giữ /g, ' holds '],
];

/**
 * The English gloss the server puts in brackets, with what follows it after a colon:
 * "múi giờ không tồn tại (unknown time zone): Asia/X" → "unknown time zone: Asia/X". The last
 * bracket of several words with no Vietnamese letter is the gloss: earlier ones hold names and
 * ids ("Nguyễn Văn B (can-bo-2)"). Null when there is none.
 */
const glossOf = (message: string): { gloss: string; before: string; after: string } | null => {
  const brackets = [...message.matchAll(/\(([^()]*)\)/g)].filter((match) => {
    const inside = match[1] ?? '';
    return /\s/.test(inside.trim()) && /[a-z]/i.test(inside) && !vietnameseLetter.test(inside);
  });
  const last = brackets[brackets.length - 1];
  if (!last || last.index === undefined) return null;
  return {
    gloss: (last[1] ?? '').trim(),
    before: message.slice(0, last.index).trim(),
    after: message.slice(last.index + last[0].length),
  };
};

const toEnglish = (message: string): string => {
  for (const [pattern, english] of englishOf) {
    const match = pattern.exec(message);
    if (match) return english(match);
  }
  const found = glossOf(message);
  if (!found) return message;
  // "Không xoá được quầy đang làm việc: Quầy 2 (đang mở). Hãy … (A counter in use cannot be
  // removed.)": the gloss says the rule, the Vietnamese before it which counters break it.
  const listed = /^[^:()]+: (.+)\. Hãy .*$/s.exec(found.before);
  if (listed && found.after.trim() === '') {
    const names = inUsePhrases.reduce(
      (text, [pattern, english]) =>
        typeof english === 'string'
          ? text.replace(pattern, english)
          : text.replace(pattern, (whole, count: string) => english(whole, count)),
      listed[1] ?? '',
    );
    return `${names}: ${lowerFirst(found.gloss)}`;
  }
  // What follows the gloss is kept when it names something ("…: Asia/X") or holds no
  // Vietnamese (a sync error's "[tinh: timeout]"); a Vietnamese sentence after it is dropped.
  const after = found.after.trimEnd();
  return /^\s*:/.test(after) || !vietnameseLetter.test(after)
    ? `${found.gloss}${after}`
    : found.gloss;
};

/**
 * A sentence the server wrote (a refusal's message or one of its issues) in `language`: as sent
 * in Vietnamese, which is what the server writes; in English, the gloss the server puts in
 * brackets ("… (supervisor sign-in required)"), the English of its sentences that have none, or,
 * for a sentence this module does not know, the Vietnamese as sent rather than nothing. The
 * first letter is left as written: a refusal's message starts a sentence (see
 * `serverRefusalText`), an issue's follows a field's name.
 */
export const serverMessageText = (message: string, language: Language): string =>
  language === 'vi' ? message : toEnglish(message);

/**
 * A refusal's own message in `language`: the Vietnamese as sent; the English starting with a
 * capital letter, as a gloss may not.
 */
export const serverRefusalText = (message: string, language: Language): string => {
  if (language === 'vi') return message;
  const text = toEnglish(message);
  return text.charAt(0).toUpperCase() + text.slice(1);
};
