/**
 * `lpstat` output captured from CUPS 2.4 (Debian) in the C locale, for the parser's tests:
 * a private cupsd with raw queues whose test backends report what USB printers report.
 */
const longListingTail = `\tForm mounted:
\tContent types: any
\tPrinter types: unknown
\tDescription: Q
\tAlerts: ALERTS
\tLocation: 
\tConnection: direct
\tOn fault: no alert
\tAfter fault: continue
\tUsers allowed:
\t\t(all)
\tForms allowed:
\t\t(none)
\tBanner required
\tCharset sets:
\t\t(none)
\tDefault pitch:
\tDefault page size:
\tDefault port settings:
`;

const longListing = (header: string, message: string | null, alerts: string): string =>
  `${header}\n${message === null ? '' : `\t${message}\n`}${longListingTail.replace('ALERTS', alerts)}`;

export const lpstatSamples = {
  idle: longListing('printer Q is idle.  enabled since Fri Nov 27 17:35:42 2026', null, 'none'),
  /** A socket printer switched off: CUPS retries, the job stays "printing". */
  unreachable: longListing(
    'printer Q now printing Q-1.  enabled since Fri Nov 27 17:27:39 2026',
    'The printer may not exist or is unavailable at this time.',
    'none',
  ),
  /** A USB printer out of paper; CUPS retries the job. */
  paperOut: longListing(
    'printer Q is idle.  enabled since Fri Nov 27 17:35:32 2026',
    'Out of paper',
    'media-empty-error',
  ),
  /** A USB printer unplugged mid-job. */
  offline: longListing(
    'printer Q now printing Q-3.  enabled since Fri Nov 27 17:28:34 2026',
    'Waiting for printer to become available.',
    'offline-report',
  ),
  /** Stopped by CUPS after a failed job (error policy stop-printer), cover open. */
  stoppedCoverOpen: longListing(
    'printer Q disabled since Fri Nov 27 17:28:34 2026 -',
    'Cover open',
    'cover-open-error media-low-warning paused',
  ),
  /** Stopped by hand (`cupsdisable Q`). */
  stoppedByHand: longListing(
    'printer Q disabled since Fri Nov 27 17:28:20 2026 -',
    'reason unknown',
    'paused',
  ),
  /** `lpstat -o Q` with two jobs waiting. */
  jobs: `Q-4                     root              1024   Fri Nov 27 17:28:34 2026
Q-5                     root              1024   Fri Nov 27 17:28:34 2026
`,
  /** `lpstat -l -p` of a queue that does not exist (exit status 1), on standard error. */
  unknownQueue: 'lpstat: Invalid destination name in list "Q".\n',
  /** `lp -d Q -o raw -` on standard output. */
  lpAccepted: (id: string): string => `request id is ${id} (0 file(s))\n`,
};
