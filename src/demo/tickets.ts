import type { Logger } from 'pino';
import type { DemoIsp, SimIsp } from '../../sim/index.js';
import type { FaultKind, Language } from '../domain/index.js';
import type { Repositories } from '../storage/repositories.js';
import type { Agent } from '../server/capabilities.js';

// DEMO mode: a first start plays a handful of customer conversations through the real agent, so
// the console has escalated, routed and resolved tickets to work and the dashboard has numbers.

const KINDS: FaultKind[] = [
  'cpe_hung',
  'fiber_los',
  'billing_suspended',
  'speed_line_degraded',
  'area_outage',
  'wifi_password_forgotten',
];

const ANSWERS: Record<Language, Record<string, string>> = {
  sv: {
    consent: 'ja, gör det',
    availability: 'vardagar efter 17',
    confirm: 'ja, nu fungerar det',
    step: 'klart',
    other: 'vet inte',
    csat: '5',
  },
  en: {
    consent: 'yes, go ahead',
    availability: 'weekdays after 5 pm',
    confirm: 'yes, it works now',
    step: 'done',
    other: "I don't know",
    csat: '5',
  },
};

function answerFor(askKey: string | null, lang: Language): string {
  const a = ANSWERS[lang];
  if (!askKey) return a.other;
  if (askKey.startsWith('consent.')) return a.consent;
  if (askKey === 'contact.availability') return a.availability;
  if (askKey === 'resolution.confirm') return a.confirm;
  if (askKey.startsWith('step.')) return a.step;
  if (askKey === 'csat.score') return a.csat;
  return a.other;
}

export async function seedDemoConversations(deps: {
  agent: Agent;
  repos: Repositories;
  sim: SimIsp;
  demo: DemoIsp;
  log: Logger;
}): Promise<number> {
  const { agent, repos, sim, demo, log } = deps;
  if ((await repos.tickets.list({ limit: 1 })).items.length > 0) return 0;
  let played = 0;
  for (const kind of KINDS) {
    const s = demo.subscribers.find((x) => x.faults.some((f) => f.kind === kind) && x.trySay);
    if (!s) continue;
    const lang = s.language;
    const { ticketId } = await agent.startConversation({
      channel: 'chat',
      language: lang,
      portalCustomerNumber: s.customerNumber,
    });
    let replies = await agent.handleMessage(ticketId, s.trySay!);
    for (let turn = 0; turn < 10 && !replies.some((r) => r.final); turn++) {
      const ask = [...replies].reverse().find((r) => r.askKey)?.askKey ?? null;
      if (!ask) break;
      if (ask.startsWith('step.')) sim.performStep(s.customerNumber, ask);
      replies = await agent.handleMessage(ticketId, answerFor(ask, lang));
    }
    // The played fix (a remote restart, a step) cleared the fault: it is put back, so whoever tries this
    // customer on the demo finds the router as the harness's world has it (a hung router still hung).
    for (const f of s.faults)
      if (!sim.activeFaults(s.customerNumber).includes(f.kind)) sim.injectFault(s.customerNumber, f);
    played++;
  }
  log.info({ played }, 'demo conversations played for the console');
  return played;
}
