/**
 * Hand-written replies that pin the score's scale (DESIGN §3): a reply that blames, does not
 * apologise, offers nothing and has no name must score below 40; one that owns the problem, fixes
 * it and is signed by a person must score 85 or more. Used by `npm run eval` and by
 * tests/eval/calibration.test.ts.
 */
import type { Channel } from '../../src/types.js';

export interface CalibrationReply {
  name: string;
  text: string;
  context: string;
  channel: Channel;
}

export const LOW_BAR = 40;
export const HIGH_BAR = 85;

/** Blames, no apology, nothing offered, no name. */
export const BAD_REPLIES: CalibrationReply[] = [
  {
    name: 'email, records dispute and customer error',
    channel: 'email',
    context: 'My order #88812 never arrived and I was still charged. This is the second time.',
    text: 'Hello,\n\nOur records indicate the package was delivered on Monday. You must have entered the wrong address when you placed the order.\n\nCustomer Service Dept',
  },
  {
    name: 'social, you should have read the terms',
    channel: 'social',
    context: '@AcmeAir you cancelled my flight and won\'t refund the seat upgrade I paid for',
    text: '@CustomerX You should have read the fare terms before booking. Upgrades are non-refundable as stated in our terms and conditions.',
  },
  {
    name: 'email, rebuke and deflection to the seller',
    channel: 'email',
    context: 'The blender I bought through your site arrived cracked. I want a replacement.',
    text: 'Hi,\n\nAs previously mentioned, you will need to contact the seller about this. It is out of our control.\n\nThanks!',
  },
  {
    name: 'chat, user error and nothing more to do',
    channel: 'chat',
    context: 'The app keeps logging me out and I lost my saved basket twice today.',
    text: 'This is due to your settings. There is nothing more we can do from our side.',
  },
  {
    name: 'social, lecture and closing only',
    channel: 'social',
    context: '@ShopCo been on hold for 2 hours and still nobody has fixed my double charge',
    text: '@CustomerY Please understand that we are very busy. It was your responsibility to check the total before paying. Feel free to contact us if you have any other questions.',
  },
];

/** Owns the problem, fixes it, signed by a person. */
export const GOOD_REPLIES: CalibrationReply[] = [
  {
    name: 'email, wrong size reshipped',
    channel: 'email',
    context: 'You sent me the wrong size shoes. I needed them for a wedding this weekend!',
    text: "Hi Sam,\n\nI'm sorry we sent the wrong size. That was our mistake. I've shipped the right pair by express today, so they will arrive on Friday, and I've refunded the shipping fee.\n\nBest,\nMaria",
  },
  {
    name: 'social, double charge refunded, initials',
    channel: 'social',
    context: '@ShopCo you charged me twice for the same order!!',
    text: "@CustomerZ I'm sorry we charged you twice. I've refunded the second charge today; it will show on your card within 3 days. ^RR",
  },
  {
    name: 'chat, outage owned with a time',
    channel: 'chat',
    context: 'My internet has been down since this morning and I work from home.',
    text: "I'm sorry, that's on us: a faulty line card at your exchange caused the outage. I've booked an engineer for 2pm today and added a day's credit to your bill. I'll message you as soon as it is fixed.\n\nThanks,\nPriya",
  },
  {
    name: 'email, late delivery owned and credited',
    channel: 'email',
    context: 'My parcel was supposed to arrive on Tuesday. It is Friday and still nothing.',
    text: "Hi Jordan,\n\nI'm sorry your parcel is late; we missed the dispatch cut-off on our side. I've sent a new one by next-day delivery and refunded your postage. You'll have it tomorrow.\n\nKind regards,\nTom",
  },
  {
    name: 'social, cancelled flight rebooked',
    channel: 'social',
    context: '@AcmeAir my flight got cancelled and nobody at the desk can help',
    text: "@CustomerW I'm so sorry we cancelled your flight. I've rebooked you on the 6:40pm to Denver and waived the change fee; your new boarding pass is in your email. -AD",
  },
];
