import type {
  Actor,
  AuditEntry,
  Customer,
  Device,
  Escalation,
  Service,
  StoredAuditEntry,
  StoredTimelineEvent,
  Ticket,
} from '../domain/index.js';
import type { QaReview } from '../insights/qa.js';

// The privacy capability's view of storage: everything held about one customer, erasure, and
// the retention sweep. Implemented in src/storage/privacy/.

export const ARCHIVE_FORMAT = 'frontline.personal-data/1';

export interface ArchivedTicket extends Ticket {
  timeline: StoredTimelineEvent[];
  /** The conversation as the customer saw it (secrets masked). */
  transcript: unknown[];
  escalations: Escalation[];
  /** Quality reviews of the ticket by staff (scores 1–5 and a comment). */
  qaReviews: (Pick<QaReview, 'reviewer' | 'comment' | 'createdAt'> & QaReview['scores'])[];
}

/** Everything the desk holds about one customer (GDPR art. 15 and 20), as one JSON document. */
export interface PersonalDataArchive {
  format: typeof ARCHIVE_FORMAT;
  generatedAt: string;
  /** hasPin: a PIN is set; only its salted hash is stored, so the PIN itself cannot be exported. */
  customer: Omit<Customer, 'pinHash'> & { hasPin: boolean };
  services: (Omit<Service, 'pppoePasswordEnc'> & { hasPppoePassword: boolean })[];
  devices: Pick<Device, 'id' | 'manufacturer' | 'model' | 'serialNumber' | 'firmware' | 'lastInformAt'>[];
  tickets: ArchivedTicket[];
  email: {
    received: {
      id: string;
      messageId: string;
      from: string;
      subject: string;
      classification: string;
      ticketId: string | null;
      receivedAt: string;
      size: number;
      /** The stored message (secrets masked), as text. */
      raw: string;
    }[];
    attachments: {
      id: string;
      ticketId: string;
      filename: string;
      contentType: string;
      size: number;
      createdAt: string;
    }[];
    sent: {
      id: string;
      ticketId: string | null;
      to: string;
      subject: string;
      text: string;
      status: string;
      createdAt: string;
      sentAt: string | null;
    }[];
  };
  audit: StoredAuditEntry[];
}

export interface ErasureCounts {
  tickets: number;
  timelineEvents: number;
  mailsReceived: number;
  attachments: number;
  mailsSent: number;
  auditEntries: number;
}

export interface SweepCounts {
  /** Tickets whose conversation words were removed. */
  transcripts: number;
  mailsReceived: number;
  attachments: number;
  mailsSent: number;
}

export interface RetentionCutoffs {
  /** Conversations of tickets without activity since then lose their words; null keeps them. */
  transcriptsBefore: Date | null;
  /** Raw mail, attachments and sent mail older than this are deleted; null keeps them. */
  rawMailBefore: Date | null;
}

export interface PersonalDataStore {
  /** null when there is no such customer. */
  collect(customerNumber: string): Promise<PersonalDataArchive | null>;
  /**
   * Removes the customer's contact data, conversations, mail and search entries; tickets and
   * audit entries stay as anonymous skeletons. `audit` is appended in the same transaction.
   * null when there is no such customer.
   */
  erase(customerNumber: string, audit: (counts: ErasureCounts) => AuditEntry): Promise<ErasureCounts | null>;
  sweep(cutoffs: RetentionCutoffs): Promise<SweepCounts>;
}

export type { Actor };
