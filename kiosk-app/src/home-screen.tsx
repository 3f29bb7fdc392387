import type { Language } from '@openops/client';
import type { PriorityCategory, QueueSummary, Service, ServiceField } from '@openops/protocol';
import type { Translate } from './messages';
import { flatMenuLimit, groupServices, menuSections, type ServiceGroup } from './service-groups';
import { ScrollArea } from './scroll-area';

/**
 * What the home screen has open: a field's services (two-level menu) or the priority chooser.
 * Held by the app, not the screen, so the idle timeout sees it and closes it for the next
 * citizen.
 */
export type HomeView = { openFieldId: string | null; choosingPriority: boolean };

export const cleanHome: HomeView = { openFieldId: null, choosingPriority: false };

type Props = {
  view: HomeView;
  onView: (view: HomeView) => void;
  services: readonly Service[];
  fields: readonly ServiceField[];
  selfDeclared: readonly PriorityCategory[];
  /** The priority group the citizen declared for the next ticket; null for none. */
  priority: PriorityCategory | null;
  onPriority: (category: PriorityCategory | null) => void;
  summary: QueueSummary | null;
  busy: boolean;
  language: Language;
  t: Translate;
  onTake: (serviceId: string) => void;
  onAppointment: () => void;
  onLookup: () => void;
  onCatalogue: () => void;
};

/**
 * One tap on a service issues its ticket. A small centre shows every service at once, grouped
 * by field; a centre with more than `flatMenuLimit` services shows its fields first (two taps).
 * The other flows sit below (beside, on a landscape screen), as large as the services. Every
 * choice is in view without scrolling the page: services that do not fit scroll in their own
 * area, with a cue (`home-layout.css`).
 */
export const HomeScreen = ({
  view,
  onView,
  services,
  fields,
  selfDeclared,
  priority,
  onPriority,
  summary,
  busy,
  language,
  t,
  onTake,
  onAppointment,
  onLookup,
  onCatalogue,
}: Props) => {
  const { openFieldId, choosingPriority } = view;
  const setOpenFieldId = (id: string | null): void => onView({ ...view, openFieldId: id });
  const setChoosingPriority = (choosing: boolean): void =>
    onView({ ...view, choosingPriority: choosing });
  const nameOf = (named: { name: string; nameEn: string }): string =>
    language === 'vi' ? named.name : named.nameEn;
  const waitingFor = (serviceId: string): number =>
    summary?.waiting.find((entry) => entry.serviceId === serviceId)?.count ?? 0;
  /** Why a service gives no number now, if it does not: the day's numbers first, they are final. */
  const unavailableNote = (serviceId: string): string | null => {
    if (summary?.numbersUsedUp.includes(serviceId)) return t('numbersUsedUp');
    if (summary?.notIssuingNow.includes(serviceId)) return t('notIssuingNow');
    return null;
  };
  const groups = groupServices(services, fields);
  const twoLevel = services.length > flatMenuLimit && groups.length > 1;
  const groupKey = (group: ServiceGroup): string => group.field?.id ?? 'other';
  const openGroup = groups.find((group) => groupKey(group) === openFieldId);

  const serviceButtons = (list: readonly Service[]) => (
    <div className="services">
      {list.map((service) => {
        // Still a button when unavailable: a tap tells the citizen when numbers are given again.
        const unavailable = unavailableNote(service.id);
        return (
          <button
            key={service.id}
            type="button"
            className={unavailable ? 'service unavailable' : 'service'}
            disabled={busy}
            onClick={() => onTake(service.id)}
          >
            <span className="service-name">{nameOf(service)}</span>
            <span className="service-waiting">
              {unavailable ?? t('waitingNow', { count: waitingFor(service.id) })}
            </span>
          </button>
        );
      })}
    </div>
  );

  const menu = () => {
    if (twoLevel && !openGroup) {
      return (
        <div className="services">
          {groups.map((group) => (
            <button
              key={groupKey(group)}
              type="button"
              className="service"
              onClick={() => setOpenFieldId(groupKey(group))}
            >
              {group.field ? nameOf(group.field) : t('otherServices')}
            </button>
          ))}
        </div>
      );
    }
    if (twoLevel && openGroup) return serviceButtons(openGroup.services);
    if (groups.length <= 1) return serviceButtons(services);
    const sections = menuSections(groups);
    // Every field one service of its own name: one grid, no heading repeats a button.
    if (sections.length === 1) return serviceButtons(sections[0]?.services ?? []);
    return sections.map((section) => (
      <div key={groupKey(section)} className="service-group">
        <h3>{section.field ? nameOf(section.field) : t('otherServices')}</h3>
        {serviceButtons(section.services)}
      </div>
    ));
  };

  // The field's name above its services, and the way back below them, stay in view while the
  // services scroll. Each scrolling area is keyed by what it shows, so a field opened or the
  // priority chooser closed starts at its top.
  return (
    <div className="home">
      <section aria-labelledby="choose-service" className="home-main">
        <h2 id="choose-service">
          {twoLevel && !openGroup ? t('chooseField') : t('chooseService')}
        </h2>
        <p className="hint">
          {twoLevel && !openGroup ? t('chooseFieldHint') : t('chooseServiceHint')}
        </p>
        {priority && (
          <p role="status" className="next-step">
            {t('priorityChosen', { name: nameOf(priority) })}
          </p>
        )}
        {openGroup && <h3>{openGroup.field ? nameOf(openGroup.field) : t('otherServices')}</h3>}
        <ScrollArea key={openFieldId ?? 'menu'} t={t} className="home-menu">
          {menu()}
        </ScrollArea>
        {openGroup && (
          <button type="button" className="secondary" onClick={() => setOpenFieldId(null)}>
            {t('back')}
          </button>
        )}
      </section>
      <ScrollArea key={choosingPriority ? 'priority' : 'side'} t={t} className="home-side">
        {selfDeclared.length > 0 && (
          <section aria-labelledby="priority" className="priority">
            <h2 id="priority">{choosingPriority ? t('priorityTitle') : t('priorityHeading')}</h2>
            {choosingPriority ? (
              <>
                <p className="notice">{t('priorityNotice')}</p>
                <div className="actions">
                  {selfDeclared.map((category) => (
                    <button
                      key={category.id}
                      type="button"
                      className="field"
                      aria-pressed={priority?.id === category.id}
                      onClick={() => {
                        onPriority(category);
                        setChoosingPriority(false);
                      }}
                    >
                      {nameOf(category)}
                    </button>
                  ))}
                  <button
                    type="button"
                    className="field"
                    aria-pressed={priority === null}
                    onClick={() => {
                      onPriority(null);
                      setChoosingPriority(false);
                    }}
                  >
                    {t('priorityNone')}
                  </button>
                </div>
              </>
            ) : (
              <>
                <p className="hint">
                  {t('priorityWho', { names: selfDeclared.map(nameOf).join(', ') })}
                </p>
                <button type="button" className="action" onClick={() => setChoosingPriority(true)}>
                  {priority ? nameOf(priority) : t('priorityAction')}
                </button>
              </>
            )}
          </section>
        )}
        <section aria-labelledby="other-actions">
          <h2 id="other-actions">{t('otherActions')}</h2>
          <div className="actions">
            <button type="button" className="action" onClick={onAppointment}>
              {t('appointmentAction')}
            </button>
            <button type="button" className="action" onClick={onLookup}>
              {t('lookupAction')}
            </button>
            <button type="button" className="action" onClick={onCatalogue}>
              {t('catalogueAction')}
            </button>
          </div>
        </section>
      </ScrollArea>
    </div>
  );
};
