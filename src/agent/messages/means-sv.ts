// Svenska: "vad betyder det?" om ändringen vi just frågat om, med vanliga ord; ett lösenord till en annan
// tjänst (e-post) som inget vi ändrar rör; att välja sitt eget wifi-lösenord, frågat igen.
export const meansSv = {
  'reply.what_means.consent.pppoe_credentials_resync':
    'Med vanliga ord: din router loggar in på vårt nät med ett användarnamn och ett lösenord, ungefär som du loggar in på en webbsida. De som är sparade i den stämmer inte längre med våra, så den släpps inte in. Jag skickar rätt uppgifter till den härifrån; du behöver inte göra något.',
  'reply.what_means.consent.cpe_reboot':
    'Med vanliga ord: jag stänger av och slår på din router härifrån, som om du drog ur sladden. Det hjälper en router som har hängt sig; dina inställningar finns kvar.',
  'reply.what_means.consent.cpe_factory_reset':
    'Med vanliga ord: routern ställs tillbaka som den var när den var ny, och alla dess egna inställningar raderas. Internetdelen ställer jag in igen härifrån, men wifi-namnet och lösenordet blir de som står på routerns etikett.',
  'reply.what_means.consent.cpe_firmware_upgrade':
    'Med vanliga ord: routerns egen programvara får en nyare version, som en uppdatering i mobilen. Den rättar kända fel; det tar några minuter och routern startar om en gång.',
  'reply.what_means.consent.wifi_channel_change':
    'Med vanliga ord: wifi sänder på en kanal, som en radiostation. Många grannar delar din, så jag flyttar ditt wifi till en lugnare. Namn och lösenord är desamma.',
  'reply.what_means.consent.wifi_radio_enable':
    'Med vanliga ord: wifi:t i din router är avstängt, så ingen enhet ser nätverket. Jag slår på det härifrån; namnet och lösenordet är desamma som förut.',
  'reply.what_means.consent.dns_reset':
    'Med vanliga ord: DNS är internets adressbok, som gör om namn som example.com till siffror. Din router använder fel adressbok, så vissa sidor öppnas inte. Jag ställer tillbaka den till vår.',
  'reply.what_means.consent.wifi_password_change':
    'Med vanliga ord: ditt wifi får ett nytt lösenord, så att bara de som får det nya kan ansluta. Varje enhet ansluter sedan en gång med det nya lösenordet.',
  'reply.what_means.consent.wifi_ssid_change':
    'Med vanliga ord: nätverksnamnet är det dina enheter visar i wifi-listan. Jag byter bara namnet; varje enhet ansluter till det nya namnet en gång.',
  'reply.what_means.consent.admin_password_change':
    'Med vanliga ord: administratörslösenordet skyddar routerns egen inställningssida, inte wifi:t. Jag sätter ett nytt, säkert så att ingen annan kan ändra dina inställningar; ditt wifi påverkas inte.',
  'reply.what_means.consent.port_forward_add':
    'Med vanliga ord: en portvidarebefordran släpper trafik från internet på den porten fram till just den enhet du nämnde hemma. Inget annat i ditt nätverk öppnas.',
  'reply.what_means.consent.account_password_reset':
    'Med vanliga ord: du får ett nytt tillfälligt lösenord till {portal}; det gamla slutar fungera, och du väljer ett eget när du loggar in med det.',
  'reply.what_means.consent.config_change':
    'Med vanliga ord: jag ändrar just den inställningen i din router härifrån; du behöver inte göra något, och jag säger till när det är klart.',
  'reply.what_means.consent.wifi_change':
    'Med vanliga ord: jag ändrar just den wifi-inställningen i din router härifrån, och jag säger vad dina enheter behöver göra, om något.',
  'reply.lose_settings.consent.pppoe_credentials_resync':
    'Nej – ditt wifi, wifi-lösenordet och dina andra inställningar finns kvar som de är; bara routerns egen inloggning mot vårt nät rättas.',
  'reply.email_password':
    'Nej – lösenordet till din e-post är en helt annan sak; inget jag gör här ändrar det.',
  'reply.email_password.account_unlock':
    'Nej – spärren gällde bara ditt konto på {portal}. Din e-post har en egen inloggning, och inget jag har gjort här ändrar den eller dess lösenord. Själva e-posten kan jag inte kontrollera härifrån: om något är fel med den, säg till så skickar jag det vidare till en kollega som sköter e-post.',
  'reply.email_password.account_unlock.again':
    'För att säga det igen: upplåsningen gällde bara ditt konto på {portal}; din e-post och dess lösenord är orörda. Din e-post kan jag inte titta på härifrån – om något är fel med den, säg till så skickar jag det vidare till en kollega.',
  'reply.email_password.again': 'Ja, samma som förut: lösenordet till din e-post är inget jag ändrar här.',
  'reply.email_password.consent.account_unlock':
    'Nej – upplåsningen ändrar inget lösenord, varken till {portal} eller till din e-post.',
  'reply.email_password.consent.account_password_reset':
    'Bara lösenordet till {portal} ändras; lösenordet till din e-post är en annan sak och finns kvar som det är.',
  'reply.email_password.account_password_reset':
    'Bara lösenordet till {portal} ändrades; lösenordet till din e-post är en annan sak och finns kvar som det är.',
  'reply.choose_password.consent.wifi_change.again':
    'Jag förstår att du vill ha ett eget. Jag kan inte ta emot det {viaChannel}, men du kan byta själv så fort det nya är satt: öppna 192.168.1.1 i webbläsaren på en ansluten enhet, logga in med administratörslösenordet på routerns etikett, välj wifi-inställningarna (trådlöst) och skriv in ditt eget lösenord där.',
} satisfies Record<string, string>;
