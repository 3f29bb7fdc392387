import type { Counter } from '@openops/protocol';

/**
 * How a counter is shown: `number` ("Quầy 7") always and first, since the call is spoken by
 * the counter's number ("… đến quầy số bảy"); `name` ("Hộ tịch") under it, or null when the
 * name already says that number ("Quầy 7", "Quầy số 7", "… xây dựng số 7").
 */
export type CounterLabel = { number: string; name: string | null };

/** Whether the text holds the number on its own ("số 7", "Quầy 07"), not inside another ("17"). */
const mentions = (text: string, number: number): boolean =>
  (text.match(/\d+/g) ?? []).some((digits) => Number(digits) === number);

export const counterLabel = (counter: Pick<Counter, 'name' | 'number'>): CounterLabel => {
  const name = counter.name.trim();
  return {
    number: `Quầy ${counter.number}`,
    name: name === '' || mentions(name, counter.number) ? null : name,
  };
};
