// DESIGN §4's traps, each in both directions: the phrasing that must be reported and the look-alike
// that must not. Rules run alone through the RuleTester; assertions are on message ids.
import { describe, expect, it } from 'vitest';
import blameShifting from '../../rules/blame-shifting.js';
import cannedDuplicate from '../../rules/canned-duplicate.js';
import insensitive from '../../rules/insensitive.js';
import missingApology from '../../rules/missing-apology.js';
import missingNamedContact from '../../rules/missing-named-contact.js';
import missingRemedy from '../../rules/missing-remedy.js';
import readability from '../../rules/readability.js';
import type { AnyRule, ValidExample } from '../../src/rule-kit/rule.js';
import { runRule } from '../../src/rule-kit/rule-tester.js';

/** Message ids of warnings and errors (info findings are notes, not reports). */
async function reported(rule: AnyRule, example: ValidExample): Promise<string[]> {
  return (await runRule(rule, example)).filter((m) => m.severity !== 'info').map((m) => m.messageId);
}

describe('blame-shifting traps', () => {
  it('troubleshooting steps are not blame; "you must have" is', async () => {
    expect(await reported(blameShifting, { text: 'Please check Settings > Notifications and clear your cache, then tell me if alerts come back. -DN' })).toEqual([]);
    expect(await reported(blameShifting, { text: 'You must have switched notifications off in Settings. -DN' })).toEqual(['blames-customer']);
  });
  it('a third party named while acting is ownership; sending the customer there is deflection', async () => {
    expect(await reported(blameShifting, { text: "I've opened a claim with the carrier and I'll update you by Friday. -KC" })).toEqual([]);
    expect(await reported(blameShifting, { text: 'You will need to contact the carrier about this. -KC' })).toEqual(['deflection']);
  });
  it('records as good news are information; records that contradict the customer are a dispute', async () => {
    expect(await reported(blameShifting, { text: 'Our records show your refund was issued on May 3. -KC' })).toEqual([]);
    expect(await reported(blameShifting, { text: 'According to our system you cancelled the order yourself, so we cannot reinstate it. -DV' })).toEqual(['records-dispute']);
  });
  it('quoted policy text is not blame; policy used as a shield is', async () => {
    expect(await reported(blameShifting, { text: 'The clause says: "Refunds are available within 30 days of purchase." -AD', context: 'What does your refund policy say?' })).toEqual([]);
    expect(await reported(blameShifting, { text: 'As stated in our terms, we do not refund opened items. -AD', context: 'The blender broke on day 20!' })).toEqual(['cites-policy']);
  });
  it('"as mentioned" recalling our own action is neutral; as a rebuke it is not', async () => {
    expect(await reported(blameShifting, { text: "As I mentioned, the engineer is booked for Friday - I've just confirmed the slot. ^BL" })).toEqual([]);
    expect(await reported(blameShifting, { text: 'As previously mentioned, we cannot offer compensation. ^GH' })).toEqual(['rebuke']);
  });
  it('a refusal that points somewhere is a redirection; a flat one is a refusal', async () => {
    expect(await reported(blameShifting, { text: "We're not able to discuss accounts here. Please have the account holder contact us at https://example.com/help. -KC" })).toEqual([]);
    expect(await reported(blameShifting, { text: "Unfortunately we're unable to help you with holiday bookings. ^Jane" })).toEqual(['refusal']);
  });
  it('"please remember that help is a tweet away" is a closing, "please understand that" a lecture', async () => {
    expect(await reported(blameShifting, { text: 'Please remember that help is just a tweet away. *HCK' })).toEqual([]);
    expect(await reported(blameShifting, { text: 'Please understand that we receive thousands of messages a day. ^RS' })).toEqual(['lecture']);
  });
  it('an affiliated company named by the customer is not "another company"', async () => {
    expect(await reported(blameShifting, { text: 'You can contact Acme Support on 0800 000 000 for this. -KC', context: '@AcmeHelp my router is dead' })).toEqual([]);
    expect(await reported(blameShifting, { text: "I'm sorry, but you need to contact Kuwait Airways. -HD", context: '@AcmeAir where is my bag?' })).toEqual(['deflection']);
  });
});

