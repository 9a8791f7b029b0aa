// A known fibre cut in Limhamn, open in the desk's incidents and seen by the fault world's diagnostics.
import type { memoryDesk } from './memory-desk.js';

export async function openLimhamnOutage(desk: ReturnType<typeof memoryDesk>) {
  const inc = await desk.incidents.create({
    areas: ['SE-MMO-LIMHAMN'],
    kind: 'fiber_cut',
    title: 'Fibre cut in Limhamn',
    etaAt: '2026-11-25T15:00:00Z',
  });
  desk.world.incident = { id: inc.id, reference: inc.reference, etaAt: inc.etaAt };
  return inc;
}
