import { randomUUID } from 'node:crypto';
import type { HandoffPacket } from '../../src/domain/index.js';
import { createEmailStore } from '../../src/storage/channel-store.js';
import type { TestDb } from '../foundation/helpers.js';

// A customer with everything the desk can hold about a person: contact data, a service and a
// router, a verified chat with a transcript and an escalation, a mail thread with an attachment
// and a reply, and audit entries. Every personal value is listed so tests can look for it.

export interface SeededCustomer {
  customerId: string;
  customerNumber: string;
  chatTicketId: string;
  mailTicketId: string;
  deviceId: string;
  /** Values that must be gone after erasure. */
  personal: string[];
}

function rawMail(from: string, body: string): Buffer {
  return Buffer.from(
    [
      `From: ${from}`,
      'To: support@isp.example',
      'Subject: Trasig router',
      'Message-ID: <a1@example.se>',
      'Content-Type: text/plain; charset=utf-8',
      '',
      body,
      '',
    ].join('\r\n'),
  );
}

export async function seedCustomer(
  t: TestDb,
  n: { number: string; name: string; email: string; phone: string; street: string; serial: string },
): Promise<SeededCustomer> {
  const { repos } = t;
  const customer = await repos.customers.createCustomer({
    customerNumber: n.number,
    name: n.name,
    contacts: [
      { kind: 'email', value: n.email },
      { kind: 'phone', value: n.phone },
    ],
    pin: '4711',
  });
  const service = await repos.customers.createService({
    customerId: customer.id,
    access: 'fiber',
    plan: { downMbps: 250, upMbps: 250 },
    areaCode: 'STHLM-01',
    pppoeUsername: `u${n.number}`,
    pppoePassword: 'ppp-secret-1',
  });
  const { device } = await repos.devices.upsert({
    oui: '00D09E',
    productClass: 'HGW',
    serialNumber: n.serial,
    serviceId: service.id,
  });

  const chat = await repos.tickets.create(
    {
      channel: 'chat',
      language: 'sv',
      customerId: customer.id,
      serviceId: service.id,
      subject: `Internet för ${n.name}`,
    },
    [
      {
        type: 'message_in',
        channel: 'chat',
        actor: { kind: 'customer', id: null },
        text: `Hej, jag heter ${n.name} och bor på ${n.street}. Kundnummer ${n.number}.`,
      },
    ],
  );
  await repos.tickets.append(chat.id, [
    {
      type: 'message_out',
      channel: 'chat',
      actor: { kind: 'bot', id: null },
      text: `Tack ${n.name}! Jag startar om routern.`,
      askKey: null,
      options: [],
    },
    {
      type: 'triage',
      actor: { kind: 'bot', id: null },
      intent: 'no_connection',
      confidence: 0.9,
      runnerUp: null,
      language: 'sv',
      priority: 'P3',
      reasons: ['no connection'],
      entities: { customerNumber: n.number },
    },
    {
      type: 'csat',
      actor: { kind: 'customer', id: null },
      score: 4,
      comment: `Bra hjälp, hälsningar ${n.name}`,
    },
  ]);
  await repos.tickets.setState(chat.id, 'transcript', [
    { id: '1', role: 'customer', text: `jag heter ${n.name}, ${n.street}` },
  ]);
  await repos.tickets.setState(chat.id, 'conversation', { customerId: customer.id, phase: 'runbook' });
  const packet: HandoffPacket = {
    customer: { customerNumber: n.number, name: n.name, language: 'sv', segment: 'residential' },
    service: {
      access: 'fiber',
      plan: { downMbps: 250, upMbps: 250 },
      areaCode: 'STHLM-01',
      accountStatus: 'active',
    },
    device: { id: device.id, model: null, firmware: null, snapshot: { ssid: `${n.name}s wifi` } },
    problem: `${n.name} has no internet at ${n.street}`,
    findings: [
      {
        code: 'cpe.offline',
        severity: 'fault',
        summary: `router of ${n.name} offline`,
        evidence: { ip: '10.1.2.3' },
      },
    ],
    stepsTried: [{ step: 'reboot', result: 'done' }],
    customerAvailability: `call ${n.phone}`,
    priority: 'P3',
    slaDueAt: null,
    verified: true,
  };
  await repos.tickets.escalate(chat.id, 'field', `Fibre fault at ${n.street}`, packet);
  await t.db
    .insertInto('qa_reviews')
    .values({
      id: randomUUID(),
      ticket_id: chat.id,
      ticket_reference: chat.reference,
      intent: 'no_connection',
      reviewer: 'eva',
      diagnosis: 4,
      safety: 5,
      communication: 4,
      documentation: 3,
      comment: `Good with ${n.name}`,
      created_at: new Date().toISOString(),
    })
    .execute();

  const store = createEmailStore(t.db as never, { box: repos.secrets });
  const mail = await repos.tickets.create({ channel: 'email', language: 'sv', subject: 'Trasig router' }, [
    {
      type: 'message_in',
      channel: 'email',
      actor: { kind: 'customer', id: null },
      text: `Routern är trasig. /${n.name}, ${n.street}`,
    },
  ]);
  await store.journal({
    messageId: '<a1@example.se>',
    from: n.email,
    subject: 'Trasig router',
    classification: 'customer',
    reason: null,
    ticketId: mail.id,
    raw: rawMail(n.email, `Routern är trasig. /${n.name}, ${n.street}`),
  });
  await store.saveAttachment(mail.id, {
    filename: `${n.name}-kvitto.pdf`,
    contentType: 'application/pdf',
    size: 9,
    content: Buffer.from(`${n.name} PDF`),
  });
  await store.enqueue({
    ticketId: mail.id,
    to: n.email,
    subject: 'Re: Trasig router',
    text: `Hej ${n.name}!`,
    html: `<p>Hej ${n.name}!</p>`,
    messageId: '<r1@isp.example>',
    inReplyTo: '<a1@example.se>',
    references: [],
    headers: {},
  });

  await repos.audit.append({
    action: 'identity.verified',
    actor: { kind: 'customer', id: null },
    target: n.number,
    reason: 'customer number and PIN',
    method: 'pin',
  });
  await repos.audit.append({
    action: 'device.action',
    actor: { kind: 'bot', id: null },
    target: device.id,
    reason: `reboot for ${n.name}`,
    name: 'cpe_reboot',
    ticketId: chat.id,
    evidence: [`${n.street}`],
    result: 'done',
  });
  await repos.audit.append({
    action: 'consent.given',
    actor: { kind: 'customer', id: n.email },
    target: n.number,
    reason: 'yes',
    consentKey: 'cpe_reboot',
  });

  return {
    customerId: customer.id,
    customerNumber: n.number,
    chatTicketId: chat.id,
    mailTicketId: mail.id,
    deviceId: device.id,
    personal: [n.name, n.email, n.phone.replace(/\D/g, '').slice(1), n.street, n.number],
  };
}

export const ANNA = {
  number: '100482',
  name: 'Anna Berg',
  email: 'anna.berg@example.se',
  phone: '070-123 45 67',
  street: 'Storgatan 12',
  serial: 'SNANNA0001',
};
export const BERTIL = {
  number: '200917',
  name: 'Bertil Ek',
  email: 'bertil.ek@example.se',
  phone: '070-987 65 43',
  street: 'Lillgatan 3',
  serial: 'SNBERTIL01',
};
