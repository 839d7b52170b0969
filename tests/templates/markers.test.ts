// Fill-in markers: what authors leave for a person to fill, and the English that looks like it.
import { describe, expect, it } from 'vitest';
import { findMarkers } from '../../src/templates/markers.js';

const raw = (text: string) => findMarkers(text).map((marker) => marker.raw);

describe('findMarkers', () => {
  it('finds the markers of real template repositories', () => {
    expect(raw('* INSERT HERE')).toEqual(['INSERT HERE']);
    expect(raw('* (A) INSERT ITEM HERE')).toEqual(['(A) INSERT ITEM HERE']);
    expect(raw('* INSERT PR(S) HERE')).toEqual(['INSERT PR(S) HERE']);
    expect(raw('* INSERT REASONS!')).toEqual(['INSERT REASONS!']);
    expect(raw('* FILL IN')).toEqual(['FILL IN']);
    expect(raw('because XXX')).toEqual(['XXX']);
    expect(raw('a duplicate of #<ISSUE_NUMBER>. Please')).toEqual(['<ISSUE_NUMBER>']);
    expect(raw('the author(s) of the <PROJECT NAME> project')).toEqual(['<PROJECT NAME>']);
    expect(raw('Thanks for the report @<reporter>!')).toEqual(['<reporter>']);
    expect(raw('a duplicate of an existing (issue, PR) #NUMBER, so')).toEqual(['#NUMBER']);
    expect(raw('Sign it [insert link to the form]')).toEqual(['[insert link to the form]']);
    expect(raw('Release date:\nTBD\n')).toEqual(['TBD']);
    expect(raw('Owner: [TBD]')).toEqual(['[TBD]']);
    expect(raw('TODO: add the refund amount')).toEqual(['TODO']);
  });

  it('leaves ordinary prose alone', () => {
    expect(raw('Please insert the card and press Enter.')).toEqual([]);
    expect(raw('Press INSERT on your keyboard, or CLICK HERE to continue.')).toEqual([]);
    expect(raw('The release date is TBD, but I will write when it is set.')).toEqual([]);
    expect(raw('Update your address (add a new one under Settings).')).toEqual([]);
    expect(raw('Read <https://example.com/docs> or write to <help@example.com>.')).toEqual([]);
    expect(raw('Use <b>bold</b> and <br> in HTML.')).toEqual([]);
    expect(raw('We stock sizes up to XXX-Large.')).toEqual([]);
    expect(raw('See [your account](https://example.com/account).')).toEqual([]);
  });

  it('merges overlapping matches into one marker with its offsets', () => {
    const text = 'Fixed in << INSERT SHA/PR LINK HERE >> today.';
    const [marker] = findMarkers(text);
    expect(marker).toBeDefined();
    expect(text.slice(marker?.start, marker?.end)).toBe(marker?.raw);
  });
});
