import type { Language } from '../../domain/index.js';
import type { AgentReply } from '../conversation-port.js';

// TwiML responses: the agent's words as <Say>, then a speech <Gather> for the caller's answer.

const VOICE_LANG: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };
const SAY_OPTIONS: Record<Language, string> = { sv: 'Du kan till exempel säga:', en: 'You can say, for example:' };
const NO_ANSWER: Record<Language, string> = {
  sv: 'Jag hörde inget svar. Ring gärna tillbaka, ditt ärende finns kvar. Hej då.',
  en: "I didn't hear an answer. Please call again, your case is saved. Goodbye.",
};

export function escapeXml(s: string): string {
  return s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
}

/** Speech-friendly text: no URLs, no markdown. */
function speakable(text: string): string {
  return text
    .replace(/https?:\/\/\S+/g, '')
    .replace(/[*_`#>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function replyTwiml(replies: AgentReply[], language: Language, actionUrl: string): string {
  const lang = VOICE_LANG[language];
  const say = (t: string) => `<Say language="${lang}">${escapeXml(speakable(t))}</Say>`;
  const last = replies[replies.length - 1];
  const spoken = replies.map((r) => say(r.text)).join('');
  if (last?.final) return `<?xml version="1.0" encoding="UTF-8"?><Response>${spoken}<Hangup/></Response>`;
  const options = last?.options.length ? say(`${SAY_OPTIONS[language]} ${last.options.join(', ')}.`) : '';
  return (
    `<?xml version="1.0" encoding="UTF-8"?><Response>` +
    `<Gather input="speech" language="${lang}" speechTimeout="auto" action="${escapeXml(actionUrl)}" method="POST">` +
    `${spoken}${options}</Gather>${say(NO_ANSWER[language])}<Hangup/></Response>`
  );
}

export function errorTwiml(language: Language): string {
  const text = language === 'sv' ? 'Något gick fel hos oss. Försök igen om en stund.' : 'Something went wrong on our side. Please try again shortly.';
  return `<?xml version="1.0" encoding="UTF-8"?><Response><Say language="${VOICE_LANG[language]}">${escapeXml(text)}</Say><Hangup/></Response>`;
}
