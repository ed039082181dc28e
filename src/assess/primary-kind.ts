// What kind of primary source a speaker is, for the trace interface: a person, an organisation, an
// outlet, a document ("the indictment", "a Pentagon report"), a post ("a viral tweet") or anonymous.
import type { Speaker } from '../types.ts';
import type { PrimaryKind } from './provenance.ts';

const DOCUMENT_HEADS = new Set(('report reports study studies survey surveys poll polls indictment lawsuit suit complaint filing ' +
  'filings memo memos memorandum letter letters statement statements record records document documents bill order ruling ' +
  'decision audit analysis review transcript transcripts email emails footage data figures assessment estimate estimates ' +
  'budget proposal law affidavit warrant motion brief dossier book article paper release website ad advertisement guidance ' +
  'census forecast projections minutes agenda contract agreement policy regulation regulations rule rules plan manifesto ' +
  'resolution verdict judgment opinion summary notice chart graph map spreadsheet').split(' '));
const POST_HEADS = new Set('tweet tweets post posts thread video videos clip clips meme memes message messages blog vlog livestream'.split(' '));

/** The primary-source kind of a resolved, named speaker. */
export function primaryKindOf(s: Speaker): PrimaryKind {
  if (s.anonymous) return 'anonymous';
  if (s.kind === 'organization' || s.kind === 'outlet') return s.kind;
  if (s.kind === 'person') return 'person';
  // a description whose head word names a text ("the indictment", "a Pentagon report", "her viral post")
  const head = /([\p{L}]+)\W*$/u.exec(s.name)?.[1]?.toLowerCase() ?? '';
  if (POST_HEADS.has(head)) return 'post';
  if (DOCUMENT_HEADS.has(head)) return 'document';
  return s.kind === 'group' ? 'organization' : 'person';
}
