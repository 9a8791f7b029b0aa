// Svenska: frågor som ställs innan vi vet vem kunden är (i första meddelandet, bredvid kundnumret, i det
// första mejlet) – besvarade bredvid frågan om kundnummer eller PIN, eller bekräftade tills linjen är kollad.
export const earlySv = {
  'identity.question_later': 'Din fråga svarar jag på så fort jag har kollat din anslutning.',
  'reply.should_restart.identity':
    'Vänta med att starta om – jag kollar först din linje och router härifrån och säger till om en omstart skulle hjälpa.',
  'reply.should_restart.identity.again':
    'Nej, vänta med omstarten – det går fortare att jag kollar härifrån först, och jag säger till om den behövs.',
  'reply.call_me.identity.human_agent':
    'Ja – så fort du är identifierad lämnar jag över dig till en kollega, och jag skriver i ärendet att du hellre vill bli uppringd.',
  'reply.call_me.identity':
    'Jag kan inte ringa härifrån, men ett samtal behövs sällan: så fort du är identifierad testar jag din linje och router och åtgärdar det jag kan, {here}. Måste en kollega ta över kan de ringa dig – säg bara till då, så skriver jag det i ärendet.',
} satisfies Record<string, string>;
