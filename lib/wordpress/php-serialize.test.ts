import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { PHP_SERIALIZE_MAX_BYTES, PHP_SERIALIZE_MAX_ENTRIES, looksSerialized, readPhpSerialized, type PhpValue } from "./php-serialize";

const read = (text: string): PhpValue => {
  const result = readPhpSerialized(text);
  assert.ok(result.ok, `refused: ${result.ok ? "" : result.reason}`);
  return result.value;
};
const refused = (text: string, reason: RegExp) => {
  const result = readPhpSerialized(text);
  assert.equal(result.ok, false, `read: ${text.slice(0, 80)}`);
  if (!result.ok) assert.match(result.reason, reason);
};

describe("readPhpSerialized", () => {
  it("reads what Polylang writes: a language's description and a translation group", () => {
    const language = read('a:3:{s:6:"locale";s:5:"fr_FR";s:3:"rtl";i:0;s:9:"flag_code";s:2:"fr";}');
    assert.deepEqual(language, new Map<string | number, PhpValue>([["locale", "fr_FR"], ["rtl", 0], ["flag_code", "fr"]]));
    const group = read('a:3:{s:2:"en";i:12;s:2:"fr";i:14;s:4:"sync";a:1:{i:14;s:2:"en";}}');
    assert.ok(group instanceof Map);
    assert.equal(group.get("en"), 12);
    assert.deepEqual(group.get("sync"), new Map([[14, "en"]]));
  });

  it("counts string lengths in UTF-8 bytes, as PHP does", () => {
    assert.equal(read('s:14:"العربية";'), "العربية");
    assert.equal(read('s:9:"Français";'), "Français");
    // A length in characters (8) is a lie in bytes.
    refused('s:8:"Français";', /“"” expected/);
  });

  it("reads booleans, null, negative integers and empty arrays", () => {
    assert.equal(read("b:1;"), true);
    assert.equal(read("b:0;"), false);
    assert.equal(read("N;"), null);
    assert.equal(read("i:-42;"), -42);
    assert.deepEqual(read("a:0:{}"), new Map());
  });

  it("keeps “__proto__” a key of a Map, never an object's prototype", () => {
    const value = read('a:1:{s:9:"__proto__";a:1:{s:5:"admin";b:1;}}');
    assert.ok(value instanceof Map);
    assert.ok(value.get("__proto__") instanceof Map);
    assert.equal(({} as Record<string, unknown>).admin, undefined);
  });

  it("refuses input cut short anywhere", () => {
    const whole = 'a:2:{s:2:"en";i:12;s:2:"fr";i:14;}';
    for (let length = 0; length < whole.length; length++) refused(whole.slice(0, length), /cut short|expected|not an integer|cannot hold|left/);
  });

  it("refuses lying lengths and counts without reading past the input", () => {
    refused('s:999999:"short";', /says it has 999999 bytes/);
    refused('s:2:"short";', /“"” expected/);
    refused('s:-1:"";', /negative length/);
    refused("a:3:{i:0;i:1;}", /cannot hold|expected/);
    refused("a:99999999999:{}", /cannot hold/);
    refused("a:-1:{}", /cannot hold/);
  });

  it("refuses huge counts and more values than it reads, quickly", () => {
    const started = performance.now();
    refused(`a:9007199254740991:{${"i:0;N;".repeat(10)}}`, /cannot hold/);
    refused(`a:99999999999999999999:{}`, /not an integer/);
    refused(`i:9999999999999999999;`, /out of range/);
    const many = PHP_SERIALIZE_MAX_ENTRIES;
    refused(`a:${many}:{${Array.from({ length: many }, (_, n) => `i:${n};N;`).join("")}}`, /more than 4096 values/);
    assert.ok(performance.now() - started < 1_000);
  });

  it("refuses nesting deeper than four arrays, without recursing into it", () => {
    const nested = (depth: number) => "a:1:{i:0;".repeat(depth) + "N;" + "}".repeat(depth);
    assert.ok(read(nested(4)) instanceof Map);
    refused(nested(5), /nested more than 4 deep/);
    refused(nested(5_000).slice(0, PHP_SERIALIZE_MAX_BYTES), /nested more than 4 deep/);
  });

  it("refuses input over 64 KB before reading it", () => {
    refused(`s:${70_000}:"${"x".repeat(70_000)}";`, /longer than 64 KB/);
  });

  it("refuses PHP objects, references, floats and anything after the value", () => {
    refused('O:8:"stdClass":1:{s:1:"a";i:1;}', /objects are not read/);
    refused('a:1:{i:0;O:8:"stdClass":0:{}}', /objects are not read/);
    refused('C:11:"ArrayObject":21:{x:i:0;a:0:{};m:a:0:{}}', /objects are not read/);
    refused("a:2:{i:0;i:1;i:1;R:2;}", /references are not read/);
    refused("d:0.5;", /not a value this reader takes/);
    refused("a:1:{a:0:{}i:1;}", /key is neither/);
    refused("i:1;i:2;", /more after the value/);
    refused("b:2;", /neither 0 nor 1/);
    refused("i:1e3;", /not an integer/);
    refused("", /cut short/);
  });

  it("says what looks serialized, as WordPress's maybe_unserialize decides", () => {
    assert.ok(looksSerialized('a:1:{s:6:"locale";s:5:"fr_FR";}'));
    assert.ok(looksSerialized("N;"));
    assert.ok(!looksSerialized("fr_FR"));
    assert.ok(!looksSerialized(""));
  });
});
