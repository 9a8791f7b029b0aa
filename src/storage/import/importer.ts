import { z } from 'zod';
import type { Contact, Customer, FirmwareModel } from '../../domain/index.js';
import type { Repositories } from '../repositories.js';
import type { Executor } from '../common.js';
import { parseCsv, csvToObjects, CsvSyntaxError } from './csv.js';
import { importRowSchema, type ImportRow } from './rows.js';

// Imports customers + services + devices. All or nothing: one bad row writes nothing, and every
// bad row is reported with its line (CSV) or its position in the array (JSON, 1-based).

export interface ImportRowError {
  line: number;
  reason: string;
}

export type ImportResult =
  | { ok: true; rows: number; created: number; updated: number; devices: number }
  | { ok: false; rows: number; errors: ImportRowError[] };

export interface SourceRow {
  line: number;
  row: unknown;
}

export class ImportFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportFormatError';
  }
}

export const MAX_IMPORT_ROWS = 100_000;

/** Reads rows from a CSV (header row first) or JSON (an array of objects, or `{ rows: [...] }`) text. */
export function readImportSource(text: string, format: 'csv' | 'json'): SourceRow[] {
  if (format === 'json') {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw new ImportFormatError('the file is not valid JSON');
    }
    return jsonRows(data);
  }
  try {
    return csvToObjects(parseCsv(text)).map((r) => ({ line: r.line, row: r.row }));
  } catch (err) {
    if (err instanceof CsvSyntaxError) throw new ImportFormatError(err.message);
    throw err;
  }
}

export function jsonRows(data: unknown): SourceRow[] {
  const rows = Array.isArray(data) ? data : (data as { rows?: unknown })?.rows;
  if (!Array.isArray(rows)) throw new ImportFormatError('expected an array of rows or { "rows": [...] }');
  return rows.map((row, i) => ({ line: i + 1, row }));
}

export function formatFromName(name: string): 'csv' | 'json' {
  if (/\.json$/i.test(name)) return 'json';
  if (/\.csv$/i.test(name)) return 'csv';
  throw new ImportFormatError('the file name must end in .csv or .json');
}

function describe(err: z.ZodError): string {
  return err.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}

export interface ImportOptions {
  actor?: { kind: 'staff' | 'system'; id: string | null };
  source?: string;
  /** The operator's firmware catalogue: a device row may then name only its model. */
  firmware?: readonly FirmwareModel[];
}

export async function runImport(
  repos: Repositories,
  source: SourceRow[],
  opts: ImportOptions = {},
): Promise<ImportResult> {
  if (source.length > MAX_IMPORT_ROWS) {
    return {
      ok: false,
      rows: source.length,
      errors: [{ line: 0, reason: `at most ${MAX_IMPORT_ROWS} rows per import` }],
    };
  }
  const errors: ImportRowError[] = [];
  const valid: { line: number; row: ImportRow }[] = [];
  const schema = importRowSchema(opts.firmware);
  for (const s of source) {
    const r = schema.safeParse(s.row);
    if (r.success) valid.push({ line: s.line, row: r.data });
    else errors.push({ line: s.line, reason: describe(r.error) });
  }
  errors.push(...(await crossRowErrors(repos, valid)));
  if (errors.length > 0)
    return { ok: false, rows: source.length, errors: errors.sort((a, b) => a.line - b.line) };

  // Slow crypto before the transaction so that it does not hold the database.
  const prepared = await Promise.all(
    valid.map(async ({ line, row }) => ({
      line,
      row,
      pinHash: row.pin ? await repos.customers.hashPin(row.pin) : undefined,
      pppoeEnc: row.pppoePassword ? repos.customers.encryptSecret(row.pppoePassword) : undefined,
    })),
  );

  let current = 0;
  try {
    return await repos.db.transaction().execute(async (trx) => {
      let created = 0;
      let devices = 0;
      for (const p of prepared) {
        current = p.line;
        const wasNew = await importOne(repos, trx, p.row, p.pinHash, p.pppoeEnc);
        if (wasNew) created++;
        if (p.row.device) devices++;
      }
      current = 0;
      await repos.audit.appendIn(trx, {
        action: 'data.import',
        rows: prepared.length,
        actor: opts.actor ?? { kind: 'system', id: null },
        target: 'customers',
        reason: opts.source ?? 'import',
      });
      return {
        ok: true as const,
        rows: prepared.length,
        created,
        updated: prepared.length - created,
        devices,
      };
    });
  } catch (err) {
    if (current > 0)
      return { ok: false, rows: source.length, errors: [{ line: current, reason: (err as Error).message }] };
    throw err;
  }
}

