import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { endAtJoinedReports, nestAttributions, nestingParents, ownContent, saysOrThinks } from './nesting.ts';

const s = (start: number, end: number) => ({ start, end });

describe('nestingParents', () => {
  it('should nest an attribution whose cue lies in another\'s content in the smallest such content', () => {
    // X reported [that Y told [Z said [...]]]
    const items = [
      { source: s(0, 5), cue: s(6, 14), content: [s(15, 200)] },
      { source: s(20, 25), cue: s(26, 30), content: [s(31, 120)] },
      { source: s(40, 45), cue: s(46, 50), content: [s(51, 100)] },
      { source: s(300, 305), cue: s(306, 310), content: [s(311, 340)] },
    ];
    assert.deepEqual(nestingParents(items), [null, 0, 1, null]);
  });
  it('should find a containing fragment of a discontinuous content, and fall back to the source or content', () => {
    const items = [
      { source: s(60, 65), cue: s(66, 70), content: [s(0, 50), s(72, 120)] },
      { source: s(80, 85), cue: null, content: [s(86, 100)] },
      { source: null, cue: null, content: [s(10, 20)] },
    ];
    assert.deepEqual(nestingParents(items), [null, 0, 0]);
  });
  it('should never loop when two contents hold each other\'s cues', () => {
    const items = [
      { source: null, cue: s(10, 14), content: [s(0, 40)] },
      { source: null, cue: s(20, 24), content: [s(0, 40)] },
    ];
    assert.deepEqual(nestingParents(items), [null, 0]);
    assert.deepEqual(nestingParents([]), []);
  });
  it('should nest a report whose content runs on past the end of the content its cue lies in', () => {
    // according to the post, [the fee starts in June, and the mayor told a meeting]: “[a long quotation …]”
    const items = [
      { source: s(13, 21), cue: s(0, 12), content: [s(23, 80)] },
      { source: s(50, 59), cue: s(60, 64), content: [s(83, 300)] },
    ];
    assert.deepEqual(nestingParents(items), [null, 0]);
  });
  it('should make the largest of a ring of contents holding one another\'s cues outermost', () => {
    const items = [
      { source: null, cue: s(0, 4), content: [s(25, 35)] }, // holds the second's cue
      { source: null, cue: s(30, 34), content: [s(45, 55), s(60, 62)] }, // holds the third's
      { source: null, cue: s(50, 54), content: [s(0, 6)] }, // holds the first's
    ];
    assert.deepEqual(nestingParents(items), [2, null, 1]); // the second, of 12 characters, is the largest
  });
});

describe('ownContent', () => {
  it('should leave out a fragment that another outermost attribution\'s content overlaps, when others remain', () => {
    // says [she respects him] … argues [that he cannot deliver]: the tagger gave "says" both
    const items = [
      { source: s(0, 3), cue: s(4, 8), content: [s(9, 30), s(50, 90)] },
      { source: null, cue: s(40, 46), content: [s(47, 90)] },
      { source: null, cue: s(100, 104), content: [s(105, 120)] },
    ];
    assert.deepEqual(ownContent(items, nestingParents(items)), [[s(9, 30)], [s(47, 90)], [s(105, 120)]]);
  });
  it('should keep a content\'s only fragment, and the fragments of nested attributions', () => {
    const items = [
      { source: null, cue: s(0, 4), content: [s(5, 60)] },
      { source: null, cue: s(10, 14), content: [s(15, 30), s(40, 50)] }, // nested in the first
      { source: null, cue: s(70, 74), content: [s(20, 40)] },
    ];
    assert.deepEqual(ownContent(items, nestingParents(items)), items.map((x) => x.content));
  });
});

describe('nestAttributions', () => {
  it('should read nesting from the contents that remain', () => {
    const items = [
      { source: null, cue: s(0, 4), content: [s(5, 20), s(30, 60)] },
      { source: null, cue: s(35, 39), content: [s(40, 45)] }, // in the first's second fragment…
      { source: null, cue: s(25, 29), content: [s(30, 62)] }, // …which is the third's
    ];
    const { items: out, parents } = nestAttributions('said '.repeat(20), items); // every cue a word of saying
    assert.deepEqual(out[0]!.content, [s(5, 20)]);
    assert.deepEqual(parents, [null, 2, null]);
    assert.equal(out[1], items[1]); // unchanged items are the same objects
  });
});

