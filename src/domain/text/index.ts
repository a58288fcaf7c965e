export { escapeHtml, escapeHtmlAttribute } from './html-escape.js';
export { paginateHtml } from './paginate.js';
export { CAPTION_MAX_LENGTH, MESSAGE_MAX_LENGTH, tokenizeHtml, visibleLength, type HtmlToken } from './telegram-html.js';
export { truncateHtml, truncateText } from './truncate.js';
export { htmlToPlainText } from './plain-text.js';
