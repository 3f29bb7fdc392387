import { servesService, type FloorAlert, type Service } from '@openops/protocol';

/**
 * The floor's alert about services no counter serves: a ticket taken for one would wait for a
 * call that never comes (the kiosk leaves such a service out, and the server refuses it, but a
 * ticket transferred to it, or one taken before the last counter was edited, waits there).
 * Critical while such tickets wait, a warning otherwise.
 */
export const serviceAlerts = (inputs: {
  services: readonly Pick<Service, 'id' | 'name' | 'nameEn'>[];
  counters: readonly { serviceIds: readonly string[] }[];
  waiting: ReadonlyMap<string, number>;
  now: Date;
}): FloorAlert[] => {
  return inputs.services
    .filter((service) => !servesService(inputs.counters, service.id))
    .map((service) => {
      const waiting = inputs.waiting.get(service.id) ?? 0;
      return {
        id: `service-without-counter:${service.id}`,
        kind: 'service-without-counter',
        severity: waiting > 0 ? 'critical' : 'warning',
        message: `${service.name}: chưa có quầy nào phục vụ${waiting > 0 ? `, ${waiting} số đang chờ không được gọi` : ''}. Hãy gán dịch vụ cho một quầy trong Cấu hình.`,
        messageEn: `${service.nameEn}: no counter serves it${waiting > 0 ? `; ${waiting} waiting tickets cannot be called` : ''}. Assign it to a counter in the configuration.`,
        since: inputs.now.toISOString(),
      };
    });
};
