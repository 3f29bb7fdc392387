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

/**
 * How far the agent's clock may be off the server's, for judging when a key was pressed.
 * Default 2 s.
 */
export const pressClockSkewMs = 2000;

/**
 * How long an arm is remembered after its window ended or it was disarmed, so a press made
 * while it was armed, held by the agent through an outage, still counts when it arrives.
 * Default 1 h.
 */
export const closedArmMemoryMs = 60 * 60_000;

/**
 * The server-clock time a press is judged by: when the agent says it was pressed (a press
 * held by the agent while the server was away arrives late, but was made in time), never later
 * than it arrived. A claim from before the keypad was armed (less the skew) comes from a
 * clock that is wrong: the arrival time is used instead.
 */
export const judgedPressTime = (press: {
  pressedAt: string;
  arrivedAt: number;
  armedAt: number;
}): number => {
  const claimed = Date.parse(press.pressedAt);
  if (!Number.isFinite(claimed) || claimed < press.armedAt - pressClockSkewMs) {
    return press.arrivedAt;
  }
  return Math.min(claimed, press.arrivedAt);
};

/** An arm as the store remembers it (its rating request), for a press that outlived a restart. */
export type StoredArm = {
  deviceId: string;
  counterId: string;
  ticketId: string;
  officerId: string | null;
  armedAt: number;
  expiresAt: number;
  /** When its request was closed otherwise than by expiry (rated, cancelled), or null. */
  disarmedAt: number | null;
};

type Armed = {
  deviceId: string;
  counterId: string;
  ticketId: string;
  officerId: string | null;
  buttons: KeypadButtonCount;
  /** When the server asked the agent to arm: no press can be earlier. */
  armedAt: number;
  expiresAt: number;
  /** When it was disarmed (the officer moved on, the rating closed), or null. */
  disarmedAt: number | null;
};

export type KeypadDispatcher = KeypadPort & {
  /** A press from the agent bound to `deviceId`; true when it answered a live arm. */
  press: (deviceId: string, press: KeypadPress) => boolean;
  ignoredPresses: () => number;
};

/**
 * Arms the keypad of a counter PC through its agent and turns the one press of each armed
 * window into a rating event with ticket, officer and counter. A press is judged by when it
 * was pressed (`judgedPressTime`): one made after the window ended or the arm was disarmed,
 * for an unknown or already answered arm, or from another device, is ignored and counted.
 */
export const createKeypadDispatcher = (deps: {
  agentFor: (deviceId: string) => AgentSocket | undefined;
  buttonsFor: (deviceId: string) => number | null;
  onRated?: (event: KeypadRatedEvent) => void;
  clock?: () => Date;
  /**
   * The arm of a press the server does not remember: one armed before it restarted, pressed
   * in time and held by the agent meanwhile. Null when the store knows no such arm.
   */
  storedArm?: (armId: string) => StoredArm | null;
}): KeypadDispatcher => {
  const clock = deps.clock ?? (() => new Date());
  const arms = new Map<string, Armed>();
  const listeners = new Set<(event: KeypadRatedEvent) => void>();
  let ignored = 0;
  if (deps.onRated) listeners.add(deps.onRated);

  /** The buttons a device's agent announced for its keypad; 3 when it announced none. */
  const announcedButtons = (deviceId: string): KeypadButtonCount => {
    const announced = keypadButtonCountSchema.safeParse(deps.buttonsFor(deviceId));
    return announced.success ? announced.data : 3;
  };

  /** An arm from before a restart, as the store keeps it; undefined when it knows none. */
  const restoredArm = (armId: string): Armed | undefined => {
    const stored = deps.storedArm?.(armId);
    return stored ? { ...stored, buttons: announcedButtons(stored.deviceId) } : undefined;
  };

  const forgetOldArms = (now: number): void => {
    for (const [armId, armed] of arms) {
      const closedAt = Math.min(armed.expiresAt, armed.disarmedAt ?? Infinity);
      if (closedAt + closedArmMemoryMs < now) arms.delete(armId);
    }
  };

  return {
    arm: async (request) => {
      const agent = deps.agentFor(request.deviceId);
      if (!agent) {
        return fail(
          'not-found',
          'Quầy này không có bàn phím đánh giá đang kết nối / no keypad connected',
        );
      }
      const buttons = request.buttons ?? announcedButtons(request.deviceId);
      const timeoutSeconds = request.timeoutSeconds ?? defaultKeypadArmSeconds;
      const armId = randomUUID();
      const armedAt = clock().getTime();
      forgetOldArms(armedAt);
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
        armedAt,
        expiresAt,
        disarmedAt: null,
      });
      return ok({ armId, expiresAt: new Date(expiresAt).toISOString() });
    },
    disarm: (armId) => {
      const armed = arms.get(armId);
      if (!armed || armed.disarmedAt !== null) return;
      // Remembered a while: a press made before now may still be on its way from the agent.
      armed.disarmedAt = clock().getTime();
      deps.agentFor(armed.deviceId)?.emit('keypad:disarm', { armId });
    },
    onRated: (listener) => {
      listeners.add(listener);
    },
    press: (deviceId, press) => {
      const armed = arms.get(press.armId) ?? restoredArm(press.armId);
      const level = armed ? levelOfButton(armed.buttons, press.button) : null;
      // Judged by when it was pressed, not when it arrived: a press made in time and held by the
      // agent through an outage still counts. The skew spares one made in the window's last
      // moment on an agent whose clock runs a little ahead.
      const pressedAt = armed
        ? judgedPressTime({ ...press, arrivedAt: clock().getTime(), armedAt: armed.armedAt })
        : 0;
      const closedAt = armed ? Math.min(armed.expiresAt, armed.disarmedAt ?? Infinity) : 0;
      const inTime = armed !== undefined && pressedAt <= closedAt + pressClockSkewMs;
      if (!armed || armed.deviceId !== deviceId || !inTime || !level) {
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
        // On the server's clock, as judged; one let in by the skew counts at the window's end,
        // where the rating's own check finds it in time.
        pressedAt: new Date(Math.min(pressedAt, closedAt)).toISOString(),
      };
      listeners.forEach((listener) => listener(event));
      return true;
    },
    ignoredPresses: () => ignored,
  };
};
