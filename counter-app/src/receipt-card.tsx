import { useEffect, useState } from 'react';
import { assertNever, type Dossier, type PrintJobRecord } from '@openops/protocol';
import { findReceiptJob, receiptPreviewUrl, reprintReceipt } from './receipt-api';
import { formatDay } from './elapsed';

type Props = {
  dossier: Dossier;
  serverUrl: string;
  deviceId: string;
  token: string | null;
  onClose: () => void;
};

/** How often and how long to look for the receipt's print job, queued just after the ack. */
const lookEveryMs = 500;
const lookTimes = 20;

const printState = (job: PrintJobRecord | null): string => {
  if (!job) return 'Đang gửi biên nhận tới máy in…';
  switch (job.state) {
    case 'queued':
      return 'Biên nhận đang chờ máy in (máy in chưa kết nối)';
    case 'sending':
      return 'Đang in biên nhận…';
    case 'printed':
      return 'Đã in biên nhận';
    case 'failed':
      return `Chưa in được: ${job.failureMessage ?? job.failureCode ?? 'lỗi máy in'}`;
    default:
      return assertNever(job.state);
  }
};

/**
 * The dossier just received: its code and return date, the printer's progress (with a reprint
 * when it failed), and the PNG of exactly what the printer was sent.
 */
export const ReceiptCard = ({ dossier, serverUrl, deviceId, token, onClose }: Props) => {
  const [job, setJob] = useState<PrintJobRecord | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    let stopped = false;
    let url: string | null = null;
    const look = async (attempt: number): Promise<void> => {
      const found = await findReceiptJob(serverUrl, deviceId, dossier.code, token);
      if (stopped) return;
      if (found) setJob(found);
      const settled = found && (found.state === 'printed' || found.state === 'failed');
      if (found && !url) {
        url = await receiptPreviewUrl(serverUrl, found.jobId, token);
        if (stopped) return;
        setPreview(url);
      }
      if (!settled && attempt < lookTimes) {
        setTimeout(() => void look(attempt + 1), lookEveryMs);
      }
    };
    void look(1);
    return () => {
      stopped = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [serverUrl, deviceId, dossier.code, token]);

  const reprint = async (): Promise<void> => {
    if (!job) return;
    const reply = await reprintReceipt(serverUrl, job.jobId, token);
    if (reply.ok) setJob(reply.data);
    else setMessage(reply.error.message);
  };

  return (
    <section aria-label="Biên nhận hồ sơ" className="receipt-card">
      <h2>Đã tiếp nhận hồ sơ</h2>
      <p>
        Mã hồ sơ: <output aria-label="Mã hồ sơ">{dossier.code}</output>
      </p>
      <p>
        Ngày hẹn trả: <output aria-label="Ngày hẹn trả">{formatDay(dossier.returnDate)}</output>
      </p>
      <p>
        {dossier.procedureName} · {dossier.applicant.name}
      </p>
      <p aria-label="Máy in">{printState(job)}</p>
      {job?.state === 'failed' && (
        <button type="button" onClick={() => void reprint()}>
          In lại biên nhận
        </button>
      )}
      {message && <p className="form-error">{message}</p>}
      {preview && (
        <img alt={`Biên nhận ${dossier.code}`} src={preview} className="receipt-preview" />
      )}
      <button type="button" onClick={onClose}>
        Đóng biên nhận
      </button>
    </section>
  );
};
