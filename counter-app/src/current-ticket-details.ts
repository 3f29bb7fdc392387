import type { Language } from '@openops/client';
import type { PriorityCategory, Service } from '@openops/protocol';
import { messages } from './messages';

/** What the screen knows of the ticket at the counter beyond its number. */
export type TicketFacts = { serviceId: string | null; priorityCategoryId: string | null };

/**
 * "Hộ tịch · Ưu tiên: Người cao tuổi": the service the citizen came for and, when the ticket has
 * one, its priority group, named in `language` from the centre's configuration (an id it no
 * longer has is shown as is). Null when no ticket is at the counter.
 */
export const currentTicketDetails = (
  ticket: TicketFacts,
  centre: { services: readonly Service[]; priorityCategories: readonly PriorityCategory[] },
  language: Language,
): string | null => {
  if (ticket.serviceId === null) return null;
  const en = language === 'en';
  const service = centre.services.find((candidate) => candidate.id === ticket.serviceId);
  const serviceName = service ? (en ? service.nameEn : service.name) : ticket.serviceId;
  if (ticket.priorityCategoryId === null) return serviceName;
  const category = centre.priorityCategories.find(
    (candidate) => candidate.id === ticket.priorityCategoryId,
  );
  const categoryName = category
    ? en
      ? category.nameEn
      : category.name
    : ticket.priorityCategoryId;
  return `${serviceName} · ${messages[language].priority}: ${categoryName}`;
};
