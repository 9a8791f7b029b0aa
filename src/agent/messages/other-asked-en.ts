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
  'other_service.linked.tv':
    'TV is not something I can answer or handle here, so I have passed your question about TV to our support team as a separate case {linked}; they answer you here. Your case {reference} stays as it is.',
  'other_service.linked.mobile':
    'Mobile service is not something I can answer or arrange here, so I have passed your question about mobile to our support team as a separate case {linked}; they answer you here. Your case {reference} stays as it is.',
  'other_service.linked.email':
    'E-mail is not something I can answer or handle here, so I have passed your question about e-mail to our support team as a separate case {linked}; they answer you here. Your case {reference} stays as it is.',
} satisfies Record<string, string>;
