import assert from "node:assert/strict";
import { test } from "node:test";
import { htmlParts } from "./html-parts";

test("an article page is split into parts that add up to the whole", () => {
  const html =
    '<html><head><title>T</title><script type="application/ld+json">{"a":1}</script></head><body>' +
    '<section aria-labelledby="replies-heading">replies</section><p>text</p>' +
    '<script>self.__next_f.push([1,"x"])</script></body></html>';
  const parts = htmlParts(html);
  assert.equal(parts["JSON-LD"], '<script type="application/ld+json">{"a":1}</script>'.length);
  assert.equal(parts["reply list"], '<section aria-labelledby="replies-heading">replies</section>'.length);
  assert.equal(parts["React payload"], '<script>self.__next_f.push([1,"x"])</script>'.length);
  const sum = Object.entries(parts).reduce((total, [name, size]) => (name === "total" ? total : total + size), 0);
  assert.equal(sum, parts.total);
});
