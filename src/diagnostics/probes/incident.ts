import * as C from '../codes.js';
import { finding } from '../finding.js';
import type { ProbeDef } from '../probe.js';

export const incidentProbe: ProbeDef = {
  id: 'incident',
  async run(env) {
    const service = env.requireService();
    const open = (await env.ctx.incidents.openInArea(service.areaCode)).filter((i) => i.status === 'open');
    if (open.length === 0)
      return [finding(C.INCIDENT_NONE, 'ok', 'desk:incidents', { area: service.areaCode })];
    return open.map((i) =>
      finding(C.INCIDENT_AREA_OUTAGE, 'fault', 'desk:incidents', {
        incidentId: i.id,
        reference: i.reference,
        etaAt: i.etaAt,
        kind: i.kind,
        title: i.title,
        area: service.areaCode,
      }),
    );
  },
};
