import type { z } from 'zod';
import type {
  AppointmentPolicy,
  CentreInfo,
  ConfiguredDevice,
  Counter,
  OfficerConfig,
  PriorityCategory,
  Service,
  ServiceField,
} from '@openops/protocol';
import { isKnownTimeZone } from '../domain/business-day';

type ModelParts = {
  centre: CentreInfo;
  services: Service[];
  counters: Counter[];
  fields?: ServiceField[] | undefined;
  officers?: OfficerConfig[] | undefined;
  devices?: ConfiguredDevice[] | undefined;
  priorityCategories?: PriorityCategory[] | undefined;
  appointments?: AppointmentPolicy | undefined;
};

const duplicates = <T>(items: readonly T[], key: (item: T) => string): number[] => {
  const seen = new Set<string>();
  return items.flatMap((item, index) => {
    const value = key(item);
    if (seen.has(value)) return [index];
    seen.add(value);
    return [];
  });
};

/**
 * Cross-references of the centre model that a field-by-field schema cannot see: every id
 * named exists, ids are unique, the time zone is real, opening hours end after they start.
 * Messages are Vietnamese with the English in brackets, since an admin reads them at start-up.
 */
export const checkCentreModel = (config: ModelParts, context: z.RefinementCtx): void => {
  const issue = (path: Array<string | number>, message: string): void =>
    context.addIssue({ code: 'custom', path, message });
  if (!isKnownTimeZone(config.centre.timeZone)) {
    issue(
      ['centre', 'timeZone'],
      `múi giờ không tồn tại (unknown time zone): ${config.centre.timeZone}`,
    );
  }
  const fieldIds = new Set((config.fields ?? []).map((field) => field.id));
  duplicates(config.fields ?? [], (field) => field.id).forEach((index) =>
    issue(['fields', index, 'id'], 'mã lĩnh vực trùng (duplicate field id)'),
  );
  config.services.forEach((service, index) => {
    if (service.fieldId !== undefined && !fieldIds.has(service.fieldId)) {
      issue(
        ['services', index, 'fieldId'],
        `lĩnh vực không tồn tại (unknown field): ${service.fieldId}`,
      );
    }
    (service.openingHours ?? []).forEach((hours, hoursIndex) => {
      if (hours.to <= hours.from) {
        issue(
          ['services', index, 'openingHours', hoursIndex],
          'giờ kết thúc phải sau giờ bắt đầu (closing time must follow opening time)',
        );
      }
    });
  });
  const counterIds = new Set(config.counters.map((counter) => counter.id));
  config.counters.forEach((counter, index) => {
    Object.keys(counter.weights ?? {}).forEach((serviceId) => {
      if (!counter.serviceIds.includes(serviceId)) {
        issue(
          ['counters', index, 'weights', serviceId],
          `quầy không phục vụ dịch vụ này (counter does not serve): ${serviceId}`,
        );
      }
    });
  });
  const officers = config.officers ?? [];
  duplicates(officers, (officer) => officer.id).forEach((index) =>
    issue(['officers', index, 'id'], 'mã cán bộ trùng (duplicate officer id)'),
  );
  duplicates(officers, (officer) => officer.username).forEach((index) =>
    issue(['officers', index, 'username'], 'tên đăng nhập trùng (duplicate username)'),
  );
  officers.forEach((officer, index) =>
    (officer.counterIds ?? []).forEach((counterId, counterIndex) => {
      if (!counterIds.has(counterId)) {
        issue(
          ['officers', index, 'counterIds', counterIndex],
          `quầy không tồn tại (unknown counter): ${counterId}`,
        );
      }
    }),
  );
  duplicates(config.devices ?? [], (device) => device.id).forEach((index) =>
    issue(['devices', index, 'id'], 'mã thiết bị trùng (duplicate device id)'),
  );
  const categories = config.priorityCategories ?? [];
  duplicates(categories, (category) => category.id).forEach((index) =>
    issue(
      ['priorityCategories', index, 'id'],
      'mã nhóm ưu tiên trùng (duplicate priority category)',
    ),
  );
  const categoryId = config.appointments?.priorityCategoryId;
  if (categoryId !== undefined && !categories.some((category) => category.id === categoryId)) {
    issue(
      ['appointments', 'priorityCategoryId'],
      `nhóm ưu tiên không tồn tại (unknown priority category): ${categoryId}`,
    );
  }
};
