/** Field path → why its value is refused, from the form's own checks or the server's envelope. */
export type FieldErrors = Record<string, string>;

/**
 * `errors` without those whose key `drops`: fields the officer has just changed no longer show
 * why their old values were refused (the next submit checks the new ones). The same object when
 * none is dropped, so an ordinary keystroke costs no render.
 */
export const withoutErrorsWhere = (
  errors: FieldErrors,
  drops: (key: string) => boolean,
): FieldErrors => {
  if (!Object.keys(errors).some(drops)) return errors;
  return Object.fromEntries(Object.entries(errors).filter(([key]) => !drops(key)));
};

/** `errors` without those of `keys` (see `withoutErrorsWhere`). */
export const withoutErrors = (errors: FieldErrors, keys: readonly string[]): FieldErrors =>
  withoutErrorsWhere(errors, (key) => keys.includes(key));
