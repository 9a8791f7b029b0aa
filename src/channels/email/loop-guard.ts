// Recognises mail that must never be answered: auto-replies, bounces, lists and other machines.

export interface HeaderView {
  get(name: string): string | undefined;
}

export type AutomatedReason =
  | 'auto-submitted'
  | 'precedence'
  | 'autoreply-header'
  | 'bounce'
  | 'mailing-list'
  | 'own-mail'
  | 'autoreply-subject';

const AUTO_SUBJECT =
  /^(auto(matic)? ?(reply|response)|autosvar|out of (the )?office|frånvaro|delivery status notification|undeliverable|returned mail|mail delivery failed)\b/i;

export function automatedReason(
  headers: HeaderView,
  from: string,
  subject: string,
  ownDomain: string,
): AutomatedReason | null {
  const autoSubmitted = headers.get('auto-submitted');
  if (autoSubmitted && autoSubmitted.trim().toLowerCase() !== 'no') return 'auto-submitted';
  if (headers.get('x-frontline-ticket')) return 'own-mail';
  if (/@/.test(from) && from.toLowerCase().endsWith(`@${ownDomain.toLowerCase()}`)) return 'own-mail';
  const precedence = headers.get('precedence')?.toLowerCase();
  if (precedence && ['bulk', 'junk', 'list', 'auto_reply'].includes(precedence.trim())) return 'precedence';
  if (
    headers.get('x-autoreply') ||
    headers.get('x-autorespond') ||
    headers.get('x-auto-response-suppress')?.match(/all|oof|autoreply/i)
  )
    return 'autoreply-header';
  if (headers.get('list-id') || headers.get('list-unsubscribe')) return 'mailing-list';
  const contentType = headers.get('content-type') ?? '';
  if (/multipart\/report/i.test(contentType) || /^(mailer-daemon|postmaster)@/i.test(from) || from === '')
    return 'bounce';
  if (headers.get('return-path')?.trim() === '<>') return 'bounce';
  if (AUTO_SUBJECT.test(subject.trim())) return 'autoreply-subject';
  return null;
}
