import { describe, expect, it } from 'vitest';
import { findQuoted, findSignature, stripQuoted } from '../../../src/readers/mail/quote.js';

const kept = (text: string): string => stripQuoted(text).text;
const sig = (text: string): string | undefined => {
  const span = findSignature(text);
  return span ? text.slice(span.start, span.end) : undefined;
};

describe('stripQuoted: > quotes', () => {
  it('cuts > lines and keeps the reply above', () => {
    const split = stripQuoted('Sure, done.\n\n> Can you refund me?\n> Thanks');
    expect(split.text).toBe('Sure, done.');
    expect(split.quoted).toBe('> Can you refund me?\n> Thanks');
  });

  it('keeps inline replies between quote blocks, one blank line apart', () => {
    const text = '> Do you ship to Canada?\nYes, we do.\n> How long does it take?\nAbout a week.\n';
    expect(kept(text)).toBe('Yes, we do.\n\nAbout a week.');
  });

  it('cuts nested quotes', () => {
    expect(kept('Reply\n>> old\n> newer\n')).toBe('Reply');
  });

  it('keeps an isolated comparison line such as "> 5 items"', () => {
    expect(kept('Your order had\n> 5 items so it ships in two boxes.')).toBe('Your order had\n> 5 items so it ships in two boxes.');
    expect(kept('Refunds over\n>$100 need approval.')).toContain('>$100 need approval.');
  });

  it('still cuts a number line that is part of a quote block', () => {
    expect(kept('Answer\n> 5 items\n> were missing')).toBe('Answer');
  });

  it('lineMap points every kept line at its input line', () => {
    const split = stripQuoted('a\n> q\nb\nc');
    expect(split.text).toBe('a\n\nb\nc');
    expect(split.lineMap).toEqual([0, -1, 2, 3]);
    expect(split.cut).toEqual([{ start: 2, end: 5 }]);
  });
});

describe('stripQuoted: attribution lines', () => {
  it('cuts "On … wrote:" before a quote', () => {
    const text = 'Thanks, fixed.\n\nOn Tue, Jan 1, 2019 at 10:00 AM Jane Doe <jane@example.com> wrote:\n> It is broken\n';
    const split = stripQuoted(text);
    expect(split.text).toBe('Thanks, fixed.');
    expect(split.quoted).toContain('wrote:');
  });

  it('cuts an attribution wrapped over two lines', () => {
    const text = 'Done.\n\nOn Tue, Jan 1, 2019 at 10:00 AM Jane Doe <\njane@example.com> wrote:\n\n> broken\n';
    expect(kept(text)).toBe('Done.');
  });

  it.each([
    'Le 12 janv. 2019 à 10:00, Jean Dupont <jean@example.fr> a écrit :',
    'Am 12.01.2019 um 10:00 schrieb Hans Muster <hans@example.de>:',
    'El 12 ene 2019, a las 10:00, Juan <juan@example.es> escribió:',
    'Il giorno 12 gen 2019, alle ore 10:00, Gianni <g@example.it> ha scritto:',
    'Em 12 de jan de 2019, às 10:00, João <joao@example.pt> escreveu:',
    'Op 12 jan. 2019 om 10:00 schreef Jan <jan@example.nl>:',
    'Den 12 jan. 2019 kl. 10:00 skrev Sven <sven@example.se>:',
  ])('cuts the non-English attribution %s', (attribution) => {
    expect(kept(`Merci.\n\n${attribution}\n> Bonjour\n`)).toBe('Merci.');
  });

  it('does not take "On Monday we will ship…" for an attribution', () => {
    const text = 'On Monday we will ship your replacement.\nYou will get a tracking number.';
    expect(kept(text)).toBe(text);
  });

  it('does not cut text after "…you wrote:" when no quote follows and there is no date', () => {
    const text = 'Last week you wrote:\nI want a refund.\nWe have refunded you.';
    expect(kept(text)).toBe(text);
  });

  it('cuts unprefixed history after a dated attribution (flattened HTML mail)', () => {
    const text = 'Refund issued.\n\nOn Jan 1, 2019, at 10:00, Jane Doe <jane@example.com> wrote:\n\nWhere is my money?\n';
    expect(kept(text)).toBe('Refund issued.');
  });

  it('cuts a bare "<name> wrote:" only when a quote follows', () => {
    expect(kept('Ok.\nJane Doe <jane@example.com> wrote:\n> hi')).toBe('Ok.');
    expect(kept('The customer wrote:\nsomething')).toBe('The customer wrote:\nsomething');
  });
});

