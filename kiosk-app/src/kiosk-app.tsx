import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { listenTo, useHandshakeRefusal, useLanguage, useRoleSocket } from '@openops/client';
import {
  assertNever,
  classifyScan,
  searchItems,
  servesService,
  type CentreSnapshot,
  type ClassifiedScan,
  type PrinterStatusEvent,
  type PriorityCategory,
  type Procedure,
  type ProceduresChangedEvent,
  type QueueSummary,
  type ScanEvent,
} from '@openops/protocol';
import { createKioskApi } from './kiosk-api';
import { kioskMessages } from './messages';
import { kioskTranslator, say, text, type Text } from './kiosk-text';
import { cleanHome, HomeScreen, type HomeView } from './home-screen';
import { TicketCard } from './ticket-card';
import { RefusedScreen } from './refused-screen';
import { OfflineScreen } from './offline-screen';
import { AppointmentScreen } from './appointment-screen';
import { LookupScreen } from './lookup-screen';
import { TicketStatusScreen } from './ticket-status-screen';
import { CatalogueScreen } from './catalogue-screen';
import { CitizenNotice, CitizenScreen } from './citizen-screen';
import { useIdleReset } from './use-idle-reset';
import { useWedgeScanner } from './use-wedge-scanner';
import { dayIn } from './format';
import { centreExtrasOf, keptPriority, noExtras, type CentreExtras } from './centre-extras';
import { spansToday } from './opening-spans';
import { useScrollTop } from './use-scroll-top';
import { screenAfterScan, screenKeyOf, type Screen } from './kiosk-screens';
import { ticketFailure } from './kiosk-failures';

type Props = {
  serverUrl: string;
  deviceId: string;
  /** Idle time before returning home. */
  idleMs: number;
  /** Injected clock, for "today" in the centre's time zone. Default the machine's. */
  now?: () => Date;
};

// Without a "return results" flag in the centre model, the service is found by its name.
const returnServiceQuery = 'tra ket qua';

