import { describe, expect, it } from 'vitest';
import { bindingRefusal, type BindingRequest } from './agent-binding';

const paired: BindingRequest = {
  boundTo: 'kiosk-1',
  agentId: 'kiosk-1-agent',
  paired: true,
  knownRole: 'kiosk',
  holderAgentId: null,
  alreadyBoundTo: null,
};
const demo: BindingRequest = { ...paired, agentId: 'agent-pc-7', paired: false };

describe('agent binding', () => {
  it('lets a paired agent serve the known kiosk or counter its pairing is named after', () => {
    expect(bindingRefusal(paired)).toBeNull();
    expect(
      bindingRefusal({
        ...paired,
        boundTo: 'counter-pc-3',
        agentId: 'counter-pc-3-agent',
        knownRole: 'counter',
      }),
    ).toBeNull();
  });

  it('refuses a paired agent asking for a device its pairing does not name', () => {
    expect(bindingRefusal({ ...paired, boundTo: 'kiosk-2' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: expect.stringContaining('kiosk-2-agent') },
    });
  });

  it('refuses a device that is no kiosk or counter of the centre', () => {
    expect(
      bindingRefusal({ ...paired, boundTo: 'kiosk-9', agentId: 'kiosk-9-agent', knownRole: null }),
    ).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(
      bindingRefusal({
        ...demo,
        boundTo: 'display-1',
        knownRole: 'display',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringContaining('display') },
    });
    // An open demo server trusts every claim: an id it does not list is served.
    expect(bindingRefusal({ ...demo, boundTo: 'counter-pc-2', knownRole: null })).toBeNull();
  });

  it('answers conflict while another agent serves the device; the same agent takes it over', () => {
    expect(bindingRefusal({ ...demo, holderAgentId: 'agent-pc-8' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('agent-pc-8') },
    });
    expect(bindingRefusal({ ...demo, holderAgentId: 'agent-pc-7' })).toBeNull();
    expect(bindingRefusal({ ...paired, alreadyBoundTo: 'kiosk-2' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });
});
