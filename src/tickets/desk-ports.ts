// The desk's stores and the outside systems that the agent and the console both work on, declared
// once for both.
import type { DeviceService } from '../acs/device-service.js';
import type { IspPorts } from '../isp/ports.js';
import type { AuditLog, CustomerDirectory, IncidentStore, TicketStore } from './ports.js';

export interface DeskPorts {
  tickets: TicketStore;
  directory: CustomerDirectory;
  incidents: IncidentStore;
  audit: AuditLog;
  devices: DeviceService;
  isp: IspPorts;
}
