// Changes to the page before Readability reads it. Embedded posts (tweets, Instagram, TikTok) quoted
// in a story are part of what it reports, and for hearsay often the very source of a claim; but they
// sit in wrappers named "social-embed", which Readability and our cleaner treat as page furniture.
// We strip the names of those wrappers and mark the embed so the cleaner keeps it.

export const KEEP_ATTR = 'data-hearsay-keep';

const EMBEDS = 'blockquote.twitter-tweet, blockquote.twitter-video, blockquote.instagram-media, blockquote.tiktok-embed, blockquote.reddit-card';

function text(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function precleanDocument(doc: Document): void {
  for (const embed of doc.querySelectorAll(EMBEDS)) {
    const own = text(embed);
    if (!own) continue;
    embed.removeAttribute('class');
    embed.setAttribute(KEEP_ATTR, '');
    // Wrappers holding nothing but the embed lose their furniture-like names.
    // They also become <section>s: Readability drops link-heavy <div>s, and a tweet is mostly links.
    let p = embed.parentElement;
    while (p && p !== doc.body && text(p) === own) {
      const next = p.parentElement;
      p.removeAttribute('class');
      p.removeAttribute('id');
      if (p.tagName.toUpperCase() === 'DIV') {
        const section = doc.createElement('section');
        while (p.firstChild) section.appendChild(p.firstChild);
        p.replaceWith(section);
      }
      p = next;
    }
  }
}
