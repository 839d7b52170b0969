// The shared detectors the rules build on: what the customer's message is, what each sentence of
// a reply does, and which language a reply is in.
import { describe, expect, it } from 'vitest';
import { classifyMessage, problemClause } from '../../src/rule-kit/customer-message.js';
import { customerUsed } from '../../src/rule-kit/customer-words.js';
import { detectLanguage } from '../../src/rule-kit/language.js';
import { sentenceAct } from '../../src/rule-kit/remedies.js';
import { isTeamName, teamNames } from '../../src/rule-kit/team-names.js';

describe('customer message', () => {
  it.each([
    ['My order never arrived and nobody answers', 'complaint'],
    ['you charged me twice for one order', 'complaint'],
    ['I was charged £89 for a renewal I never wanted', 'complaint'],
    ['your agent hung up on me', 'complaint'],
    ['the app is killing my battery. Fix it.', 'complaint'],
    ['What time does the Leeds store open on Sunday?', 'question'],
    ['I have a problem with my phone, can you help?', 'request'],
    ['Thank you for the smooth flight, loved the crew!', 'praise'],
    ['just sent me 20k miles for the delay I complained about. Nice job!', 'praise'],
    ['Heading to London tonight, get the drinks ready', 'other'],
    // Not knowing how, or the customer's own slip, asks for help; reporting a problem complains.
    ["I don't know what I need to do to change to the Pro account", 'request'],
    ['I chose a wrong delivery address', 'request'],
    ['I want to report a problem with sign-up', 'complaint'],
    ['I am very unhappy with your work', 'complaint'],
    // Failure words that name no failure of ours.
    ['Can I add a late checkout to my booking?', 'request'],
    ['Does my home insurance cover accidental damage to a laptop?', 'request'],
    ['A big thank you to Priya, who sorted out my broken blender so quickly!', 'praise'],
    // An amount disputed, data wiped.
    ["There's a £35 roaming charge on my bill. Take it off please.", 'complaint'],
    ['your update wiped all my folder colours', 'complaint'],
    ['Renewal price up 40% and I have never made a claim.', 'complaint'],
    // Left to it, turned away, a fault after our work, asked again, money taken unasked, a bill disputed.
    ['@NorthLinkRail stood all the way in the 1st class I paid for. Guard did nothing.', 'complaint'],
    ['turned away at Mill Lane because I was in a van', 'complaint'],
    ['had new tyres fitted Monday and now the steering wheel wobbles at 50mph', 'complaint'],
    ["This is the second time I've asked. Please stop my donation.", 'complaint'],
    ['just took £199 for a renewal I never asked for. No reminder, nothing.', 'complaint'],
    ['your invoice says 3 hours labour but your plumber was here 90 mins max', 'complaint'],
    ["My parcel was supposed to be in the locker but it's not there.", 'complaint'],
    ["why can't I watch the Premier Division live? I pay for the Sport pack!", 'complaint'],
    // Thanks for a hard time eased, and a plea never to change, are praise; the customer's own hours are a request.
    ['I just wanted to thank everyone for the care you gave Pickle. You made a horrible day a little easier.', 'praise'],
    ['the sourdough at your Didsbury store is unreal. Please never change it', 'praise'],
    ["Could I move my check-up to later in the afternoon? Can't get out of work before 4.", 'request'],
    // Everyday faults in plain words, and a question about what is normal.
    ['The charger you sent only works half the time.', 'complaint'],
    ['My washing machine has been making a grinding noise since your engineer visited.', 'complaint'],
    ['I was overcharged by £12 on my last bill.', 'complaint'],
    ["I've been trying to cancel for two weeks and keep getting passed around.", 'complaint'],
    ['You double-booked our table and we had to leave.', 'complaint'],
    ["The gym's showers have been cold for a week.", 'complaint'],
    ['The seat I paid extra for was given to someone else.', 'complaint'],
    ['The item I received is a different colour from the picture.', 'complaint'],
    ['The sofa arrived with a ripped cushion.', 'complaint'],
    ['Is it normal for a new fridge to make a humming sound?', 'request'],
    // In a tweet's words.
    ['@BrandX ordered chips, got no chips. cheers', 'complaint'],
    ["@BrandX paid for next day delivery, it's now day 4", 'complaint'],
    ['@BrandX your driver just reversed into my wall', 'complaint'],
    ['@BrandX why is my bill £40 more than last month', 'complaint'],
    ['@BrandX my card got swallowed by your cash machine', 'complaint'],
    ['@BrandX your website keeps timing out at payment', 'complaint'],
    ["@BrandX you've sent me someone else's order", 'complaint'],
    ['@BrandX why am I being charged roaming in Spain when I have the EU add-on', 'complaint'],
    ['@BrandX why does your app make me log in every single time', 'complaint'],
    ['Just wanted to say thank you. Someone took £900 from my account and it was back by Monday.', 'praise'],
    // The customer's own circumstances, losses and hypotheticals are not our failures.
    ["I'm going into hospital next month. Can I pause my subscription?", 'question'],
    ['Could you add a yoga class after 7pm? Lots of us work late.', 'question'],
    ['How do I get a replacement for a lost travel card?', 'request'],
    ['If a pipe leaks between the stop tap and my house, who pays to fix it?', 'request'],
  ])('%s → %s', (text, kind) => {
    expect(classifyMessage(text).kind).toBe(kind);
  });

  it.each([
    ['@AcmeHelp my package never arrived and nobody answers', 'your package never arrived and nobody answers'],
    ['you charged me twice for one order', 'we charged you twice for one order'],
    ['@Delta I was charged £89 for a renewal I never wanted', 'you were charged £89 for a renewal you never wanted'],
    ["I've been on hold for 2 hours 😡", "you've been on hold for 2 hours"],
    // A tweet's dropped "I" is put back.
    ['@shop never got my order', 'you never got your order'],
    ["Haven't received my refund", "you haven't received your refund"],
    ['was late again', undefined],
    // Questions, wishes, rants and clauses with no subject are not restated.
    ['Why did you charge me twice?', undefined],
    ['I would like a refund, my order was late', undefined],
    ['Your support SUCKS!!!', undefined],
    ['lost my booking, flight Z2 129', undefined],
  ])('the problem in %s, in our voice: %s', (text, clause) => {
    expect(problemClause(text)).toBe(clause);
  });

  it('thanks with "but" or "still" keep a problem open', () => {
    expect(classifyMessage("Thanks so much, but it still hasn't arrived").kind).toBe('complaint');
  });

  it('capitals shout anger, or delight', () => {
    expect(classifyMessage('NO MANAGER OR SUPERVISOR TO ESCALATE MY ISSUE TO').signals.negative).toBe(true);
    expect(classifyMessage('THANK YOU!!! YOU ARE A REAL MVP!!!').signals.negative).toBe(false);
  });
});

