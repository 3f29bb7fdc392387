import { useCallback } from 'react';
import type { Call, DisplayView } from '@openops/protocol';
import { AnnouncementLog } from './announcement-log';
import { useAnnouncer } from './announcement/use-announcer';
import { Clock } from './clock';
import { CounterBoard } from './counter-board';
import { CurrentCall } from './current-call';
import { invalidDisplayId } from './device-id-check';
import { labels } from './labels';
import { NoticeTicker } from './notice-ticker';
import { RefusedScreen } from './refused-screen';
import { useDisplayFeed } from './use-display-feed';
import { WaitingBoard } from './waiting-board';

type Props = { serverUrl: string; deviceId: string };

/**
 * The waiting-area screen of display `deviceId`. An id no display can have (mistyped in the
 * address) is refused here, by its value, without asking the server.
 */
export const DisplayApp = ({ serverUrl, deviceId }: Props) => {
  const invalid = invalidDisplayId(deviceId);
  return invalid ? (
    <RefusedScreen reason={invalid} />
  ) : (
    <DisplayScreen serverUrl={serverUrl} deviceId={deviceId} />
  );
};

const DisplayScreen = ({ serverUrl, deviceId }: Props) => {
  const { announce, log, soundBlocked, soundUnavailable } = useAnnouncer();
  const onLiveCall = useCallback(
    (call: Call, view: DisplayView | null) => announce(call, view?.layout ?? null),
    [announce],
  );
  const feed = useDisplayFeed(serverUrl, deviceId, onLiveCall);
  const { view, centre, calls, freshCall } = feed;
  const [current] = calls;

  if (feed.refusal) return <RefusedScreen reason={feed.refusal} />;

  return (
    <main
      className="display"
      data-layout={view?.layout.showWaiting === false ? 'calls-only' : 'standard'}
    >
      <header className="top">
        <div className="titles">
          <h1>{centre?.name ?? ''}</h1>
          {centre && <p className="en centre-en">{centre.nameEn}</p>}
        </div>
        {/* At once, in the default zone until the centre's snapshot names its own. */}
        <Clock timeZone={feed.timeZone} />
      </header>
      <CurrentCall
        call={current}
        fresh={freshCall !== null && freshCall === current}
        liveCount={feed.liveCount}
      />
      {view && (
        <CounterBoard
          calls={calls}
          counters={view.counters}
          perCounter={view.layout.recentPerCounter}
        />
      )}
      {view?.layout.showWaiting && <WaitingBoard summary={feed.summary} services={view.services} />}
      {view?.notice && <NoticeTicker text={view.notice} />}
      {soundBlocked && (
        <p role="status" className="sound-blocked">
          {labels.soundBlocked.vi} · <span lang="en">{labels.soundBlocked.en}</span>
        </p>
      )}
      {soundUnavailable && (
        <p role="status" className="sound-unavailable">
          {labels.soundUnavailable.vi} · <span lang="en">{labels.soundUnavailable.en}</span>
        </p>
      )}
      {feed.connection === 'offline' && (
        <span role="status" className="offline">
          {labels.offline.vi} · <span lang="en">{labels.offline.en}</span>
        </span>
      )}
      <AnnouncementLog lines={log} />
    </main>
  );
};
