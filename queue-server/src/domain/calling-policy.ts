import { assertNever, type CallingPolicy } from '@openops/protocol';

/** The oldest waiting ticket of one (service, group) queue: all the policy needs to see. */
export type QueueHead = {
  ticketId: string;
  serviceId: string;
  priority: boolean;
  /** Place in the queue, epoch ms (arrival, or kept place after a transfer). */
  queuedAt: number;
  /** Issue sequence, to break ties between equal times. */
  sequence: number;
};

/** A counter's recent calls, newest first, as the policy's memory. */
export type RecentCall = { serviceId: string; priority: boolean };

export type ChooseInput = {
  heads: readonly QueueHead[];
  /** Share per service at this counter; a service not listed weighs 1. */
  weights: Readonly<Record<string, number>>;
  recentCalls: readonly RecentCall[];
  policy: CallingPolicy;
};

/** How many recent calls the service shares are measured over. */
export const shareWindow = 12;

/**
 * How many of a counter's recent calls the policy can look at: the share window, and under
 * `alternate` enough to see the last priority call after N normal ones (an older one changes
 * nothing: the counter owes a priority call either way).
 */
export const recentCallsNeeded = (policy: CallingPolicy): number =>
  policy.mode === 'alternate' ? Math.max(shareWindow, policy.normalPerPriority + 1) : shareWindow;

const effectiveTime = (head: QueueHead, policy: CallingPolicy): number =>
  policy.mode === 'weighted' && head.priority
    ? head.queuedAt - policy.priorityHeadStartMinutes * 60_000
    : head.queuedAt;

const byPlace =
  (policy: CallingPolicy) =>
  (a: QueueHead, b: QueueHead): number =>
    effectiveTime(a, policy) - effectiveTime(b, policy) || a.sequence - b.sequence;

/** Normal calls since the last priority call; all recent calls when none was priority. */
export const normalsSincePriority = (recent: readonly RecentCall[]): number => {
  const index = recent.findIndex((call) => call.priority);
  return index === -1 ? recent.length : index;
};

/** Which group to call from, or null when the policy leaves it to arrival order. */
const chooseGroup = (input: ChooseInput): boolean | null => {
  const hasPriority = input.heads.some((head) => head.priority);
  const hasNormal = input.heads.some((head) => !head.priority);
  const { policy } = input;
  switch (policy.mode) {
    case 'strict':
      return hasPriority;
    case 'alternate':
      // N normal calls earn one priority call; an empty group never blocks the other, and a
      // counter with no priority call in memory owes one at once.
      return (
        hasPriority &&
        (!hasNormal ||
          !input.recentCalls.some((call) => call.priority) ||
          normalsSincePriority(input.recentCalls) >= policy.normalPerPriority)
      );
    case 'weighted':
      return null;
    default:
      return assertNever(policy);
  }
};

/**
 * Picks the next ticket for a counter: first the priority group by policy, then the service
 * whose recent share of calls lags its weight most (stride scheduling over the last
 * `shareWindow` calls, so a service never waits for another to "catch up" on the whole day),
 * then arrival. Pure: the same input always gives the same ticket.
 */
export const chooseNextTicket = (input: ChooseInput): string | null => {
  const group = chooseGroup(input);
  const candidates = input.heads.filter((head) => group === null || head.priority === group);
  if (candidates.length === 0) return null;
  const window = input.recentCalls.slice(0, shareWindow);
  const served = new Map<string, number>();
  window.forEach((call) => served.set(call.serviceId, (served.get(call.serviceId) ?? 0) + 1));
  const order = byPlace(input.policy);
  const best = [...candidates].sort((a, b) => {
    const shareA = ((served.get(a.serviceId) ?? 0) + 1) / (input.weights[a.serviceId] ?? 1);
    const shareB = ((served.get(b.serviceId) ?? 0) + 1) / (input.weights[b.serviceId] ?? 1);
    return shareA - shareB || order(a, b);
  })[0];
  return best?.ticketId ?? null;
};