describe('missing-apology traps', () => {
  it('"sorry for any inconvenience" is a non-apology even beside a remedy; "sorry for the delay" is regret', async () => {
    expect(await reported(missingApology, { text: 'We apologise for any inconvenience. Your refund is on its way. -KC', context: 'My refund is late' })).toEqual(['non-apology']);
    expect(await reported(missingApology, { text: 'We apologise for the delay. Your refund is on its way. -KC', context: 'My refund is late' })).toEqual([]);
  });
  it('sorrow at the situation is sympathy; sorrow at the feelings is a non-apology', async () => {
    expect(await reported(missingApology, { text: "Sorry you're locked out! I've reset your password. -KC", context: "I can't log in" })).toEqual([]);
    expect(await reported(missingApology, { text: "Sorry you're unhappy with our service. -KC", context: 'Your service is terrible' })).toEqual(['non-apology']);
  });
  it('"apologize that [event]" is regret; "apologize that you feel" is not', async () => {
    expect(await reported(missingApology, { text: "We apologize that you're unable to find it. It's still showing as active. -KC", context: "Still couldn't find this bedding anywhere!" })).toEqual([]);
    expect(await reported(missingApology, { text: 'I apologize that you feel this way. -AC', context: 'Worst service out there' })).toEqual(['non-apology']);
  });
  it("the company's own reaction is not sympathy", async () => {
    expect(await reported(missingApology, { text: "We're disappointed to hear this. Is there something we can help with? ^Kit", context: 'On hold for hours, worst service ever' })).toEqual(['missing']);
    expect(await reported(missingApology, { text: "We're saddened to hear this. Is there something we can help with? ^Kit", context: 'On hold for hours, worst service ever' })).toEqual([]);
  });
  it('plain questions, praise and requests need no apology; complaints do', async () => {
    expect(await reported(missingApology, { text: 'We open at 9am. -KC', context: 'What time do you open?' })).toEqual([]);
    expect(await reported(missingApology, { text: "We'd love to help. What's happening? ^EB", context: "I'm having an issue with an order, can you help me?" })).toEqual([]);
    expect(await reported(missingApology, { text: 'Please DM us your order number. ^EB', context: 'My order never arrived and nobody answers!' })).toEqual(['missing']);
  });
  it('details sent because we asked need no new apology; new anger does', async () => {
    const previousReplies = ['Sorry about that! Which phone are you using? ^RR'];
    expect(await reported(missingApology, { text: 'Thanks! Please try a restart. ^RR', context: 'iPhone 8, still crashing', previousReplies })).toEqual([]);
    expect(await reported(missingApology, { text: 'Please try a restart. ^RR', context: 'I already told you, this is ridiculous', previousReplies: ['Which phone are you using? ^RR'] })).toEqual(['missing']);
  });
  it('other languages are not judged by English phrases', async () => {
    expect(await reported(missingApology, { text: 'Por favor revisa tus mensajes directos para asistencia.', context: 'me robaron mi cuenta, no funciona' })).toEqual([]);
  });
});

