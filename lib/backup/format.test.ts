import assert from "node:assert/strict";
import { test } from "node:test";
import { afterKey, whereKey } from "./delegate";
import { BackupFormatError, FORMAT_NAME, FORMAT_VERSION, decodeRow, encodeRow, incompatibility, parseManifest, type Manifest } from "./format";
import { modelsOfSchema } from "./schema";

const [model] = modelsOfSchema(`datasource db {\n provider = "postgresql"\n url = "postgresql://x"\n}
model Everything {
  id String @id
  when DateTime
  maybe DateTime?
  big BigInt
  bytes Bytes?
  money Decimal
  ratio Float
  count Int
  flag Boolean
  data Json
  note String?
}`);

test("every kind of value survives a JSON line exactly, nulls included", () => {
  const row = {
    id: "a",
    when: new Date("2026-11-27T18:45:01.123Z"),
    maybe: null,
    big: 9007199254740993n,
    bytes: Buffer.from([0, 1, 254, 255]),
    money: "12345678901234567890.123456789",
    ratio: 0.1,
    count: -3,
    flag: false,
    data: { a: [1, "two", null] },
    note: null,
  };
  const line = encodeRow(model!, row);
  assert.equal(
    line,
    '{"id":"a","when":"2026-11-27T18:45:01.123Z","maybe":null,"big":"9007199254740993","bytes":"AAH+/w==","money":"12345678901234567890.123456789","ratio":0.1,"count":-3,"flag":false,"data":{"a":[1,"two",null]},"note":null}',
  );
  const back = decodeRow(model!, line);
  assert.deepEqual({ ...back, bytes: [...(back.bytes as Buffer)] }, { ...row, bytes: [0, 1, 254, 255] });
  assert.equal(encodeRow(model!, back), line);
});

test("a date that is not a date is refused", () => {
  assert.throws(() => decodeRow(model!, '{"id":"a","when":"yesterday"}'), BackupFormatError);
});

const manifest: Manifest = {
  format: FORMAT_NAME,
  formatVersion: FORMAT_VERSION,
  createdAt: "2026-11-27T18:45:00.000Z",
  schema: { migration: "2_second", schemaSha256: "0".repeat(64) },
  models: [{ name: "Everything", file: "data/Everything.jsonl", rows: 1, bytes: 10, sha256: "1".repeat(64), fields: ["id", "when"] }],
  excluded: [],
  uploads: { index: "uploads-index.jsonl", files: 0, bytes: 0, sha256: "2".repeat(64) },
};

test("the manifest names the format and its version; another file or version is refused in one sentence", () => {
  assert.deepEqual(parseManifest(JSON.stringify(manifest)), manifest);
  assert.throws(() => parseManifest("not json"), /not a Gazette backup, or it is damaged/);
  assert.throws(() => parseManifest(JSON.stringify({ format: "wordpress", formatVersion: 1 })), /not a Gazette backup/);
  assert.throws(() => parseManifest(JSON.stringify({ ...manifest, formatVersion: 2 })), /format version 2; this Gazette reads version 1/);
  assert.throws(() => parseManifest(JSON.stringify({ ...manifest, models: undefined })), /manifest.json is incomplete: models/);
});

test("a backup from a newer schema, or with a table or field this Gazette lacks, is refused", () => {
  assert.equal(incompatibility(manifest, [model!], ["1_first", "2_second"]), null);
  assert.equal(incompatibility(manifest, [model!], ["1_first", "2_second", "3_third"]), null);
  assert.match(incompatibility(manifest, [model!], ["1_first"])!, /made by a newer Gazette/);
  assert.match(incompatibility({ ...manifest, models: [{ ...manifest.models[0]!, name: "Gone" }] }, [model!], ["2_second"])!, /table Gone/);
  assert.match(incompatibility({ ...manifest, models: [{ ...manifest.models[0]!, fields: ["id", "removed"] }] }, [model!], ["2_second"])!, /field removed/);
});

test("keyset paging after a row, for one-field and two-field keys", () => {
  assert.deepEqual(afterKey(["id"], { id: "m" }), { id: { gt: "m" } });
  assert.deepEqual(afterKey(["articleId", "tagId"], { articleId: "a", tagId: "t" }), {
    OR: [{ articleId: { gt: "a" } }, { articleId: "a", tagId: { gt: "t" } }],
  });
  assert.deepEqual(whereKey(["articleId", "tagId"], { articleId: "a", tagId: "t", x: 1 }), { articleId_tagId: { articleId: "a", tagId: "t" } });
});
