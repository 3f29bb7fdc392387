import { fail, type Procedure, type Reply } from '@openops/protocol';
import { linkFailures } from './link-failure-text';

/** Saves a procedure's checklist, fees and processing time (`PUT /api/v1/procedures/:id`). */
export const saveProcedure = async (
  serverUrl: string,
  procedure: Procedure,
  actor: string,
  authorization: string | null,
): Promise<Reply<Procedure>> => {
  const { id, ...body } = procedure;
  try {
    const response = await fetch(`${serverUrl}/api/v1/procedures/${encodeURIComponent(id)}`, {
      method: 'PUT',
      headers: {
        'content-type': 'application/json',
        'x-openops-actor': actor,
        ...(authorization ? { authorization: `Bearer ${authorization}` } : {}),
      },
      body: JSON.stringify(body),
    });
    // The server always answers an envelope, whatever the status.
    return (await response.json()) as Reply<Procedure>;
  } catch {
    // Worded in English where shown, by `serverRefusalText`.
    return fail('internal', linkFailures.notDelivered.vi);
  }
};
