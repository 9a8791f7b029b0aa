// Replies to a pending permission or "does it work now?" that are not a plain yes or no.
import { describe, expect, it } from 'vitest';
import { readConfirmReply } from './confirm-reply.js';
import { isDeferral, isGoAhead } from './deferral.js';
import { classifyReply } from './reply.js';
import { wantsRenameNotPassword } from './rename-or-password.js';
import { cannotMoveFixedThing } from './step-replies.js';
import { topicsOf } from './topics-of.js';

describe('a reply to "does it work now?"', () => {
  it.each([
    ['vänta ska kolla... ja nu laddar sidorna', { kind: 'yes' }],
    ['wait, let me check. yep pages open now', { kind: 'yes' }],
    ['hold on... works now', { kind: 'yes' }],
    ["can't tell until tonight, but the speed test looks ok", { kind: 'not_yet', looksOk: true }],
    ['vet inte förrän ikväll när alla är hemma', { kind: 'not_yet', looksOk: false }],
    ['hmm let me check... yeah seems to work', { kind: 'yes' }],
    ['not home, will test later', { kind: 'not_yet', looksOk: false }],
    ['kan inte kolla nu, sitter på jobbet', { kind: 'not_yet', looksOk: false }],
    [
      'ok but i dont remember the password, thats why i typed it wrong',
      { kind: 'new_need', need: 'portal_password', asked: false },
    ],
    [
      'yes works. but i forgot my password too, can i reset it?',
      { kind: 'new_need', need: 'portal_password', asked: true },
    ],
    ['ja men jag har glömt wifi-lösenordet', { kind: 'new_need', need: 'wifi_password', asked: false }],
  ])('%s', (text, expected) => {
    expect(readConfirmReply(text)).toEqual(expected);
  });

  it('leaves a plain answer or a pause with a no to the yes/no parser', () => {
    for (const text of ['ja', 'nej', 'wait... no still nothing', 'hold on. still not working', 'vänta lite'])
      expect(readConfirmReply(text)).toBeNull();
  });
});

describe('a permission put off', () => {
  it('"later / not now / in a meeting" is a deferral, a real no is not', () => {
    for (const text of [
      'kan vi ta det ikväll? sitter i ett möte',
      'not now, im on a call',
      'later please',
      'nej inte nu. senare',
    ])
      expect(isDeferral(text)).toBe(true);
    for (const text of ['nej', 'no I dont want that', 'absolut inte', 'ja kör'])
      expect(isDeferral(text)).toBe(false);
  });

  it('after a deferral, "the meeting is over, go" is the go-ahead and "still not now" is not', () => {
    expect(isGoAhead('nej vänta, mötet är slut nu. kör')).toBe(true);
    expect(isGoAhead("ok i'm free now, go ahead")).toBe(true);
    expect(isGoAhead('ready')).toBe(true);
    expect(isGoAhead('inte än, senare')).toBe(false);
    expect(isGoAhead('nej gör det inte')).toBe(false);
  });
});

describe('a Wi-Fi rename said against a password offer', () => {
  it('"not the password, the NAME" asks for a rename', () => {
    expect(wantsRenameNotPassword('no not the password!! the NAME of the network')).toBe(true);
    expect(wantsRenameNotPassword('inte lösenordet, namnet på nätverket')).toBe(true);
    expect(wantsRenameNotPassword('yes please')).toBe(false);
    expect(wantsRenameNotPassword('ja byt lösenordet')).toBe(false);
    // Round 25 (b8): the yes to the new key, and the name only asked about (earlier, how to change it).
    expect(wantsRenameNotPassword('Yes, go ahead. And the name?')).toBe(false);
    expect(wantsRenameNotPassword('ja kör. och namnet då?')).toBe(false);
    expect(wantsRenameNotPassword('ok do it. what about the name?')).toBe(false);
    expect(wantsRenameNotPassword('yes. not the password, the name!')).toBe(true);
    expect(wantsRenameNotPassword("it's the name i want changed")).toBe(true);
  });
});

describe('"I cannot move the bed" to "move closer"', () => {
  it('is about furniture or the router, not the device', () => {
    expect(cannotMoveFixedThing('i cant move the bed lol')).toBe(true);
    expect(cannotMoveFixedThing('jag kan inte flytta routern, den sitter i väggen')).toBe(true);
    expect(cannotMoveFixedThing("he's not home, cant do that now")).toBe(false);
    expect(cannotMoveFixedThing("the router? I can't move it, the fibre comes in by the front door")).toBe(
      true,
    );
    expect(cannotMoveFixedThing('routern? den sitter där fibern kommer in, kan inte flytta den')).toBe(true);
    expect(cannotMoveFixedThing('the router is mounted in the hall')).toBe(true);
    expect(cannotMoveFixedThing("my desktop is next to the router, can't move it")).toBe(false);
    expect(cannotMoveFixedThing('kan inte flytta den, sitter i bilen')).toBe(false);
  });
});

describe('questions asked while something is pending', () => {
  it.each([
    [
      'consent.wifi_change',
      'do i have to reconnect all my devices after? we have 15 smart things',
      'reconnect_devices',
    ],
    ['consent.wifi_change', 'måste jag ansluta alla prylar igen efteråt?', 'reconnect_devices'],
    ['consent.wifi_change', 'cant you just tell me the current one?', 'current_password'],
    ['consent.wifi_change', 'står det på klistermärket under routern?', 'sticker'],
    ['resolution.confirm', 'how do i know if im on 5ghz? there is only one network', 'which_band'],
    ['consent.wifi_change', 'hur kan det ha stängts av?', 'why_broke'],
    ['consent.reboot', 'how did this happen in the first place?', 'why_broke'],
  ])('%s: %s → %s', (askKey, text, topic) => {
    expect(classifyReply(askKey as never, text)).toEqual({ act: 'question', topic });
  });

  it('"how could I get a new one?" is not a question about how it broke', () => {
    expect(classifyReply('consent.firmware_update', 'how could i get a new one?')).not.toEqual({
      act: 'question',
      topic: 'why_broke',
    });
    expect(classifyReply('consent.firmware_update', 'hur kunde routern få fel programvara?')).toEqual({
      act: 'question',
      topic: 'why_broke',
    });
    expect(classifyReply('consent.wifi_change', 'can you tell me the password instead?')).toEqual({
      act: 'question',
      topic: 'current_password',
    });
  });

  it('finds every topic of a message that asks two things', () => {
    expect(topicsOf('i already turned it off and on yesterday. will i lose my settings?')).toEqual([
      'lose_settings',
      'already_restarted',
    ]);
  });

  it('after a close, "what is the wifi password again?" stays a request, not a question about the offer', () => {
    expect(
      classifyReply('csat.score', "thanks! also what's the wifi password again? the sticker fell off").act,
    ).not.toBe('question');
  });
});
