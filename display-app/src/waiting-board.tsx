import type { QueueSummary, Service } from '@openops/protocol';
import { labels } from './labels';

type Props = { summary: QueueSummary | null; services: readonly Service[] };

/** Citizens waiting for each service this display's counters serve. */
export const WaitingBoard = ({ summary, services }: Props) => (
  <section aria-label="Số người đang chờ" className="waiting-board">
    <p className="panel-title">
      {labels.waiting.vi} <span className="en">{labels.waiting.en}</span>
    </p>
    <ul className="waiting-list">
      {services.map((service) => {
        const count = summary?.waiting.find((entry) => entry.serviceId === service.id)?.count ?? 0;
        return (
          <li key={service.id} aria-label={`${service.name}: ${count}`}>
            <span className="service-name">
              {service.name}
              <span className="en">{service.nameEn}</span>
            </span>
            <span className="waiting-count">{count}</span>
          </li>
        );
      })}
    </ul>
  </section>
);
