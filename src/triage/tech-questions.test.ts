// General technician questions are recognised in both languages and many phrasings, and nothing that only
// looks like one (a loose cable, a Wi-Fi code, a noise, one's own IP) is taken for one.
import { describe, expect, it } from 'vitest';
import { techQuestionOf, type TechQuestion } from './tech-questions.js';

const ASKED: [TechQuestion, string][] = [
  ['los_light', 'vad betyder LOS-lampan?'],
  ['los_light', 'what does the red LOS light mean?'],
  ['los_light', 'det lyser LOS, vad innebär det?'],
  ['los_light', 'whats a los light'],
  ['pon_light', 'PON lampan blinkar, är det fel?'],
  ['wifi_vs_internet', 'is the wifi and internet the same thing on your box'],
  ['wifi_vs_internet', 'är wifi och internet inte samma sak?'],
  ['wifi_vs_internet', "what's the difference between wi-fi and internet?"],
  ['modem_vs_router', 'whats the difference between a modem and a router?'],
  ['why_restart', 'why do I have to restart it?'],
  ['why_restart', 'vad ska en omstart hjälpa?'],
  ['restart_devices', 'do I need to restart my computer after?'],
  ['restart_devices', 'does the NAS need a reboot after?'],
  ['restart_devices', 'behöver jag starta om datorn också?'],
  ['microfilter', 'do I need a microfilter?'],
  ['microfilter', 'behöver jag ett mikrofilter till sovrummet?'],
  ['microfilter', 'can I plug the bedroom phone back in or do I need another one of those boxes for it?'],
  ['microfilter', 'måste varje telefon ha en egen dosa?'],
  ['microfilter', 'does the filter go on the phone in the kitchen too?'],
  ['static_ip', 'do I need a static ip?'],
  ['static_ip', 'behöver jag fast ip-adress för kameran?'],
  ['what_ip', 'what is an IP address?'],
  ['mac_address', 'var hittar jag mac-adressen?'],
  ['wps', 'btw is WPS on? should I turn that off too?'],
  ['wps', 'ska jag trycka på WPS-knappen?'],
  ['upnp', 'should I switch on UPnP?'],
  ['wifi_speed_normal', 'is 380 mbit ok on wifi or should it be 500?'],
  ['wifi_speed_normal', 'speedtest visar 380 Mbit på wifi. Är det ok eller ska det vara 500?'],
  ['cable_vs_wifi', 'is cable really faster than wifi?'],
  ['cable_type', 'which ethernet cable should I buy, is cat 5 enough?'],
  ['alarm_during_outage', 'will my home alarm still work during the outage?'],
  ['alarm_during_outage', 'fungerar trygghetslarmet under avbrottet?'],
  ['upload_download', 'why is my upload so much lower than download?'],
  ['vpn', 'will my work VPN still work?'],
  ['parental_controls', 'can I set up parental controls?'],
  ['neighbours_on_wifi', 'can my neighbours use my wifi?'],
  ['hide_network', 'can I hide my wifi network?'],
  ['what_ssid', 'what is SSID?'],
  ['router_off_at_night', 'can I turn the router off at night?'],
  ['router_off_at_night', 'gör det något om jag stänger av routern när vi är på semester?'],
  ['router_warm', 'routern blir väldigt varm, är det farligt?'],
  ['power_cut', 'do I need to do anything after a power cut?'],
  ['how_many_devices', 'how many devices can be connected at once?'],
  ['dsl_distance', 'why is dsl so slow here, is it the distance?'],
  ['snr', 'what is SNR?'],
  ['fibre_cable_care', 'can I move the fibre box a bit, is it dangerous to bend the cable?'],
  ['slow_in_evening', 'why is it so slow in the evenings?'],
  ['what_firmware', 'vad är firmware?'],
  ['bridge_mode', 'can you put the router in bridge mode?'],
];

const NOT_ASKED = [
  'kabeln sitter lös?',
  'is the wifi code 4711 ok?',
  'my router makes a noise, is it ok?',
  'what is my ip?',
  'should I turn on mac filtering?',
  'what distance should the router be from the tv?',
  'was I hacked at night?',
  'it turns off at night by itself, why?',
  'can I hide my name?',
  'will this affect my neighbours?',
  'is your company owned by telia?',
  'should I restart the router?',
  'min fasta adress är Storgatan 1, behöver ni den?',
  'can you check my connection?',
];

describe('techQuestionOf', () => {
  it.each(ASKED)('%s: "%s"', (question, text) => {
    expect(techQuestionOf(text)).toBe(question);
  });
  it.each(NOT_ASKED)('nothing in "%s"', (text) => {
    expect(techQuestionOf(text)).toBeNull();
  });
});
