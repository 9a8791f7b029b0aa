import type { TicketStatus } from '../domain/index.js';

/** A status change the ticket rules do not allow (see canTransition in src/domain/ticket-status.ts). */
export class InvalidTransitionError extends Error {
  constructor(
    public readonly from: TicketStatus,
    public readonly to: TicketStatus,
  ) {
    super(`a ticket cannot go from ${from} to ${to}`);
    this.name = 'InvalidTransitionError';
  }
}

/** A write that would break a uniqueness rule (customer number, PPPoE username, …). */
export class ConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}
