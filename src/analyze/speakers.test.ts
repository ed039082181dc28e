import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Span, Speaker } from '../types.ts';
import { findMentions } from './mentions.ts';
import { resolveSpeaker } from './speakers.ts';

const TEXT = `Iraq's ambassador, Mohamed Alhakim, spoke on Tuesday. The International Business Times carried his remarks.

The ambassador said the bodies showed incisions, the news agency reported. He said more evidence would follow.

Nikolai Mladenov, the UN's special representative, said reports were growing. Officials said nothing. A source close to the ministry said it was true. The Halvard Basin Authority said it had sent alerts. It added that the logs were public.`;

const span = (phrase: string, nth = 0): Span => {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = TEXT.indexOf(phrase, at + 1);
  assert.ok(at >= 0, phrase);
  return { start: at, end: at + phrase.length };
};

/** The speaker of the last `phrase` in `text`, resolved with no speakers before it. */
function resolveLast(text: string, phrase: string): Speaker {
  const at = text.lastIndexOf(phrase);
  assert.ok(at >= 0, phrase);
  return resolveSpeaker({ start: at, end: at + phrase.length }, null, { text, mentions: findMentions(text), history: [] });
}

function resolveAll(sources: [string, number?][]): Speaker[] {
  const mentions = findMentions(TEXT);
  const history: Array<{ speaker: Speaker; at: number }> = [];
  for (const [phrase, nth] of sources) {
    const at = span(phrase, nth);
    history.push({ speaker: resolveSpeaker(at, null, { text: TEXT, mentions, history }), at: at.start });
  }
  return history.map((h) => h.speaker);
}

test('a role resolves to the person introduced with it', () => {
  const [s] = resolveAll([['The ambassador']]);
  assert.equal(s!.name, 'Mohamed Alhakim');
  assert.equal(s!.kind, 'person');
  assert.equal(s!.anonymous, false);
});

test('an outlet descriptor resolves to the last outlet named', () => {
  const [, s] = resolveAll([['The ambassador'], ['the news agency']]);
  assert.equal(s!.name, 'International Business Times');
  assert.equal(s!.kind, 'outlet');
});

test('a pronoun resolves to the latest person', () => {
  const [, , he] = resolveAll([['The ambassador'], ['the news agency'], ['He']]);
  assert.equal(he!.key, 'person:alhakim');
});

test('unnamed sources are anonymous and keep their own words', () => {
  const [officials, source] = resolveAll([['Officials'], ['A source close to the ministry']]);
  assert.deepEqual([officials!.anonymous, officials!.kind, officials!.name], [true, 'group', 'Officials']);
  assert.deepEqual([source!.anonymous, source!.kind, source!.name], [true, 'person', 'A source close to the ministry']);
});

test('"it" after an organisation resolves to it', () => {
  const [hba, it] = resolveAll([['The Halvard Basin Authority'], ['It']]);
  assert.equal(hba!.kind, 'organization');
  assert.equal(it!.key, hba!.key);
});

test('a name followed by a word for a body is that body: "Brindlemoor council" is not a person', () => {
  const s = resolveLast('Brindlemoor council voted on Monday to close the pier.', 'Brindlemoor council');
  assert.equal(s.name, 'Brindlemoor Council');
  assert.equal(s.kind, 'organization');
});

