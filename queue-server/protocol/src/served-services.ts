/**
 * Whether some counter serves a service: only then is a ticket for it ever called. The kiosk
 * offers no other service, the server issues no number for one and sends no transfer to one
 * (unless to a named counter), and the floor alerts about each.
 */
export const servesService = (
  counters: readonly { serviceIds: readonly string[] }[],
  serviceId: string,
): boolean => counters.some((counter) => counter.serviceIds.includes(serviceId));
