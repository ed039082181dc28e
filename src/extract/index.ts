// The extract stage: HTML or plain text → Article.
export { extractHtml, type ExtractHtmlOptions } from './html.ts';
export { extractText, type ExtractTextOptions } from './text.ts';
export { detectLanguage } from './language.ts';
