// @ts-check
// Replaces Next.js's polyfill-module on every page (the alias is in next.config.js). Next.js 16
// supports Chrome and Edge 111+, Firefox 111+ and Safari 16.4+ (its default browserslist), which all
// have trimStart/trimEnd, Symbol.prototype.description, flat/flatMap, Promise.prototype.finally,
// Object.fromEntries, Array.prototype.at and Object.hasOwn. URL.canParse came later (Chrome 120,
// Firefox 115, Safari 17), so it stays, as Next.js wrote it.
if (!("canParse" in URL)) {
  /** @param {string | URL} url @param {string | URL} [base] */
  URL.canParse = function (url, base) {
    try {
      return !!new URL(url, base);
    } catch {
      return false;
    }
  };
}
