/** Field path → why its value is refused, from the form's own checks or the server's envelope. */
export type FieldErrors = Record<string, string>;

/**
 * `errors` without those whose key `drops`: fields the officer has just changed no longer show
 * why their old values were refused (the next submit checks the new ones). The same object when
 * none is dropped, so an ordinary keystroke costs no render. Whatever an error is kept as (its
 * text, or what it is about, worded when shown), it is dropped the same way.
 */
export const withoutErrorsWhere = <T>(
  errors: Readonly<Record<string, T>>,
  drops: (key: string) => boolean,
): Readonly<Record<string, T>> => {
  if (!Object.keys(errors).some(drops)) return errors;
  return Object.fromEntries(Object.entries(errors).filter(([key]) => !drops(key)));
};

/** `errors` without those of `keys` (see `withoutErrorsWhere`). */
export const withoutErrors = <T>(
  errors: Readonly<Record<string, T>>,
  keys: readonly string[],
): Readonly<Record<string, T>> => withoutErrorsWhere(errors, (key) => keys.includes(key));
