// Signs that a piece of a news page is not article text: class/id words, tags, and whole-block phrases
// that recur across outlets (captions, credits, share bars, promos, newsletter boxes, comments).

/** Elements that are never body text when found inside the article container. */
export const DROP_TAGS = new Set(['FIGURE', 'FIGCAPTION', 'NAV', 'ASIDE', 'FORM', 'BUTTON', 'FOOTER']);

// Matched against each "-"/"_"/camelCase-split word of class and id, so "article-body" never hits
// "body"-like traps and "related-links" hits "related". Kept to words that name page furniture.
const FURNITURE_WORDS = new Set([
  'caption', 'captions', 'credit', 'credits', 'byline', 'bylines', 'share', 'sharing', 'social',
  'related', 'newsletter', 'promo', 'promos', 'advert', 'advertisement', 'ad', 'ads', 'adslot',
  'sponsored', 'subscribe', 'subscription', 'comments', 'comment', 'disqus', 'breadcrumb',
  'breadcrumbs', 'toolbar', 'tags', 'tag', 'author', 'authors', 'bio', 'dateline', 'timestamp',
  'meta', 'signup', 'recirc', 'outbrain', 'taboola', 'rollover', 'tooltip', 'popup', 'modal',
  'gallery', 'slideshow', 'copyright', 'print', 'pagination',
  'embed', 'widget', 'sidebar', 'trending', 'popular', 'most', 'more', 'readmore', 'recommended',
  'rail', 'teaser', 'teasers', 'cta',
  // Standfirsts and kickers summarise or label the story; benchmarks and readers treat them apart.
  'standfirst', 'dek', 'kicker', 'eyebrow',
]);

// Words that mark the body itself: an element carrying one of these is never dropped by class.
// Strong words only: "article", "post" or "story" also prefix furniture ("post-author", "story-related").
const BODY_WORDS = new Set(['body', 'content', 'main']);

function words(s: string): string[] {
  return s
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Whether an element's class/id say it is page furniture (caption, share bar, promo …). */
export function isFurniture(el: Element): boolean {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (!names.trim()) return false;
  const ws = words(names);
  if (ws.some((w) => BODY_WORDS.has(w))) return false;
  return ws.some((w) => FURNITURE_WORDS.has(w));
}

/** Whether the element is hidden from sighted readers (so not part of what a reader sees). */
// Exact class names only: "hidden-xs" (hidden on phones) is visible on other screens.
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = (el.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
  if (/display:none|visibility:hidden/.test(style)) return true;
  const cls = (el.getAttribute('class') ?? '').toLowerCase();
  return /(^|\s)(sr-only|visually-hidden|visuallyhidden|screen-reader-text|off-screen|offscreen|element-hidden|hidden)(\s|$)/.test(cls);
}

// A whole block consisting of one of these is furniture. Anchored at both ends (or at the start
// for label-style prefixes) so article sentences that merely contain the words survive.
const BLOCK_PATTERNS: RegExp[] = [
  /^(advertisement|advert|ad|sponsored( content)?|continue reading( below)?|story continues below|article continues below|scroll to continue|skip to (main )?content|read more|see more|show more|load more|more:?|related:?|you may also like\.*|share( this)?( article| story)?|comments?|print|email|close|caption|tweet|share on \w+)[.:!]?$/i,
  /^(image|photo|picture|video|graphic)( copyright| caption| credit)?\s*[:|]/i,
  /^\(?(image|photo|picture|credit|photograph|illustration)s?( credit)?:.*\)?$/i,
  /^(image|photo)( copyright| caption)\b/i,
  /^\|?\s*(updated|published|posted|last updated|first published)\b.{0,60}\b(\d{1,2}:\d{2}|\d{4}|ago)\b.{0,40}$/i,
  /^(related|see more|read more|also read|more from|recommended|most read|most popular|don'?t miss|watch|listen|sign up|subscribe|follow us)\b.{0,80}[:|]/i,
  /^image \d+ of \d+$/i,
  /^(don'?t miss|related news|related stories|related articles|about the author|more stories|trending|most read|top stories|latest news|recommended for you)[.:!]?$/i,
  /^(copyright|©|\(c\))\s/i,
  /^loading\b.{0,30}$/i,
  /^(tell us what you think|leave a (comment|reply)|have your say|join the (conversation|discussion))\b/i,
  /\b(uses|use) cookies\b/i,
  /\ball rights reserved\.?$/i,
  /\b(click here|sign up for (our|the)|subscribe to our|get the latest .{0,40} (in|to) your inbox)\b/i,
];

// A caption or credit line: a short block ending in a picture credit.
const CREDIT_END =
  /(\((image|photo|photograph|picture|credit|source|pictured)s?\s*:[^)]{0,80}\)|\b(credit|photo|image)s?\s*:\s*[^.:]{1,60}|\((ap|afp|reuters|getty|epa)[^)]{0,60}\)|\b(getty images|ap photo|shutterstock|istock)[^.]{0,40}|\|\s*(getty|ap|afp|reuters|bloomberg|epa|shutterstock)\b[^|]{0,30})$/i;

/** Whether a short block reads as a caption or picture credit. */
export function isCaptionText(text: string): boolean {
  const t = text.trim();
  return t.length < 350 && CREDIT_END.test(t);
}

/** Whether a short block's whole text is boilerplate by phrase. */
export function isBoilerplateText(text: string): boolean {
  const t = text.trim();
  if (t.length > 200) return false;
  return BLOCK_PATTERNS.some((re) => re.test(t));
}
