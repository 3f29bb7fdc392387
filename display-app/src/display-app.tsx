import { useCallback } from 'react';
import type { Call, DisplayView } from '@openops/protocol';
import { AnnouncementLog } from './announcement-log';
import { useAnnouncer } from './announcement/use-announcer';
import { Clock } from './clock';
import { CounterBoard } from './counter-board';
import { CurrentCall } from './current-call';
import { labels } from './labels';
import { NoticeTicker } from './notice-ticker';
import { useDisplayFeed } from './use-display-feed';
import { WaitingBoard } from './waiting-board';

type Props = { serverUrl: string; deviceId: string };

export const DisplayApp = ({ serverUrl, deviceId }: Props) => {
  const { announce, log, soundBlocked } = useAnnouncer();
  const onLiveCall = useCallback(
    (call: Call, view: DisplayView | null) => announce(call, view?.layout ?? null),
    [announce],
  );
  const feed = useDisplayFeed(serverUrl, deviceId, onLiveCall);
  const { view, centre, calls, freshCall } = feed;
  const [current] = calls;

  if (feed.refusal) {
    return (
      <main className="display refused">
        <div role="alert">
          <p className="refused-title">
            {labels.refused.vi}
            <span className="en">{labels.refused.en}</span>
          </p>
          <p>{feed.refusal}</p>
        </div>
      </main>
    );
  }

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
        {centre && <Clock timeZone={centre.timeZone} />}
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
      {feed.connection === 'offline' && (
        <span role="status" className="offline">
          {labels.offline.vi} · <span lang="en">{labels.offline.en}</span>
        </span>
      )}
      <AnnouncementLog lines={log} />
    </main>
  );
};
