import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { signedQuotations } from './signed.ts';

const cut = (text: string) => signedQuotations(text).map((l) => ({
  source: text.slice(l.source.start, l.source.end), cue: text.slice(l.cue.start, l.cue.end), content: text.slice(l.content.start, l.content.end),
}));

describe('signedQuotations', () => {
  it('should read a quotation signed with a dash on its own line as the signer saying it', () => {
    const text = 'Readers wrote in.\n“The ferry fare doubled and nobody asked us.” ― Ines Marlow\n”I walk now. It takes an hour.”\u2015\u00a0Tomas R. Eld.\n';
    assert.deepEqual(cut(text), [
      { source: 'Ines Marlow', cue: '―', content: '“The ferry fare doubled and nobody asked us.”' },
      { source: 'Tomas R. Eld', cue: '―', content: '”I walk now. It takes an hour.”' },
    ]);
  });
  it('should read a quoted paragraph followed by a line "- Name" as that name\'s statement', () => {
    const text = 'The claims, checked.\n\n"Harbour rents rose faster here than anywhere in the country."\n\n- Mayor Petra Lind, speaking at the debate.\n\nThe figure is out of date.';
    assert.deepEqual(cut(text), [{ source: 'Mayor Petra Lind', cue: '-', content: '"Harbour rents rose faster here than anywhere in the country."' }]);
  });
  it('should leave dashes that continue a sentence, short titles and unquoted lines alone', () => {
    const text = [
      '“We will finish the bridge by spring” — and they did not.',
      '“Salt” — Harrow Films', // two words: a title, not a statement
      'The council voted on Monday — Petra Lind abstained.',
      'Rents rose again this year.\n\n- Lou Garner',
    ].join('\n\n');
    assert.deepEqual(cut(text), []);
  });
});
