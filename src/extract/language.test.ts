import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectLanguage } from './language.ts';
import { STORY } from './testpage.ts';

test('should detect English', () => {
  assert.deepEqual(detectLanguage(STORY.join('\n\n')), { code: 'eng', english: true });
});

test('should detect other languages as not English', () => {
  const de = 'Der Stadtrat von Millbrook hat am Dienstag beschlossen, die alte Flussbrücke für sechs Monate zu sperren, um sie zu reparieren.';
  assert.deepEqual(detectLanguage(de), { code: 'deu', english: false });
  const es = 'El ayuntamiento de Millbrook votó el martes para cerrar el viejo puente del río durante seis meses de reparaciones.';
  assert.deepEqual(detectLanguage(es), { code: 'spa', english: false });
});

test('should call too-short text "und" and treat it as English', () => {
  assert.deepEqual(detectLanguage('Bridge closed.'), { code: 'und', english: true });
  assert.deepEqual(detectLanguage(''), { code: 'und', english: true });
});

test('should only look at a bounded prefix of huge texts', () => {
  const huge = STORY.join(' ') + ' ' + 'Der Stadtrat hat die Brücke gesperrt. '.repeat(100_000);
  assert.equal(detectLanguage(huge).code, 'eng');
});
