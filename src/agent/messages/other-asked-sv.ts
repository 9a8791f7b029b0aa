// Svenska: en fråga om en tjänst vi inte sköter här (TV, mobil, e-post) bredvid en annan begäran eller efter
// att ärendet gått till en avdelning: ärligt besvarad och skickad vidare med ärendet.
export const otherAskedSv = {
  'other_service.passed_on.tv':
    'TV kan jag inte svara på eller hjälpa till med här. Jag har skickat med din fråga om TV i ärende {reference}, så att du får svar på den också.',
  'other_service.passed_on.mobile':
    'Mobilabonnemang kan jag inte svara på eller hjälpa till med här. Jag har skickat med din fråga om mobil i ärende {reference}, så att du får svar på den också.',
  'other_service.passed_on.email':
    'E-post kan jag inte svara på eller hjälpa till med här. Jag har skickat med din fråga om e-post i ärende {reference}, så att du får svar på den också.',
  'other_service.passed_on.tv.again':
    'Förlåt att det dröjt. Frågan om TV kan jag inte svara på själv, men den finns i ärende {reference}, och kollegorna som har ärendet svarar på den också – inget med ditt internet behöver kollas för den.',
  'other_service.passed_on.mobile.again':
    'Förlåt att det dröjt. Frågan om mobil kan jag inte svara på själv, men den finns i ärende {reference}, och kollegorna som har ärendet svarar på den också – inget med ditt internet behöver kollas för den.',
  'other_service.passed_on.email.again':
    'Förlåt att det dröjt. Frågan om e-post kan jag inte svara på själv, men den finns i ärende {reference}, och kollegorna som har ärendet svarar på den också.',
  'other_service.still':
    'Den frågan ligger kvar i ärende {reference} – mer än så kan jag tyvärr inte göra med den härifrån. Vill du prata med en person om den nu kan du be om det här.',
  'outage.other_service_works.tv':
    'Tv:n kommer via ett annat nät eller en annan signal än internet, så den fungerar som vanligt: felet i området gäller internettjänsten.',
  'outage.other_service_works.mobile':
    'Mobilen går över mobilnätet, inte över din hemmalinje, så den fungerar som vanligt: felet i området gäller internettjänsten.',
  'outage.other_service_works.email':
    'Din e-post ligger på servrar utanför din hemmalinje, så den fungerar fortfarande över en annan uppkoppling (mobilen till exempel): felet i området gäller internettjänsten.',
  'withdrawn.other_service.tv':
    'Klart – jag har stängt ärende {linked} om tv, så ingen kommer att höra av sig om det. Ditt ärende {reference} om felet i området ligger kvar som det är.',
  'withdrawn.other_service.mobile':
    'Klart – jag har stängt ärende {linked} om mobil, så ingen kommer att höra av sig om det. Ditt ärende {reference} om felet i området ligger kvar som det är.',
  'withdrawn.other_service.email':
    'Klart – jag har stängt ärende {linked} om e-post, så ingen kommer att höra av sig om det. Ditt ärende {reference} om felet i området ligger kvar som det är.',
  'withdrawn.other_service.none.tv':
    'Det finns inget öppet ärende om tv – ingen kommer att höra av sig om tv:n. Ditt ärende {reference} om felet i området ligger kvar som det är.',
  'withdrawn.other_service.none.mobile':
    'Det finns inget öppet ärende om mobil – ingen kommer att höra av sig om det. Ditt ärende {reference} om felet i området ligger kvar som det är.',
  'withdrawn.other_service.none.email':
    'Det finns inget öppet ärende om e-post – ingen kommer att höra av sig om det. Ditt ärende {reference} om felet i området ligger kvar som det är.',
  'other_service.linked.tv':
    'TV kan jag inte svara på eller hjälpa till med här, så jag har skickat din fråga om TV till vår kundtjänst som ett separat ärende {linked}; de svarar dig här. Ditt ärende {reference} ligger kvar som det är.',
  'other_service.linked.mobile':
    'Mobiltjänster kan jag inte svara på eller ordna här, så jag har skickat din fråga om mobil till vår kundtjänst som ett separat ärende {linked}; de svarar dig här. Ditt ärende {reference} ligger kvar som det är.',
  'other_service.linked.email':
    'E-post kan jag inte svara på eller hjälpa till med här, så jag har skickat din fråga om e-post till vår kundtjänst som ett separat ärende {linked}; de svarar dig här. Ditt ärende {reference} ligger kvar som det är.',
} satisfies Record<string, string>;
