import { useState } from 'react';
import { callApi, type ApiCaller } from './supervisor-api';

/** The wait (minutes) past which the floor raises an alert; saved on the server, audited. */
export const FloorSettingsForm = ({ api, current }: { api: ApiCaller; current: number | null }) => {
  const [value, setValue] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  return (
    <form
      aria-label="Ngưỡng cảnh báo chờ"
      className="floor-settings"
      onSubmit={(event) => {
        event.preventDefault();
        const minutes = Number(value);
        void callApi<unknown>(api, '/floor/settings', {
          method: 'PUT',
          body: { waitAlertMinutes: minutes },
        }).then((reply) => {
          setMessage(
            reply.ok
              ? `Đã đặt ngưỡng ${minutes} phút`
              : [
                  reply.error.message,
                  ...(reply.error.issues ?? []).map((issue) => issue.message),
                ].join(' — '),
          );
          if (reply.ok) setValue('');
        });
      }}
    >
      <label>
        Ngưỡng cảnh báo chờ (phút)
        <input
          type="number"
          min={1}
          max={240}
          placeholder={current === null ? '' : String(current)}
          value={value}
          onChange={(event) => setValue(event.target.value)}
        />
      </label>
      <button type="submit">Lưu ngưỡng</button>
      {message && <p role="status">{message}</p>}
    </form>
  );
};
