// "works now thx. did u actually reboot it?": at "does it work now?", a first sentence that settles the
// question is the answer, and what is asked after it is answered beside it — the customer is not asked
// "does it work now?" again after saying so.
import type { AskKey, Language } from '../domain/index.js';
import { asksHowToFind } from '../runbooks/port-forward-host.js';
import type { TriageApi } from '../runbooks/ports.js';
import type { ReplyAct } from '../triage/reply.js';
import { questionClauses } from './side-questions.js';

export function settledBeside(
  triage: Pick<TriageApi, 'parseAnswer'>,
  askKey: AskKey,
  act: ReplyAct,
  text: string,
  language: Language,
): ReplyAct {
  // "where do i even see the ps5 ip": answered beside the port forward, whose question then says what is
  // still missing (the address waited for) instead of being put again word for word.
  if (
    askKey === 'config.port_forward' &&
    act.act === 'question' &&
    act.topic === 'find_device_ip' &&
    asksHowToFind(text)
  )
    return { act: 'answer', topic: act.topic };
  if (askKey !== 'resolution.confirm' || act.act !== 'question') return act;
  const first = String(text ?? '')
    .trim()
    .split(/(?<=[.!?\n])\s*/)[0];
  if (!first || first.includes('?') || questionClauses(first).length) return act;
  const kind = triage.parseAnswer(askKey, first, language).kind;
  return kind === 'yes' || kind === 'no' ? { act: 'answer', topic: act.topic } : act;
}
