import { useContext, useEffect, useState } from 'react';
import type { Dossier, PrintJobRecord } from '@openops/protocol';
import { findReceiptJob, receiptPreviewUrl, reprintReceipt } from './receipt-api';
import { formatDay } from './elapsed';
import { isSettled, lookDelayMs } from './receipt-polling';
import { printStateText } from './receipt-text';
import { LanguageContext, useText } from './ui-language';
import { linkFailureText } from './link-failure-text';

type Props = {
  dossier: Dossier;
  serverUrl: string;
  deviceId: string;
  token: string | null;
  onClose: () => void;
};

/**
 * The dossier just received: its code and return date, the printer's progress (with a reprint
 * when it failed), and the PNG of exactly what the printer was sent.
 */
export const ReceiptCard = ({ dossier, serverUrl, deviceId, token, onClose }: Props) => {
  const tx = useText();
  const language = useContext(LanguageContext);
  const [job, setJob] = useState<PrintJobRecord | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  // A reprint on its way, or why it was refused: worded when shown, in the language on screen.
  const [reprinting, setReprinting] = useState<{ refused: string | null } | null>(null);

  // Bumped by a reprint, so the job is followed again until it settles anew.
  const [following, setFollowing] = useState(0);

  // The job is followed until printed or failed, however long the printer stays away (the
  // agent may come back minutes later); the looks slow down to one every 5 s meanwhile.
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const look = async (attempt: number): Promise<void> => {
      const found = await findReceiptJob(serverUrl, deviceId, dossier.code, token);
      if (stopped) return;
      if (found) setJob(found);
      if (!isSettled(found)) timer = setTimeout(() => void look(attempt + 1), lookDelayMs(attempt));
    };
    void look(1);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [serverUrl, deviceId, dossier.code, token, following]);

  const jobId = job?.jobId ?? null;
  useEffect(() => {
    if (!jobId) return undefined;
    let stopped = false;
    let url: string | null = null;
    void receiptPreviewUrl(serverUrl, jobId, token).then((made) => {
      url = made;
      if (stopped && made) URL.revokeObjectURL(made);
      else setPreview(made);
    });
    return () => {
      stopped = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [serverUrl, jobId, token]);

  const reprint = async (): Promise<void> => {
    if (!job) return;
    setReprinting({ refused: null });
    const reply = await reprintReceipt(serverUrl, job.jobId, token);
    setReprinting(reply.ok ? null : { refused: reply.error.message });
    if (reply.ok) setJob(reply.data);
    // The job is queued again on the server: followed until it settles anew.
    setFollowing((count) => count + 1);
  };

  return (
    <section aria-label={tx('Biên nhận hồ sơ', 'Dossier receipt')} className="receipt-card">
      <h2>{tx('Đã tiếp nhận hồ sơ', 'Dossier received')}</h2>
      <p>
        {tx('Mã hồ sơ', 'Dossier code')}:{' '}
        <output aria-label={tx('Mã hồ sơ', 'Dossier code')}>{dossier.code}</output>
      </p>
      <p>
        {tx('Ngày hẹn trả', 'Result due')}:{' '}
        <output aria-label={tx('Ngày hẹn trả', 'Result due')}>
          {formatDay(dossier.returnDate)}
        </output>
      </p>
      <p>
        {dossier.procedureName} · {dossier.applicant.name}
      </p>
      <p aria-label={tx('Máy in', 'Printer')}>{printStateText(job, language)}</p>
      {job?.state === 'failed' && (
        <button type="button" onClick={() => void reprint()}>
          {tx('In lại biên nhận', 'Print the receipt again')}
        </button>
      )}
      {reprinting && (
        <p className="form-error">
          {reprinting.refused === null
            ? tx('Đang gửi lại biên nhận tới máy in…', 'Sending the receipt to the printer again…')
            : linkFailureText(reprinting.refused, language)}
        </p>
      )}
      {preview && (
        <img
          alt={tx(`Biên nhận ${dossier.code}`, `Receipt ${dossier.code}`)}
          src={preview}
          className="receipt-preview"
        />
      )}
      <button type="button" onClick={onClose}>
        {tx('Đóng biên nhận', 'Close the receipt')}
      </button>
    </section>
  );
};
