import type { Language } from '../../domain/index.js';

// Fillers for `{slot}` placeholders in the phrase banks (data/triage/phrases/*.txt).
export const SLOTS: Record<string, Record<Language, readonly string[]>> = {
  time: {
    sv: [
      'sedan i morse',
      'sen igår kväll',
      'sedan ett par timmar',
      'hela helgen',
      'sen i förrgår',
      'sedan lunch',
      'sen igår',
      'sedan i natt',
      'sedan typ 10 idag',
      '',
    ],
    en: [
      'since this morning',
      'since yesterday',
      'for 2 hours now',
      'all weekend',
      'since last night',
      'since lunch',
      'since about 10am',
      'for three days',
      'today',
      '',
    ],
  },
  router: {
    sv: ['routern', 'modemet', 'boxen', 'fiberboxen', 'routern', 'mediaomvandlaren', 'routern från er'],
    en: ['the router', 'the modem', 'the box', 'my router', 'the hub', 'the fibre box', 'the gateway'],
  },
  dev: {
    sv: ['datorn', 'mobilen', 'tv:n', 'ipaden', 'laptopen', 'min playstation', 'surfplattan', 'jobbdatorn'],
    en: [
      'my laptop',
      'the phone',
      'the TV',
      'my iPad',
      'the xbox',
      'my work computer',
      'the tablet',
      'my pc',
    ],
  },
  speed: {
    sv: ['12 mbit', '40 mbit', '8 Mbit/s', '90 mbps', '3 mbit', '150 mbit', '25mbit', '60 Mbps'],
    en: ['12 mbps', '40 mbit', '8 Mbit/s', '90 mbps', '3 meg', '150 mbps', '25mbps', '60 Mbps'],
  },
  plan: {
    sv: ['100', '250', '500', '1000', '500/100', '1000/1000', '250/50'],
    en: ['100', '250', '500', '1000', '500/100', '1000/1000', '250/50'],
  },
  site: {
    sv: [
      'aftonbladet.se',
      'svt.se',
      'facebook',
      'min bank',
      'youtube',
      'blocket',
      'netflix.com',
      'skatteverket.se',
    ],
    en: ['bbc.co.uk', 'facebook', 'my bank', 'youtube', 'amazon', 'reddit', 'netflix.com', 'github.com'],
  },
  port: {
    sv: ['25565', '8080', '443', '3074', '22', '32400', '80'],
    en: ['25565', '8080', '443', '3074', '22', '32400', '80'],
  },
  ip: {
    sv: ['192.168.1.50', '192.168.1.20', '192.168.1.100', 'min nas'],
    en: ['192.168.1.50', '192.168.1.20', '192.168.1.100', 'my nas'],
  },
  area: {
    sv: ['Sundbyberg', 'Solna', 'Västerås', 'Göteborg centrum', 'Malmö', 'Umeå', 'Järfälla'],
    en: ['Sundbyberg', 'Solna', 'Vasteras', 'central Gothenburg', 'Malmo', 'Umea', 'my town'],
  },
  amount: {
    sv: ['1200', '849', '2 399', '499', '3000'],
    en: ['1200 kr', 'SEK 849', '2,399 kronor', '499 SEK', '3000 kr'],
  },
};
