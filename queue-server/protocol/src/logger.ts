/**
 * A namespaced, structured logger: one per module, one line per entry.
 * Platform-free so the server, the agent and the renderers share it; it writes through
 * `console.error` because stdout belongs to command output (the server prints its URL there).
 */
// The protocol package compiles without DOM or Node typings; every runtime it targets has this.
declare const console: { error: (line: string) => void };

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, unknown>;
export type Logger = Record<LogLevel, (message: string, fields?: LogFields) => void>;

const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

let threshold: LogLevel = 'info';

/** Sets the lowest level written, for every logger. Default `info`. */
export const setLogLevel = (level: LogLevel): void => {
  threshold = level;
};

const write = (level: LogLevel, namespace: string, message: string, fields?: LogFields): void => {
  if (rank[level] < rank[threshold]) return;
  const entry = { time: new Date().toISOString(), level, ns: namespace, msg: message, ...fields };
  console.error(JSON.stringify(entry));
};

export const createLogger = (namespace: string): Logger => ({
  debug: (message, fields) => write('debug', namespace, message, fields),
  info: (message, fields) => write('info', namespace, message, fields),
  warn: (message, fields) => write('warn', namespace, message, fields),
  error: (message, fields) => write('error', namespace, message, fields),
});
