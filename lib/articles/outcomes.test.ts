import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { savedMessage } from "./outcomes";

describe("savedMessage", () => {
  it("says what each save did, with the time of a schedule", () => {
    assert.equal(savedMessage("save", null), "Draft saved.");
    assert.equal(savedMessage("publish", null), "Published. It is live on the site now.");
    assert.match(savedMessage("schedule", new Date("2031-03-04T05:06:00Z")), /^Scheduled\. It will go live on .*2031/);
    assert.equal(savedMessage("unpublish", null, "IN_REVIEW"), "Sent back to the author as a draft.");
  });

  it("answers an intent from an address that is not one with a plain word", () => {
    assert.equal(savedMessage("<script>", null), "Saved.");
    assert.equal(savedMessage("constructor", null), "Saved.");
  });
});
