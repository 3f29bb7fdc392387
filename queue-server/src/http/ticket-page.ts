import express, { type Router } from 'express';
import { formatBusinessDay } from '@openops/protocol';
import type { CentreConfigStore } from '../config/centre-config-store';
import { localTime } from '../domain/opening-hours';
import type { QueueService } from '../queue/queue-service';
import { renderTicketPage, renderUnknownTicketPage } from './ticket-page-html';

type Deps = { queue: QueueService; config: CentreConfigStore; clock: () => Date };

/**
 * `GET /ticket/:ticketId`: the page a citizen's phone opens from the QR on a queue ticket.
 * Public like `GET /api/v1/tickets/:ticketId`: the id is a random UUID known only from the
 * slip, and the page shows no personal data (number, service, place, counter).
 */
export const ticketPage = ({ queue, config, clock }: Deps): Router => {
  const router = express.Router();
  router.get('/ticket/:ticketId', (request, response) => {
    const centre = config.current();
    response.set('Cache-Control', 'no-store');
    const found = queue.ticketWithEvents(request.params.ticketId);
    if (!found.ok) {
      response.status(404).type('html').send(renderUnknownTicketPage(centre.centre.name));
      return;
    }
    const { ticket } = found.data;
    const service = centre.services.find((candidate) => candidate.id === ticket.serviceId);
    const counter = centre.counters.find((candidate) => candidate.id === ticket.counterId);
    const today = ticket.businessDay === queue.today();
    response.type('html').send(
      renderTicketPage({
        centreName: centre.centre.name,
        centreNameEn: centre.centre.nameEn,
        number: ticket.number,
        serviceName: service?.name ?? ticket.serviceId,
        serviceNameEn: service?.nameEn ?? ticket.serviceId,
        state: ticket.state,
        position: today && ticket.state === 'waiting' ? queue.positionOf(ticket) : null,
        counterNumber: counter?.number ?? null,
        otherDay: today ? null : formatBusinessDay(ticket.businessDay),
        updatedAt: localTime(clock(), centre.centre.timeZone).time,
      }),
    );
  });
  return router;
};
