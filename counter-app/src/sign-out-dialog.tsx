import { useRef } from 'react';
import { ModalDialog } from './modal-dialog';
import { useText } from './ui-language';

type Props = {
  counterName: string;
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * Asked when the officer signs out of a counter he still holds: signing out does not close it,
 * so citizens go on being queued for it and no other officer can open it until he signs in
 * there again and closes it, or a supervisor releases it (the floor's "Giải phóng quầy"). "Đóng quầy" is the way to end the day; this is the way out when
 * closing is not possible (the server refuses it), and it never needs the server.
 */
export const SignOutDialog = ({ counterName, onConfirm, onCancel }: Props) => {
  const tx = useText();
  const cancel = useRef<HTMLButtonElement>(null);
  return (
    <ModalDialog
      labelledBy="sign-out-title"
      describedBy="sign-out-text"
      safeButton={cancel}
      onCancel={onCancel}
    >
      <h2 id="sign-out-title">{tx('Đăng xuất?', 'Sign out?')}</h2>
      <p id="sign-out-text">
        {tx(
          `${counterName} vẫn mở dưới tên bạn: đăng xuất không đóng quầy. Công dân vẫn chờ được gọi ở quầy này, và cán bộ khác không mở được quầy cho đến khi bạn đăng nhập lại và đóng quầy, hoặc giám sát viên giải phóng quầy. Để kết thúc ca làm việc, chọn "Huỷ" rồi "Đóng quầy".`,
          `${counterName} stays open under your name: signing out does not close it. Citizens still wait to be called here, and no other officer can open it until you sign in again and close it, or a supervisor releases it. To end your shift, choose "Cancel", then "Close counter".`,
        )}
      </p>
      <div className="actions">
        <button type="button" onClick={onConfirm}>
          {tx('Vẫn đăng xuất', 'Sign out anyway')}
        </button>
        <button type="button" ref={cancel} onClick={onCancel}>
          {tx('Huỷ', 'Cancel')}
        </button>
      </div>
    </ModalDialog>
  );
};
