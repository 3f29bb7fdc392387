import { useState } from 'react';
import { callApi, type ApiCaller } from './supervisor-api';
import { readWaitThreshold, waitThresholdMinutes, waitThresholdRefusal } from './wait-threshold';

/** The wait (minutes) past which the floor raises an alert; saved on the server, audited. */
export const FloorSettingsForm = ({ api, current }: { api: ApiCaller; current: number | null }) => {
  const [value, setValue] = useState('');
  const [message, setMessage] = useState<{ text: string; refused: boolean } | null>(null);

  const save = async (): Promise<void> => {
    // Said here, before any request: an empty field would go as 0 and come back in English.
    const read = readWaitThreshold(value);
    if (!read.ok) {
      setMessage({ text: read.problem, refused: true });
      return;
    }
    const reply = await callApi<unknown>(api, '/floor/settings', {
      method: 'PUT',
      body: { waitAlertMinutes: read.minutes },
    });
    setMessage(
      reply.ok
        ? { text: `Đã đặt ngưỡng ${read.minutes} phút`, refused: false }
        : { text: waitThresholdRefusal(reply.error), refused: true },
    );
    if (reply.ok) setValue('');
  };

  return (
    <form
      aria-label="Ngưỡng cảnh báo chờ"
      className="floor-settings"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label>
        Ngưỡng cảnh báo chờ (phút)
        <input
          type="number"
          min={waitThresholdMinutes.min}
          max={waitThresholdMinutes.max}
          step={1}
          placeholder={current === null ? '' : String(current)}
          value={value}
          onChange={(event) => setValue(event.target.value)}
        />
      </label>
      <button type="submit">Lưu ngưỡng</button>
      {message && <p role={message.refused ? 'alert' : 'status'}>{message.text}</p>}
    </form>
  );
};
