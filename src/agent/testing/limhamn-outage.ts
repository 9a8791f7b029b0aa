// A known fibre cut in Limhamn, open in the desk's incidents and seen by the fault world's diagnostics.
import type { Language } from '../../domain/index.js';
import { faultWorld, identified, memoryDesk } from './memory-desk.js';

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

/** Karin, identified in a chat about no internet during the Limhamn outage: the desk and her ticket. */
export async function toldOfLimhamnOutage(lang: Language) {
  const at = () => new Date('2026-11-25T10:00:00Z');
  const desk = memoryDesk({ world: faultWorld(['area_outage']), now: at });
  await openLimhamnOutage(desk);
  const karin = { customerNumber: '100482', name: 'Karin Lind', pin: '4711' };
  const said = lang === 'sv' ? 'internet ligger nere sen lunch' : 'internet has been down since lunch';
  const { ticketId } = await identified(desk, karin, lang, said);
  return { desk, ticketId };
}
