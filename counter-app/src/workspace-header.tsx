import { useContext } from 'react';
import type { Counter, CounterStateName, Service } from '@openops/protocol';
import type { CounterMessageKey } from './messages';
import type { CounterAction } from './shortcuts';
import { ActionButton } from './action-button';
import { LanguageContext, useText } from './ui-language';
import { pauseReasonText } from './pause-reasons';

type Props = {
  t: (key: CounterMessageKey) => string;
  counter: Counter;
  /** Null when the server runs without officer accounts (demo). */
  officerName: string | null;
  state: CounterStateName;
  /** Why the counter is paused, in the officer's words. */
  reason: string | null;
  services: readonly Service[];
  actionsDisabled: boolean;
  onRun: (action: CounterAction) => void;
  onClose: () => void;
  /** Leaves without closing the counter: works offline, and when closing is refused. */
  onSignOut: () => void;
  /** Opens the procedure editor; null for an officer who is not a supervisor. */
  onProcedures: (() => void) | null;
  onToggleLanguage: () => void;
};

const stateKeys: Record<CounterStateName, CounterMessageKey> = {
  open: 'stateOpen',
  paused: 'statePaused',
  closed: 'stateClosed',
};

/** Who holds the counter, its state and services, and the tools that concern the counter itself. */
export const WorkspaceHeader = ({
  t,
  counter,
  officerName,
  state,
  reason,
  services,
  actionsDisabled,
  onRun,
  onClose,
  onSignOut,
  onProcedures,
  onToggleLanguage,
}: Props) => {
  const tx = useText();
  const language = useContext(LanguageContext);
  const serviceName = (id: string): string => {
    const service = services.find((candidate) => candidate.id === id);
    return service ? tx(service.name, service.nameEn) : id;
  };
  return (
    <header className="workspace-header">
      {/* Who and what on the left, the counter's own buttons on the right: on a 1366×768
        screen the queue list then starts within the first screenful. */}
      <div className="workspace-identity">
        <h1>{counter.name}</h1>
        <p>
          {officerName && <span>{officerName} · </span>}
          <span className={`state state-${state}`}>{t(stateKeys[state])}</span>
          {reason && <span> ({pauseReasonText(reason, language)})</span>}
        </p>
        <p>
          {t('services')}: {counter.serviceIds.map(serviceName).join(', ')}
        </p>
      </div>
      <div className="toolbar">
        <ActionButton
          action="pause"
          label={state === 'paused' ? t('resume') : t('pause')}
          disabled={actionsDisabled}
          onRun={onRun}
        />
        <button type="button" onClick={onClose} disabled={actionsDisabled}>
          {t('close')}
        </button>
        {onProcedures && (
          <button type="button" onClick={onProcedures}>
            {t('procedures')}
          </button>
        )}
        <ActionButton
          action="help"
          label={t('shortcuts')}
          disabled={actionsDisabled}
          onRun={onRun}
        />
        <button type="button" onClick={onToggleLanguage}>
          {t('language')}
        </button>
        {/* Never disabled: the way out when nothing else works (offline, every action refused). */}
        <button type="button" onClick={onSignOut}>
          {t('signOut')}
        </button>
      </div>
    </header>
  );
};
