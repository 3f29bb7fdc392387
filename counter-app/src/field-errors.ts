/** Field path → why its value is refused, from the form's own checks or the server's envelope. */
export type FieldErrors = Record<string, string>;

/**
 * `errors` without those of `keys`: a field the officer has just changed no longer shows why its
 * old value was refused (the next submit checks the new one). The same object when none of
 * them had an error, so an ordinary keystroke costs no render.
 */
export const withoutErrors = (errors: FieldErrors, keys: readonly string[]): FieldErrors => {
  if (!keys.some((key) => key in errors)) return errors;
  return Object.fromEntries(Object.entries(errors).filter(([key]) => !keys.includes(key)));
};
