import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findMentions } from './mentions.ts';

const TEXT = `Interior Minister Ana Sorel said the Halvard Basin Authority (HBA) opened the gates.

The ambassador, Mohamed Alhakim, told reporters in Baghdad that the claim was true. Mohammed Alhakim later repeated it, and Alhakim added that The Meridian Post had it wrong, according to the International Business Times.

Officials said the HBA was wrong. Bill Clinton and Hillary Clinton met; Clinton said nothing.`;

const found = () => findMentions(TEXT).map((m) => ({ text: TEXT.slice(m.span.start, m.span.end), kind: m.kind, key: m.key, canonical: m.canonical }));

test('types names and keeps the title out of the canonical name', () => {
  const sorel = found().find((m) => m.text === 'Interior Minister Ana Sorel');
  assert.deepEqual(sorel, { text: 'Interior Minister Ana Sorel', kind: 'person', key: 'person:sorel', canonical: 'Ana Sorel' });
});

test('spelling variants and surnames share one person key, with the fullest form as canonical', () => {
  const alhakim = found().filter((m) => m.key === 'person:alhakim');
  assert.deepEqual(alhakim.map((m) => m.text), ['Mohamed Alhakim', 'Mohammed Alhakim', 'Alhakim']);
  assert.ok(alhakim.every((m) => m.canonical === 'Mohammed Alhakim' || m.canonical === 'Mohamed Alhakim'));
});

test('an acronym defined in parentheses shares the organisation key', () => {
  const hba = found().filter((m) => m.key === 'org:halvard-basin-authority').map((m) => m.text);
  assert.deepEqual(hba, ['Halvard Basin Authority', 'HBA', 'HBA']);
});

test('outlets are recognised by the reference list and by the shape of their names', () => {
  const outlets = found().filter((m) => m.kind === 'outlet').map((m) => [m.text, m.key]);
  assert.deepEqual(outlets, [
    ['The Meridian Post', 'outlet:meridian-post'],
    ['International Business Times', 'outlet:international-business-times'],
  ]);
});

test('two people sharing a surname keep separate keys; a bare surname goes to the latest', () => {
  const clintons = found().filter((m) => m.key.includes('clinton')).map((m) => [m.text, m.key]);
  assert.deepEqual(clintons, [
    ['Bill Clinton', 'person:bill-clinton'],
    ['Hillary Clinton', 'person:hillary-clinton'],
    ['Clinton', 'person:hillary-clinton'],
  ]);
});

test('sentence-initial common words and places are not people', () => {
  const f = found();
  assert.ok(!f.some((m) => m.text === 'Officials' || m.text === 'The'));
  assert.equal(f.find((m) => m.text === 'Baghdad')?.kind, 'place');
});

test('names headed by a word for a place are places, unless they start with a first name', () => {
  const text = 'The lawyers of Ostrow Bay detainees met Dana Falk in Harlan County. Lake Merrow froze. Mary Lake spoke.';
  const kinds = Object.fromEntries(findMentions(text).map((m) => [text.slice(m.span.start, m.span.end), m.kind]));
  assert.equal(kinds['Ostrow Bay'], 'place');
  assert.equal(kinds['Harlan County'], 'place');
  assert.equal(kinds['Lake Merrow'], 'place');
  assert.equal(kinds['Dana Falk'], 'person');
  assert.equal(kinds['Mary Lake'], 'person');
});

test('a title after a body\'s name, or a possessive, starts the person\'s name', () => {
  const text = [
    'House Speaker Dana Falk said no.', 'Harbour Trust President Pro Tem Mary Oduya agreed.',
    'The Ferry Union’s Tomas Eld disagreed.', 'The Secretary of State Helen Marsh was away.',
    'Despite Falk, the Corvana General Hospital stayed open.', 'Trust Chairman Barney Frank and CEO A. David Sand left.',
  ].join(' ');
  const found = findMentions(text).map((m) => [text.slice(m.name.start, m.name.end), m.kind]);
  for (const [name, kind] of [['Dana Falk', 'person'], ['Mary Oduya', 'person'], ['Tomas Eld', 'person'], ['Helen Marsh', 'person'], ['Falk', 'person'], ['Corvana General Hospital', 'organization'], ['Barney Frank', 'person'], ['A. David Sand', 'person']]) {
    assert.ok(found.some(([n, k]) => n === name && k === kind), `${name} as ${kind} in ${JSON.stringify(found)}`);
  }
  assert.ok(!found.some(([n]) => /^Despite|^State /.test(n!)));
});

