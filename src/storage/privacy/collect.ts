import { ARCHIVE_FORMAT, type ArchivedTicket, type PersonalDataArchive } from '../../privacy/ports.js';
import type { AuditEntry, StoredAuditEntry } from '../../domain/index.js';
import { parseJson, type RepoContext } from '../common.js';
import type { Repositories } from '../repositories.js';
import { auditTargets, findSubject, inChunks } from './subject.js';

// Collects everything held about one customer into the export archive.

export async function collectPersonalData(
  ctx: RepoContext,
  repos: Repositories,
  customerNumber: string,
): Promise<PersonalDataArchive | null> {
  const { db } = ctx;
  const subject = await findSubject(db, customerNumber);
  if (!subject) return null;
  const customer = await repos.customers.byId(subject.customerId);
  if (!customer) return null;
  const services = await repos.customers.services(customer.id);
  const devices = (await Promise.all(services.map((s) => repos.customers.devicesOfService(s.id)))).flat();

  const tickets: ArchivedTicket[] = [];
  for (const id of subject.ticketIds) {
    const t = await repos.tickets.get(id);
    if (!t) continue;
    tickets.push({
      ...t,
      timeline: await repos.tickets.timeline(id),
      transcript: (await repos.tickets.getState<unknown[]>(id, 'transcript')) ?? [],
      escalations: await repos.tickets.escalations(id),
      qaReviews: (
        await db
          .selectFrom('qa_reviews')
          .selectAll()
          .where('ticket_id', '=', id)
          .orderBy('created_at')
          .execute()
      ).map((r) => ({
        reviewer: r.reviewer,
        diagnosis: Number(r.diagnosis),
        safety: Number(r.safety),
        communication: Number(r.communication),
        documentation: Number(r.documentation),
        comment: r.comment,
        createdAt: r.created_at,
      })),
    });
  }
  tickets.sort((a, b) => a.createdAt.localeCompare(b.createdAt));

  const journal = [
    ...(await inChunks(subject.ticketIds, (ids) =>
      db.selectFrom('email_journal').selectAll().where('ticket_id', 'in', ids).execute(),
    )),
    ...(subject.emails.length
      ? await db
          .selectFrom('email_journal')
          .selectAll()
          .where('from_address', 'in', subject.emails)
          .where('ticket_id', 'is', null)
          .execute()
      : []),
  ];
  const attachments = await inChunks(subject.ticketIds, (ids) =>
    db
      .selectFrom('attachments')
      .select(['id', 'ticket_id', 'filename', 'content_type', 'size', 'created_at'])
      .where('ticket_id', 'in', ids)
      .execute(),
  );
  const outbox = [
    ...(await inChunks(subject.ticketIds, (ids) =>
      db.selectFrom('email_outbox').selectAll().where('ticket_id', 'in', ids).execute(),
    )),
    ...(subject.emails.length
      ? await db
          .selectFrom('email_outbox')
          .selectAll()
          .where('to_address', 'in', subject.emails)
          .where('ticket_id', 'is', null)
          .execute()
      : []),
  ];
  const audit = await inChunks(auditTargets(subject), (targets) =>
    db.selectFrom('audit_log').selectAll().where('target', 'in', targets).execute(),
  );

  return {
    format: ARCHIVE_FORMAT,
    generatedAt: ctx.now().toISOString(),
    customer: (({ pinHash, ...rest }) => ({ ...rest, hasPin: pinHash !== null }))(customer),
    services: services.map(({ pppoePasswordEnc, ...s }) => ({
      ...s,
      hasPppoePassword: pppoePasswordEnc !== null,
    })),
    devices: devices.map(({ id, manufacturer, model, serialNumber, firmware, lastInformAt }) => ({
      id,
      manufacturer,
      model,
      serialNumber,
      firmware,
      lastInformAt,
    })),
    tickets,
    email: {
      received: journal
        .sort((a, b) => a.received_at.localeCompare(b.received_at))
        .map((r) => ({
          id: r.id,
          messageId: r.message_id,
          from: r.from_address,
          subject: r.subject,
          classification: r.classification,
          ticketId: r.ticket_id,
          receivedAt: r.received_at,
          size: Number(r.size),
          raw: Buffer.from(r.raw).toString('utf8'),
        })),
      attachments: attachments.map((a) => ({
        id: a.id,
        ticketId: a.ticket_id,
        filename: a.filename,
        contentType: a.content_type,
        size: Number(a.size),
        createdAt: a.created_at,
      })),
      sent: outbox
        .sort((a, b) => a.created_at.localeCompare(b.created_at))
        .map((m) => ({
          id: m.id,
          ticketId: m.ticket_id,
          to: m.to_address,
          subject: m.subject,
          text: m.text_body,
          status: m.status,
          createdAt: m.created_at,
          sentAt: m.sent_at,
        })),
    },
    audit: audit
      .sort((a, b) => Number(a.id) - Number(b.id))
      .map((r): StoredAuditEntry => ({ ...parseJson<AuditEntry>(r.data), id: Number(r.id), at: r.at })),
  };
}
