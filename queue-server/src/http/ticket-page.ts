import express, { type Router } from 'express';
import { formatBusinessDay } from '@openops/protocol';
import type { CentreConfigStore } from '../config/centre-config-store';
import { localTime } from '../domain/opening-hours';
import type { QueueService } from '../queue/queue-service';
import { createAddressRateLimit } from './address-rate-limit';
import {
  renderBusyTicketPage,
  renderTicketPage,
  renderUnknownTicketPage,
} from './ticket-page-html';

type Deps = { queue: QueueService; config: CentreConfigStore; clock: () => Date };

/**
 * Page loads one network address may make a minute. A phone reloads every 30 s, and a guest
 * Wi-Fi may put every phone in the hall behind one address, so the limit is generous; it is
 * there to keep a flood from one address off the server that runs the queue. Default 300.
 */
export const ticketPageLoadsPerMinute = 300;

/**
 * `GET /ticket/:ticketId`: the page a citizen's phone opens from the QR on a queue ticket.
 * Public like `GET /api/v1/tickets/:ticketId`: the id is a random UUID known only from the
 * slip, and the page shows no personal data (number, service, place, counter).
 */
export const ticketPage = ({ queue, config, clock }: Deps): Router => {
  const router = express.Router();
  const rateLimit = createAddressRateLimit({ limit: ticketPageLoadsPerMinute, windowMs: 60_000 });
  router.get('/ticket/:ticketId', (request, response) => {
    const centre = config.current();
    response.set('Cache-Control', 'no-store');
    const taken = rateLimit.take(request.socket.remoteAddress ?? 'unknown');
    if (!taken.allowed) {
      response
        .status(429)
        .set('Retry-After', String(taken.retryAfterSeconds))
        .type('html')
        .send(renderBusyTicketPage(centre.centre.name, taken.retryAfterSeconds));
      return;
    }
    const ticket = queue.ticketById(request.params.ticketId);
    if (!ticket) {
      response.status(404).type('html').send(renderUnknownTicketPage(centre.centre.name));
      return;
    }
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
