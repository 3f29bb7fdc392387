import { randomUUID } from 'node:crypto';
import {
  defaultKeypadArmSeconds,
  fail,
  keypadButtonCountSchema,
  levelOfButton,
  ok,
  type KeypadButtonCount,
  type KeypadPress,
  type KeypadRatedEvent,
  type Reply,
} from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import type { KeypadPort } from '../ratings/keypad-port';
import type { AgentSocket } from '../realtime/print-dispatcher';

const log = createLogger('keypad-dispatcher');

/** How long an agent has to confirm it armed its keypad. Default 5 s. */
export const keypadArmAckMs = 5000;

type Armed = {
  deviceId: string;
  counterId: string;
  ticketId: string;
  officerId: string | null;
  buttons: KeypadButtonCount;
  expiresAt: number;
};

export type KeypadDispatcher = KeypadPort & {
  /** A press from the agent bound to `deviceId`; true when it answered a live arm. */
  press: (deviceId: string, press: KeypadPress) => boolean;
  ignoredPresses: () => number;
};

/**
 * Arms the keypad of a counter PC through its agent and turns the one press of each armed
 * window into a rating event with ticket, officer and counter. A press for an unknown,
 * expired or already answered arm, or from another device, is ignored and counted.
 */
export const createKeypadDispatcher = (deps: {
  agentFor: (deviceId: string) => AgentSocket | undefined;
  buttonsFor: (deviceId: string) => number | null;
  onRated?: (event: KeypadRatedEvent) => void;
  clock?: () => Date;
}): KeypadDispatcher => {
  const clock = deps.clock ?? (() => new Date());
  const arms = new Map<string, Armed>();
  const listeners = new Set<(event: KeypadRatedEvent) => void>();
  let ignored = 0;
  if (deps.onRated) listeners.add(deps.onRated);

  return {
    arm: async (request) => {
      const agent = deps.agentFor(request.deviceId);
      if (!agent) {
        return fail(
          'not-found',
          'Quầy này không có bàn phím đánh giá đang kết nối / no keypad connected',
        );
      }
      const announced = keypadButtonCountSchema.safeParse(deps.buttonsFor(request.deviceId));
      const buttons = request.buttons ?? (announced.success ? announced.data : 3);
      const timeoutSeconds = request.timeoutSeconds ?? defaultKeypadArmSeconds;
      const armId = randomUUID();
      let reply: Reply<{ armed: true }>;
      try {
        reply = await agent
          .timeout(keypadArmAckMs)
          .emitWithAck('keypad:arm', { armId, buttons, timeoutSeconds });
      } catch {
        return fail(
          'internal',
          'Bàn phím đánh giá không phản hồi / the keypad agent did not answer',
        );
      }
      if (!reply.ok) return reply;
      const expiresAt = clock().getTime() + timeoutSeconds * 1000;
      arms.set(armId, {
        deviceId: request.deviceId,
        counterId: request.counterId,
        ticketId: request.ticketId,
        officerId: request.officerId,
        buttons,
        expiresAt,
      });
      return ok({ armId, expiresAt: new Date(expiresAt).toISOString() });
    },
    disarm: (armId) => {
      const armed = arms.get(armId);
      if (!armed) return;
      arms.delete(armId);
      deps.agentFor(armed.deviceId)?.emit('keypad:disarm', { armId });
    },
    onRated: (listener) => {
      listeners.add(listener);
    },
    press: (deviceId, press) => {
      const armed = arms.get(press.armId);
      const level = armed ? levelOfButton(armed.buttons, press.button) : null;
      if (!armed || armed.deviceId !== deviceId || clock().getTime() > armed.expiresAt || !level) {
        ignored += 1;
        log.info('key press ignored', { deviceId, armId: press.armId, ignored });
        return false;
      }
      arms.delete(press.armId);
      const event: KeypadRatedEvent = {
        armId: press.armId,
        deviceId,
        counterId: armed.counterId,
        ticketId: armed.ticketId,
        officerId: armed.officerId,
        button: press.button,
        level,
        pressedAt: press.pressedAt,
      };
      listeners.forEach((listener) => listener(event));
      return true;
    },
    ignoredPresses: () => ignored,
  };
};
