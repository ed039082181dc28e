import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { labelledStatements } from './labelled.ts';

const cut = (text: string) => labelledStatements(text).map((l) => ({
  source: text.slice(l.source.start, l.source.end), cue: text.slice(l.cue.start, l.cue.end), content: text.slice(l.content.start, l.content.end),
}));

describe('labelledStatements', () => {
  it('should read a headline "Name: statement" as the name saying the statement', () => {
    const text = 'Senator Ada Vale: Harbour Tax Will Sink the Fishing Fleet.\n\nThe senator spoke on Monday.';
    assert.deepEqual(cut(text), [{ source: 'Senator Ada Vale', cue: ':', content: 'Harbour Tax Will Sink the Fishing Fleet.' }]);
  });
  it('should read each turn of a transcript, quoted or not', () => {
    const text = 'Partial transcript as follows:\n\n"MORROW: Will the council close the pier this winter?\n\n"DANE: No, the pier stays open and the ferry keeps running.';
    assert.deepEqual(cut(text).map((l) => [l.source, l.content]), [
      ['MORROW', 'Will the council close the pier this winter?'],
      ['DANE', 'No, the pier stays open and the ferry keeps running.'],
    ]);
  });
  it('should leave section labels, kickers and datelines alone', () => {
    const text = [
      'UPDATE: The story was changed to add the mayor’s response on Friday.',
      'Editor’s note: This article first ran in the Tarrow Ledger last spring.',
      'Q: What will the new fee cost an ordinary household each year?',
      'Monday: The council meets again to vote on the harbour plan.',
      'Follow Jo Vale on Twitter: @jovale for more on the harbour fight.',
      'Revealed: The secret plan to sell the old harbour to a developer.',
    ].join('\n\n');
    assert.deepEqual(cut(text), []);
  });
  it('should leave lists and scores alone', () => {
    const text = 'Calder: Vale 41%, Dosse 38%, undecided 21% in the latest count.\n\nNorth Ward: Ann Petit, Lou Garner, Tim Oduya.';
    assert.deepEqual(cut(text), []);
  });
  it('should not take a sentence with a colon in its middle', () => {
    assert.deepEqual(cut('The plan has one flaw that the council ignored: nobody asked the fishermen what they thought.'), []);
  });
});
