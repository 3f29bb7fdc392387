/**
 * The queue server an app talks to: `?server=` when given (for a Vite dev server),
 * otherwise the origin the app was loaded from, since the server hosts the apps.
 */
export const serverUrlFrom = (location: { search: string; origin: string }): string => {
  const fromQuery = new URLSearchParams(location.search).get('server');
  return (fromQuery ?? location.origin).replace(/\/+$/, '');
};

/**
 * The device id this screen uses: `?device=` when the address has one, else `fallback` (the
 * app's default device). A value that is there but no valid id (`màn-hình-2`, `display 2`,
 * empty) is answered as it is, never replaced by the default: the server refuses it at the
 * handshake and the screen says it is refused, rather than pass for another device (show
 * `display-1`'s calls, print on `kiosk-1`'s printer). Apps that can name the bad value check it
 * against the protocol's `idSchema` first.
 */
export const deviceIdFrom = (location: { search: string }, fallback: string): string =>
  new URLSearchParams(location.search).get('device') ?? fallback;
