import {
  allEnglishWords,
  englishLetterSpeech,
  englishNumberWords,
  englishTicketWords,
} from './english-words';
import {
  allVietnameseWords,
  vietnameseNumberWords,
  vietnameseTicketWords,
} from './vietnamese-words';

/** A clip in the announcement sprite: the chime, a phrase, or one word of one language. */
export type ClipId = string;
export type ClipVoice = 'vi' | 'en';

/** What the generator speaks (or synthesises) for one clip. */
export type ClipSpec = { id: ClipId; voice: ClipVoice | 'chime'; text: string };

export const chimeClip: ClipId = 'chime';

/** The fixed parts of the sentence, recorded whole so they sound like one breath. */
const phrases = {
  'vi:intro': 'Xin mời công dân có số thứ tự',
  'vi:to-counter': 'đến quầy số',
  'en:intro': 'Ticket number',
  'en:to-counter': 'please go to counter',
} as const;

export const wordClip = (voice: ClipVoice, word: string): ClipId => `${voice}:${word}`;

/** Every clip the announcements can use, with the text the speech engine reads for it. */
export const clipCatalogue = (): ClipSpec[] => [
  { id: chimeClip, voice: 'chime', text: '' },
  ...Object.entries(phrases).map(([id, text]): ClipSpec => ({
    id,
    voice: id.startsWith('vi:') ? 'vi' : 'en',
    text,
  })),
  // Hyphenated letter names ("e-lờ") are two syllables read as one clip.
  ...allVietnameseWords().map((word): ClipSpec => ({
    id: wordClip('vi', word),
    voice: 'vi',
    text: word.replaceAll('-', ' '),
  })),
  ...allEnglishWords().map((word): ClipSpec => ({
    id: wordClip('en', word),
    voice: 'en',
    text: englishLetterSpeech[word] ?? word,
  })),
];

export type AnnouncementOptions = {
  /** Chime first (default true). */
  chime: boolean;
  /** Repeat the call in English after the Vietnamese (default false). */
  english: boolean;
};

/**
 * The clip sequence of one call: chime, "Xin mời công dân có số thứ tự {number} đến quầy số
 * {counter}", then optionally "Ticket number {number}, please go to counter {counter}".
 */
export const announcementClips = (
  call: { ticketNumber: string; counterNumber: number },
  options: AnnouncementOptions = { chime: true, english: false },
): ClipId[] => {
  const vietnamese = [
    'vi:intro',
    ...vietnameseTicketWords(call.ticketNumber).map((word) => wordClip('vi', word)),
    'vi:to-counter',
    ...vietnameseNumberWords(call.counterNumber).map((word) => wordClip('vi', word)),
  ];
  const english = options.english
    ? [
        'en:intro',
        ...englishTicketWords(call.ticketNumber).map((word) => wordClip('en', word)),
        'en:to-counter',
        ...englishNumberWords(call.counterNumber).map((word) => wordClip('en', word)),
      ]
    : [];
  return [...(options.chime ? [chimeClip] : []), ...vietnamese, ...english];
};
