import { describe, expect, it } from 'vitest';
import { defaultDisplayLayout, type Call } from '@openops/protocol';
import { demoCentre } from '../config/demo-centre';
import { displayViewFor, recentCallsScope, zoneOfCall } from './display-zones';

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
});

describe('recentCallsScope', () => {
  it('names the zones’ counters and asks for as many calls as the board lists', () => {
    const floor2 = displayViewFor(demoCentre, 'display-tang-2');
    expect(floor2 && recentCallsScope(floor2)).toEqual({
      counterIds: ['quay-3', 'quay-4'],
      limit: 20,
    });
    const counters = Array.from({ length: 30 }, (_, index) => ({
      id: `quay-${index + 1}`,
      number: index + 1,
      name: `Quầy ${index + 1}`,
      serviceIds: ['ho-tich'],
      zone: 'tang-1',
    }));
    expect(recentCallsScope({ counters, layout: defaultDisplayLayout }).limit).toBe(91);
  });
});
