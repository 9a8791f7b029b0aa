import { describe, expect, it } from 'vitest';
import { closingAnswer, parseAnswer } from './answers.js';
import { classifyReply } from './reply.js';

describe('a yes or no at the end of a reply', () => {
  it('a question or remark first, then the answer: the last sentence decides', () => {
    const reply = 'den startar ju om sig själv hela tiden redan?? men ok';
    expect(classifyReply('consent.reboot', reply, 'sv')).toEqual({ act: 'answer' });
    expect(parseAnswer('consent.reboot', reply)).toEqual({ kind: 'yes' });
    expect(parseAnswer('consent.wifi_change', 'är det nödvändigt? nej tack')).toEqual({ kind: 'no' });
  });

  it('"got it, thanks" to "does it work now?" is a yes, also after a question', () => {
    const reply = 'does what work? i just wanted the password changed. got it, thanks';
    expect(classifyReply('resolution.confirm', reply, 'en')).toEqual({ act: 'answer' });
    expect(parseAnswer('resolution.confirm', reply)).toEqual({ kind: 'yes' });
    expect(parseAnswer('resolution.confirm', 'thanks!')).toEqual({ kind: 'yes' });
  });

  it('a reply that ends in a question, or a closing reason, is not settled by it', () => {
    expect(
      classifyReply(
        'consent.wifi_change',
        'cant you just tell me the current one? i dont want to reconnect the tv and everything',
        'en',
      ).act,
    ).toBe('question');
    expect(classifyReply('consent.reboot', 'ok. but will I lose my settings?', 'en').act).not.toBe('answer');
    expect(
      closingAnswer(
        'consent.wifi_change',
        'hmm cant you just tell me the current one? dont want to redo the tv and everything',
      ),
    ).toBeNull();
    expect(
      classifyReply(
        'consent.wifi_change',
        'hmm cant you just tell me the current one? dont want to redo the tv and everything',
        'en',
      ),
    ).toEqual({ act: 'question', topic: 'current_password' });
  });
});

describe('asking for the Wi-Fi password they have now', () => {
  it('is a question about the current key, also after "nej vänta"', () => {
    expect(
      classifyReply(
        'consent.wifi_change',
        'kan du inte bara säga vad det gamla är? vill inte koppla om tv:n',
        'sv',
      ),
    ).toEqual({ act: 'question', topic: 'current_password' });
    expect(
      classifyReply('consent.wifi_change', 'nej vänta då. står det inte på routern nånstans?', 'sv'),
    ).toEqual({ act: 'question', topic: 'sticker' });
  });
});
