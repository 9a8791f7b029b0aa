// English: "can't you just check it?" about a service this desk does not run (TV, mobile, e-mail).
export const otherCheckEn = {
  'other_service.cannot_check.tv':
    "I can't see TV signals from here — our TV colleagues can, and they get your question.",
  'other_service.cannot_check.tv.number':
    "I can't see TV signals from here — our TV colleagues can. I have given them your customer number {number} with your question.",
  'other_service.cannot_check.mobile':
    "I can't see the mobile network from here — our colleagues who handle mobile can, and they get your question.",
  'other_service.cannot_check.mobile.number':
    "I can't see the mobile network from here — our colleagues who handle mobile can. I have given them your customer number {number} with your question.",
  'other_service.cannot_check.email':
    "I can't see e-mail accounts from here — our colleagues who handle e-mail can, and they get your question.",
  'other_service.cannot_check.email.number':
    "I can't see e-mail accounts from here — our colleagues who handle e-mail can. I have given them your customer number {number} with your question.",
};