test('a relative pronoun speaks for the phrase it hangs on', () => {
  const text = 'Rep. Dana Falk, D-Ore., who chairs the panel, said no. The Ferry Union, which represents crews, said yes. ' +
    'Senator Tomas Eld of Montana, who voted against it, agreed. It angered harbour pilots who say the fee is unfair, ' +
    'and a Corvana College professor who studies ports called it a mistake.';
  const mentions = findMentions(text);
  const at = [...text.matchAll(/\b(?:who|which)\b/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const who = (n: number): Speaker => resolveSpeaker(at[n]!, null, { text, mentions, history: [] });
  assert.deepEqual([0, 1, 2, 3, 4].map((n) => [who(n).name, who(n).kind]), [
    ['Dana Falk', 'person'],
    ['Ferry Union', 'organization'],
    ['Tomas Eld', 'person'],
    ['harbour pilots', 'group'],
    ['Corvana College professor', 'unknown'],
  ]);
});

test('a pronoun is the speaker just referred to as a source, though another name came between', () => {
  const text = 'Interior Minister Ana Sorel blamed the operator. Engineers had briefed Teodor Brask about the gates. ' +
    'Asked about it, the minister said that was a question for the engineers, but she added that the public deserved answers.';
  const mentions = findMentions(text);
  const at = (phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length });
  const history: Array<{ speaker: Speaker; at: number }> = [];
  const minister = resolveSpeaker(at('the minister'), null, { text, mentions, history });
  assert.equal(minister.name, 'Ana Sorel');
  history.push({ speaker: minister, at: at('the minister').start });
  assert.equal(resolveSpeaker(at('she'), null, { text, mentions, history }).name, 'Ana Sorel');
  // with no speaker since, the latest name is the one meant
  assert.equal(resolveSpeaker(at('she'), null, { text, mentions, history: [{ speaker: minister, at: 0 }] }).name, 'Teodor Brask');
});

test('a speaker named again only after the pronoun is not the nearer one', () => {
  const text = 'Ana Sorel said the gates had opened. Engineers briefed Teodor Brask, and he said they had erred. Ana Sorel left early.';
  const mentions = findMentions(text);
  const at = (phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length });
  const sorel = resolveSpeaker(at('Ana Sorel'), null, { text, mentions, history: [] });
  const he = { start: text.indexOf('he said'), end: text.indexOf('he said') + 2 };
  assert.equal(resolveSpeaker(he, null, { text, mentions, history: [{ speaker: sorel, at: 0 }] }).name, 'Teodor Brask');
});

test('"it" is the body that opens its sentence, or the thing that opened the one before', () => {
  const text = 'The Halvard Basin Authority rejected the claim about the Kestrel Dam and published a timeline that it said showed alerts. ' +
    'The post, published on Sunday by an account, shows a screenshot of an article about Tarrow Council. It says the council voted. ' +
    'Quayside Daily picked it up on Monday. It also quoted a source.';
  const mentions = findMentions(text);
  // the pronoun's own two letters, found by the words after it
  const it = (context: string): Span => { const s = text.indexOf(context); return { start: s, end: s + 2 }; };
  const resolve = (s: Span) => resolveSpeaker(s, null, { text, mentions, history: [] }).name;
  // inside its sentence: the body the sentence opens with, not the dam named after it
  assert.equal(resolve(it('it said')), 'Halvard Basin Authority');
  // opening a sentence: the post, not the council the post shows
  assert.equal(resolve(it('It says')), 'The post');
  assert.equal(resolve(it('It also')), 'Quayside Daily');
});

test('a place alone as a source is a place, not a person', () => {
  const text = 'After the flood, Lower Brenna asks who knew\n\nBy Mara Quill in Lower Brenna\n\nResidents were angry.';
  const mentions = findMentions(text);
  const speaker = resolveSpeaker({ start: 17, end: 29 }, null, { text, mentions, history: [] });
  assert.equal(speaker.name, 'Lower Brenna');
  assert.equal(speaker.kind, 'place');
});

