// Svenska: det andra som frågas i ett svar – hur många enheter som är anslutna till wifi:t nu.
export const besideSv = {
  'reply.connected_devices':
    'Vilka och hur många enheter som är anslutna till ditt wifi just nu kan jag inte se härifrån: din router rapporterar inte dem till oss. Routerns egen inställningssida (192.168.1.1) visar dem.',
  'reply.connected_devices.again':
    'Nej, jag kan inte se dem: din router rapporterar inte sina anslutna enheter till oss. Du ser dem själv på routerns inställningssida (192.168.1.1).',
  'reply.connected_devices.list':
    'Ja. Din router listar de här enheterna i ditt hemnätverk just nu ({count}): {names}. Är någon av dem inte din stänger ett nytt wifi-lösenord ute den.',
  'reply.connected_devices.list.again':
    'Ja, jag ser dem. Just nu listar din router {count}: {names}. Det är alla enheter den rapporterar.',
  'reply.connected_devices.count': 'Anslutna enheter på ditt wifi just nu, enligt din router: {devices}.',
  'reply.plan_wifi':
    'Ditt abonnemang är det som linjen levererar till routern – det är det som testet med kabel mäter, och det når upp till det. Över wifi begränsas hastigheten av avstånd, väggar och själva enheten, oavsett abonnemang. Vill du hellre ha ett billigare abonnemang kan jag skicka det till vår säljavdelning – säg bara till.',
  'aside.later.billing':
    'Din fråga om räkningen tar jag upp med dig när vi är klara med det här, så att den inte glöms bort.',
  'aside.later':
    'Det andra du nämnde tar jag upp med dig när vi är klara med det här, så att det inte glöms bort.',
} satisfies Record<string, string>;
