// Svenska: det andra som frågas i ett svar – hur många enheter som är anslutna till wifi:t nu.
export const besideSv = {
  'reply.connected_devices':
    'Hur många enheter som är anslutna till ditt wifi just nu kan jag inte se härifrån; routerns egen inställningssida (192.168.1.1) visar dem.',
  'reply.connected_devices.count': 'Anslutna enheter på ditt wifi just nu, enligt din router: {devices}.',
  'reply.plan_wifi':
    'Ditt abonnemang är det som linjen levererar till routern – det är det som testet med kabel mäter, och det når upp till det. Över wifi begränsas hastigheten av avstånd, väggar och själva enheten, oavsett abonnemang. Vill du hellre ha ett billigare abonnemang kan jag skicka det till vår säljavdelning – säg bara till.',
  'aside.later.billing':
    'Din fråga om räkningen tar jag upp med dig när vi är klara med det här, så att den inte glöms bort.',
  'aside.later':
    'Det andra du nämnde tar jag upp med dig när vi är klara med det här, så att det inte glöms bort.',
} satisfies Record<string, string>;