test('appositions give roles that roles can later resolve to', () => {
  const m = findMentions(TEXT).find((x) => x.key === 'person:alhakim')!;
  assert.ok(m.roles.includes('ambassador'));
});

test('a word the text also writes in lower case is a common word, not a name', () => {
  const kinds = (t: string) => findMentions(t).map((m) => [t.slice(m.span.start, m.span.end), m.kind]);
  // "reservoir" in lower case, as a whole word only ("reservoirs" is another word)
  assert.deepEqual(kinds('The reservoir fell. Greymoor Reservoir said it was safe.'), [['Greymoor Reservoir', 'organization']]);
  assert.deepEqual(kinds('The reservoirs fell. Greymoor Reservoir said it was safe.'), [['Greymoor Reservoir', 'person']]);
  // a capitalised sentence opener written in lower case elsewhere is not a name
  // (invented words: a common English word opening a sentence is no name anyway, as a test below shows)
  assert.deepEqual(kinds('Brasks were shut by zorbling. Zorbling hit the town.'), [['Brasks', 'unknown']]);
  assert.deepEqual(kinds('Brasks were shut. Zorbling hit the town.'), [['Brasks', 'unknown'], ['Zorbling', 'unknown']]);
});

test('an apposition names what a person does for a body, not what the person is', () => {
  const text = 'Maren Tollis, the editor of Coastline Daily, said the site erred. The Gullwing Post, a local newspaper, agreed.';
  const found = findMentions(text);
  const tollis = found.find((m) => m.canonical === 'Maren Tollis')!;
  assert.equal(tollis.kind, 'person');
  assert.equal(found.find((m) => m.canonical === 'The Gullwing Post')?.kind, 'outlet');
});

test('a name written after a word of place is a place wherever it stands', () => {
  const kinds = (t: string) => findMentions(t).filter((m) => m.kind !== 'unknown').map((m) => [t.slice(m.name.start, m.name.end), m.kind]);
  assert.deepEqual(kinds('Brindle Cove confirms fee. Holidaymakers heading to Brindle Cove will pay.'), [['Brindle Cove', 'place'], ['Brindle Cove', 'place']]);
  // a phrase set before the clause ("After the flood,") gives the name no role that would make it a person
  assert.deepEqual(kinds('After the flood, Lower Brenna asks who knew. Homes near Lower Brenna were lost.'), [['Lower Brenna', 'place'], ['Lower Brenna', 'place']]);
  // a person known by a first name or a title stays a person; a possessive is not a place
  assert.deepEqual(kinds('Colm Arden spoke in Tarrow. In Arden’s view, Mayor Arden said, it was fine.'), [['Colm Arden', 'person'], ['Tarrow', 'place'], ['Arden', 'person'], ['Arden', 'person']]);
});

test('a common word opening a sentence or a list item is no name unless the text capitalises it elsewhere', () => {
  const names = (t: string) => findMentions(t).map((m) => t.slice(m.name.start, m.name.end));
  assert.deepEqual(names('Flood hits valley\n\nPictures shared online show flooded streets. Officials met.\n• Nobody knows when the water will fall.'), []);
  // "Kestrel" is a word too, but the text writes it capitalised inside a sentence: a name
  assert.deepEqual(names('Kestrel said the gates were open. Villagers blamed Kestrel for the flood.'), ['Kestrel', 'Kestrel']);
});

test('a name written after a word for an outlet is an outlet', () => {
  const text = 'On Tuesday the travel blog Open Road Notes told its readers the fee was real.';
  assert.equal(findMentions(text).find((m) => m.canonical === 'Open Road Notes')?.kind, 'outlet');
});

test('a long first paragraph is text, not a headline: a name capitalised inside its sentences stays a name', () => {
  const names = (t: string) => findMentions(t).map((m) => t.slice(m.name.start, m.name.end));
  const para = 'The vice president, Mike Pence, spoke to reporters on Monday about the budget and about the talks that are to start next week in the capital, where aides say little progress has been made so far.';
  assert.ok(names(`${para}\nPence said the talks would go on.`).includes('Pence'));
  // a short headline capitalising every word is no such evidence
  assert.ok(!names('Pictures Show Flooded Streets\n\nPictures shared online show flooded streets.').includes('Pictures'));
});
