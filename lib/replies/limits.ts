// The lengths a reply may have, in a module of plain numbers: the reply form (a client component on
// the reader page) uses them for maxLength without bringing the schema's code to the browser.
export const REPLY_NAME_MAX = 100;
export const REPLY_BODY_MAX = 5000;
/** A reply's website: a full http(s) address (the form refuses anything else; an import drops it). */
export const REPLY_WEBSITE_PATTERN = /^https?:\/\/[^\s/$.?#][^\s]*$/i;
