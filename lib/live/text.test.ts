import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { updateTitle } from "./text";

describe("updateTitle", () => {
  it("is the headline, else the first words cut at a word", () => {
    assert.equal(updateTitle({ headline: "Polls close", text: "Counting begins." }), "Polls close");
    assert.equal(updateTitle({ headline: "", text: "Counting\n\nbegins." }), "Counting begins.");
    assert.equal(updateTitle({ headline: "", text: "" }), "Update");
    const long = updateTitle({ headline: "", text: "word ".repeat(40) }, 30);
    assert.ok(long.length <= 30 && long.endsWith("word…"), long);
  });
});
