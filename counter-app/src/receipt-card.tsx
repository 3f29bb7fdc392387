import { useState } from 'react';
import type { Dossier } from '@openops/protocol';

type Props = { dossier: Dossier; serverUrl: string; onClose: () => void };

/**
 * The dossier just received: its code and return date, and the printed receipt as a PNG when the
 * server offers one (`GET /api/v1/dossiers/:code/receipt.png`); the preview hides itself otherwise.
 */
export const ReceiptCard = ({ dossier, serverUrl, onClose }: Props) => {
  const [previewShown, setPreviewShown] = useState(true);
  return (
    <section aria-label="Biên nhận hồ sơ" className="receipt-card">
      <h2>Đã tiếp nhận hồ sơ</h2>
      <p>
        Mã hồ sơ: <output aria-label="Mã hồ sơ">{dossier.code}</output>
      </p>
      <p>
        Ngày hẹn trả: <output aria-label="Ngày hẹn trả">{dossier.returnDate}</output>
      </p>
      <p>
        {dossier.procedureName} · {dossier.applicant.name}
      </p>
      {previewShown && (
        <img
          alt={`Biên nhận ${dossier.code}`}
          src={`${serverUrl}/api/v1/dossiers/${encodeURIComponent(dossier.code)}/receipt.png`}
          onError={() => setPreviewShown(false)}
          className="receipt-preview"
        />
      )}
      <button type="button" onClick={onClose}>
        Đóng biên nhận
      </button>
    </section>
  );
};