describe('sentence acts', () => {
  const act = (text: string) => {
    const found = sentenceAct(text);
    return (['done', 'committed', 'facilitation', 'feedback', 'closing', 'refusal'] as const).filter((key) => found[key]);
  };
  it.each([
    ["I've refunded the shipping fee.", ['done']],
    ['Your refund has been processed today.', ['done']],
    ["I've looked at your order and rebooked it for tomorrow.", ['done']],
    ["I'll call you by Friday.", ['committed']],
    ['Our supplier has now confirmed delivery for tomorrow morning.', ['committed']],
    ['I can see we paid £25 into your account on 12 May.', ['done']],
    ['We has now refunded the £24.', ['done']],
    ["I've popped a replacement in the post for you.", ['done']],
    ["I've knocked the late fee off your bill.", ['done']],
    ["I've swapped you onto the 10:15 departure.", ['done']],
    ["I'm sending you a prepaid returns label now.", ['committed']],
    ['The engineer will be with you between 8 and 12 tomorrow.', ['committed']],
    ['Our engineers are working on a fix.', ['committed']],
    ['A member of our social care team will follow up with you.', ['committed']],
    ['Please DM us your order number.', ['facilitation']],
    ['Which iOS version are you running?', ['facilitation']],
    ['Try restarting the router.', ['facilitation']],
    ['Tweet us for official support.', ['facilitation']],
    ['Your suggestion has been passed to our team.', ['feedback']],
    ['Feel free to contact us if you have any other questions.', ['closing']],
    ["If there's anything we can help with, please DM us.", ['closing']],
    ["Please let us know if you haven't received it within 48 hours.", ['closing']],
    ['Let us know if the problem continues.', ['closing']],
    ['If you feel anything was missing, please let us know.', ['closing']],
    ['There is nothing more we can do.', ['refusal']],
  ] as const)('%s → %j', (text, expected) => {
    expect(act(text)).toEqual(expected);
  });

  it('a request made as a conditional courtesy is the courtesy; one before it still counts', () => {
    expect(act('Let us know if the steps work out or if you need further help.')).toEqual(['facilitation']);
  });
  it('a refusal clause does not taint an action after "but"', () => {
    expect(act("You won't be able to revert it, but we can look into the issues.")).toEqual(['committed', 'refusal']);
  });
  it('sending the customer to another company by name is not facilitation', () => {
    expect(sentenceAct('You need to contact Kuwait Airways.', { selfNames: ['british_airways'] }).facilitation).toBe(false);
    expect(sentenceAct('You need to contact British Airways Holidays.', { selfNames: ['british_airways'] }).facilitation).toBe(true);
  });
  it('a page pointer without a link is vague; with one it is facilitation', () => {
    expect(sentenceAct('Please check our FAQ page.', { hasLink: false }).facilitation).toBe(false);
    expect(sentenceAct('Please check our FAQ page.', { hasLink: true }).facilitation).toBe(true);
  });
});

describe('language', () => {
  it.each([
    ['Please DM us your order number and we will check it today.', 'en'],
    ['Te hemos enviado un mensaje privado con instrucciones.', 'es'],
    ['Hier findest du alle Infos zu deiner Bestellung.', 'de'],
    ['Dès la création de votre compte, vous pouvez ajouter une carte.', 'fr'],
    ['こんにちは、アマゾン公式です。', 'ja'],
    ['Thanks! 👍', 'en'],
    ['https://t.co/abc', 'und'],
  ])('%s → %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });
});

describe('team names', () => {
  it('come from the handles the customer wrote to and the author of a social reply', () => {
    const names = teamNames({ context: '@FernwayAir where is my refund?', author: 'FernwayHelp', channel: 'social' });
    expect(isTeamName('Fernway', names)).toBe(true);
    expect(isTeamName('Maria', names)).toBe(false);
    expect(isTeamName('HP', teamNames({ author: 'HPSupport', channel: 'social' }), 2)).toBe(true);
  });

  it('in e-mail and chat the author is a person, not a brand', () => {
    expect(isTeamName('Priya', teamNames({ author: 'priya@acme.example', channel: 'email' }))).toBe(false);
    expect(isTeamName('Omar', teamNames({ author: 'omar', channel: 'chat' }))).toBe(false);
  });
});

describe('customer words', () => {
  it('a word the customer used is theirs, whole words only, a possessive aside', () => {
    expect(customerUsed("Can you open an account for my wife's phone?", 'wife')).toBe(true);
    expect(customerUsed('please run a TRACERT for me', 'tracert')).toBe(true);
    expect(customerUsed('this slang is new to me', 'SLA')).toBe(false);
    expect(customerUsed(undefined, 'wife')).toBe(false);
  });
});
