import type { QueueSummary, Service } from '@openops/protocol';
import { labels } from './labels';
import { usePageCycle } from './use-page-cycle';
import { waitingPageSeconds, waitingPages } from './waiting-pages';

type Props = { summary: QueueSummary | null; services: readonly Service[] };

/**
 * Citizens waiting for each service this display's counters serve: up to two rows at once; a
 * zone serving more shows them a page at a time, with the page number beside the title.
 */
export const WaitingBoard = ({ summary, services }: Props) => {
  const pages = waitingPages(services);
  const page = usePageCycle(pages.length, waitingPageSeconds);
  return (
    <section aria-label="Số người đang chờ" className="waiting-board">
      <p className="panel-title">
        {labels.waiting.vi} <span className="en">{labels.waiting.en}</span>
        {pages.length > 1 && (
          <span className="waiting-page" aria-hidden="true">
            {page + 1}/{pages.length}
          </span>
        )}
      </p>
      <ul className="waiting-list">
        {(pages[page] ?? []).map((service) => {
          const count =
            summary?.waiting.find((entry) => entry.serviceId === service.id)?.count ?? 0;
          return (
            <li key={service.id} aria-label={`${service.name}: ${count}`}>
              <span className="service-name">
                <span className="service-vi">{service.name}</span>
                <span className="en">{service.nameEn}</span>
              </span>
              <span className="waiting-count">{count}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
};