export const KioskApp = ({ serverUrl, deviceId, idleMs, now = () => new Date() }: Props) => {
  const { socket, connection, deviceToken } = useRoleSocket('kiosk', serverUrl, deviceId);
  // Unpaired or revoked in a secure centre: the server refuses the handshake, and waiting for
  // a reconnection would not help; staff must pair the kiosk.
  const refusal = useHandshakeRefusal(socket);
  const { language, setLanguage, toggle } = useLanguage(kioskMessages);
  const t = useMemo(() => kioskTranslator(language), [language]);
  const [snapshot, setSnapshot] = useState<CentreSnapshot | null>(null);
  const [extras, setExtras] = useState<CentreExtras>(noExtras);
  const [priority, setPriority] = useState<PriorityCategory | null>(null);
  const [procedures, setProcedures] = useState<Procedure[] | null>(null);
  const [summary, setSummary] = useState<QueueSummary | null>(null);
  const [printer, setPrinter] = useState<PrinterStatusEvent | null>(null);
  const [screen, setScreen] = useState<Screen>({ kind: 'home' });
  const [homeView, setHomeView] = useState<HomeView>(cleanHome);
  // Kept as a message key and values, so it follows a language change made after it.
  const [notice, setNotice] = useState<Text | null>(null);
  const [busy, setBusy] = useState(false);

  const api = useMemo(
    () => (socket ? createKioskApi(socket, serverUrl, { id: deviceId, token: deviceToken }) : null),
    [socket, serverUrl, deviceId, deviceToken],
  );

  const goHome = useCallback((): void => {
    setScreen({ kind: 'home' });
    setHomeView(cleanHome);
    setNotice(null);
    setPriority(null);
    setLanguage('vi');
  }, [setLanguage]);

  const screenKey = screenKeyOf(screen, homeView);
  useScrollTop(screenKey);

  // Read by the scan handler, which stays one function for the socket listeners' sake.
  const screenKind = useRef(screen.kind);
  useEffect(() => {
    screenKind.current = screen.kind;
  }, [screen.kind]);

  // Read by the scan handler too: a scan while the server is away is not acted on (below).
  const offline = refusal !== null || connection !== 'online' || !api;
  const offlineNow = useRef(offline);
  useEffect(() => {
    offlineNow.current = offline;
  }, [offline]);

  // Numbers every scan, so the same code scanned again opens its screen afresh.
  const scans = useRef(0);
  // The last scan's number: a scan from a serial or HID scanner comes through the server with
  // no key press here, so the idle wait starts again on it.
  const [lastScan, setLastScan] = useState(0);
  const onScan = useCallback((scanned: ClassifiedScan): void => {
    // The offline notice covers the screen, and a lookup opened now could only fail: it would
    // replace the citizen's answer kept under the notice with an error. Scan again once back.
    if (offlineNow.current) return;
    scans.current += 1;
    const scan = scans.current;
    setLastScan(scan);
    setNotice(null);
    // An ID card read badly is asked again, wherever it was scanned.
    if (scanned.kind === 'unknown' && scanned.citizenCard === true) {
      setNotice(text('badCitizenCard'));
      return;
    }
    const tellsItself = screenKind.current === 'lookup' || screenKind.current === 'appointment';
    if (scanned.kind === 'unknown' && !tellsItself) {
      setNotice(text('unknownScan'));
      return;
    }
    setScreen((current) => screenAfterScan(current, scanned, scan) ?? current);
  }, []);

  useWedgeScanner(useCallback((text: string) => onScan(classifyScan(text)), [onScan]));
  useIdleReset(
    screen.kind !== 'home' ||
      homeView.openFieldId !== null ||
      homeView.choosingPriority ||
      notice !== null ||
      priority !== null ||
      language !== 'vi',
    idleMs,
    goHome,
    `${screenKey}#${lastScan}`,
  );

  // A priority group the centre withdrew since the citizen chose it (removed, or now granted by
  // officers only) would have every ticket refused: the choice goes, and the citizen is told.
  useEffect(() => {
    if (priority === null) return;
    const kept = keptPriority(priority, extras.selfDeclared);
    if (kept === priority) return;
    setPriority(kept);
    if (kept === null) setNotice(text('priorityWithdrawn'));
  }, [extras, priority]);

  useEffect(() => {
    if (!socket) return undefined;
    const onSnapshot = (next: CentreSnapshot): void => {
      setSnapshot(next);
      setExtras(centreExtrasOf(next));
    };
    const onSummary = (next: QueueSummary): void => setSummary(next);
    const onPrinter = (next: PrinterStatusEvent): void => setPrinter(next);
    const onServerScan = (event: ScanEvent): void => onScan(event.scan);
    const onProcedures = (event: ProceduresChangedEvent): void => setProcedures(event.procedures);
    return listenTo(socket, {
      'centre:snapshot': onSnapshot,
      'queue:summary': onSummary,
      'printer:status': onPrinter,
      'scan:classified': onServerScan,
      'procedures:changed': onProcedures,
    });
  }, [socket, onScan]);

  const take = async (serviceId: string): Promise<void> => {
    if (!api || busy) return;
    setBusy(true);
    setNotice(null);
    const reply = await api.issueTicket(serviceId, priority?.id ?? null);
    setBusy(false);
    if (reply.ok) {
      setScreen({ kind: 'ticket', issued: reply.data });
      setPriority(null);
      return;
    }
    const { code } = reply.error;
    if (code === 'daily-limit-reached' || code === 'service-closed') {
      const { details } = reply.error;
      setScreen({
        kind: 'refused',
        reason: code,
        serviceId,
        details:
          details?.kind === 'issuing-closed' || details?.kind === 'daily-limit'
            ? details
            : undefined,
      });
    } else {
      // The server's text mixes both languages: the citizen reads the kiosk's own words.
      const failure = ticketFailure(reply.error, priority !== null);
      setScreen({ kind: 'home' });
      if (failure.dropPriority) setPriority(null);
      setNotice(failure.text);
    }
  };

  const services = snapshot?.services ?? [];
  // A service no counter serves is not offered: its number would never be called.
  const offered = services.filter((service) => servesService(snapshot?.counters ?? [], service.id));
  const timeZone = snapshot?.centre.timeZone ?? 'Asia/Ho_Chi_Minh';
  const returnService = searchItems(services, returnServiceQuery, (service) => [service.name])[0];

  // A citizen's screen (a number just taken, a dossier read) outlives a short loss of the server:
  // it stays under the offline notice, untouchable, and is back as it was on reconnection.
  // Home, a refused kiosk, or one never connected shows the notice alone.
  const keptUnderNotice = offline && refusal === null && api !== null && screen.kind !== 'home';
  const offlineScreen = <OfflineScreen connection={connection} refused={refusal !== null} t={t} />;

  const body = (): ReactNode => {
    if (offline && !keptUnderNotice) return offlineScreen;
    if (!api) return null;
    switch (screen.kind) {
      case 'home':
        return (
          <HomeScreen
            view={homeView}
            onView={setHomeView}
            services={offered}
            fields={extras.fields}
            selfDeclared={extras.selfDeclared}
            priority={priority}
            onPriority={setPriority}
            summary={summary}
            busy={busy}
            language={language}
            t={t}
            onTake={(serviceId) => void take(serviceId)}
            onAppointment={() =>
              setScreen({ kind: 'appointment', scannedCode: null, scan: 0, unreadScans: 0 })
            }
            onLookup={() =>
              setScreen({ kind: 'lookup', scannedCode: null, scan: 0, unreadScans: 0 })
            }
            onCatalogue={() => setScreen({ kind: 'catalogue' })}
          />
        );
      case 'ticket':
        return (
          <TicketCard
            api={api}
            issued={screen.issued}
            priority={
              extras.priorityCategories.find(
                (category) => category.id === screen.issued.ticket.priorityCategoryId,
              ) ?? null
            }
            printer={printer}
            smsOffered={snapshot?.smsNotifications === true}
            language={language}
            t={t}
            onDone={goHome}
          />
        );
      case 'refused': {
        const service = services.find((candidate) => candidate.id === screen.serviceId);
        const hours = service?.openingHours;
        return (
          <RefusedScreen
            reason={screen.reason}
            closure={screen.details?.kind === 'issuing-closed' ? screen.details.closure : undefined}
            serviceName={service ? (language === 'vi' ? service.name : service.nameEn) : ''}
            hoursToday={spansToday(hours, now(), timeZone)}
            // The server's, by its calendar: holidays and days off skipped.
            opening={screen.details?.nextOpening ?? null}
            today={dayIn(now(), timeZone)}
            t={t}
            onHome={goHome}
          />
        );
      }
      case 'appointment':
        return (
          <AppointmentScreen
            key={screenKey}
            api={api}
            scannedCode={screen.scannedCode}
            unreadScans={screen.unreadScans}
            services={services}
            timeZone={timeZone}
            language={language}
            t={t}
            onIssued={(issued) => setScreen({ kind: 'ticket', issued })}
            onTakeOrdinary={(serviceId) => void take(serviceId)}
            onHome={goHome}
          />
        );
      case 'lookup':
        return (
          <LookupScreen
            key={screenKey}
            api={api}
            scannedCode={screen.scannedCode}
            unreadScans={screen.unreadScans}
            today={dayIn(now(), timeZone)}
            language={language}
            t={t}
            onTakeReturnTicket={returnService ? () => void take(returnService.id) : null}
            onHome={goHome}
          />
        );
      case 'ticket-status':
        return (
          <TicketStatusScreen
            key={screenKey}
            api={api}
            ticketId={screen.ticketId}
            services={services}
            counters={snapshot?.counters ?? []}
            today={dayIn(now(), timeZone)}
            language={language}
            t={t}
            onHome={goHome}
          />
        );
      case 'catalogue':
        return (
          <CatalogueScreen
            api={api}
            pushed={procedures}
            services={services}
            language={language}
            t={t}
            onTakeTicket={(serviceId) => void take(serviceId)}
            onHome={goHome}
          />
        );
      case 'citizen-notice':
        return (
          <CitizenNotice
            t={t}
            onAgree={() => setScreen({ kind: 'citizen', card: screen.card })}
            onDecline={goHome}
          />
        );
      case 'citizen':
        return (
          <CitizenScreen
            card={screen.card}
            findDossiers={api.citizenDossiers}
            today={dayIn(now(), timeZone)}
            language={language}
            t={t}
            onTakeReturnTicket={returnService ? () => void take(returnService.id) : null}
            onEnd={goHome}
          />
        );
      default:
        return assertNever(screen);
    }
  };

  // The home screen is laid out to the window's height (home-layout.css); other screens scroll.
  const homeShown =
    refusal === null && connection === 'online' && api !== null && screen.kind === 'home';
  return (
    <main className={homeShown ? 'kiosk kiosk-home' : 'kiosk'} lang={language}>
      <header className="kiosk-header">
        <h1>{t('title')}</h1>
        {screen.kind !== 'home' && connection === 'online' && (
          <button type="button" className="go-home" onClick={goHome}>
            {t('home')}
          </button>
        )}
        <button type="button" className="language" onClick={toggle}>
          {t('otherLanguage')}
        </button>
      </header>
      {notice && (
        <p role="alert" className="error">
          {say(t, notice)}
        </p>
      )}
      {/*
       * One wrapper whether or not the server is away, so the screen under it keeps its state (a
       * typed code, a found dossier): swapping wrappers would mount every screen afresh.
       */}
      <div className={keptUnderNotice ? 'screen kept-screen' : 'screen'} inert={keptUnderNotice}>
        {body()}
      </div>
      {keptUnderNotice && <div className="offline-overlay">{offlineScreen}</div>}
    </main>
  );
};