describe('stripQuoted: Outlook, separators, forwards, mobile footers', () => {
  it('cuts everything from -----Original Message-----', () => {
    const text = 'We sent it today.\n\n-----Original Message-----\nFrom: Jane\nSent: Monday\nSubject: order\n\nWhere is it?';
    const split = stripQuoted(text);
    expect(split.text).toBe('We sent it today.');
    expect(split.quoted.startsWith('-----Original Message-----')).toBe(true);
  });

  it('cuts a From/Sent/To/Subject header block', () => {
    const text = 'Hi Jane, done.\n\nFrom: Jane Doe <jane@example.com>\nSent: Monday, January 1, 2019 10:00 AM\nTo: Support\nSubject: order\n\nhelp';
    expect(kept(text)).toBe('Hi Jane, done.');
  });

  it('cuts a localized header block (German)', () => {
    const text = 'Erledigt.\n\nVon: Hans <h@example.de>\nGesendet: Montag, 1. Januar 2019\nAn: Support\nBetreff: Bestellung\n\nHilfe';
    expect(kept(text)).toBe('Erledigt.');
  });

  it('cuts an underscore rule followed by a header block', () => {
    const text = 'Fixed.\n\n________________________________\nFrom: Jane <jane@example.com>\nSent: Monday\nTo: Support\nSubject: x\n\nold';
    expect(kept(text)).toBe('Fixed.');
  });

  it('keeps an underscore rule that is only decoration', () => {
    const text = 'Steps:\n____________\n1. Open settings';
    expect(kept(text)).toBe(text);
  });

  it('does not take an itinerary for a header block', () => {
    const text = 'Your new flight:\nFrom: London Heathrow\nTo: Paris CDG\nDate: 12 May 2024\n\nSafe travels!';
    expect(kept(text)).toBe(text);
  });

  it('cuts an Outlook block without Subject when the From line has an address', () => {
    expect(kept('Done.\n\nFrom: Jane <jane@example.com>\nDate: Monday\nTo: Support\n\nold')).toBe('Done.');
  });

  it('does not take a lone "From:" line in prose for a header block', () => {
    const text = 'From: our warehouse in Ohio.\nIt ships tomorrow.';
    expect(kept(text)).toBe(text);
  });

  it.each(['---------- Forwarded message ---------', 'Begin forwarded message:', '-------- Forwarded Message --------'])(
    'cuts from the forward marker %s',
    (marker) => {
      expect(kept(`FYI, see below.\n\n${marker}\nFrom: x\n\nbody`)).toBe('FYI, see below.');
    },
  );

  it.each(['Sent from my iPhone', 'Get Outlook for iOS', 'Envoyé de mon iPhone', 'Von meinem iPhone gesendet', 'Sent from Mail for Windows 10'])(
    'removes the mobile footer %s',
    (footer) => {
      const split = stripQuoted(`Yes, that works.\n\n${footer}`);
      expect(split.text).toBe('Yes, that works.');
      expect(split.quoted).toBe(footer);
    },
  );

  it('keeps a sentence that starts like a footer but is prose', () => {
    const text = 'Sent from my iPhone, your photos upload slower; please try Wi-Fi and tell me whether it is any faster for you today.';
    expect(kept(text)).toBe(text);
  });

  it('findQuoted returns line-aligned spans', () => {
    const text = 'a\n> b\n> c\nd';
    const spans = findQuoted(text);
    expect(spans).toEqual([{ start: 2, end: 9 }]);
    expect(text.slice(2, 9)).toBe('> b\n> c');
  });

  it('an entirely quoted body leaves empty text', () => {
    const split = stripQuoted('> only\n> quotes');
    expect(split.text).toBe('');
    expect(split.lineMap).toEqual([]);
  });
});

describe('findSignature', () => {
  it('finds an RFC 3676 "-- " delimiter', () => {
    expect(sig('Hello\n\n-- \nJane Doe\nAcme Support')).toBe('-- \nJane Doe\nAcme Support');
  });

  it('includes a closing right above the delimiter', () => {
    expect(sig('Hello there.\n\nBest,\nJane\n-- \nAcme Inc.\n+1 555 0100')).toBe('Best,\nJane\n-- \nAcme Inc.\n+1 555 0100');
  });

  it('accepts a bare "--" only when a short block follows', () => {
    expect(sig('Text\n--\nJane')).toBe('--\nJane');
    const long = `Text\n--\n${Array.from({ length: 12 }, (_, i) => `line ${i}`).join('\n')}`;
    expect(sig(long)).toBeUndefined();
  });

  it.each([
    ['Best,\nMaria', 'Best,\nMaria'],
    ['Kind regards,\n\nMaria Lopez\nCustomer Care Lead\nAcme Inc.\n+1 555 0100', 'Kind regards,\n\nMaria Lopez\nCustomer Care Lead\nAcme Inc.\n+1 555 0100'],
    ['Thanks,\nMike', 'Thanks,\nMike'],
    ['Cheers\nTom', 'Cheers\nTom'],
    ['Sincerely,\nThe Acme Team', 'Sincerely,\nThe Acme Team'],
    ['Thank you,\nAna\nhttps://acme.example/help', 'Thank you,\nAna\nhttps://acme.example/help'],
    ['Thanks, Maria', 'Thanks, Maria'],
    ['Best - the Acme team', 'Best - the Acme team'],
  ])('finds the closing block in %j', (closing, expected) => {
    expect(sig(`We have shipped your replacement today.\n\n${closing}\n`)).toBe(expected);
  });

  it('does not take a lone "Thanks!" for a signature block', () => {
    expect(sig('We shipped it.\n\nThanks!')).toBeUndefined();
  });

  it('does not take "Thanks, I got it" (a sentence) for a named closing', () => {
    expect(sig('Hi,\nThanks, I got it')).toBeUndefined();
  });

  it('does not take a valediction followed by sentences', () => {
    expect(sig('Thanks,\nI will check the order again tomorrow morning.\nPlease reply with your number.')).toBeUndefined();
  });

  it('does not take a valediction followed by more than five lines', () => {
    expect(sig('Body\nRegards,\na\nb\nc\nd\ne\nf')).toBeUndefined();
  });

  it('does not take "Thanks for your patience while we look into it." for a closing', () => {
    expect(sig('Thanks for your patience while we look into it.\nMaria')).toBeUndefined();
  });

  it('returns nothing for empty text', () => {
    expect(findSignature('')).toBeUndefined();
    expect(findSignature('\n\n')).toBeUndefined();
  });

  it('span excludes trailing whitespace', () => {
    const text = 'Body\n\nBest,\nJane\n\n\n';
    const span = findSignature(text);
    expect(span?.end).toBe(text.trimEnd().length);
  });
});
