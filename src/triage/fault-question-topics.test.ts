// Round 19 (F1): the question kinds "why did it happen / did I do it / my side or yours / what will you do /
// so I just wait / what is <a word of the step>" are read in both languages, with typos and other word orders.
import { expect, it } from 'vitest';
import { classifyReply } from './reply.js';
import { topicsOf } from './topics-of.js';

it.each([
  ['why_broke', 'what made it turn off??'],
  ['why_broke', 'what caused it to switch off'],
  ['why_broke', 'why does this keep happening'],
  ['why_broke', 'whats wrong with it actually?'],
  ['why_broke', 'varför händer det här då?'],
  ['why_broke', 'vad är det som är fel egentligen?'],
  ['why_broke', 'tack! vad var det som var fel?'],
  ['why_broke', 'vad var felet egentligen?'],
  ['why_broke', 'va var det som var trasigt?'],
  ['why_broke', 'men vad fick den att stängas av?'],
  ['my_side', 'is something broken on your end or did we do something'],
  ['my_side', 'is it something i did? like did i break the cable'],
  ['my_side', 'did i break the fibre cable?'],
  ['my_side', 'is it my socket or your network'],
  ['my_side', 'mitt uttag eller ert nät?'],
  ['my_side', 'kan det vara nåt jag gjort? typ böjt sladden?'],
  ['my_side', 'har jag böjt sladden för mycket?'],
  ['what_you_do', '2478. vad ska ni göra?'],
  ['what_you_do', 'vad kommer ni göra åt det då?'],
  ['what_you_do', 'what are you going to do about it?'],
  ['what_you_do', 'whats the plan'],
  ['just_wait', 'so i just wait then'],
  ['just_wait', 'do i just wait?'],
  ['just_wait', 'should i just wait then?'],
  ['just_wait', 'så jag ska bara vänta alltså?'],
  ['just_wait', 'så det är bara att vänta?'],
  ['what_splitter', 'no idea what a splitter is tbh'],
  ['what_splitter', 'ingen aning vad en splitter är'],
  ['what_wan_port', 'vet inte vad wan-porten är'],
  ['what_wan_port', 'i dont know what the internet port is'],
  ['what_coax', 'no idea what coax means'],
  ['what_coax', 'koax? vad är det'],
] as const)('%s: "%s"', (topic, text) => {
  expect(topicsOf(text)).toContain(topic);
});

it.each([
  'so i just wait then',
  'no idea what a splitter is tbh',
  'ingen aning vad en splitter är ärligt talat',
  'i dont know what the wan port is',
])('"%s" is a question, not a hedge', (text) => {
  expect(classifyReply('step.check_cables', text).act).not.toBe('hedge');
});

it.each([
  'i will wait for the technician then',
  'how long should i wait?',
  'ok no idea, i can try',
  'vet inte, jag provar',
])('"%s" asks nothing of these kinds', (text) => {
  expect(topicsOf(text)).not.toContain('just_wait');
  expect(topicsOf(text)).not.toContain('what_splitter');
});

// Round 22 c2: something the household did, asked about as the cause ("could it be the cleaning?").
it.each([
  'Could it be the cleaning or is it a coincidence?',
  'was it because we moved the furniture?',
  'is it a coincidence?',
  'kan det vara städningen?',
  'kan det bero på att vi dammsög bakom tv:n?',
  'beror det på att vi renoverade?',
  'är det en slump eller?',
])('"%s" asks whether the customer caused it (my_side)', (text) => {
  expect(topicsOf(text)).toContain('my_side');
});

it.each([
  'could it be moved to friday?',
  'is it possible to move my subscription?',
  'kan det flyttas till fredag?',
  'kan jag flytta abonnemanget?',
])('"%s" asks nothing about the customer\'s side', (text) => {
  expect(topicsOf(text)).not.toContain('my_side');
});

// Round 22 c5: a wall socket beside a phone, a jack or a splitter is the phone line's, not a power outlet.
it.each([
  'what is a splitter? there is a small white box between the phone and the wall socket, is that it? the router cable goes straight into the wall i think',
  'the phone cable goes into the wall socket, is that right?',
  'telefonen sitter i vägguttaget, är det rätt?',
  'det sitter en vit dosa mellan telefonen och vägguttaget, är det filtret?',
])('"%s" asks nothing about a power outlet', (text) => {
  expect(topicsOf(text)).not.toContain('power_outlet');
});

it.each([
  'the wall socket seems dead, should I use another?',
  'routern sitter i vägguttaget bakom soffan, ska jag byta uttag?',
  'its in a power strip, the phone is next to it. does that matter?',
])('"%s" still asks about the power outlet', (text) => {
  expect(topicsOf(text)).toContain('power_outlet');
});
