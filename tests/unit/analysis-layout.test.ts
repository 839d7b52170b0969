// Greeting, sign-off and thread-marker detection, and where suggestions insert text.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/pipeline/analyse.js';
import { contentEnd, findGreeting, findSignOff, findThreadMarker } from '../../src/pipeline/layout.js';
import { insertAtOpening, insertBeforeSignOff } from '../../src/rule-kit/insertion.js';

const signer = (text: string) => findSignOff(text)?.signer.map((line) => line.text.trim()).join(' | ');

describe('sign-off', () => {
  it.each([
    ['Hi Sam,\n\nDone.\n\nBest,\nMaria', 'Maria'],
    ['Your refund is on its way. Thanks - Mike', '- Mike'],
    ['Sent today. ^RR', '^RR'],
    ['Sent today.^Jo', '^Jo'],
    ['Sent today. ^sp https://t.co/abc', '^sp'],
    ['Sent today. ^Anoop 2/2 https://t.co/abc', '^Anoop'],
    ['Sent today. 2/2^ML', '^ML'],
    ['see you there!- Anwar', '- Anwar'],
    ['We have replied via DM. Thank you- Mariya', '- Mariya'],
    ['Could you DM us? *DannyHarvey', '*DannyHarvey'],
    ['Is there anything else? - RB.', '- RB.'],
    ["Thanks for letting us know. I've logged it. Thanks, James.", 'James.'],
    ['Head to the car park. Phil.', 'Phil.'],
    ['Which store was it? Robbie', 'Robbie'],
    ['Your booking is moved. See you then! {agent_name}', '{agent_name}'],
    // A name before a pipe and the brand; a role in brackets after an emoji; an agent placeholder over a team line.
    ['Send a fresh reading and I will recheck it today. Nadia | Greenway', 'Nadia | Greenway'],
    ['Can\'t wait to welcome you back 😊 Kind regards, Fiona (Guest Relations)', 'Fiona (Guest Relations)'],
    ['Hi Jo,\n\nThe invoice is attached.\n\nShout if anything looks wrong!\n\n{{agent.first_name}}\nLedgerly Support', '{{agent.first_name}} | Ledgerly Support'],
  ])('%j → %s', (text, expected) => {
    expect(signer(text)).toBe(expected);
  });

  it.each([
    'Please send the form back ASAP',
    'Your refund is on its way (1/2)',
    'Take care.',
    'Thanks again. https://t.co/abc',
    'That bug is fixed in version 5.2, now out on iOS',
  ])('%j has no personal signer', (text) => {
    const found = signer(text);
    expect(found === undefined || found === '' || /^(?:ASAP|iOS)$/.test(found)).toBe(true);
  });
});

describe('greeting', () => {
  it('is a line of its own with a name', () => {
    expect(findGreeting('Hi Sarah,\n\nYour refund is on its way.')?.text).toBe('Hi Sarah,');
    expect(findGreeting('Dear Mr. Jones,\nThanks.')?.text).toBe('Dear Mr. Jones,');
  });
  it('is not a one-line reply that starts with "Hi"', () => {
    expect(findGreeting('Hi, we have replied to your DM.')).toBeUndefined();
  });
});

describe('thread marker', () => {
  it.each([
    ['Your refund is on its way. 1/2', { part: 1, of: 2 }],
    ['@115 2/2 Here is the article.', { part: 2, of: 2 }],
    ['The steps are below. (2/3) ^AV', { part: 2, of: 3 }],
    ['It expires soon... 1/2', { part: 1, of: 2 }],
  ])('%j', (text, expected) => {
    expect(findThreadMarker(text)).toMatchObject(expected);
  });
  it.each(['We are open 24/7.', 'The offer ends 10/31 at 3pm.', 'Half price: 1/2 off everything this week'])('%j is not a marker', (text) => {
    expect(findThreadMarker(text)).toBeUndefined();
  });
});

describe('content end and insertions', () => {
  it('ignores trailing links, emoji and markers', () => {
    const text = 'Sent today. ^RR 2/2 https://t.co/abc 😊';
    expect(text.slice(0, contentEnd(text))).toBe('Sent today. ^RR');
  });
  it('inserts an apology after the greeting and a next step before the sign-off', () => {
    const analysis = analyse({ text: 'Hi Sam,\n\nYour parcel is late.\n\nBest,\nMaria' });
    const apology = insertAtOpening(analysis, "I'm sorry we let you down.", 'apology').fix;
    expect(analysis.text.slice(0, apology.range[0]) + apology.text + analysis.text.slice(apology.range[1])).toBe("Hi Sam,\n\nI'm sorry we let you down. Your parcel is late.\n\nBest,\nMaria");
    const step = insertBeforeSignOff(analysis, "I'll chase it today.", 'step').fix;
    expect(analysis.text.slice(0, step.range[0]) + step.text + analysis.text.slice(step.range[1])).toBe("Hi Sam,\n\nYour parcel is late. I'll chase it today.\n\nBest,\nMaria");
  });
  it('inserts before social initials and after the handles', () => {
    const analysis = analyse({ text: '@Ann Your parcel is late. ^RR' });
    const step = insertBeforeSignOff(analysis, "I'll chase it today.", 'step').fix;
    expect(analysis.text.slice(0, step.range[0]) + step.text + analysis.text.slice(step.range[1])).toBe("@Ann Your parcel is late. I'll chase it today. ^RR");
    const apology = insertAtOpening(analysis, "I'm sorry.", 'apology').fix;
    expect(analysis.text.slice(0, apology.range[0]) + apology.text + analysis.text.slice(apology.range[1])).toBe("@Ann I'm sorry. Your parcel is late. ^RR");
  });
});
