/**
 * What diagnostics and actions write their notes to (a pino logger fits): the one logging contract
 * the capabilities share, so a context handed from one to the other carries the same logger.
 */
export interface WorkLog {
  info(details: object, message?: string): void;
  warn(details: object, message?: string): void;
}
