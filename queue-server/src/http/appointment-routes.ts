import express, { type Router } from 'express';
import {
  appointmentCodeSchema,
  bookAppointmentBodySchema,
  businessDaySchema,
  checkInBodySchema,
  ok,
  parseInput,
} from '@openops/protocol';
import { z } from 'zod';
import type { RestDeps } from './rest-deps';
import { send } from './reply';
import { principalOfResponse, requireOfficer, requireRoles } from './auth-middleware';

/**
 * Appointments: booked by the portal (supervisor or admin account), checked in at a kiosk.
 * A booking sent again with the same `externalRef` (the portal lost the answer) answers 200 with
 * the booking already made; a new booking answers 201.
 */
export const appointmentRoutes = ({ appointments, queue }: RestDeps): Router => {
  const router = express.Router();
  router.post('/appointments', requireRoles('supervisor', 'admin'), (request, response) => {
    const parsed = parseInput(bookAppointmentBodySchema, request.body);
    if (!parsed.ok) return send(response, parsed);
    const earlier = appointments.alreadyBooked(parsed.value);
    if (earlier) return send(response, earlier);
    return send(response, appointments.book(parsed.value), 201);
  });
  // Names and phone numbers: officers, not a paired counter PC.
  router.get('/appointments', requireOfficer, (request, response) => {
    const parsed = parseInput(z.object({ day: businessDaySchema.optional() }), request.query);
    if (!parsed.ok) return send(response, parsed);
    return send(response, ok(appointments.list(parsed.value.day ?? queue.today())));
  });
  // The citizen's name and phone: officers, as the day's list, not a kiosk or a counter PC.
  router.get('/appointments/:code', requireOfficer, (request, response) => {
    const parsed = parseInput(z.object({ code: appointmentCodeSchema }), request.params);
    if (!parsed.ok) return send(response, parsed);
    return send(response, appointments.byCode(parsed.value.code));
  });
  router.post(
    '/appointments/check-in',
    requireRoles('kiosk', 'counter', 'supervisor', 'admin'),
    (request, response) => {
      const parsed = parseInput(checkInBodySchema, request.body);
      if (!parsed.ok) return send(response, parsed);
      const principal = principalOfResponse(response);
      const deviceId = principal && principal.kind === 'device' ? principal.deviceId : null;
      return send(response, appointments.checkIn(parsed.value.code, deviceId), 201);
    },
  );
  router.post(
    '/appointments/:appointmentId/cancel',
    requireRoles('supervisor', 'admin'),
    (request, response) => {
      send(response, appointments.cancel(String(request.params.appointmentId)));
    },
  );
  return router;
};
