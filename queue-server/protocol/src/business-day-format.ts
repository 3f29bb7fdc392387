/**
 * A business day (`YYYY-MM-DD`) written as Vietnamese dates are: `03/12/2026`. Anything else is
 * returned as given, so a malformed day shows as it is rather than as `undefined/…`.
 */
export const formatBusinessDay = (day: string): string => {
  const [year, month, date] = day.split('-');
  return year && month && date ? `${date}/${month}/${year}` : day;
};
