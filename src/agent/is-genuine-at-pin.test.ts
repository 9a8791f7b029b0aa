// Round 17 (a6): "200178. men hur vet jag att det här är ni på riktigt och inte nån bluff?" got where the
// customer number is, and "jag frågade hur jag vet att ni är äkta innan jag ger min pin" closed the case as
// refused (not verified): a caller checking that the desk is genuine is answered and asked for the PIN again.
import { describe, expect, it } from 'vitest';
import { classifyReply } from '../triage/reply.js';
import { converseIn } from './testing/converse.js';

describe('"how do I know this is really you?" at the PIN', () => {
  it.each([
    ['sv', 'men hur vet jag att det här är ni på riktigt och inte nån bluff?'],
    ['sv', 'jag frågade hur jag vet att ni är äkta innan jag ger min pin'],
    ['en', 'how do i know this is really you and not a scam?'],
    ['en', 'how can i tell this is genuine and not phishing?'],
  ] as const)('%s %j is a question about the desk', (lang, text) => {
    expect(classifyReply('identity.pin', text, lang)).toEqual({ act: 'question', topic: 'is_genuine' });
  });

  it.each([
    [
      'sv',
      'jag vill byta routerns adminlösenord',
      'men hur vet jag att det här är ni på riktigt och inte nån bluff?',
      /försiktig[\s\S]*PIN/,
    ],
    [
      'en',
      'please change my router admin password',
      'how do i know this is really you and not a scam?',
      /careful[\s\S]*PIN/,
    ],
  ] as const)(
    '%s: answered and the PIN asked again, nothing refused',
    async (lang, opening, asks, answer) => {
      const { replies, ticket } = await converseIn([], lang, [opening, '200115', asks, '4711']);
      expect(replies[2]).toMatch(answer);
      expect(ticket?.status).not.toBe('closed');
      expect(replies[3]).toMatch(lang === 'en' ? /verified/ : /verifierad/);
    },
  );
});
