import { z } from 'zod';
import {
  appointmentSchema,
  bookAppointmentBodySchema,
  businessDaySchema,
  cancelledAppointmentSchema,
  checkInBodySchema,
  checkInResultSchema,
  type AnyRole,
} from '@openops/protocol';
import type { Operation } from './openapi-operation';

const officers: AnyRole[] = ['counter', 'supervisor', 'admin'];

/** The appointment routes (appointment-routes.ts) for the OpenAPI document. */
export const appointmentOperations: readonly Operation[] = [
  {
    method: 'post',
    path: '/appointments',
    summary:
      'Book a slot (booking portal); a slot the service takes no tickets at (a holiday, a day off, outside its hours) is refused, 422 service-closed; one whose check-in window has already closed, 400 bad-request. Idempotent on externalRef: sent again while its booking is not cancelled, it answers 200 with that booking (same id and code) and books nothing; the same externalRef with another service, slot, citizen name or phone is refused, 409 conflict',
    roles: ['supervisor', 'admin'],
    body: bookAppointmentBodySchema,
    data: appointmentSchema,
    success: 201,
    alsoSuccess: {
      status: 200,
      description: 'Success envelope: the booking an earlier request with this externalRef made',
    },
  },
  {
    method: 'get',
    path: '/appointments',
    summary: 'Appointments of a day (default today)',
    roles: officers,
    officerSession: true,
    // appointment-routes.ts parses the same object inline.
    query: z.object({ day: businessDaySchema.optional() }),
    data: z.array(appointmentSchema),
  },
  {
    method: 'get',
    path: '/appointments/{code}',
    summary: 'An appointment by its check-in code',
    roles: officers,
    officerSession: true,
    data: appointmentSchema,
  },
  {
    method: 'post',
    path: '/appointments/check-in',
    summary: 'Check in by code within the window; issues the ticket',
    roles: ['kiosk', ...officers],
    body: checkInBodySchema,
    data: checkInResultSchema,
    success: 201,
  },
  {
    method: 'post',
    path: '/appointments/{appointmentId}/cancel',
    summary:
      'Cancel a booked appointment; citizenTexted says whether a text telling the citizen was queued (texts on and a phone on the booking)',
    roles: ['supervisor', 'admin'],
    data: cancelledAppointmentSchema,
  },
];
