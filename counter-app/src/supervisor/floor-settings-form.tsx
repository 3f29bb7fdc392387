import { useContext, useState } from 'react';
import { LanguageContext, useText } from '../ui-language';
import { inEachLanguage, type Bilingual } from '../bilingual';
import { callApi, type ApiCaller } from './supervisor-api';
import {
  readWaitThreshold,
  waitThresholdMinutes,
  waitThresholdProblemText,
  waitThresholdRefusal,
} from './wait-threshold';

/** The wait (minutes) past which the floor raises an alert; saved on the server, audited. */
export const FloorSettingsForm = ({ api, current }: { api: ApiCaller; current: number | null }) => {
  const tx = useText();
  const language = useContext(LanguageContext);
  const [value, setValue] = useState('');
  const [message, setMessage] = useState<{ say: Bilingual; refused: boolean } | null>(null);

  const save = async (): Promise<void> => {
    // Said here, before any request: an empty field would go as 0 and come back in English.
    const read = readWaitThreshold(value);
    if (!read.ok) {
      const { problem } = read;
      setMessage({
        say: inEachLanguage((shown) => waitThresholdProblemText(problem, shown)),
        refused: true,
      });
      return;
    }
    const reply = await callApi<unknown>(api, '/floor/settings', {
      method: 'PUT',
      body: { waitAlertMinutes: read.minutes },
    });
    if (reply.ok) {
      setMessage({
        say: {
          vi: `Đã đặt ngưỡng ${read.minutes} phút`,
          en: `Threshold set to ${read.minutes} min`,
        },
        refused: false,
      });
      setValue('');
      return;
    }
    const { error } = reply;
    setMessage({
      say: inEachLanguage((shown) => waitThresholdRefusal(error, shown)),
      refused: true,
    });
  };

  return (
    <form
      aria-label={tx('Ngưỡng cảnh báo chờ', 'Wait alert threshold')}
      className="floor-settings"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label>
        {tx('Ngưỡng cảnh báo chờ (phút)', 'Wait alert threshold (minutes)')}
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
      <button type="submit">{tx('Lưu ngưỡng', 'Save threshold')}</button>
      {message && <p role={message.refused ? 'alert' : 'status'}>{message.say[language]}</p>}
    </form>
  );
};
