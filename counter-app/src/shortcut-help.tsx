import { useRef } from 'react';
import { useFocusOnOpen } from './use-focus-on-open';
import { callChosenModifier, counterActions, shortcutKeys, type CounterAction } from './shortcuts';

/** Vietnamese, then English, for each action in the shortcut list. */
export const actionNames: Record<CounterAction, string> = {
  'call-next': 'Gọi số tiếp theo (call next)',
  recall: 'Gọi lại (recall)',
  start: 'Bắt đầu phục vụ (start serving)',
  finish: 'Hoàn thành, mời đánh giá (finish, ask for a rating)',
  'no-show': 'Vắng mặt (no-show)',
  transfer: 'Chuyển dịch vụ / quầy (transfer)',
  'return-to-queue': 'Trả số về hàng chờ (return the ticket to the queue)',
  'receive-dossier': 'Tiếp nhận hồ sơ (receive a dossier)',
  'return-dossier': 'Trả kết quả / bổ sung (return / supplement)',
  pause: 'Tạm dừng / tiếp tục (pause / resume)',
  help: 'Danh sách phím tắt (this list)',
};

export const ShortcutHelp = ({ onClose }: { onClose: () => void }) => {
  const dialog = useRef<HTMLElement>(null);
  useFocusOnOpen(dialog);
  return (
    <section ref={dialog} role="dialog" aria-label="Phím tắt" className="dialog">
      <h2>Phím tắt</h2>
      <table>
        <tbody>
          {counterActions.map((action) => (
            <tr key={action}>
              <th scope="row">
                <kbd>{shortcutKeys[action]}</kbd>
              </th>
              <td>{actionNames[action]}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">
              <kbd>{callChosenModifier}+1 … 9</kbd>
            </th>
            <td>Gọi số thứ n trong danh sách chờ (call the n-th waiting ticket)</td>
          </tr>
          <tr>
            <th scope="row">
              <kbd>Esc</kbd>
            </th>
            <td>Đóng hộp thoại (close the dialog)</td>
          </tr>
        </tbody>
      </table>
      <button type="button" onClick={onClose}>
        Đóng
      </button>
    </section>
  );
};
