import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type FrontlineApp } from '../../src/server/app.js';
import { readImportSource, runImport } from '../../src/storage/import/importer.js';
import { IMPORT_COLUMNS } from '../../src/storage/import/rows.js';
import { demoOperatorConfig } from '../../src/operator/load.js';
import { openTestDb, steppingClock, testEngines, type TestDb } from './helpers.js';

const firmware = demoOperatorConfig().firmware;

const header = IMPORT_COLUMNS.join(',');
const row = (o: Partial<Record<(typeof IMPORT_COLUMNS)[number], string>>) =>
  IMPORT_COLUMNS.map((c) => o[c] ?? '').join(',');
const base = {
  language: 'sv',
  segment: 'residential',
  access: 'fiber',
  downMbps: '250',
  upMbps: '100',
  area: 'STH-01',
};

describe.each(testEngines())('import on %s', (engine) => {
  let t: TestDb;
  let app: FrontlineApp;
  beforeAll(async () => {
    t = await openTestDb(engine, steppingClock());
    app = buildApp({ repos: t.repos, firmware }, { access: { tokens: [], open: true } });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await t?.destroy();
  });

  it('imports customers with a service and a device from CSV, then upserts', async () => {
    const csv = [
      header,
      row({
        ...base,
        customerNumber: '500001',
        name: '"Berg, Anna"',
        email: 'anna@example.se',
        phone: '070-1111111',
        pin: '4711',
        pppoeUsername: 'anna@fl',
        pppoePassword: 'pw1',
        deviceSerial: 'FX1',
        deviceModel: 'FL-HGW-3000',
      }),
      row({
        ...base,
        customerNumber: '500002',
        name: 'Bo Ek',
        access: 'dsl',
        downMbps: '60',
        upMbps: '10',
        area: 'UPP-01',
        deviceSerial: 'DX2',
        deviceOui: '00D0F1',
        deviceProductClass: 'VDSL2200',
      }),
    ].join('\r\n');
    const r = await runImport(t.repos, readImportSource(csv, 'csv'), { firmware });
    expect(r).toEqual({ ok: true, rows: 2, created: 2, updated: 0, devices: 2 });
    const anna = (await t.repos.customers.byNumber('500001'))!;
    expect(anna.name).toBe('Berg, Anna');
    expect(await t.repos.customers.checkPin(anna.id, '4711')).toBe(true);
    expect((await t.repos.customers.byPhone('+46701111111'))?.id).toBe(anna.id);
    const [svc] = await t.repos.customers.services(anna.id);
    expect(await t.repos.customers.pppoePassword(svc.id)).toBe('pw1');
    const devs = await t.repos.customers.devicesOfService(svc.id);
    expect(devs.map((d) => d.id)).toEqual(['00D0F1-HGW3000-FX1']);
    expect(devs[0].manufacturer).toBe('Frontline Networks');

    // Re-import: the customer is updated, the service is updated in place, the PIN kept.
    const again = [
      header,
      row({
        ...base,
        customerNumber: '500001',
        name: 'Anna Berg',
        downMbps: '500',
        pppoeUsername: 'anna@fl',
      }),
    ].join('\n');
    const r2 = await runImport(t.repos, readImportSource(again, 'csv'), { firmware });
    expect(r2).toMatchObject({ ok: true, created: 0, updated: 1 });
    const services = await t.repos.customers.services(anna.id);
    expect(services).toHaveLength(1);
    expect(services[0].plan.downMbps).toBe(500);
    expect(await t.repos.customers.checkPin(anna.id, '4711')).toBe(true);
    expect((await t.repos.audit.list({ action: 'data.import' })).length).toBe(2);
  });

  it('writes nothing when any row is bad and reports every bad row with its line', async () => {
    const csv = [
      header,
      row({ ...base, customerNumber: '600001', name: 'Good One' }),
      row({ ...base, customerNumber: '600002', name: 'Bad Access', access: 'pigeon' }),
      row({ ...base, customerNumber: '600003', name: '"Multi\nline name"', downMbps: 'fast' }),
      row({ ...base, customerNumber: '600001', name: 'Duplicate' }),
      row({ ...base, customerNumber: '600005', name: 'Taken PPPoE', pppoeUsername: 'anna@fl' }),
      row({ ...base, customerNumber: '600006', name: 'Device no serial', deviceModel: 'FL-HGW-3000' }),
      row({ ...base, customerNumber: '600007', name: 'Bad pin', pin: '12' }),
    ].join('\n');
    const r = await runImport(t.repos, readImportSource(csv, 'csv'), { firmware });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.line)).toEqual([3, 4, 6, 7, 8, 9]);
    expect(r.errors[0].reason).toMatch(/access/);
    expect(r.errors[1].reason).toMatch(/downMbps/);
    expect(r.errors[2].reason).toMatch(/repeats line 2/);
    expect(r.errors[3].reason).toMatch(/belongs to customer 500001/);
    expect(await t.repos.customers.byNumber('600001')).toBeNull();
  });

  it('imports JSON over HTTP and answers bad rows with a 422 problem', async () => {
    const good = await app.inject({
      method: 'POST',
      url: '/api/v1/import',
      headers: { 'content-type': 'application/json' },
      payload: [
        {
          ...base,
          customerNumber: 700001,
          name: 'Json Kund',
          downMbps: 100,
          upMbps: 100,
          deviceSerial: 'CM7',
          deviceModel: 'FL-DOCSIS-3100',
        },
      ],
    });
    expect(good.statusCode).toBe(200);
    expect(good.json()).toMatchObject({ ok: true, created: 1, devices: 1 });

    const bad = await app.inject({
      method: 'POST',
      url: '/api/v1/import',
      headers: { 'content-type': 'application/json' },
      payload: {
        rows: [
          { ...base, customerNumber: '700002', name: 'Ok' },
          { customerNumber: '700003', unknownColumn: 1 },
        ],
      },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json().errors).toHaveLength(1);
    expect(bad.json().errors[0].line).toBe(2);
    expect(await t.repos.customers.byNumber('700002')).toBeNull();

    const csv = await app.inject({
      method: 'POST',
      url: '/api/v1/import',
      headers: { 'content-type': 'text/csv' },
      payload: [header, row({ ...base, customerNumber: '700004', name: 'Csv Kund' })].join('\n'),
    });
    expect(csv.statusCode).toBe(200);
    const broken = await app.inject({
      method: 'POST',
      url: '/api/v1/import',
      headers: { 'content-type': 'text/csv' },
      payload: `${header}\n"unterminated`,
    });
    expect(broken.statusCode).toBe(400);
  });
});
