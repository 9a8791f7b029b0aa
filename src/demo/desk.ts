// The demo's own entry: a desk with the simulated demo ISP (sim/) wired in. The production
// composition root (src/server/desk.ts) does not import the simulator; `frontline start` loads
// this module only when DEMO is on.
import type { Config } from '../server/config.js';
import { createDesk, type Desk, type DeskOverrides } from '../server/desk.js';
import { startDemoIsp } from './isp.js';

export function createDemoDesk(config: Config, overrides: DeskOverrides = {}): Promise<Desk> {
  return createDesk(config, { demo: startDemoIsp, ...overrides });
}
