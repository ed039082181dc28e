// A reproducible batch of varied records for the crash test and the insert benchmark: synthetic
// articles (bench/synth), some republished at the same URL with changed text (new versions) and some
// arriving twice as different bytes with the same text (a feed item and an archived page).
import { makeArticle, makeStory } from '../../bench/synth/article.ts';
import { hostOf, outlet } from '../../bench/synth/names.ts';
import { rng } from '../../bench/synth/rng.ts';
import { recordFor } from './fixtures.ts';
import type { IngestRecord } from './types.ts';

export function syntheticRecords(count: number, seed = 1, chars = 3000): IngestRecord[] {
  const r = rng(seed);
  const stories = Array.from({ length: Math.max(1, Math.ceil(count / 40)) }, () => makeStory(r));
  const hosts = Array.from({ length: 12 }, () => hostOf(outlet(r)));
  const texts: { text: string; url: string }[] = [];
  const out: IngestRecord[] = [];
  for (let i = 0; i < count; i++) {
    const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000);
    const origin = { kind: 'jsonl' as const, path: 'synthetic.jsonl', line: i + 1 };
    let text: string, url: string, bytes: string | undefined;
    if (i > 10 && i % 10 === 0) {
      // Republished: the same URL with its text edited.
      const prev = texts[r.int(0, texts.length - 1)]!;
      url = prev.url;
      text = prev.text.replace(/\b(said|reported|claimed)\b/, 'stated') + `\n\nUpdate ${i}: this article was corrected.`;
    } else if (i > 10 && i % 15 === 0) {
      // The same text again, from an archive this time.
      const prev = texts[r.int(0, texts.length - 1)]!;
      ({ url, text } = prev);
      bytes = `<html><body><article>${text}</article></body></html><!-- ${i} -->`;
    } else {
      text = makeArticle(r, r.pick(stories), chars);
      url = `https://${r.pick(hosts)}/news/${i}`;
    }
    texts.push({ text, url });
    out.push(recordFor(text, { id: `syn-${i}`, url, title: text.slice(0, text.indexOf('\n')), origin, capturedAt: at, ...(bytes ? { bytes } : {}) }));
  }
  return out;
}
