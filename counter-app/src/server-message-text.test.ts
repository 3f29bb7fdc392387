import { describe, expect, it } from 'vitest';
import { serverMessageText, serverRefusalText } from './server-message-text';

describe("the server's sentences", () => {
  it('are kept as sent in Vietnamese', () => {
    for (const message of [
      'dịch vụ không tồn tại: ho-tich',
      'Cấu hình không hợp lệ (configuration refused)',
      'cần mật khẩu từ 8 ký tự',
    ]) {
      expect(serverMessageText(message, 'vi')).toBe(message);
      expect(serverRefusalText(message, 'vi')).toBe(message);
    }
  });

  it('are given the English gloss the server puts in brackets', () => {
    expect(serverRefusalText('Cấu hình không hợp lệ (configuration refused)', 'en')).toBe(
      'Configuration refused',
    );
    expect(
      serverRefusalText(
        'Phần cấu hình này vừa được người khác thay đổi sau khi bạn mở. Hãy tải lại để xem bản mới rồi sửa lại (changed by someone else since you opened it: reload and edit again)',
        'en',
      ),
    ).toBe('Changed by someone else since you opened it: reload and edit again');
    // What follows the gloss after a colon is the value it is about.
    expect(serverMessageText('quầy không tồn tại (unknown counter): quay-9', 'en')).toBe(
      'unknown counter: quay-9',
    );
    expect(serverRefusalText('Không kết nối được máy chủ (server unreachable)', 'en')).toBe(
      'Server unreachable',
    );
  });

  it('name what is in use before the rule it breaks, with the Vietnamese states in English', () => {
    expect(
      serverRefusalText(
        'Không xoá được quầy đang làm việc: Quầy 2 (đang mở, đang gọi số A004). Hãy kết thúc lượt và đóng quầy trước. (A counter in use cannot be removed.)',
        'en',
      ),
    ).toBe('Quầy 2 (open, calling A004): a counter in use cannot be removed.');
    expect(
      serverRefusalText(
        'Không bỏ được dịch vụ khỏi mọi quầy khi còn công dân chờ: Chứng thực (3 số đang chờ). Hãy để ít nhất một quầy phục vụ dịch vụ này đến khi hết lượt chờ. (A service with tickets waiting today must stay on at least one counter.)',
        'en',
      ),
    ).toBe(
      'Chứng thực (3 tickets waiting): a service with tickets waiting today must stay on at least one counter.',
    );
    // One is one ticket, not "1 tickets".
    expect(
      serverRefusalText(
        'Không bỏ được dịch vụ khỏi mọi quầy khi còn công dân chờ: Chứng thực (1 số đang chờ). Hãy để ít nhất một quầy phục vụ dịch vụ này đến khi hết lượt chờ. (A service with tickets waiting today must stay on at least one counter.)',
        'en',
      ),
    ).toBe(
      'Chứng thực (1 ticket waiting): a service with tickets waiting today must stay on at least one counter.',
    );
    expect(
      serverRefusalText(
        'Không sửa được tài khoản cán bộ đang giữ quầy: Trần Văn B (can-bo-2) giữ Quầy 2, đang tạm dừng. Hãy để cán bộ hoàn thành lượt đang phục vụ và đóng quầy trước. (An officer holding a counter cannot be removed, disabled or taken off that counter; close the counter first.)',
        'en',
      ),
    ).toBe(
      'Trần Văn B (can-bo-2) holds Quầy 2, paused: an officer holding a counter cannot be removed, disabled or taken off that counter; close the counter first.',
    );
  });

  it('have English for the sentences the server writes without it', () => {
    expect(serverMessageText('dịch vụ không tồn tại: khong-co', 'en')).toBe(
      'unknown service: khong-co',
    );
    expect(serverMessageText('tiền tố trùng: A', 'en')).toBe('duplicate prefix: A');
    expect(serverMessageText('trùng với một lệ phí khác (Lệ phí 2)', 'en')).toBe(
      'same as another fee (Lệ phí 2)',
    );
    expect(serverMessageText('Nguyễn Văn B (can-bo-2) giữ Quầy 1, đang mở: bị khoá', 'en')).toBe(
      'Nguyễn Văn B (can-bo-2) holds Quầy 1, open: disabled',
    );
    expect(
      serverMessageText(
        'Nguyễn Văn B (can-bo-2) giữ Quầy 1, đang mở: không còn được phân công Quầy 1',
        'en',
      ),
    ).toBe('Nguyễn Văn B (can-bo-2) holds Quầy 1, open: no longer assigned to Quầy 1');
  });

  it('are kept as sent when no English is known, rather than said as nothing', () => {
    expect(serverMessageText('một câu mới của máy chủ', 'en')).toBe('một câu mới của máy chủ');
    // A bracket that holds an id or a Vietnamese word is no gloss.
    expect(serverMessageText('mã trùng (ho-tich)', 'en')).toBe('mã trùng (ho-tich)');
  });
});
