import type { DossierDraft } from './dossier-draft';
import { useText } from './ui-language';

/** The applicant as typed: text as entered (trimmed only when the body is built). */
export type Applicant = Pick<
  DossierDraft,
  'name' | 'idNumber' | 'phone' | 'address' | 'notifyBySms'
>;

export const emptyApplicant: Applicant = {
  name: '',
  idNumber: '',
  phone: '',
  address: '',
  notifyBySms: false,
};

type Props = {
  applicant: Applicant;
  onChange: (change: Partial<Applicant>) => void;
  /** The masked ID of a scanned CCCD, if one filled the fields: a notice says how it is used. */
  scannedId: string | null;
  /** Whether the centre sends texts: only then is the citizen offered one for the result. */
  smsOffered: boolean;
  /** Field path (`applicant.name`, ...) → message, from zod issues or the server's envelope. */
  errors: Readonly<Record<string, string>>;
};

/**
 * The reception form's "Người nộp hồ sơ" group: name, ID number, phone, address and the offer
 * of a text. A refused field is marked invalid and described by its message beside it.
 */
export const ApplicantFields = ({ applicant, onChange, scannedId, smsOffered, errors }: Props) => {
  const tx = useText();
  const fieldError = (path: string, id: string) =>
    errors[path] ? (
      <p id={id} className="field-error">
        {errors[path]}
      </p>
    ) : null;
  const invalid = (path: string, id: string) =>
    errors[path] ? { 'aria-invalid': true, 'aria-describedby': id } : {};
  return (
    <fieldset>
      <legend>{tx('Người nộp hồ sơ', 'Applicant')}</legend>
      {scannedId && (
        <p className="notice" role="note">
          {tx(
            `Đã đọc CCCD ${scannedId}. Thông tin cá nhân chỉ dùng cho hồ sơ này (Luật Bảo vệ dữ liệu cá nhân).`,
            `Citizen ID ${scannedId} read. Personal data is used for this dossier only (Personal Data Protection Law).`,
          )}
        </p>
      )}
      <label>
        {tx('Họ và tên', 'Full name')}
        <input
          value={applicant.name}
          onChange={(event) => onChange({ name: event.target.value })}
          {...invalid('applicant.name', 'applicant-name-error')}
        />
      </label>
      {fieldError('applicant.name', 'applicant-name-error')}
      <label>
        {tx('Số định danh (CCCD)', 'Citizen ID number')}
        <input
          value={applicant.idNumber}
          inputMode="numeric"
          onChange={(event) => onChange({ idNumber: event.target.value })}
          {...invalid('applicant.idNumber', 'applicant-id-error')}
        />
      </label>
      {fieldError('applicant.idNumber', 'applicant-id-error')}
      <label>
        {tx('Số điện thoại', 'Phone number')}
        <input
          value={applicant.phone}
          inputMode="tel"
          onChange={(event) => onChange({ phone: event.target.value })}
          {...invalid('applicant.phone', 'applicant-phone-error')}
        />
      </label>
      {fieldError('applicant.phone', 'applicant-phone-error')}
      <label>
        {tx('Địa chỉ', 'Address')}
        <input
          value={applicant.address}
          onChange={(event) => onChange({ address: event.target.value })}
          {...invalid('applicant.address', 'applicant-address-error')}
        />
      </label>
      {fieldError('applicant.address', 'applicant-address-error')}
      {smsOffered && (
        <label className="inline">
          <input
            type="checkbox"
            checked={applicant.notifyBySms}
            onChange={(event) => onChange({ notifyBySms: event.target.checked })}
          />
          {tx('Nhắn tin khi có kết quả', 'Send an SMS when the result is ready')}
        </label>
      )}
    </fieldset>
  );
};
