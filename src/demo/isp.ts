import type { Logger } from 'pino';
import {
  applyDemoIsp,
  demoImportRows,
  generateDemoIsp,
  provisionDemoRouters,
  SimIsp,
} from '../../sim/index.js';
import type { Acs } from '../acs/index.js';
import type { SwitchablePorts } from '../isp/switchable-ports.js';
import type { StaffAuth } from '../staff/auth.js';
import { seedDemoStaff } from '../staff/seed.js';
import { jsonRows, runImport } from '../storage/import/importer.js';
import type { Repositories } from '../storage/repositories.js';
import type { Agent } from '../server/capabilities.js';
import type { Config } from '../server/config.js';
import { demoIspPorts } from './isp-ports.js';
import { demoRadius } from './radius.js';
import { seedDemoConversations } from './tickets.js';

// DEMO mode: the built-in demo ISP. Its subscribers are imported once (a restart keeps what
// staff changed), its area incident is opened, its routers start talking CWMP to our ACS, and
// the desk's ISP ports are connected to its AAA, access network and portal.

export interface DemoIspHandle {
  sim: SimIsp;
  stop(): Promise<void>;
}

export async function startDemoIsp(deps: {
  config: Config;
  log: Logger;
  repos: Repositories;
  acs: Acs;
  isp: SwitchablePorts;
  staff: StaffAuth;
  agent: Agent;
}): Promise<DemoIspHandle> {
  const { config, log, repos } = deps;
  const demo = generateDemoIsp({ count: config.demoSubscribers });

  const first = demo.subscribers[0];
  if (first && !(await repos.customers.byNumber(first.customerNumber))) {
    const result = await runImport(repos, jsonRows(demoImportRows(demo)), {
      actor: { kind: 'system', id: 'demo' },
      source: 'demo-isp',
    });
    if (!result.ok) throw new Error(`demo import failed: ${JSON.stringify(result.errors.slice(0, 3))}`);
    log.info({ subscribers: demo.subscribers.length }, 'demo ISP imported');
  }
  for (const incident of demo.incidents) {
    const open = await repos.incidents.openInArea(incident.area);
    if (open.length === 0) {
      const etaAt = new Date(Date.now() + incident.etaMinutes * 60_000).toISOString();
      await repos.incidents.create({
        areas: [incident.area],
        kind: incident.kind,
        title: incident.title,
        etaAt,
      });
    }
  }
  const created = await seedDemoStaff(deps.staff);
  if (created.length) log.info({ created }, 'demo staff accounts created (see README)');

  // Every demo router has its own ACS credentials (kept across restarts); no shared login.
  await provisionDemoRouters(demo, (id) => deps.acs.credentials.ensure(id, new Date().toISOString()));
  const sim = new SimIsp({
    acsUrl: `${deps.acs.url()}/`,
    timeScale: config.demoTimeScale,
    periodicInformSeconds: 3600,
    log: (m) => log.debug({ mod: 'sim' }, m),
    radius: demoRadius(config.operator.adapters.aaa),
  });
  applyDemoIsp(sim, demo, true);
  const ports = await demoIspPorts(sim, config.operator.adapters.isp, log);
  deps.isp.use(ports.ports);
  await sim.start();
  log.info({ cpes: sim.subscriberCount }, 'demo ISP routers online');
  if (config.demoConversations) {
    await seedDemoConversations({ agent: deps.agent, repos, sim, demo, log }).catch((err: unknown) =>
      log.warn({ err }, 'could not play the demo conversations'),
    );
  }
  return {
    sim,
    stop: async () => {
      await sim.stop();
      await ports.close();
    },
  };
}
