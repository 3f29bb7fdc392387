import type { Service, ServiceField } from '@openops/protocol';

export type ServiceGroup = { field: ServiceField | null; services: Service[] };

/**
 * Services grouped by field, in the order fields are configured; services without a known field
 * come last in a group of their own. Without fields, one group holds every service.
 */
export const groupServices = (
  services: readonly Service[],
  fields: readonly ServiceField[],
): ServiceGroup[] => {
  const known = new Set(fields.map((field) => field.id));
  const groups: ServiceGroup[] = fields
    .map((field) => ({
      field,
      services: services.filter((service) => service.fieldId === field.id),
    }))
    .filter((group) => group.services.length > 0);
  const rest = services.filter((service) => !service.fieldId || !known.has(service.fieldId));
  return rest.length > 0 ? [...groups, { field: null, services: rest }] : groups;
};

/**
 * Whether a group is one service named like its field ("Đất đai – Xây dựng" in the field of
 * that name): a heading above its button would only repeat the button.
 */
export const namesItsOnlyService = (group: ServiceGroup): boolean =>
  group.field !== null &&
  group.services.length === 1 &&
  group.services[0]?.name === group.field.name;

/**
 * The sections of a one-screen menu. A field that groups services keeps its heading; a field
 * holding one service of its own name joins the services without a field in one last section
 * (headed "other services" when any headed section comes before it). A heading-less button
 * placed right below a headed field would read as part of that field.
 */
export const menuSections = (groups: readonly ServiceGroup[]): ServiceGroup[] => {
  const headed = groups.filter((group) => group.field !== null && !namesItsOnlyService(group));
  const rest = groups
    .filter((group) => group.field === null || namesItsOnlyService(group))
    .flatMap((group) => group.services);
  return rest.length > 0 ? [...headed, { field: null, services: rest }] : headed;
};

/**
 * Up to this many services show on the home screen at once, one tap each; a centre with more
 * shows its fields first, then the field's services: never more than two taps.
 */
export const flatMenuLimit = 8;
