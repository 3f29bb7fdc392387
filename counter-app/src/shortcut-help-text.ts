import type { Language } from '@openops/client';
import { callChosenModifier, counterActions, shortcutKeys, type CounterAction } from './shortcuts';

type Wording = { vi: string; en: string };

/** What each action does, as the shortcut list names it. */
const actionNames: Record<CounterAction, Wording> = {
  'call-next': { vi: 'Gọi số tiếp theo', en: 'Call next' },
  recall: { vi: 'Gọi lại', en: 'Recall' },
  start: { vi: 'Bắt đầu phục vụ', en: 'Start serving' },
  finish: { vi: 'Hoàn thành, mời đánh giá', en: 'Finish, ask for a rating' },
  'no-show': { vi: 'Vắng mặt', en: 'No-show' },
  transfer: { vi: 'Chuyển dịch vụ / quầy', en: 'Transfer to another service / counter' },
  'return-to-queue': { vi: 'Trả số về hàng chờ', en: 'Return the ticket to the queue' },
  'receive-dossier': { vi: 'Tiếp nhận hồ sơ', en: 'Receive a dossier' },
  'return-dossier': { vi: 'Trả kết quả / bổ sung', en: 'Return the result / supplement' },
  pause: { vi: 'Tạm dừng / tiếp tục', en: 'Pause / resume' },
  help: { vi: 'Danh sách phím tắt', en: 'This list of shortcuts' },
};

/** Keys that are no action of their own: a chosen ticket's call, and closing a dialog. */
const otherKeys: readonly { keys: string; words: Wording }[] = [
  {
    keys: `${callChosenModifier}+1 … 9`,
    words: {
      vi: 'Gọi số thứ n trong danh sách chờ',
      en: 'Call the n-th ticket of the waiting list',
    },
  },
  { keys: 'Esc', words: { vi: 'Đóng hộp thoại', en: 'Close the dialog' } },
];

/** One row of the shortcut list: the key and what it does. */
export type ShortcutRow = { keys: string; text: string };

/** The shortcut list in `language`, one language at a time: every action's key, then the rest. */
export const shortcutRows = (language: Language): ShortcutRow[] => {
  const pick = (words: Wording): string => (language === 'en' ? words.en : words.vi);
  return [
    ...counterActions.map((action) => ({
      keys: shortcutKeys[action],
      text: pick(actionNames[action]),
    })),
    ...otherKeys.map(({ keys, words }) => ({ keys, text: pick(words) })),
  ];
};