describe('nested reports', () => {
  // "… the operator opened its floodgates, according to the minister, who said the Herald reported it."
  const text = 'Villages flooded after the operator opened its floodgates, according to the minister, who said the Herald reported it.';
  const at = (w: string) => s(text.indexOf(w), text.indexOf(w) + w.length);
  const minister = { source: at('the minister'), cue: at('according to'), content: [s(0, text.indexOf(', according'))] };
  const operator = { source: at('the operator'), cue: at('opened'), content: [at('its floodgates')] };
  it('should keep a find inside another\'s content only when its cue says or thinks, or a rule found it', () => {
    const { items, parents } = nestAttributions(text, [minister, operator]);
    assert.deepEqual(items, [minister]);
    assert.deepEqual(parents, [null]);
    const labelled = { ...operator, rule: 'labelled-statement' };
    assert.deepEqual(nestAttributions(text, [minister, labelled]).items, [minister, labelled]);
    const told = { ...operator, cue: at('reported') , content: [at('it.')] };
    const inside = { ...minister, content: [s(0, text.length)] };
    assert.deepEqual(nestAttributions(text, [inside, told]).parents, [null, 0]);
  });
  it('should leave an outermost find whatever its cue (PolNeAR annotates "voted for", "backed")', () => {
    assert.deepEqual(nestAttributions(text, [operator]).items, [operator]);
  });
  it('should know words of saying and thinking in any form, and nothing else', () => {
    assert.ok(saysOrThinks('said in a statement') && saysOrThinks('According to') && saysOrThinks('has long believed'));
    assert.ok(!saysOrThinks('opened') && !saysOrThinks('voted for') && !saysOrThinks(''));
  });
});

describe('endAtJoinedReports', () => {
  const text = 'Mayor Ada Vell said the levee held, and the engineer Tomas Reed said it was cracked.';
  const at = (w: string) => s(text.indexOf(w), text.indexOf(w) + w.length);
  // the tagger ran the mayor's content on over the engineer's report
  const mayor = { source: at('Mayor Ada Vell'), cue: s(15, 19), content: [s(20, text.length - 1)] };
  const engineer = { source: at('the engineer Tomas Reed'), cue: s(text.lastIndexOf('said'), text.lastIndexOf('said') + 4), content: [at('it was cracked')] };
  it('should end a content before a second report joined to it by a conjunction, and keep both outermost', () => {
    const { items, parents } = nestAttributions(text, [mayor, engineer]);
    assert.deepEqual(items.map((a) => a.content.map((c) => text.slice(c.start, c.end))), [['the levee held'], ['it was cracked']]);
    assert.deepEqual(parents, [null, null]);
  });
  it('should leave a joined report nested when the tagger gave it words before it', () => {
    // "… said that was “a question for the engineers,” but she added …": the quotation is the mayor's
    const added = { source: at('the engineer Tomas Reed'), cue: engineer.cue, content: [at('the levee held')] };
    const { items, parents } = nestAttributions(text, [mayor, added]);
    assert.equal(items[0]!.content[0]!.end, text.length - 1);
    assert.deepEqual(parents, [null, 0]);
  });
  it('should leave a report nested when nothing joins it to the words before', () => {
    const plain = 'Mayor Ada Vell said the engineer Tomas Reed said it was cracked.';
    const outer = { source: s(0, 14), cue: s(15, 19), content: [s(20, plain.length - 1)] };
    const inner = { source: s(20, 43), cue: s(44, 48), content: [s(49, plain.length - 1)] };
    const given = [outer, inner];
    assert.equal(endAtJoinedReports(plain, given), given, 'nothing cut: the same list, and its parents stand');
    const { items, parents } = nestAttributions(plain, given);
    assert.equal(items[0]!.content[0]!.end, plain.length - 1);
    assert.deepEqual(parents, [null, 0]);
  });
});
