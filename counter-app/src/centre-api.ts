import type { CentreSnapshot, Counter, Reply, Service } from '@openops/protocol';

/**
 * The counters and services from the public REST routes, for the sign-in screen; null when the
 * server cannot be reached (the screen then waits for the socket's snapshot).
 */
export const fetchCentre = async (serverUrl: string): Promise<CentreSnapshot | null> => {
  try {
    const [counters, services] = await Promise.all([
      fetch(`${serverUrl}/api/v1/counters`).then(
        (response) => response.json() as Promise<Reply<Counter[]>>,
      ),
      fetch(`${serverUrl}/api/v1/services`).then(
        (response) => response.json() as Promise<Reply<Service[]>>,
      ),
    ]);
    if (!counters.ok || !services.ok) return null;
    return {
      centre: { name: '', nameEn: '', timeZone: 'Asia/Ho_Chi_Minh' },
      counters: counters.data,
      services: services.data,
    };
  } catch {
    return null;
  }
};
