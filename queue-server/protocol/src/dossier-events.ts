import type { Reply } from './envelope';
import {
  citizenDossiersBodySchema,
  dossierCodeBodySchema,
  listDossiersQuerySchema,
  receiveDossierBodySchema,
  requestSupplementBodySchema,
  ticketNotifyBodySchema,
  type CitizenDossier,
  type Dossier,
  type DossierLookup,
  type DossierWithHistory,
} from './dossiers';

type Ack<T> = (reply: Reply<T>) => void;

/** Dossier reception at the counter; merged into `CounterClientEvents`. */
export type DossierCounterClientEvents = {
  /** Receives a dossier, assigns its code and return date, prints the receipt on this counter's printer. */
  'dossier:receive': (body: unknown, ack: Ack<Dossier>) => void;
  'dossier:get': (body: unknown, ack: Ack<DossierWithHistory>) => void;
  'dossier:list': (body: unknown, ack: Ack<Dossier[]>) => void;
  'dossier:request-supplement': (body: unknown, ack: Ack<Dossier>) => void;
  'dossier:supplement-received': (body: unknown, ack: Ack<Dossier>) => void;
  'dossier:mark-processed': (body: unknown, ack: Ack<Dossier>) => void;
  'dossier:mark-returned': (body: unknown, ack: Ack<Dossier>) => void;
  /** Opt-in at the counter for a citizen's ticket (same as the kiosk's). */
  'ticket:notify-opt-in': (
    body: unknown,
    ack: Ack<{ ticketId: string; placesBefore: number }>,
  ) => void;
};

/** Dossier lookup and SMS opt-in at the kiosk; merged into `KioskClientEvents`. */
export type DossierKioskClientEvents = {
  /** Status of a dossier code typed or scanned from the receipt, with the age of the answer. */
  'dossier:lookup': (body: unknown, ack: Ack<DossierLookup>) => void;
  /** A scanned citizen's dossiers, by name and the ID's last 4 digits; newest first, bounded. */
  'dossier:citizen-list': (body: unknown, ack: Ack<CitizenDossier[]>) => void;
  /** Text me when my ticket is near the front. */
  'ticket:notify-opt-in': (
    body: unknown,
    ack: Ack<{ ticketId: string; placesBefore: number }>,
  ) => void;
};

export const dossierInboundSchemas = {
  'dossier:receive': receiveDossierBodySchema,
  'dossier:get': dossierCodeBodySchema,
  'dossier:list': listDossiersQuerySchema,
  'dossier:request-supplement': requestSupplementBodySchema,
  'dossier:supplement-received': dossierCodeBodySchema,
  'dossier:mark-processed': dossierCodeBodySchema,
  'dossier:mark-returned': dossierCodeBodySchema,
  'dossier:lookup': dossierCodeBodySchema,
  'dossier:citizen-list': citizenDossiersBodySchema,
  'ticket:notify-opt-in': ticketNotifyBodySchema,
} as const;
