// The shared vocabulary of the pipeline. One document travels capture → extract → analyze; every
// annotation is a Span into the article text (UTF-16 offsets, end exclusive), never a copy of it.

/** A half-open range of UTF-16 code units into a text: text.slice(start, end). */
export interface Span {
  start: number;
  end: number;
}

export type Severity = 'info' | 'warning' | 'error';

/** A problem found in the content: shown to the user, never thrown. */
export interface Message {
  reason: string;
  /** Short stable id of the rule or stage that raised it, e.g. "extract:no-body". */
  rule: string;
  severity: Severity;
  span?: Span;
}

/** How a capture came to us. */
export type Origin =
  | { kind: 'file'; path: string }
  | { kind: 'stdin' }
  | { kind: 'url'; url: string; finalUrl: string; status: number }
  | { kind: 'jsonl'; path: string; line: number };

/** Original bytes exactly as received, with their hash and the time we got them. */
export interface Capture {
  bytes: Uint8Array;
  sha256: string;
  capturedAt: string;
  origin: Origin;
  /** Content-Type header (URL) or one inferred from the name or content. */
  contentType?: string;
  /** Decoded text, when the capture was decoded already (JSONL fields, stdin text). */
  decoded?: string;
  /** Text encoding used to decode the bytes, and where that choice came from. */
  encoding?: { name: string; from: 'bom' | 'header' | 'meta' | 'default' | 'json' };
}

export type MetaSource = 'json-ld' | 'opengraph' | 'meta' | 'time' | 'html' | 'input' | 'url';

/** A metadata value kept with the raw string it was read from and where that string was. */
export interface MetaField<T = string> {
  value: T;
  raw: string;
  from: MetaSource;
}

export interface Link {
  href: string;
  /** The anchor text inside the article body. */
  span: Span;
}

export interface ArticleMeta {
  title?: MetaField;
  byline?: MetaField;
  outlet?: MetaField;
  /** ISO 8601 when the raw string could be parsed. */
  published?: MetaField;
  modified?: MetaField;
  canonicalUrl?: MetaField;
  /** Declared language (html lang, meta); the detected one is Article.language. */
  declaredLanguage?: MetaField;
}

export interface Language {
  /** ISO 639-3 code (franc), or "und" when the text is too short to tell. */
  code: string;
  /** Whether the English analysis applies to this text. */
  english: boolean;
}

export interface ArticleFlags {
  paywall: boolean;
  liveBlog: boolean;
  truncated: boolean;
}

/** The article body and what we know about it. */
export interface Article {
  id: string;
  /** Body text, NFC. All spans of the article and its analysis point into this. */
  text: string;
  paragraphs: Span[];
  meta: ArticleMeta;
  links: Link[];
  flags: ArticleFlags;
  language: Language;
  messages: Message[];
  /** sha256 of the capture this came from, when there was one. */
  captureSha256?: string;
}

export type AttributionKind = 'direct' | 'indirect' | 'mixed' | 'according-to' | 'outlet-report';

export type EntityKind = 'person' | 'outlet' | 'organization' | 'place' | 'group' | 'unknown';

/** A mention of an entity in the text, with the key of the entity it refers to. */
export interface Mention {
  span: Span;
  kind: EntityKind;
  /** Stable key within the article, e.g. "person:alhakim". */
  key: string;
  /** How it refers: by name, by a role or description, by a pronoun. */
  form: 'name' | 'role' | 'pronoun' | 'anonymous';
}

/** The entity a source span was resolved to. */
export interface Speaker {
  /** Canonical (fullest) name used in the article, or the source's own words for anonymous ones. */
  name: string;
  key: string;
  kind: EntityKind;
  anonymous: boolean;
  /** The mention that named it (may differ from the source span: "he" → "Nikolai Mladenov"). */
  named?: Span;
  /** Titles and roles the article gives a person ("interior", "minister"), for matching across articles. */
  roles?: string[];
}

export type CertaintyClass = 'hedge' | 'booster' | 'report' | 'denial';

/** A word that qualifies how certain a statement is: "reportedly", "allegedly", "confirmed", "proving". */
export interface Hedge {
  span: Span;
  class: CertaintyClass;
  /** From 0 (pure speculation) to 1 (stated as proven). */
  certainty: number;
}

export interface Attribution {
  id: number;
  source: Span | null;
  cue: Span | null;
  /** Content fragments in order (a quote interrupted by its attribution has two). */
  content: Span[];
  kind: AttributionKind;
  speaker: Speaker | null;
  /** The attribution whose content contains this one ("X reported [Y said [Z]]"). */
  parent: number | null;
  hedges: Hedge[];
  /** Model score of the cue decision, for explanation. */
  score: number;
  /** Set when a rule rather than the model found the attribution ('labelled-statement': "Name: statement"; 'signed-quotation': "“…” ― Name"). */
  rule?: string;
}

/** A sentence that asserts something, with or without a source. */
export interface Claim {
  span: Span;
  attributions: number[];
  /** True when no attribution covers the sentence. */
  unattributed: boolean;
  hedges: Hedge[];
}

/** An outlet the article cites as a source of its information. */
export interface CitedOutlet {
  name: string;
  key: string;
  spans: Span[];
  /** Which attributions or links make it a citation. */
  via: ('attribution' | 'link' | 'credit')[];
}

export interface Analysis {
  article: Article;
  sentences: Span[];
  mentions: Mention[];
  attributions: Attribution[];
  hedges: Hedge[];
  claims: Claim[];
  citedOutlets: CitedOutlet[];
  messages: Message[];
}
