import type { Messages } from '@openops/client';

export type CounterMessageKey =
  | 'chooseCounter'
  | 'connecting'
  | 'offline'
  | 'services'
  | 'waiting'
  | 'current'
  | 'noCurrent'
  | 'servingFor'
  | 'sinceCall'
  | 'stateCalled'
  | 'stateServing'
  | 'callNext'
  | 'recall'
  | 'start'
  | 'finish'
  | 'noShow'
  | 'transfer'
  | 'returnToQueue'
  | 'receiveDossier'
  | 'returnDossier'
  | 'pause'
  | 'resume'
  | 'close'
  | 'shortcuts'
  | 'queue'
  | 'callThis'
  | 'minutes'
  | 'priority'
  | 'emptyQueue'
  | 'stateOpen'
  | 'statePaused'
  | 'stateClosed'
  | 'language'
  | 'procedures'
  | 'ratingWaiting'
  | 'ratingReceived'
  | 'ratingExpired'
  | 'ratingCancelled'
  | 'ratingOnPage'
  | 'ratingEarlier'
  | 'printer'
  | 'scanNeedsOpen'
  | 'scanWhilePaused'
  | 'callWhilePaused'
  | 'signOut'
  | 'scanFinishFirst'
  | 'scanWhileClosing'
  | 'transferredFrom'
  | 'transferredHere'
  | 'justCalledNext'
  | 'justCalledChosen'
  | 'nobodyWaiting'
  | 'requestOnItsWay';

export const messages: Messages<CounterMessageKey> = {
  vi: {
    chooseCounter: 'Chọn quầy làm việc',
    connecting: 'Đang kết nối tới máy chủ…',
    offline: 'Mất kết nối máy chủ — đang thử lại…',
    services: 'Dịch vụ',
    waiting: 'Đang chờ',
    current: 'Số đang phục vụ',
    noCurrent: 'Chưa gọi số nào',
    servingFor: 'Thời gian phục vụ',
    sinceCall: 'Từ lúc gọi',
    stateCalled: 'Chờ công dân đến',
    stateServing: 'Đang phục vụ',
    callNext: 'Gọi số tiếp theo',
    recall: 'Gọi lại',
    start: 'Bắt đầu phục vụ',
    finish: 'Hoàn thành',
    noShow: 'Vắng mặt',
    transfer: 'Chuyển',
    returnToQueue: 'Trả về hàng chờ',
    receiveDossier: 'Tiếp nhận hồ sơ',
    returnDossier: 'Trả kết quả / bổ sung',
    pause: 'Tạm dừng',
    resume: 'Tiếp tục',
    close: 'Đóng quầy',
    signOut: 'Đăng xuất',
    shortcuts: 'Phím tắt',
    queue: 'Danh sách chờ',
    callThis: 'Gọi',
    scanNeedsOpen: 'Quầy chưa mở: mở quầy rồi quét lại phiếu để gọi số đó.',
    scanWhilePaused:
      'Quầy đang tạm dừng: nhấn "{resume}" ({key}) để mở lại quầy, rồi quét lại phiếu để gọi số đó.',
    callWhilePaused:
      '{counter} đang tạm dừng{reason}. Nhấn "{resume}" ({key}) để mở lại quầy rồi gọi số.',
    scanFinishFirst:
      'Quầy đang có số: hoàn thành, ghi vắng mặt, chuyển hoặc trả số đó về hàng chờ rồi quét lại phiếu để gọi số mới.',
    scanWhileClosing:
      'Đang hỏi có đóng quầy không: mã vừa quét chưa được dùng. Chọn "Huỷ" rồi quét lại.',
    minutes: '{n} phút',
    priority: 'Ưu tiên',
    emptyQueue: 'Không có ai đang chờ',
    stateOpen: 'Đang mở',
    statePaused: 'Tạm dừng',
    stateClosed: 'Đã đóng',
    language: 'English',
    procedures: 'Cấu hình thủ tục',
    ratingWaiting: 'Đang chờ công dân đánh giá…',
    ratingReceived: 'Đã nhận đánh giá',
    ratingExpired: 'Hết thời gian đánh giá',
    ratingCancelled: 'Đã bỏ qua đánh giá',
    ratingOnPage: 'Mời công dân đánh giá trên máy tính bảng',
    ratingEarlier: 'Số trước',
    printer: 'Máy in',
    transferredFrom: 'Chuyển từ {counter}',
    transferredHere: 'Được chuyển đến',
    justCalledNext:
      'Số vừa gọi đang chờ công dân đến; nhấn lại sau giây lát nếu muốn gọi số tiếp theo (just called)',
    justCalledChosen:
      'Số vừa gọi đang chờ công dân đến; nhấn lại sau giây lát nếu muốn gọi số khác (just called)',
    nobodyWaiting:
      'Không còn công dân nào đang chờ cho quầy này (nobody is waiting for this counter)',
    requestOnItsWay: 'Yêu cầu trước đang được xử lý (a request is still on its way)',
  },
  en: {
    chooseCounter: 'Choose your counter',
    connecting: 'Connecting to the server…',
    offline: 'Server connection lost — retrying…',
    services: 'Services',
    waiting: 'Waiting',
    current: 'Now serving',
    noCurrent: 'No number called yet',
    servingFor: 'Serving time',
    sinceCall: 'Since the call',
    stateCalled: 'Waiting for the citizen',
    stateServing: 'Serving',
    callNext: 'Call next',
    recall: 'Recall',
    start: 'Start serving',
    finish: 'Finish',
    noShow: 'No-show',
    transfer: 'Transfer',
    returnToQueue: 'Return to queue',
    receiveDossier: 'Receive dossier',
    returnDossier: 'Return / supplement',
    pause: 'Pause',
    resume: 'Resume',
    close: 'Close counter',
    signOut: 'Sign out',
    shortcuts: 'Shortcuts',
    queue: 'Waiting list',
    callThis: 'Call',
    scanNeedsOpen: 'The counter is not open: open it, then scan the ticket again to call it.',
    scanWhilePaused:
      'The counter is paused: press "{resume}" ({key}) to reopen it, then scan the ticket again to call it.',
    callWhilePaused:
      '{counter} is paused{reason}. Press "{resume}" ({key}) to reopen it, then call.',
    scanFinishFirst:
      'A number is at the counter: finish it, mark it as a no-show, transfer it or return it to the queue, then scan the ticket again.',
    scanWhileClosing:
      'Closing the counter is being confirmed: that scan was not used. Choose "Cancel", then scan again.',
    minutes: '{n} min',
    priority: 'Priority',
    emptyQueue: 'Nobody is waiting',
    stateOpen: 'Open',
    statePaused: 'Paused',
    stateClosed: 'Closed',
    language: 'Tiếng Việt',
    procedures: 'Procedure settings',
    ratingWaiting: 'Waiting for the citizen’s rating…',
    ratingReceived: 'Rating received',
    ratingExpired: 'Rating window ended',
    ratingCancelled: 'Rating skipped',
    ratingOnPage: 'Ask the citizen to rate on the tablet',
    ratingEarlier: 'Previous number',
    printer: 'Printer',
    transferredFrom: 'Transferred from {counter}',
    transferredHere: 'Transferred here',
    justCalledNext:
      'The number just called is on its way to the counter; press again in a moment to call the next number',
    justCalledChosen:
      'The number just called is on its way to the counter; press again in a moment to call another number',
    nobodyWaiting: 'Nobody is waiting for this counter',
    requestOnItsWay: 'The previous request is still on its way',
  },
};