describe('missing-remedy traps', () => {
  it('closings are not remedies; an action with a time is', async () => {
    expect(await reported(missingRemedy, { text: 'We value your feedback. Hope this helps! -KC', context: 'My parcel arrived soaked' })).toEqual(['closing-only']);
    expect(await reported(missingRemedy, { text: "I've sent a replacement today. -KC", context: 'My parcel arrived soaked' })).toEqual([]);
  });
  it('a conditional offer to someone who said what is wrong is a closing; a DM request is facilitation', async () => {
    expect(await reported(missingRemedy, { text: "If there's anything we can help with, please DM us. ^LP", context: 'no broadband all evening' })).toEqual(['closing-only']);
    expect(await reported(missingRemedy, { text: 'Please DM us your account number so we can check the line. ^LP', context: 'no broadband all evening' })).toEqual([]);
  });
  it('passing feedback on answers a suggestion, not a wrong charge', async () => {
    expect(await reported(missingRemedy, { text: 'Your suggestion has been passed to our app team. -KC', context: 'You should add a dark mode' })).toEqual([]);
    expect(await reported(missingRemedy, { text: 'Your feedback has been passed to our billing team. -KC', context: 'You charged me twice for one order' })).toEqual(['missing']);
  });
  it('an answer remedies a question; an explanation does not remedy a complaint', async () => {
    expect(await reported(missingRemedy, { text: 'Checked bags can be added in Manage Booking for £25 each way. -PT', context: 'How do I add a bag to my booking?' })).toEqual([]);
    expect(await reported(missingRemedy, { text: 'The earlier flight may not have been available at the time. -KC', context: "Why wasn't the earlier flight offered? Not cool." })).toEqual(['missing']);
  });
  it('a pointer with a link is facilitation; a vague pointer is not', async () => {
    expect(await reported(missingRemedy, { text: 'Sorry! You can request a refund here: https://example.com/refunds ^BN', context: 'I was charged for delivery on a collection order' })).toEqual([]);
    expect(await reported(missingRemedy, { text: 'Sorry for the trouble! Please check our FAQ page for more information. ^BN', context: 'I was charged for delivery on a collection order' })).toEqual(['missing']);
  });
  it('thanks and praise need no remedy', async () => {
    expect(await reported(missingRemedy, { text: 'Glad we could help! ^DP', context: 'THANK YOU!!! YOU ARE A REAL MVP!!!' })).toEqual([]);
  });
});

describe('missing-named-contact traps', () => {
  it("the customer's name in the greeting is not a signature; a name after a valediction is", async () => {
    expect(await reported(missingNamedContact, { text: 'Hi Sarah,\n\nYour refund is on its way.' })).toEqual(['missing']);
    expect(await reported(missingNamedContact, { text: 'Hi Sarah,\n\nYour refund is on its way.\n\nBest,\nMaria' })).toEqual([]);
  });
  it('a trailing acronym is not initials; a signing mark makes initials a signature', async () => {
    expect(await reported(missingNamedContact, { text: 'Please send the form back ASAP' })).toEqual(['missing']);
    expect(await reported(missingNamedContact, { text: 'Please send the form back today. ^sp' })).toEqual([]);
    expect(await reported(missingNamedContact, { text: 'Please send the form back today. -AD https://example.com/form' })).toEqual([]);
  });
  it('a brand signing is a team; a person signing is not', async () => {
    expect(await reported(missingNamedContact, { text: 'Your refund is on its way. -Fernway', context: '@FernwayAir where is my refund?' })).toEqual(['team-only']);
    expect(await reported(missingNamedContact, { text: 'Your refund is on its way. -Fern', context: '@AcmeAir where is my refund?' })).toEqual([]);
  });
  it('a bare name after the last sentence signs; a bare closing word does not', async () => {
    expect(await reported(missingNamedContact, { text: 'Head to the car park, you will see a sign for the bus. Phil.' })).toEqual([]);
    expect(await reported(missingNamedContact, { text: 'Head to the car park, you will see a sign for the bus. Thanks!' })).toEqual(['missing']);
  });
  it('chat: an introduction names the agent; a platform that shows names needs no sign-off', async () => {
    expect(await reported(missingNamedContact, { text: "You're all set. This is Daniel from billing if you need me.", channel: 'chat' })).toEqual([]);
    expect(await reported(missingNamedContact, { text: "You're all set.", channel: 'chat' })).toEqual(['missing']);
    expect(await reported(missingNamedContact, { text: "You're all set.", channel: 'chat', options: { platformChannels: ['chat'] } })).toEqual([]);
  });
  it('email notes a missing greeting (info) and suggests a sign-off to insert', async () => {
    const messages = await runRule(missingNamedContact, { text: 'Your refund is on its way.', channel: 'email' });
    expect(messages.map((m) => `${m.messageId}:${m.severity}`)).toEqual(['no-greeting:info', 'missing:warning']);
    const fix = messages[1]?.suggestions?.[0]?.fix;
    expect(fix?.text).toContain('{{agent.name}}');
    expect(fix?.range).toEqual([26, 26]);
  });
});

