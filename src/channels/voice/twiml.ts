import type { Language } from '../../domain/index.js';
import type { AgentReply } from '../conversation-port.js';
import { fill, KEYPAD_HINT, VOICE_LANG, VOICE_TEXT } from './prompts.js';
import { speakable } from './speech.js';
import { keypadOptions } from './keypad.js';

// TwiML responses: the agent's words as <Say>, then a <Gather> that takes speech or keypad digits;
// the satisfaction question waits for one key before the call ends; an escalation may <Dial> a person.

export function escapeXml(s: string): string {
  return s.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!,
  );
}

/** What follows the agent's words when the case went to a person's queue. */
export type Handover =
  | { kind: 'transfer'; queueName: string; phone: string }
  | { kind: 'call_back'; queueName: string; when: string };

const response = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><Response>${body}</Response>`;

export function replyTwiml(
  replies: AgentReply[],
  language: Language,
  actionUrl: string,
  handover?: Handover,
): string {
  const lang = VOICE_LANG[language];
  const sayText = (t: string) => (t ? `<Say language="${lang}">${escapeXml(t)}</Say>` : '');
  const spoken = replies.map((r) => sayText(speakable(r.text, language))).join('');
  const gather = (attrs: string, inner: string) =>
    `<Gather input="dtmf speech" language="${lang}" ${attrs} action="${escapeXml(actionUrl)}" method="POST">${inner}</Gather>`;
  const last = replies[replies.length - 1];
  const queue = { queue: handover?.queueName ?? '' };

  if (handover?.kind === 'transfer')
    return response(
      `${spoken}${sayText(fill(VOICE_TEXT.transfer[language], queue))}<Dial timeout="30">${escapeXml(handover.phone)}</Dial>` +
        `${sayText(fill(VOICE_TEXT.transferFailed[language], queue))}<Hangup/>`,
    );
  // The satisfaction question: one key (or a spoken number), then the call ends; silence ends it too.
  if (last?.askKey === 'csat.score')
    return response(
      `${gather('numDigits="1" timeout="8" speechTimeout="auto"', `${spoken}${sayText(VOICE_TEXT.csatKeypad[language])}`)}` +
        `${sayText(VOICE_TEXT.goodbye[language])}<Hangup/>`,
    );
  if (last?.final) return response(`${spoken}<Hangup/>`);
  const callBack =
    handover?.kind === 'call_back'
      ? sayText(fill(VOICE_TEXT.callBack[language], { ...queue, when: handover.when }))
      : '';
  const hint = last?.askKey ? KEYPAD_HINT[last.askKey]?.[language] : undefined;
  const options = last?.options.length
    ? `${VOICE_TEXT.sayOptions[language]} ${last.options.join(', ')}.`
    : '';
  const keys = keypadOptions(last)
    ?.map((option, i) => fill(VOICE_TEXT.pressFor[language], { key: String(i + 1), option }))
    .join(', ');
  const press = keys ? `${VOICE_TEXT.pressOptions[language]} ${keys}.` : '';
  return response(
    `${gather('finishOnKey="#" timeout="6" speechTimeout="auto"', `${spoken}${callBack}${sayText(hint ?? '')}${sayText(options)}${sayText(press)}`)}` +
      `${sayText(VOICE_TEXT.noAnswer[language])}<Hangup/>`,
  );
}

export function errorTwiml(language: Language): string {
  return response(
    `<Say language="${VOICE_LANG[language]}">${escapeXml(VOICE_TEXT.error[language])}</Say><Hangup/>`,
  );
}
