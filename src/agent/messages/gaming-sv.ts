// Svenska texter för portöppning åt spelare: var varje sorts enhet visar sin IP-adress, vad
// NAT-typerna betyder, och fler portar till en enhet som ärendet redan öppnat mot (se gaming-en.ts).
export const gamingSv = {
  'reply.find_device_ip.ps5':
    'På PS5: Inställningar → Nätverk → Anslutningsstatus → Visa anslutningsstatus; där står IPv4-adressen (i ditt hemnätverk börjar den med 192.168.1.).',
  'reply.find_device_ip.ps4':
    'På PS4: Inställningar → Nätverk → Visa anslutningsstatus; där står IP-adressen (i ditt hemnätverk börjar den med 192.168.1.).',
  'reply.find_device_ip.xbox':
    'På Xbox: Inställningar → Allmänt → Nätverksinställningar → Avancerade inställningar; där står IP-adressen (i ditt hemnätverk börjar den med 192.168.1.).',
  'reply.find_device_ip.switch':
    'På Nintendo Switch: Systeminställningar → Internet; under Anslutningsstatus står IP-adressen (i ditt hemnätverk börjar den med 192.168.1.).',
  'reply.find_device_ip.pc':
    'På en Windows-dator: Inställningar → Nätverk och internet → Egenskaper för din wifi- eller Ethernet-anslutning, IPv4-adress (eller skriv ipconfig i kommandotolken). I ditt hemnätverk börjar den med 192.168.1.',
  'reply.find_device_ip.mac':
    'På en Mac: Systeminställningar → Nätverk → din anslutning (wifi eller Ethernet) → Detaljer; där står IP-adressen (i ditt hemnätverk börjar den med 192.168.1.).',
  'reply.find_device_ip.phone':
    'På iPhone: Inställningar → Wi-Fi → (i) vid ditt nätverk, IP-adress. På Android: Inställningar → Nätverk → Wi-Fi → ditt nätverk → Detaljer. I ditt hemnätverk börjar den med 192.168.1.',
  'reply.nat_type':
    'Moderate NAT räcker för de flesta spel: du kan gå med i och vara värd för de flesta matcher, bara vissa spelare med strict NAT kanske inte når dig. Open NAT kräver att alla portar som spelet anger öppnas mot konsolen (eller att UPnP är på).',
  'reply.nat_type.service':
    'Moderate NAT räcker för de flesta spel: du kan gå med i och vara värd för de flesta matcher, bara vissa spelare med strict NAT kanske inte når dig. För Open NAT anger {service} också {also}; de kan jag öppna till samma enhet också, säg bara till.',
  'port_forward.more.consent':
    'Får jag också vidarebefordra {protocol} {ports} till {ip} i din router? Alla portar i intervallet går bara till den enheten.',
  'port_forward.more.done':
    'Klart: {protocol} {ports} går nu också till {ip}. Regeln är sparad i routern, så den finns kvar efter en omstart.',
  'port_forward.more.invalid':
    'Jag kan inte öppna "{ports}": portar går från 1 till 65535, ett intervall skrivs från den lägre till den högre porten (till exempel 3478-3480), och jag öppnar högst {max} portar i en regel. Vilka portar ska jag öppna?',
  'port_forward.more.outside':
    '{ip} är ingen adress i ditt hemnätverk: där börjar enheternas adresser med 192.168.1. Kan du kolla enhetens adress en gång till och skriva den här?',
  'port_forward.more.declined': 'Då lämnar jag routern som den är. Portarna som redan är öppnade är kvar.',
};