describe('readability traps', () => {
  it('masked tokens are never words; misspellings are', async () => {
    expect(await reported(readability, { text: 'Please DM us at https://example.com/h?ref=tw_2017 with order #A1234567 for {{ customer.first_name }}. -KC' })).toEqual([]);
    expect(await reported(readability, { text: 'You will recieve an email today.' })).toEqual(['spelling']);
  });
  it('British spellings and support words pass', async () => {
    expect(await reported(readability, { text: "We apologise for the delay; I've cancelled the duplicate and saved your colour choice for your pre-order. -KC" })).toEqual([]);
  });
  it('leading handles do not count towards sentence length; words do', async () => {
    const handles = Array.from({ length: 12 }, (_, i) => `@Shop${i}`).join(' ');
    expect(await reported(readability, { text: `${handles} Your parcel is on the van and should be with you this afternoon.` })).toEqual([]);
    expect(await reported(readability, { text: 'We have looked at your account and we can see that the payment that you made last week was applied to the wrong invoice so we are moving it now.' })).toEqual(['long-sentence']);
  });
  it('slips: "where working", "to resolved", "we has respond", "look in to"', async () => {
    for (const text of ['Our engineers where working on it.', 'We need a photo to resolved this.', 'Hi, we has respond you via DM.', 'We can look in to this for you.']) {
      const ids = await reported(readability, { text, options: { spelling: false } });
      expect(ids.length, text).toBeGreaterThan(0);
      expect(new Set(ids), text).toEqual(new Set(['grammar']));
    }
    expect(await reported(readability, { text: "Tell us where you're travelling from.", options: { spelling: false } })).toEqual([]);
  });
  it('non-English replies get no English spelling findings', async () => {
    expect(await reported(readability, { text: 'Te hemos enviado un mensaje privado con instrucciones.' })).toEqual([]);
  });
});

describe('canned-duplicate traps', () => {
  it('short acknowledgements never count; a repeated body does', async () => {
    expect(await reported(cannedDuplicate, { text: 'Thanks! ^RR', previousReplies: ['Thanks! ^AD'] })).toEqual([]);
    expect(await reported(cannedDuplicate, { text: 'Please DM us your order number so we can look into this for you today. ^KB', previousReplies: ['Please DM us your order number so we can look into this for you today. ^LS'] })).toEqual(['repeated-in-thread']);
  });
});

describe('what to write instead', () => {
  it('an impossible pair suggests the word that was meant; a restarted clause, the clause alone', async () => {
    const expectedOf = async (text: string) => (await runRule(readability, { text, options: { spelling: false } })).map((m) => m.expected);
    expect(await expectedOf('Please check the some lines below. -KC')).toEqual([['the', 'some']]);
    expect(await expectedOf("Sadly there's unfortunately, there's no way back. -KC")).toEqual([["unfortunately, there's"]]);
    expect(await expectedOf("We're sorry we're late with this reply. -KC")).toEqual([]);
  });
  it('a word that talks down is to be left out', async () => {
    expect((await runRule(insensitive, { text: 'Basically, just restart the router. -KC' })).map((m) => m.expected)).toEqual([['leave it out']]);
  });
  it('a missing apology is shown one for what the customer said went wrong', async () => {
    const [message] = await runRule(missingApology, { text: 'Please DM us your order number. -KC', context: 'you charged me twice for one order' });
    expect(message?.expected?.[0]).toBe("I'm sorry we charged you twice for one order.");
  });
});
