// A go-ahead that stands after something else in the reply: "klistermärket är borta. ok sätt ett nytt då.
// kan jag välja det själv?", "the sticker is gone. ok set a new one then". The sentence that says to go on
// is the consent, whatever stands before it; a question after it is answered beside the yes. Folded text.

/** A sentence that tells the desk to make the change: a yes word then a verb of doing, or the verb alone. */
// ("testade lappen, funkar inte 😑 kör nytt då": a clause after a comma or an emoji opens it as well.)
const GO_AHEAD_SENTENCE =
  /(?:^|[.!?,;]\s*|[\u{1F300}-\u{1FAFF}\u{2600}-\u{27BF}]\u{FE0F}?\s*)(?:(?:ok(?:ay|ej|ey)?|fine|alright|all right|sure|ja|jaa|yes|yeah|yep|visst|absolut|jo)[,!]?\s+)?(?:satt|sat|gor|skapa|byt|andra|kor|fixa|ta|set|make|create|generate|change|do|give me|ge mig)\s+(?:ett|en|a|det|it|dom|dem)?\s*(?:nytt?|new|nya)(?:\s+(?:ett|one|losen\w*|password|kod|code|nyckel|key))?(?:\s+(?:da|then|tack|please|pls))?\s*(?=[.!?]|$)|(?:^|[.!?]\s*)(?:ok(?:ay|ej|ey)?|fine|alright|sure|ja|yes|yeah)[,!]?\s+(?:go ahead|do it|gor det|kor|kor pa|fixa det|go for it)\b[^.?!]{0,15}(?=[.!?]|$)/u;

/**
 * "actually whatever. go ahead now. where will i see it?", "ok kör nu.": a sentence that is the go-ahead and
 * nothing more — or its last clause, after a comma ("Nu passar det, kör. Försvinner mina inställningar?").
 */
const GO_SENTENCE =
  /(?:^|[,;.!?]\s*)(?:(?:actually|so|then|sa|da|whatever|anyway|anyways|anyhow|in any case|hur som helst|i alla fall|iallafall|iaf|meh|ah|ah well|oh well|aja|jaja|naval|strunt samma|ah strunt samma|spelar ingen roll|ok(?:ay|ej|ey)?|fine|alright|sure|ja|jaa|yes|yeah|yep|visst)[,!]?\s+)*(?:go ahead|just do it|do it|gor det|kor|kor pa|kor bara|fixa det|go for it|(?:(?:ok(?:ay|ej|ey)?|yes|yeah|yep|sure|ja|jaa|visst)[,!]?\s+)(?:change|reset|restart|update|fix|switch on|turn on|byt|andra|fixa|aterstall|starta om|uppdatera|sla pa) (?:it|that|det|den|dem|dom))(?:\s+(?:now|nu|then|da|please|pls|tack|direkt|right away))*\s*(?=[.!]|$)/;

/** "nu är mötet slut, kör", "the call is over, go ahead": a go-ahead as the reply's last clause, after a comma. */
// "…? ugh ok yes do it", "…? äh ok ja kör": fillers and yes words may pile up in front of it.
const CLOSING_GO_CLAUSE =
  /(?:^|[,;.!?]\s*)(?:(?:ok(?:ay|ej|ey)?|ja|jaa|yes|yeah|yep|so|sa|then|da|ugh|argh|meh|ah|ah well|oh well|ah|fine|alright|sure|jaja|aja|naja)[,!]?\s+)*(?:kor|kor pa|kor bara|go ahead|do it|just do it|gor det|fixa det|go for it)(?:\s+(?:da|then|now|nu|tack|please|pls))?\s*[.!]*$/;

/** "ja?? öppna udp 3478-3480 till ps5an också", "yes, open 3074": the forward asked for, told to be done. */
const OPEN_PORTS =
  /(?:^|[.!?]\s*)(?:(?:ja|jaa|yes|yeah|yep|ok(?:ay|ej|ey)?|sure|visst)[?!,.]*\s+)?(?:oppna|open|forward|vidarebefordra)\s+(?:(?:udp|tcp|port\w*|dom|dem|them|those|the)\s+)*\d{1,5}\b/;

/**
 * "Can you tell me it or make a new one?", "kan du säga det eller göra ett nytt?": the old key (which the desk
 * cannot read out) or a new one — at the desk's own offer to set a new one, the go-ahead for the new one.
 */
const ASKED_TO_MAKE_NEW =
  /(?:^|[.!?,]\s*)(?:(?:ok(?:ay)?|so|then|sa|da|ja|yes)[,!]?\s+)?(?:(?:can|could|would|will) (?:you|u|ya)|kan (?:du|ni)|kunde (?:du|ni))\s+(?:just\s+|bara\s+)?(?:(?:tell me (?:it|what it is)|give me (?:it|the old one)|saga (?:det|vad det ar)|ge mig (?:det|det gamla))\s+(?:or|eller)\s+)(?:satt\w*|gor\w*|gora|skapa|fixa|set|make|create|generate|give me|ge mig)\s+(?:ett|en|a|me a)?\s*(?:nytt?|new|nya)(?:\s+(?:ett|one|losen\w*|password|kod|code|nyckel|key))?(?:\s+(?:da|then|tack|please|pls|instead|istallet))?\s*(?=[.!?,]|$)/;

/** Whether the reply holds a sentence telling the desk to go ahead with the change. */
export function innerGoAhead(folded: string): boolean {
  const t = folded.trim();
  return (
    GO_AHEAD_SENTENCE.test(t) ||
    GO_SENTENCE.test(t) ||
    CLOSING_GO_CLAUSE.test(t) ||
    OPEN_PORTS.test(t) ||
    ASKED_TO_MAKE_NEW.test(t)
  );
}