async function importOne(
  repos: Repositories,
  trx: Executor,
  row: ImportRow,
  pinHash: string | undefined,
  pppoeEnc: string | undefined,
): Promise<boolean> {
  const contacts: Contact[] = [];
  if (row.email) contacts.push({ kind: 'email', value: row.email });
  if (row.phone) contacts.push({ kind: 'phone', value: row.phone });
  const existing = await trx
    .selectFrom('customers')
    .select(['language', 'segment'])
    .where('customer_number', '=', row.customerNumber)
    .executeTakeFirst();
  const { customer, created } = await repos.customers.upsertCustomer(trx, {
    customerNumber: row.customerNumber,
    name: row.name,
    contacts,
    language: row.language ?? (existing?.language as Customer['language'] | undefined) ?? 'sv',
    segment: row.segment ?? (existing?.segment as Customer['segment'] | undefined) ?? 'residential',
    pinHash,
  });
  const serviceData = {
    access: row.access,
    plan: { downMbps: row.downMbps, upMbps: row.upMbps },
    areaCode: row.area,
    accountStatus: row.accountStatus ?? 'active',
    pppoeUsername: row.pppoeUsername ?? null,
    pppoePasswordEnc: pppoeEnc,
  } as const;
  // The row's service: the customer's service with this PPPoE username, else its first service.
  let q = trx.selectFrom('services').select('id').where('customer_id', '=', customer.id);
  if (row.serviceId) q = q.where('id', '=', row.serviceId);
  else if (row.pppoeUsername) q = q.where('pppoe_username', '=', row.pppoeUsername);
  let target = await q.orderBy('created_at', 'asc').orderBy('id', 'asc').executeTakeFirst();
  if (!target && row.pppoeUsername && !row.serviceId) {
    target = await trx
      .selectFrom('services')
      .select('id')
      .where('customer_id', '=', customer.id)
      .orderBy('created_at', 'asc')
      .orderBy('id', 'asc')
      .executeTakeFirst();
  }
  const service = target
    ? await repos.customers.updateServiceRow(trx, target.id, serviceData)
    : await repos.customers.insertService(trx, customer.id, { ...serviceData, id: row.serviceId });
  if (row.device) {
    await repos.devices.upsertIn(trx, { ...row.device, serviceId: service.id });
  }
  return created;
}

/** Problems that need more than one row or the database: duplicates and PPPoE usernames in use. */
async function crossRowErrors(
  repos: Repositories,
  rows: { line: number; row: ImportRow }[],
): Promise<ImportRowError[]> {
  const errors: ImportRowError[] = [];
  const seen = new Map<string, number>();
  const dup = (key: string, line: number, what: string) => {
    const first = seen.get(key);
    if (first !== undefined) errors.push({ line, reason: `${what} repeats line ${first}` });
    else seen.set(key, line);
  };
  for (const { line, row } of rows) {
    dup(`c:${row.customerNumber}`, line, `customerNumber ${row.customerNumber}`);
    if (row.pppoeUsername) dup(`p:${row.pppoeUsername}`, line, `pppoeUsername ${row.pppoeUsername}`);
    if (row.device)
      dup(`d:${row.device.oui}-${row.device.productClass}-${row.device.serialNumber}`, line, 'device');
  }
  const withPppoe = rows.filter((r) => r.row.pppoeUsername);
  for (let i = 0; i < withPppoe.length; i += 500) {
    const chunk = withPppoe.slice(i, i + 500);
    const owners = await repos.db
      .selectFrom('services')
      .innerJoin('customers', 'customers.id', 'services.customer_id')
      .select(['services.pppoe_username', 'customers.customer_number'])
      .where(
        'services.pppoe_username',
        'in',
        chunk.map((r) => r.row.pppoeUsername!),
      )
      .execute();
    const byName = new Map(owners.map((o) => [o.pppoe_username, o.customer_number]));
    for (const { line, row } of chunk) {
      const owner = byName.get(row.pppoeUsername!);
      if (owner && owner !== row.customerNumber) {
        errors.push({ line, reason: `pppoeUsername ${row.pppoeUsername} belongs to customer ${owner}` });
      }
    }
  }
  return errors;
}
