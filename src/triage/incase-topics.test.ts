// Question topics of role-play round 6 (issue 14), written as people write: typos, no capitals, no å/ä/ö.
import { describe, expect, it } from 'vitest';
import { topicsOf } from './topics-of.js';

describe('questions at a permission or a step', () => {
  it.each([
    ['ja men vänta, kommer min tv tappa också?', 'devices_drop'],
    ['ja men vanta kommer tvn att tappa natet?', 'devices_drop'],
    ['does the tv go offline too?', 'devices_drop'],
    ['will my phone lose wifi while you do it', 'devices_drop'],
    ['will i get the new password? i need to log in to the router sometimes', 'new_password_shown'],
    ['whats the new pasword going to be', 'new_password_shown'],
    ['får jag det nya lösenordet?', 'new_password_shown'],
    ['kommer jag fa veta det nya losenordet', 'new_password_shown'],
    ['whats an admin password? i never set one', 'what_admin_password'],
    ['vad är ett adminlösenord?', 'what_admin_password'],
    ['admin pasword? never set one', 'what_admin_password'],
    ['will a wifi extender help?', 'extender'],
    ['skulle en wifi-forstarkare hjalpa?', 'extender'],
    ['do i need a range extendor or mesh', 'extender'],
  ])('%j asks %s', (text, topic) => {
    expect(topicsOf(text)).toContain(topic);
  });

  it.each(['will i lose my settings?', 'the tv works fine', 'how long does it take?'])(
    '%j asks none of them',
    (text) => {
      const found = topicsOf(text);
      for (const t of ['devices_drop', 'new_password_shown', 'what_admin_password', 'extender'])
        expect(found).not.toContain(t);
    },
  );
});
