import { useEffect, useState } from 'react';
import { assertNever, type Dossier, type PrintJobRecord } from '@openops/protocol';
import { findReceiptJob, receiptPreviewUrl, reprintReceipt } from './receipt-api';
import { formatDay } from './elapsed';
import { isSettled, lookDelayMs } from './receipt-polling';

type Props = {
  dossier: Dossier;
  serverUrl: string;
  deviceId: string;
  token: string | null;
  onClose: () => void;
};

const printState = (job: PrintJobRecord | null): string => {
  if (!job) return 'Đang gửi biên nhận tới máy in…';
  switch (job.state) {
    case 'queued':
      return 'Biên nhận đang chờ máy in (máy in chưa kết nối); sẽ tự in khi máy in kết nối lại';
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
    setMessage('Đang gửi lại biên nhận tới máy in…');
    const reply = await reprintReceipt(serverUrl, job.jobId, token);
    setMessage(reply.ok ? null : reply.error.message);
    if (reply.ok) setJob(reply.data);
    // The job is queued again on the server: followed until it settles anew.
    setFollowing((count) => count + 1);
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
