import type { Messages } from '@openops/client';

export const kioskMessages: Messages<
  | 'title'
  | 'chooseService'
  | 'yourNumber'
  | 'peopleAhead'
  | 'estimatedWait'
  | 'noEstimate'
  | 'done'
  | 'otherLanguage'
  | 'offline'
  | 'connecting'
  | 'failed'
> = {
  vi: {
    title: 'Lấy số thứ tự',
    chooseService: 'Chọn dịch vụ bạn cần',
    yourNumber: 'Số thứ tự của bạn',
    peopleAhead: 'Số người đang chờ trước bạn: {count}',
    estimatedWait: 'Thời gian chờ dự kiến: khoảng {minutes} phút',
    noEstimate: 'Chưa ước tính được thời gian chờ',
    done: 'Xong',
    otherLanguage: 'English',
    offline: 'Đang mất kết nối tới máy chủ. Vui lòng chờ trong giây lát…',
    connecting: 'Đang kết nối…',
    failed: 'Không lấy được số: {message}',
  },
  en: {
    title: 'Take a queue number',
    chooseService: 'Choose the service you need',
    yourNumber: 'Your number',
    peopleAhead: 'People ahead of you: {count}',
    estimatedWait: 'Estimated wait: about {minutes} minutes',
    noEstimate: 'No wait estimate yet',
    done: 'Done',
    otherLanguage: 'Tiếng Việt',
    offline: 'Lost connection to the server. Please wait a moment…',
    connecting: 'Connecting…',
    failed: 'Could not take a number: {message}',
  },
};
