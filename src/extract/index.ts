export { extractHtml } from './html.ts';
