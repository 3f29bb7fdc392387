/**
 * Screen labels. A wall display has no one to switch language, so both are shown at once:
 * Vietnamese first and large, English second and smaller.
 */
export const labels = {
  nowCalling: { vi: 'Mời số', en: 'Now calling' },
  goTo: { vi: 'đến', en: 'go to' },
  // No-break spaces keep "công dân" and "đến lượt" whole when the line wraps.
  idle: { vi: 'Xin mời công\u00a0dân chờ đến\u00a0lượt', en: 'Please wait for your number' },
  counters: { vi: 'Các quầy', en: 'Counters' },
  noCallYet: { vi: 'Chưa gọi', en: 'No call yet' },
  waiting: { vi: 'Đang chờ', en: 'Waiting' },
  offline: { vi: 'Mất kết nối máy chủ', en: 'Server connection lost, retrying' },
  refused: { vi: 'Màn hình chưa được cấu hình', en: 'This display is not configured' },
  recall: { vi: 'Gọi lại', en: 'Recall' },
  soundUnavailable: {
    vi: 'Không phát được âm thanh gọi số',
    en: 'Call announcements cannot be played',
  },
  soundBlocked: {
    vi: 'Chạm vào màn hình một lần để bật tiếng gọi số',
    en: 'Touch the screen once to turn on the call announcements',
  },
} as const;
