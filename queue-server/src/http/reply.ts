import type { Response } from 'express';
import type { Reply } from '@openops/protocol';
import { httpStatusOf } from './http-status';

/** Answers with an envelope: `successStatus` on success, the code's status on failure. */
export const send = <T>(response: Response, reply: Reply<T>, successStatus = 200): void => {
  response.status(reply.ok ? successStatus : httpStatusOf(reply.error.code)).json(reply);
};
