/** Resolves once `check` holds, polling every 20 ms; throws naming `what` after `timeoutMs`. */
export const waitUntil = async (
  check: () => boolean,
  what: string,
  timeoutMs = 5000,
): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};
