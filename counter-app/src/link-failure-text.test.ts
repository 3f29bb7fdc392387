import { describe, expect, it } from 'vitest';
import { linkFailures, linkFailureText } from './link-failure-text';

describe('linkFailureText', () => {
  it('keeps the Vietnamese the envelope carries', () => {
    expect(linkFailureText(linkFailures.notSent.vi, 'vi')).toBe(
      'Mất kết nối máy chủ, thao tác chưa được gửi; vui lòng thử lại',
    );
  });

  it('words the screen’s own link failures in English', () => {
    expect(linkFailureText(linkFailures.notSent.vi, 'en')).toBe(
      'Server connection lost: the action was not sent; please try again',
    );
    expect(linkFailureText(linkFailures.noAnswerToAction.vi, 'en')).toBe(
      'No answer from the server. The action may or may not have been done: check the current number before pressing again',
    );
    expect(linkFailureText(linkFailures.unreachable.vi, 'en')).toBe(
      'Could not reach the server; please try again',
    );
  });

  it('leaves the server’s own words as sent', () => {
    const held = 'Quầy 1 đang do Lê Thị Bình phụ trách (counter held by another officer)';
    expect(linkFailureText(held, 'en')).toBe(held);
    expect(linkFailureText(held, 'vi')).toBe(held);
  });
});
