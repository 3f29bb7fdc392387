import { describe, expect, it } from 'vitest';
import type { Call } from '@openops/protocol';
import { demoCentre } from '../config/demo-centre';
import { callsInZones, displayViewFor, zoneOfCall } from './display-zones';

const callAt = (counterId: string, ticketNumber: string): Call => ({
  ticketId: `t-${ticketNumber}`,
  ticketNumber,
  serviceId: 'ho-tich',
  counterId,
  counterNumber: 1,
  counterName: 'Quầy',
  calledAt: '2026-11-26T02:00:00.000Z',
  recall: false,
});

describe('displayViewFor', () => {
  it('gives a display only its zones’ counters and the services they serve, with layout defaults', () => {
    const view = displayViewFor(demoCentre, 'display-tang-2');
    expect(view?.counters.map((counter) => counter.id)).toEqual(['quay-3', 'quay-4']);
    expect(view?.services.map((service) => service.id)).toEqual([
      'chung-thuc',
      'dat-dai',
      'tra-ket-qua',
    ]);
    expect(view?.notice).toBeNull();
    expect(view?.layout).toEqual({
      recentPerCounter: 3,
      showWaiting: true,
      announceEnglish: false,
      chime: true,
    });
  });

  it('keeps configured layout options and notice', () => {
    const config = {
      ...demoCentre,
      displays: [
        {
          id: 'd',
          name: 'D',
          zones: ['tang-1'],
          notice: 'Giữ trật tự',
          layout: { announceEnglish: true },
        },
      ],
    };
    const view = displayViewFor(config, 'd');
    expect(view?.notice).toBe('Giữ trật tự');
    expect(view?.layout.announceEnglish).toBe(true);
    expect(view?.layout.recentPerCounter).toBe(3);
  });

  it('knows no display the configuration does not list', () => {
    expect(displayViewFor(demoCentre, 'display-9')).toBeNull();
  });
});

describe('zones of calls', () => {
  it('finds a call’s zone through its counter, and none for an unknown counter', () => {
    expect(zoneOfCall(demoCentre, callAt('quay-3', 'B001'))).toBe('tang-2');
    expect(zoneOfCall(demoCentre, callAt('quay-99', 'B001'))).toBeNull();
  });

  it('keeps only the calls of the given zones, in order', () => {
    const calls = [callAt('quay-1', 'A002'), callAt('quay-3', 'B001'), callAt('quay-2', 'A001')];
    expect(callsInZones(demoCentre, ['tang-1'], calls).map((call) => call.ticketNumber)).toEqual([
      'A002',
      'A001',
    ]);
    expect(callsInZones(demoCentre, ['tang-2'], calls).map((call) => call.ticketNumber)).toEqual([
      'B001',
    ]);
  });
});
