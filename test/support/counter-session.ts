import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { counterPage } from './counter-page';

export type IssuedTicket = { id: string; number: string };

/** Issues a ticket for a service over REST (an open demo server needs no token). */
export const issueTicket = async (
  request: APIRequestContext,
  serverUrl: string,
  serviceId: string,
): Promise<IssuedTicket> => {
  const reply = await request.post(`${serverUrl}/api/v1/tickets`, { data: { serviceId } });
  expect(reply.status()).toBe(201);
  return ((await reply.json()) as { data: { ticket: IssuedTicket } }).data.ticket;
};

/** Opens the counter app as demo officer `can-bo-<n>` on its own PC, signed in at `counter`. */
export const openCounterAs = async (
  page: Page,
  serverUrl: string,
  officer: number,
  counter: string,
) => {
  await page.goto(`${serverUrl}/counter/?device=counter-pc-${officer}`);
  const screen = counterPage(page);
  await screen.signIn({ username: `can-bo-${officer}`, password: 'canbo-demo', counter });
  return screen;
};
