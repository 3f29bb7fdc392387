/**
 * The queue server an app talks to: `?server=` when given (for a Vite dev server),
 * otherwise the origin the app was loaded from, since the server hosts the apps.
 */
export const serverUrlFrom = (location: { search: string; origin: string }): string => {
  const fromQuery = new URLSearchParams(location.search).get('server');
  return (fromQuery ?? location.origin).replace(/\/+$/, '');
};

/** The device id this screen uses: `?device=` when given, else the app's default. */
export const deviceIdFrom = (location: { search: string }, fallback: string): string => {
  const fromQuery = new URLSearchParams(location.search).get('device');
  return fromQuery && /^[A-Za-z0-9._-]{1,64}$/.test(fromQuery) ? fromQuery : fallback;
};
