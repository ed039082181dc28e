import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nestingParents } from './nesting.ts';

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
});
