// English: a question about a service this desk does not run (TV, mobile, e-mail) beside another request or
// after the case went to a team: said honestly, and passed on with the case.
export const otherAskedEn = {
  'other_service.passed_on.tv':
    'TV is not something I can answer or handle here. I have passed your question about TV on with case {reference}, so you get an answer to that too.',
  'other_service.passed_on.mobile':
    'Mobile plans are not something I can answer or handle here. I have passed your question about mobile on with case {reference}, so you get an answer to that too.',
  'other_service.passed_on.email':
    'E-mail is not something I can answer or handle here. I have passed your question about e-mail on with case {reference}, so you get an answer to that too.',
  'other_service.passed_on.tv.again':
    'Sorry that it took a while. The question about TV I cannot answer myself, but it is on case {reference}, and the colleagues who have the case answer it too — nothing on your internet needs checking for it.',
  'other_service.passed_on.mobile.again':
    'Sorry that it took a while. The question about mobile I cannot answer myself, but it is on case {reference}, and the colleagues who have the case answer it too — nothing on your internet needs checking for it.',
  'other_service.passed_on.email.again':
    'Sorry that it took a while. The question about e-mail I cannot answer myself, but it is on case {reference}, and the colleagues who have the case answer it too.',
  'other_service.still':
    'That question stays on case {reference} — I am afraid that is all I can do with it from here. If you would like a person for it now, just ask here.',
  // During an area outage, "why does cable TV still work?": the other service's own network, in one line.
  'outage.other_service_works.tv':
    'Your TV comes over a different network or signal than your internet, so it keeps working: the fault in your area concerns the internet service.',
  'outage.other_service_works.mobile':
    'Your mobile uses the mobile network, not your home line, so it keeps working: the fault in your area concerns the internet service.',
  'outage.other_service_works.email':
    'Your e-mail is kept on servers outside your home line, so it can still work over another connection (your mobile, for example): the fault in your area concerns the internet service.',
  // "close that TV case": the linked case opened beside the outage, withdrawn.
  'withdrawn.other_service.tv':
    'Done — I have closed case {linked} about TV, so nobody will contact you about it. Your case {reference} about the fault in the area stays as it is.',
  'withdrawn.other_service.mobile':
    'Done — I have closed case {linked} about mobile, so nobody will contact you about it. Your case {reference} about the fault in the area stays as it is.',
  'withdrawn.other_service.email':
    'Done — I have closed case {linked} about e-mail, so nobody will contact you about it. Your case {reference} about the fault in the area stays as it is.',
  'withdrawn.other_service.none.tv':
    'There is no case about TV open — nobody will contact you about TV. Your case {reference} about the fault in the area stays as it is.',
  'withdrawn.other_service.none.mobile':
    'There is no case about mobile open — nobody will contact you about it. Your case {reference} about the fault in the area stays as it is.',
  'withdrawn.other_service.none.email':
    'There is no case about e-mail open — nobody will contact you about it. Your case {reference} about the fault in the area stays as it is.',
  'other_service.linked.tv':
    'TV is not something I can answer or handle here, so I have passed your question about TV to our support team as a separate case {linked}; they answer you here. Your case {reference} stays as it is.',
  'other_service.linked.mobile':
    'Mobile service is not something I can answer or arrange here, so I have passed your question about mobile to our support team as a separate case {linked}; they answer you here. Your case {reference} stays as it is.',
  'other_service.linked.email':
    'E-mail is not something I can answer or handle here, so I have passed your question about e-mail to our support team as a separate case {linked}; they answer you here. Your case {reference} stays as it is.',
} satisfies Record<string, string>;
