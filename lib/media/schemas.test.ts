import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { MEDIA_FIELD_MAX, MediaQuerySchema, MediaUpdateSchema, MediaUploadSchema } from "./schemas";

describe("media schemas", () => {
  it("needs alt text for an upload and trims the words", () => {
    assert.equal(MediaUploadSchema.safeParse({ alt: "  " }).success, false);
    assert.deepEqual(MediaUploadSchema.parse({ alt: " Boats ", caption: " At dawn. ", credit: "" }), { alt: "Boats", caption: "At dawn.", credit: "" });
  });

  it("refuses oversized, unstorable and wrongly typed words, and forged ids", () => {
    for (const input of [
      { alt: "x".repeat(MEDIA_FIELD_MAX.alt + 1) },
      { alt: "a", caption: "x".repeat(MEDIA_FIELD_MAX.caption + 1) },
      { alt: "a", credit: "x".repeat(MEDIA_FIELD_MAX.credit + 1) },
      { alt: "a \u0000 b" },
      { alt: "a", credit: "\uDC00" },
      { alt: ["a", "b"] },
    ]) {
      assert.equal(MediaUploadSchema.safeParse(input).success, false, JSON.stringify(input));
    }
    for (const id of ["", "../x", "a".repeat(65), "id with space"]) {
      assert.equal(MediaUpdateSchema.safeParse({ id, alt: "a" }).success, false, id);
    }
  });

  it("takes a search of at most 200 storable characters", () => {
    assert.equal(MediaQuerySchema.parse("  harbour  "), "harbour");
    for (const query of ["x".repeat(MEDIA_FIELD_MAX.query + 1), "a\u0000", 12, null]) {
      assert.equal(MediaQuerySchema.safeParse(query).success, false, String(query));
    }
  });

  it("takes a focal point in percent, the centre when left empty, and refuses one outside the image", () => {
    const id = "ckmediaid0000000000000000";
    assert.deepEqual(MediaUpdateSchema.parse({ id, alt: "a", focalX: "25", focalY: " 40% " }), { id, alt: "a", caption: "", credit: "", focalX: 25, focalY: 40 });
    assert.deepEqual(MediaUpdateSchema.parse({ id, alt: "a", focalX: "", focalY: "" }), { id, alt: "a", caption: "", credit: "", focalX: 50, focalY: 50 });
    for (const focalY of ["140", "-1", "middle", ["1", "2"]]) {
      assert.equal(MediaUpdateSchema.safeParse({ id, alt: "a", focalX: "10", focalY }).success, false, String(focalY));
    }
  });
});
