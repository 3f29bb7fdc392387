import { describe, expect, it } from 'vitest';
import type { Procedure } from '@openops/protocol';
import { newFee } from './new-fee';
import { procedureIssues } from './procedure-issues';

const procedure: Procedure = {
  id: 'dang-ky-ket-hon',
  code: '1.000894',
  name: 'Đăng ký kết hôn',
  serviceId: 'ho-tich',
  processingDays: 3,
  documents: [],
  fees: [{ name: 'Lệ phí đăng ký kết hôn', amountVnd: 0 }],
  whereToSubmit: '',
};

/** The procedure after pressing "Thêm lệ phí" `times` times. */
const added = (times: number): Procedure =>
  Array.from({ length: times }).reduce<Procedure>(
    (draft) => ({ ...draft, fees: [...draft.fees, newFee(draft.fees)] }),
    procedure,
  );

describe('a fee added in the procedure editor', () => {
  it('is named by its place, so two added fees can be saved as they are', () => {
    expect(added(2).fees.map((fee) => fee.name)).toEqual([
      'Lệ phí đăng ký kết hôn',
      'Lệ phí 2',
      'Lệ phí 3',
    ]);
    expect(procedureIssues(added(2), 'vi')).toEqual({});
  });

  it('skips a number another fee already has', () => {
    expect(newFee([{ name: 'Lệ phí 2', amountVnd: 0 }]).name).toBe('Lệ phí 3');
    expect(newFee([]).name).toBe('Lệ phí 1');
  });
});
