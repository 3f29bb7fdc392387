import { describe, expect, it } from 'vitest';
import { serverIssueText } from './server-issue-text';

const text = (message: string, label = 'tên', path = 'name'): string =>
  serverIssueText({ path, message }, label);

describe('server issue text', () => {
  it("rewords zod's English defaults in Vietnamese, naming the field", () => {
    expect(text('Too small: expected string to have >=1 characters')).toBe('Cần nhập tên');
    expect(text('Invalid input: expected string, received undefined')).toBe('Cần nhập tên');
    expect(text('Too small: expected number to be >=1', 'ngưỡng cảnh báo chờ')).toBe(
      'Ngưỡng cảnh báo chờ ít nhất là 1',
    );
    expect(text('Too big: expected number to be <=72', 'số giờ')).toBe('Số giờ tối đa là 72');
    expect(text('Too small: expected number to be >0', 'số phút')).toBe('Số phút phải lớn hơn 0');
    expect(text('Invalid input: expected int, received number', 'giới hạn')).toBe(
      'Giới hạn phải là số nguyên',
    );
    expect(text('Invalid input: expected number, received string', 'số quầy')).toBe(
      'Số quầy phải là số',
    );
    expect(text('Too small: expected array to have >=2 items', 'khu vực')).toBe(
      'Khu vực cần ít nhất 2 mục',
    );
  });

  it('lists the values an enumeration takes, explaining the known ones', () => {
    expect(
      text(
        "Invalid discriminator value. Expected 'strict' | 'alternate' | 'weighted'",
        'cách gọi số',
      ),
    ).toBe(
      'Cách gọi số phải là một trong: "strict" (luôn gọi số ưu tiên trước), "alternate" (xen kẽ số thường và số ưu tiên), "weighted" (số ưu tiên được tính như đã chờ lâu hơn)',
    );
    expect(text('Invalid option: expected one of "kiosk"|"counter"', 'vai trò')).toBe(
      'Vai trò phải là một trong: "kiosk" (kiosk), "counter" (máy quầy)',
    );
  });

  it('says what a date, an address and an unknown key must be', () => {
    expect(text('Invalid ISO date', 'ngày bắt đầu', 'from')).toBe(
      'Ngày bắt đầu phải là một ngày có thật, dạng năm-tháng-ngày (ví dụ 2026-09-02)',
    );
    expect(text('Invalid URL', 'địa chỉ công khai')).toBe(
      'Địa chỉ công khai phải là một địa chỉ web bắt đầu bằng http:// hoặc https://',
    );
    expect(text('Unrecognized keys: "mode", "speed"', 'chính sách gọi số')).toBe(
      'Chính sách gọi số có mục không dùng được: mode, speed',
    );
  });

  it("keeps the server's own Vietnamese, and never shows English it cannot read", () => {
    expect(text('tiền tố là 1 đến 3 chữ cái in hoa', 'tiền tố')).toBe(
      'Tiền tố: tiền tố là 1 đến 3 chữ cái in hoa',
    );
    const unknown = text('Invalid input: something new in zod 5', 'bố cục', 'layout.x');
    expect(unknown).toBe('Bố cục không hợp lệ (layout.x)');
  });
});

describe('server issue text in English', () => {
  const english = (message: string, label = 'name', path = 'name'): string =>
    serverIssueText({ path, message }, label, 'en');

  it("rewords zod's defaults, naming the field", () => {
    expect(english('Too small: expected string to have >=1 characters')).toBe('Enter the name');
    expect(english('Too big: expected number to be <=72', 'hours')).toBe(
      'The hours must be at most 72',
    );
    expect(english('Invalid input: expected int, received number', 'daily limit')).toBe(
      'The daily limit must be a whole number',
    );
    expect(english('Invalid option: expected one of "kiosk"|"counter"', 'role')).toBe(
      'The role must be one of: "kiosk" (kiosk), "counter" (counter PC)',
    );
    expect(english('Invalid URL', 'public address')).toBe(
      'The public address must be a web address starting with http:// or https://',
    );
    expect(english('Invalid input: something new in zod 5', 'layout', 'layout.x')).toBe(
      'The layout is not valid (layout.x)',
    );
  });

  it("gives the server's own sentences in English after the field's name", () => {
    expect(english('tiền tố là 1 đến 3 chữ cái in hoa', 'prefix')).toBe(
      'Prefix: 1 to 3 capital letters',
    );
    expect(english('lĩnh vực không tồn tại (unknown field): dat-dai', 'field')).toBe(
      'Field: unknown field: dat-dai',
    );
  });
});
