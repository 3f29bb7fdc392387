// In the protocol since the counter app offers each action only from the states it starts from.
export {
  actionSources,
  actionTarget,
  isFinalState,
  nextTicketState,
  ticketActions,
  ticketStateWords,
  type TicketAction,
} from '@openops/protocol';
