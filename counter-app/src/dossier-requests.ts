import type { RoleSocket } from '@openops/client';
import type { CounterClientEvents, Dossier, Reply } from '@openops/protocol';
import type { DossierFollowUp } from './dossier-return';
import { requestReply } from './socket-request';

type Events = CounterClientEvents;

/**
 * Receives a dossier over the counter's socket. A reception whose answer was lost may still have
 * been stored: it is sent once more with the same request id, which the server answers with the
 * stored dossier rather than a second code for the same citizen.
 */
export const receiveDossier = async (
  socket: RoleSocket<'counter'>,
  body: unknown,
): Promise<Reply<Dossier>> => {
  const reply = await requestReply<Events, 'dossier:receive'>(socket, 'dossier:receive', body);
  if (reply.ok || reply.error.code !== 'internal') return reply;
  return requestReply<Events, 'dossier:receive'>(socket, 'dossier:receive', body);
};

/**
 * Follow-up requests on a received dossier over the counter's socket. `onHandled` hears the code
 * of a dossier asked for supplements or handed back, the work done for the citizen at the
 * counter, whose rating is then stored with that dossier.
 */
export const dossierFollowUp = (
  socket: RoleSocket<'counter'>,
  onHandled: (code: string) => void,
): DossierFollowUp => {
  const ask = <E extends keyof Events & string>(event: E, body: unknown) =>
    requestReply<Events, E>(socket, event, body);
  const handled = async (code: string, request: Promise<Reply<Dossier>>) => {
    const reply = await request;
    if (reply.ok) onHandled(code);
    return reply;
  };
  return {
    get: (code) => ask('dossier:get', { code }),
    requestSupplement: (code, items) =>
      handled(code, ask('dossier:request-supplement', { code, items })),
    supplementReceived: (code) => ask('dossier:supplement-received', { code }),
    markProcessed: (code) => ask('dossier:mark-processed', { code }),
    markReturned: (code) => handled(code, ask('dossier:mark-returned', { code })),
  };
};
