import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { errorState, submittedValues } from "./state";

function form(entries: [string, string | Blob][]): FormData {
  const formData = new FormData();
  for (const [key, value] of entries) formData.append(key, value);
  return formData;
}

describe("submittedValues", () => {
  it("sends back the text fields as typed", () => {
    assert.deepEqual(submittedValues(form([["title", "Harbour tolls"], ["body", "  spaces kept\nand lines  "], ["empty", ""]])), {
      title: "Harbour tolls",
      body: "  spaces kept\nand lines  ",
      empty: "",
    });
  });

  it("never sends back a password, whatever the field is called", () => {
    const values = submittedValues(form([["email", "a@example.com"], ["password", "hunter2"], ["currentPassword", "a"], ["newPassword", "b"], ["NEW_PASSWORD_AGAIN", "c"], ["password", "again"]]));
    assert.deepEqual(values, { email: "a@example.com" });
    assert.ok(!JSON.stringify(values).includes("hunter2"));
  });

  it("joins a repeated field with commas", () => {
    assert.deepEqual(submittedValues(form([["tags", "port"], ["tags", "tolls"], ["tags", "a,b"]])), { tags: "port,tolls,a,b" });
  });

  it("leaves files out", () => {
    const values = submittedValues(form([["heroImage", new File(["png"], "hero.png", { type: "image/png" })], ["heroImageAlt", "A ship"], ["attachment", new Blob(["x"])]]));
    assert.deepEqual(values, { heroImageAlt: "A ship" });
  });

  it("leaves out the fields React adds for server actions", () => {
    assert.deepEqual(submittedValues(form([["$ACTION_ID_abc123", ""], ["$ACTION_REF_1", ""], ["$ACTION_1:0", "{}"], ["$ACTION_KEY", "k"], ["title", "Kept"]])), { title: "Kept" });
  });

  it("treats fields named like object properties as ordinary fields", () => {
    const values = submittedValues(form([["constructor", "a"], ["toString", "b"], ["__proto__", "c"], ["__proto__", "d"]]));
    assert.deepEqual(Object.entries(values), [["constructor", "a"], ["toString", "b"], ["__proto__", "c,d"]]);
    assert.equal(Object.getPrototypeOf(values), Object.prototype);
  });

  it("is what an error state carries back to the form", () => {
    const state = errorState("Check the form.", form([["title", "T"], ["password", "p"]]), { title: ["Too short."] });
    assert.equal(state.status, "error");
    assert.deepEqual(state.values, { title: "T" });
    assert.deepEqual(state.fieldErrors, { title: ["Too short."] });
    assert.equal(errorState("No form.").values, undefined);
  });
});
