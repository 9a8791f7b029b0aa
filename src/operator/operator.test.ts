import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { executeAction } from '../actions/execute.js';
import { actionContext } from '../actions/testing/context.js';
import { registerConfigCommand } from '../cli/commands/config.js';
import { P } from '../domain/index.js';
import { runProbes } from '../diagnostics/run.js';
import { diagnosticContext, fakeWorld } from '../diagnostics/testing/fakes.js';
import pino from 'pino';
import { buildCapabilities } from '../server/capabilities.js';
import { ConfigError, loadConfig } from '../server/config.js';
import { createSecretBox } from '../security/secrets.js';
import { openDatabase } from '../storage/db.js';
import { migrateToLatest } from '../storage/migrate.js';
import { createRepositories } from '../storage/repositories.js';
import { withOperatorActions, withOperatorDiagnostics } from './bind.js';
import { demoOperatorConfig, demoOperatorFile, parseOperatorConfig } from './load.js';
import type { OperatorConfig } from './schema.js';

const demoSource = () => demoOperatorConfig();
async function memoryRepos() {
  const db = openDatabase(':memory:');
  await migrateToLatest(db.db as never, db.engine);
  return createRepositories({ db: db.db, engine: db.engine, secrets: createSecretBox(Buffer.alloc(32)) });
}
const dir = mkdtempSync(join(tmpdir(), 'operator-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const MINIMAL = `
brand: { name: Acme Net, signature: { sv: Acme Net – Kundtjänst, en: Acme Net – Support } }
support: { address: help@acme.example, name: Acme Support }
network: { dnsServers: [192.0.2.10, 192.0.2.11] }
sla:
  businessHours: { timeZone: Europe/Oslo, days: [mon, tue, wed, thu, fri], open: "09:00", close: "16:00" }
  targets:
    P1: { minutes: 30, hours: always }
    P2: { minutes: 120, hours: business }
    P3: { minutes: 480, hours: business }
    P4: { minutes: 2400, hours: business }
`;

describe('operator configuration file', () => {
  it('the demo file is valid and carries the demo ISP', () => {
    const demo = demoSource();
    expect(demo.brand.name).toBe('Demo Bredband AB');
    expect(demo.network.dnsServers).toEqual(['198.51.100.53', '198.51.100.54']);
    expect(demo.firmware.map((m) => m.model)).toEqual(['FL-HGW-3000', 'FL-VDSL-2200', 'FL-DOCSIS-3100']);
    expect(demo.adapters).toMatchObject({ chat: true, voice: true, emailInbound: true, webhooks: [] });
  });

  it('a minimal file gets the documented defaults', () => {
    const r = parseOperatorConfig(MINIMAL);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.config.firmware).toEqual([]);
    expect(r.config.thresholds).toEqual({});
    expect(r.config.adapters.relay).toEqual({
      tls: 'opportunistic',
      rejectUnauthorized: true,
      connectionTimeoutMs: 10_000,
      greetingTimeoutMs: 10_000,
      socketTimeoutMs: 60_000,
    });
  });

  it('names the path and line of every bad field', () => {
    const r = parseOperatorConfig(
      MINIMAL.replace('192.0.2.11', '192.0.2.300') +
        `firmware:
  - model: X1
    manufacturer: Acme
    oui: 001122
    productClass: X1
    access: fibre
    recommended: 1.2.0
thresholds: { longUptimeDays: 10, bogus: 3 }
adapters:
  webhooks:
    - { name: crm, url: "ftp://crm.example/hook", secret: short }
`,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([
      'network.dnsServers[1] (line 4): an IPv4 address',
      'firmware[0].oui (line 15): expected text, got a number: put the value in quotes',
      'firmware[0].access (line 17): Invalid option: expected one of "fiber"|"dsl"|"cable"',
      'thresholds (line 19): unknown field bogus',
      'adapters.webhooks[0].url (line 22): Invalid URL',
      'adapters.webhooks[0].secret (line 22): use at least 16 characters',
    ]);
  });

  it('reports YAML syntax errors and unknown fields with their lines', () => {
    const broken = parseOperatorConfig('brand:\n  name: [unclosed\n');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.problems[0]).toMatch(/^line \d+: /);
    const unknown = parseOperatorConfig(`${MINIMAL}colour: red\n`);
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.problems).toEqual(['(top level) (line 2): unknown field colour']);
  });

  it('refuses a recommended version that is also known-bad, and a model listed twice', () => {
    const model = `  - { model: X1, manufacturer: A, oui: "001122", productClass: X1, access: dsl, recommended: "1.2", knownBad: { "1.2": crashes } }\n`;
    const r = parseOperatorConfig(`${MINIMAL}firmware:\n${model}${model}`);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems).toContain(
        'firmware[0].knownBad["1.2"] (line 13): the recommended version cannot be known-bad',
      );
      expect(r.problems).toContain('firmware[1].model (line 14): model X1 is listed twice');
    }
  });
});

describe('frontline config check', () => {
  afterEach(() => {
    process.exitCode = undefined;
    vi.restoreAllMocks();
  });
  async function check(path: string) {
    const out: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((s: string) => void out.push(s));
    vi.spyOn(console, 'error').mockImplementation((s: string) => void out.push(s));
    const program = new Command().exitOverride();
    registerConfigCommand(program);
    await program.parseAsync(['node', 'frontline', 'config', 'check', path]);
    return { out, code: process.exitCode };
  }

  it('accepts the demo file', async () => {
    const r = await check(demoOperatorFile());
    expect(r.code).toBeUndefined();
    expect(r.out[0]).toMatch(/ok — Demo Bredband AB, 2 DNS server\(s\), 3 router model\(s\)/);
  });

  it('prints each problem with its path and exits non-zero', async () => {
    const r = await check(file('bad.yaml', MINIMAL.replace('help@acme.example', 'not-an-address')));
    expect(r.code).toBe(1);
    expect(r.out).toEqual([
      expect.stringMatching(/bad\.yaml: 1 problem$/),
      '  support.address (line 3): Invalid email address',
    ]);
  });

  it('exits 2 for a file that cannot be read', async () => {
    expect((await check(join(dir, 'missing.yaml'))).code).toBe(2);
  });
});

describe('the desk configuration', () => {
  it('OPERATOR_CONFIG selects the file; the support address comes from it unless SUPPORT_ADDRESS is set', () => {
    const path = file('acme.yaml', MINIMAL);
    const c = loadConfig({ OPERATOR_CONFIG: path });
    expect(c.operator.brand.name).toBe('Acme Net');
    expect(c.supportAddress).toBe('help@acme.example');
    expect(loadConfig({ OPERATOR_CONFIG: path, SUPPORT_ADDRESS: 'desk@acme.example' }).supportAddress).toBe(
      'desk@acme.example',
    );
  });

  it('the public URL comes from the file unless PUBLIC_URL is set, and help links use the help centre', async () => {
    const path = file(
      'urls.yaml',
      `${MINIMAL}urls: { public: "https://support.acme.example", helpCentre: "https://hjalp.acme.example" }\n`,
    );
    expect(loadConfig({ OPERATOR_CONFIG: path }).publicUrl).toBe('https://support.acme.example');
    expect(loadConfig({ OPERATOR_CONFIG: path, PUBLIC_URL: 'https://desk.acme.example' }).publicUrl).toBe(
      'https://desk.acme.example',
    );
    const config = loadConfig({ OPERATOR_CONFIG: path, DATABASE_URL: ':memory:' });
    const caps = buildCapabilities({
      config,
      log: pino({ level: 'silent' }),
      repos: await memoryRepos(),
      isp: {} as never,
    });
    expect(caps.kb.url('router-reboot', 'sv')).toMatch(/^https:\/\/hjalp\.acme\.example\//);
  });

  it("the desk's agent names the operator's portal (brand.portal), neutral words without one", async () => {
    const whereIsMyNumber = async (yaml: string) => {
      const config = loadConfig({ OPERATOR_CONFIG: file('portal.yaml', yaml), DATABASE_URL: ':memory:' });
      const { agent } = buildCapabilities({
        config,
        log: pino({ level: 'silent' }),
        repos: await memoryRepos(),
        isp: {} as never,
      });
      const c = await agent.startConversation({ channel: 'chat', language: 'en' });
      await agent.handleMessage(c.ticketId, 'my internet is down');
      const r = await agent.handleMessage(c.ticketId, 'where do I find my customer number?');
      return r.map((x) => x.text).join(' ');
    };
    const named = await whereIsMyNumber(
      MINIMAL.replace(
        'brand: { name: Acme Net,',
        'brand: { name: Acme Net, portal: { sv: Acme Konto, en: Acme Account },',
      ),
    );
    expect(named).toMatch(/on Acme Account under your details/);
    expect(await whereIsMyNumber(MINIMAL)).toMatch(/on the customer portal under your details/);
  });

  it('DEMO mode runs the demo file; a production desk outside DEMO mode needs its own', () => {
    expect(loadConfig({}).operator.brand.name).toBe('Demo Bredband AB');
    expect(() => loadConfig({ NODE_ENV: 'production', DEMO: 'false' })).toThrow(ConfigError);
    expect(() => loadConfig({ OPERATOR_CONFIG: file('broken.yaml', 'brand: 1\n') })).toThrow(
      /OPERATOR_CONFIG .*broken\.yaml: brand/,
    );
  });
});

describe('probes and actions with the operator network', () => {
  const acme = (): OperatorConfig => {
    const r = parseOperatorConfig(`${MINIMAL}thresholds: { longUptimeDays: 2 }\n`);
    if (!r.ok) throw new Error(r.problems.join('\n'));
    return r.config;
  };
  const diagnostics = withOperatorDiagnostics({ runProbes }, acme());
  const actions = withOperatorActions({ executeAction }, acme());

  it('judges DNS against the operator resolvers (the demo ones are foreign to Acme)', async () => {
    const w = fakeWorld();
    w.devices.set(w.deviceId, { [P.dnsServer(1)]: '198.51.100.53', [P.dnsServer(2)]: '198.51.100.54' });
    w.devices.onDiagnostic(w.deviceId, 'nslookup', () => ({
      kind: 'nslookup',
      state: 'Complete',
      successCount: 0,
      results: [],
    }));
    const { network: _drop, ...ctx } = diagnosticContext(w);
    const [dns] = await diagnostics.runProbes(ctx, ['dns']);
    expect(dns!.findings.map((f) => f.code)).toEqual(['dns.misconfigured']);
    expect(dns!.findings[0]!.evidence.thresholds).toMatchObject({
      expectedServers: ['192.0.2.10', '192.0.2.11'],
    });
  });

  it("findings are explained with the operator's portal name and time zone", async () => {
    const r = parseOperatorConfig(
      MINIMAL.replace(
        'brand: { name: Acme Net,',
        'brand: { name: Acme Net, portal: { sv: Acme Konto, en: Acme Account },',
      ).replace('Europe/Oslo', 'America/New_York'),
    );
    if (!r.ok) throw new Error(r.problems.join('\n'));
    const w = fakeWorld();
    w.isp.portal.accounts.set('100482', { exists: true, locked: true, failedLogins: 5, lastLoginAt: null });
    await w.incidents.create({
      areas: [w.service.areaCode],
      kind: 'fiber_cut',
      title: 'Fibre cut',
      etaAt: '2026-11-25T15:00:00Z',
    });
    const runs = await withOperatorDiagnostics({ runProbes }, r.config).runProbes(diagnosticContext(w), [
      'portal',
      'incident',
    ]);
    const [portal, incident] = runs.map((x) => x.findings[0]!.explanation);
    expect(portal!.en).toBe('Your account on Acme Account is locked after too many failed sign-in attempts.');
    expect(portal!.sv).toMatch(/konto på Acme Konto är låst/);
    // 15:00 UTC is 10:00 in New York in November (16:00 in the demo's Stockholm).
    expect(incident!.en).toMatch(/fixed by Wed 10:00/);
  });

  it('without an operator network the DNS and firmware probes say so instead of guessing', async () => {
    const w = fakeWorld();
    const { network: _drop, ...ctx } = diagnosticContext(w);
    const runs = await runProbes(ctx, ['dns', 'firmware']);
    expect(runs.map((r) => r.unavailable)).toEqual([
      expect.stringMatching(/operator configuration/),
      expect.stringMatching(/operator configuration/),
    ]);
  });

  it('threshold overrides reach the probes', async () => {
    const w = fakeWorld(); // uptime three days
    const { network: _drop, ...ctx } = diagnosticContext(w);
    const [plain] = await runProbes(diagnosticContext(w), ['cpe']);
    const [tight] = await diagnostics.runProbes(ctx, ['cpe']);
    expect(plain!.findings.map((f) => f.code)).not.toContain('cpe.long_uptime');
    expect(tight!.findings.map((f) => f.code)).toContain('cpe.long_uptime');
  });

  it('the DNS fix writes the operator resolvers', async () => {
    const w = fakeWorld();
    const { network: _drop, ...ctx } = actionContext(w);
    expect(await actions.executeAction('dns_reset', ctx, {}, 'test', [])).toMatchObject({
      ok: true,
      details: { servers: ['192.0.2.10', '192.0.2.11'] },
    });
    expect(w.devices.writes()).toEqual([
      { path: P.dnsServer(1), value: '192.0.2.10' },
      { path: P.dnsServer(2), value: '192.0.2.11' },
    ]);
  });

  it('without operator resolvers the DNS fix refuses instead of writing nothing useful', async () => {
    const w = fakeWorld();
    const { network: _drop, ...ctx } = actionContext(w);
    expect(await executeAction('dns_reset', ctx, {}, 'test', [])).toMatchObject({
      ok: false,
      error: 'failed',
    });
    expect(w.devices.writes()).toEqual([]);
  });
});
