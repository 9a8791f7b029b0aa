// Round 32 (a #3): after a hung router was restarted and worked, "Bör man starta om routern regelbundet, till exempel
// en gång i veckan?" was dropped at the close, and asked again ("ska jag starta om den varje vecka så att det inte
// händer igen?") it got "Ja – dra ur routerns strömsladd …": the how-to of pulling the plug, read as yes, weekly. A
// restart as a habit is not needed, in both languages, at the confirmation and after the close.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { portalChat, untilAsked } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const OPENING: Record<Language, string> = {
  en: 'no internet although the lights look normal',
  sv: 'routern har hängt sig, inget internet fast lamporna lyser',
};
const NOT_NEEDED = /not needed|behövs inte/;

async function resolvedChat(lang: Language) {
  const c = await portalChat(lang, faultWorld(['cpe_hung']));
  await untilAsked(c, 'resolution.confirm', OPENING[lang]);
  return c;
}

describe('a restart as a habit is not needed (rp32a #3)', () => {
  it.each([
    [
      'sv',
      'Ja, nu kommer jag in igen. Tack. Bör man starta om routern regelbundet, till exempel en gång i veckan?',
    ],
    ['sv', 'ja funkar. ska man starta om den varje natt för säkerhets skull?'],
  ] as const)('%s at the confirmation: %j', async (lang, text) => {
    const c = await resolvedChat(lang);
    expect(await c.say(text)).toMatch(NOT_NEEDED);
  });

  it.each([
    ['sv', 'ska jag starta om den varje vecka så att det inte händer igen?'],
    ['en', 'so should I reboot it every week or not?'],
    ['en', 'do I need to restart it regularly, like once a month?'],
  ] as const)('%s after the close: %j', async (lang, text) => {
    const c = await resolvedChat(lang);
    await c.say(lang === 'sv' ? 'ja det funkar nu' : 'yes it works now');
    const said = await c.say(text);
    expect(said).toMatch(NOT_NEEDED);
    expect(said).not.toMatch(/^(Ja|Yes)\b/);
  });
});
