import { assertNever, type ErrorCode } from '@openops/protocol';

/** The HTTP status each error code answers with. */
export const httpStatusOf = (code: ErrorCode): number => {
  switch (code) {
    case 'bad-request':
      return 400;
    case 'unauthorized':
    case 'invalid-credentials':
      return 401;
    case 'account-locked':
      return 423;
    case 'forbidden':
      return 403;
    case 'not-found':
      return 404;
    case 'conflict':
    case 'counter-busy':
    case 'no-ticket-waiting':
    case 'invalid-status-transition':
    case 'counter-paused':
    case 'counter-closed':
    case 'no-current-ticket':
    case 'invalid-transition':
    case 'appointment-used':
    case 'request-expired':
      return 409;
    case 'payload-too-large':
      return 413;
    case 'daily-limit-reached':
    case 'service-closed':
    case 'missing-documents':
    case 'missing-fee-quantity':
    case 'outside-check-in-window':
      return 422;
    case 'printer-offline':
    case 'printer-fault':
    case 'notifications-disabled':
      return 503;
    case 'internal':
      return 500;
    default:
      return assertNever(code);
  }
};
