import { assertNever, type ErrorCode } from '@openops/protocol';

/** The HTTP status each error code answers with. */
export const httpStatusOf = (code: ErrorCode): number => {
  switch (code) {
    case 'bad-request':
      return 400;
    case 'unauthorized':
      return 401;
    case 'forbidden':
      return 403;
    case 'not-found':
      return 404;
    case 'conflict':
    case 'counter-busy':
    case 'no-ticket-waiting':
      return 409;
    case 'payload-too-large':
      return 413;
    case 'daily-limit-reached':
    case 'service-closed':
      return 422;
    case 'printer-offline':
    case 'printer-fault':
      return 503;
    case 'internal':
      return 500;
    default:
      return assertNever(code);
  }
};
