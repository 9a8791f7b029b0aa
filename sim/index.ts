// Public API of the simulated ISP (used by the benchmark harness, the demo and engine tests).
export { SimIsp, UnknownSubscriberError } from './sim-isp.js';
export type { SubscriberSpec, SimIspOptions, FaultSpec, Lights } from './types.js';
export { FaultError } from './world/faults.js';
export { SimClock } from './clock.js';
export { CWMP_NAMESPACES, type CwmpVersion } from './cwmp/soap.js';
export {
  generateDemoIsp,
  demoImportRows,
  demoMarkdownTable,
  applyDemoIsp,
  provisionDemoRouters,
  type DemoIsp,
  type DemoSubscriber,
  type DemoImportRow,
} from './demo-isp.js';
export { parseFaultSpec, assignFaults } from './fault-spec.js';
