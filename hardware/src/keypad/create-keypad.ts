import { assertNever, keypadButtonCountSchema, type KeypadButtonCount } from '@openops/protocol';
import { DeviceUriError, parseDeviceUri } from '../device-uri';
import { createHidLink } from '../transport/hid-link';
import { createSerialLink } from '../transport/serial-link';
import type { KeypadDriver } from './keypad-driver';
import { encodeFrame, encodeHidReport } from './keypad-frame';
import { createOpenOpsKeypad, type FramePort } from './openops-keypad';

/** Keypad models we have drivers for; a vendor's model adds its name and its file. */
export const keypadModels = ['openops'] as const;

const optionsOf = (uri: string): { buttons: KeypadButtonCount; model: string } => {
  const query = new URLSearchParams(uri.includes('?') ? uri.slice(uri.indexOf('?') + 1) : '');
  const buttonsText = query.get('buttons') ?? '3';
  const buttons = keypadButtonCountSchema.safeParse(Number(buttonsText));
  if (!buttons.success)
    throw new DeviceUriError(uri, `buttons must be 3, 4 or 5, got "${buttonsText}"`);
  const model = query.get('model') ?? 'openops';
  if (!(keypadModels as readonly string[]).includes(model)) {
    throw new DeviceUriError(
      uri,
      `unknown keypad model "${model}" (known: ${keypadModels.join(', ')})`,
    );
  }
  return { buttons: buttons.data, model };
};

/**
 * Builds the keypad driver a URI names: `serial:/dev/ttyACM0?buttons=5` or
 * `hid:1234:5678?buttons=3`; `buttons` default 3, `model` default `openops`.
 */
export const createKeypad = (uri: string): KeypadDriver => {
  const parsed = parseDeviceUri(uri);
  const { buttons } = optionsOf(uri);
  switch (parsed.transport) {
    case 'serial': {
      const link = createSerialLink(parsed.path, parsed.baudRate);
      const port: FramePort = {
        isOpen: link.isOpen,
        onOpenChange: link.onOpenChange,
        onBytes: link.onData,
        sendFrame: (frame) => link.write(encodeFrame(frame)),
        padded: false,
        close: link.close,
      };
      return createOpenOpsKeypad(uri, buttons, port);
    }
    case 'hid': {
      const link = createHidLink(parsed.vendorId, parsed.productId);
      const port: FramePort = {
        isOpen: link.isOpen,
        onOpenChange: link.onOpenChange,
        onBytes: link.onReport,
        sendFrame: (frame) => link.write(encodeHidReport(frame)),
        padded: true,
        close: link.close,
      };
      return createOpenOpsKeypad(uri, buttons, port);
    }
    case 'tcp':
    case 'cups':
    case 'file':
      throw new DeviceUriError(uri, 'keypads attach by serial: or hid:');
    default:
      return assertNever(parsed);
  }
};
