/** One printer, whatever the transport. */
export type PrinterDriver = {
  readonly uri: string;
  /** Sends bytes and resolves once the transport has taken all of them. */
  write: (bytes: Uint8Array) => Promise<void>;
  close: () => Promise<void>;
};
