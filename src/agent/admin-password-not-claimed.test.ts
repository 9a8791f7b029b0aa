// Round 32 (a2, en e-mail, dns_misconfigured): after the DNS fix, "Should I change that admin password then? I don't
// think I ever set one." got "… so I set a new, secure one and show it to you here" in the closing mail though
// nothing was set; and "you wrote that you set a new admin password … If not, yes please do" was read as a My Pages
// password reset. A question about a change answers yes, it is wise, and offers it — "I set" only at the change's
// own permission or after it ran; the router's admin password is never the My Pages password.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { triage } from '../triage/index.js';
import { t } from './messages/index.js';
import { answerFor } from './question-answers.js';

describe('the admin password is not claimed changed before it is', () => {
  it.each(['en', 'sv'] as Language[])(
    '%s: the question offers the change, and only after it ran is it said done',
    (lang) => {
      const asked = answerFor('what_admin_password', {
        askKey: 'resolution.confirm',
        actions: ['dns_reset'],
      });
      expect(asked).toBe('reply.what_admin_password');
      const said = t(lang, asked!);
      expect(said).not.toMatch(/so I set a new|därför sätter jag/);
      expect(said).toMatch(/wise|klokt/);
      expect(said).toMatch(/if you want|om du vill/);
      const after = answerFor('what_admin_password', { askKey: null, actions: ['admin_password_change'] });
      expect(t(lang, after!)).toMatch(/I set a new|satte jag ett nytt/);
    },
  );

  it.each([
    "You wrote that you set a new admin password and show it to me here, but I can't see any password in your e-mail. Did you change it or not? If not, yes please do.",
    'Did you reset the admin password or not? If not, please do.',
    'du skrev att du satte ett nytt adminlösenord men jag ser inget lösenord. har du bytt det eller inte?',
    "I mean the password for the router's settings page, please change it",
  ])('"%s" is the router’s admin password, never My Pages', (text) => {
    expect(triage(text).intent).toBe('router_config');
  });

  it.each(['I forgot my password for My Pages', 'jag har glömt lösenordet till mina sidor'])(
    '"%s" stays a My Pages reset',
    (text) => expect(triage(text).intent).toBe('password_reset'),
  );
});