test('the writer in a byline is not who a later pronoun refers to', () => {
  const text = 'Minister concedes alerts were sent\n\nBy Teodor Halm\n\nThe interior minister, Ana Sorel, spoke on Thursday. Earlier, she said no warning was given.';
  const mentions = findMentions(text);
  const she = text.indexOf('she said');
  const history = [{ speaker: resolveSpeaker({ start: text.indexOf('Ana Sorel'), end: text.indexOf('Ana Sorel') + 9 }, null, { text, mentions, history: [] }), at: text.indexOf('Ana Sorel') }];
  assert.equal(resolveSpeaker({ start: she, end: she + 3 }, null, { text, mentions, history }).name, 'Ana Sorel');
  // with no one else in the story, the byline is still not the speaker a pronoun finds
  const alone = 'Minister concedes alerts were sent\n\nBy Teodor Halm\n\nEarlier, she said no warning was given.';
  const at = alone.indexOf('she said');
  assert.notEqual(resolveSpeaker({ start: at, end: at + 3 }, null, { text: alone, mentions: findMentions(alone), history: [] }).name, 'Teodor Halm');
});

test('a document speaks for whoever the article says made it', () => {
  const resolve = (text: string, source: string) => resolveLast(text, source).name;
  assert.equal(resolve('A preliminary review by the Interior Ministry, based on the logs, found that alerts went out. The review also found that sirens failed.', 'The review'), 'Interior Ministry');
  assert.equal(resolve('The Harbour Trust’s annual report was out on Monday. The report said the pier was safe.', 'The report'), 'Harbour Trust');
  // no maker named: the description stays itself
  assert.equal(resolve('A report was leaked on Monday. The report said the pier was safe.', 'The report'), 'The report');
});

test('a relative clause after "a post on Blither" hangs on the post, not on the name closing the phrase', () => {
  const resolve = (text: string) => {
    const m = /\b(?:which|who)\b/.exec(text)!;
    return resolveSpeaker({ start: m.index, end: m.index + m[0].length }, null, { text, mentions: findMentions(text), history: [] });
  };
  // a description, named by its words without the article, as other descriptions are
  assert.equal(resolve('Coastline Daily wrote about a post on Blither which claimed the council had voted.').name, 'post');
  const spokesman = resolve('The claim was denied by a spokesman at the Harbour Trust, who said no vote was held.');
  assert.ok(spokesman.anonymous, JSON.stringify(spokesman));
  // a name alone before the clause is still the one it hangs on
  assert.equal(resolve('The statement came from Harbour Trust, which said no vote was held.').name, 'Harbour Trust');
});

test('a title after a name that is no person\'s is a role, held by the person given that title', () => {
  const s = resolveLast('Valdoria minister accuses dam operator\n\nInterior Minister Ana Sorel said on Tuesday that the gates were opened without warning.', 'Valdoria minister');
  assert.equal(s.name, 'Ana Sorel');
  assert.equal(s.kind, 'person');
});

test('a document\'s maker is the name just before its possessive, not a name further back', () => {
  const text = 'Mayor Colm Arden spoke about the pier and the Harbour Trust’s review on Monday. The review said the pier was safe.';
  assert.equal(resolveLast(text, 'The review').name, 'Harbour Trust');
});

test('"it" reads its sentence as the article splits it: an abbreviation does not end the sentence', () => {
  const text = 'The Harbour Trust met engineers at St. Anne Council on Monday, and it said the pier was safe.';
  const at = text.indexOf('it said');
  assert.equal(resolveSpeaker({ start: at, end: at + 2 }, null, { text, mentions: findMentions(text), history: [] }).name, 'Harbour Trust');
});

test('a source is the phrase its relative clause hangs on, not a name inside the clause', () => {
  const text = 'The fee story spread fast. According to a post that has been shared 30,000 times on Blither, the council voted. Senator Ana Vale, who met Tomas Reed on Monday, said the vote was void.';
  assert.notEqual(resolveLast(text, 'a post that has been shared 30,000 times on Blither').name, 'Blither');
  assert.equal(resolveLast(text, 'Senator Ana Vale, who met Tomas Reed on Monday').name, 'Ana Vale');
  // "that" as a determiner opens no clause
  assert.equal(resolveLast('Vale spoke first. A lawyer for that firm, Ida Sorn, said the vote stands.', 'A lawyer for that firm, Ida Sorn').name, 'Ida Sorn');
});
