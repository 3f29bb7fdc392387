import { useRef, useState, type FormEvent } from 'react';
import type { Counter, Service } from '@openops/protocol';
import { useText } from './ui-language';
import { useFocusOnOpen } from './use-focus-on-open';

export type TransferChoice = { toServiceId?: string; toCounterId?: string; note?: string };

type Props = {
  ticketNumber: string;
  services: readonly Service[];
  /** Other counters (this one left out), whatever their state. */
  counters: readonly Counter[];
  /**
   * Of those, the ones closed now: listed but not choosable, since the server refuses a transfer
   * to them. One that closes after it was chosen is refused, the refusal beside this field.
   */
  closedCounterIds: readonly string[];
  errors: Record<string, string>;
  onSubmit: (choice: TransferChoice) => void;
  onCancel: () => void;
};

/** Transfer the current ticket to another service, another counter, or both, with a note. */
export const TransferDialog = ({
  ticketNumber,
  services,
  counters,
  closedCounterIds,
  errors,
  onSubmit,
  onCancel,
}: Props) => {
  const tx = useText();
  const [serviceId, setServiceId] = useState('');
  const [counterId, setCounterId] = useState('');
  const [note, setNote] = useState('');
  // Whether neither was chosen; worded when shown, so it follows a language switch.
  const [targetMissing, setTargetMissing] = useState(false);
  const dialog = useRef<HTMLElement>(null);
  useFocusOnOpen(dialog);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (serviceId === '' && counterId === '') {
      setTargetMissing(true);
      return;
    }
    setTargetMissing(false);
    onSubmit({
      ...(serviceId ? { toServiceId: serviceId } : {}),
      ...(counterId ? { toCounterId: counterId } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
    });
  };

  const serviceError = targetMissing
    ? tx('Chọn dịch vụ hoặc quầy nhận', 'Choose a service or a counter')
    : errors.toServiceId;
  return (
    <section
      ref={dialog}
      role="dialog"
      aria-label={tx(`Chuyển số ${ticketNumber}`, `Transfer ${ticketNumber}`)}
      className="dialog"
    >
      <h2>{tx(`Chuyển số ${ticketNumber}`, `Transfer ${ticketNumber}`)}</h2>
      <form onSubmit={submit}>
        <label>
          {tx('Sang dịch vụ', 'To service')}
          <select
            value={serviceId}
            onChange={(event) => setServiceId(event.target.value)}
            aria-invalid={serviceError ? true : undefined}
            aria-describedby={serviceError ? 'transfer-service-error' : undefined}
          >
            <option value="">{tx('— giữ dịch vụ —', '— same service —')}</option>
            {services.map((service) => (
              <option key={service.id} value={service.id}>
                {tx(service.name, service.nameEn)}
              </option>
            ))}
          </select>
        </label>
        {serviceError && (
          <p id="transfer-service-error" className="field-error">
            {serviceError}
          </p>
        )}
        <label>
          {tx('Sang quầy', 'To counter')}
          <select
            value={counterId}
            onChange={(event) => setCounterId(event.target.value)}
            aria-invalid={errors.toCounterId ? true : undefined}
            aria-describedby={errors.toCounterId ? 'transfer-counter-error' : undefined}
          >
            <option value="">{tx('— quầy bất kỳ —', '— any counter —')}</option>
            {counters.map((counter) =>
              closedCounterIds.includes(counter.id) ? (
                <option key={counter.id} value={counter.id} disabled>
                  {tx(`${counter.name} (đang đóng)`, `${counter.name} (closed)`)}
                </option>
              ) : (
                <option key={counter.id} value={counter.id}>
                  {counter.name}
                </option>
              ),
            )}
          </select>
        </label>
        {errors.toCounterId && (
          <p id="transfer-counter-error" className="field-error">
            {errors.toCounterId}
          </p>
        )}
        <label>
          {tx('Ghi chú', 'Note')}
          <textarea
            value={note}
            maxLength={200}
            onChange={(event) => setNote(event.target.value)}
          />
        </label>
        <div className="actions">
          <button type="submit" className="primary">
            {tx('Xác nhận chuyển', 'Confirm transfer')}
          </button>
          <button type="button" onClick={onCancel}>
            {tx('Huỷ', 'Cancel')}
          </button>
        </div>
      </form>
    </section>
  );
};
