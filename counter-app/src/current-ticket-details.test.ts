import { describe, expect, it } from 'vitest';
import { currentTicketDetails } from './current-ticket-details';

const centre = {
  services: [
    { id: 'ho-tich', name: 'Hộ tịch', nameEn: 'Civil status', prefix: 'A', dailyLimit: null },
  ],
  priorityCategories: [{ id: 'nguoi-cao-tuoi', name: 'Người cao tuổi', nameEn: 'Elderly' }],
};

describe('what the current ticket shows beside its number', () => {
  it('names its service and, when it has one, its priority group', () => {
    expect(
      currentTicketDetails({ serviceId: 'ho-tich', priorityCategoryId: null }, centre, 'vi'),
    ).toBe('Hộ tịch');
    expect(
      currentTicketDetails(
        { serviceId: 'ho-tich', priorityCategoryId: 'nguoi-cao-tuoi' },
        centre,
        'vi',
      ),
    ).toBe('Hộ tịch · Ưu tiên: Người cao tuổi');
    expect(
      currentTicketDetails(
        { serviceId: 'ho-tich', priorityCategoryId: 'nguoi-cao-tuoi' },
        centre,
        'en',
      ),
    ).toBe('Civil status · Priority: Elderly');
  });

  it('shows nothing without a ticket, and an id the configuration no longer has as is', () => {
    expect(currentTicketDetails({ serviceId: null, priorityCategoryId: null }, centre, 'vi')).toBe(
      null,
    );
    expect(
      currentTicketDetails({ serviceId: 'cu', priorityCategoryId: 'khac' }, centre, 'vi'),
    ).toBe('cu · Ưu tiên: khac');
  });
});
