import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formDataToObject } from "./form-data";

function form(entries: [string, string | Blob][]): FormData {
  const formData = new FormData();
  for (const [key, value] of entries) formData.append(key, value);
  return formData;
}

describe("formDataToObject", () => {
  it("keeps single fields as strings, passwords and empty values included (zod decides)", () => {
    assert.deepEqual(formDataToObject(form([["title", "Harbour"], ["password", "secret"], ["standfirst", ""]])), { title: "Harbour", password: "secret", standfirst: "" });
    assert.deepEqual(formDataToObject(new FormData()), {});
  });

  it("turns a repeated field into an array, in order", () => {
    assert.deepEqual(formDataToObject(form([["tags", "port"], ["tags", "tolls"]])), { tags: ["port", "tolls"] });
    assert.deepEqual(formDataToObject(form([["tags", "a"], ["title", "T"], ["tags", "b"], ["tags", "c"]])), { tags: ["a", "b", "c"], title: "T" });
  });

  it("keeps files as they are", () => {
    const hero = new File(["png"], "hero.png", { type: "image/png" });
    const object = formDataToObject(form([["heroImage", hero], ["gallery", new File(["1"], "1.png")], ["gallery", new File(["2"], "2.png")]]));
    assert.ok(object.heroImage instanceof File);
    assert.equal((object.heroImage as File).name, "hero.png");
    assert.deepEqual((object.gallery as File[]).map((file) => file.name), ["1.png", "2.png"]);
  });

  it("leaves out the fields React adds for server actions", () => {
    assert.deepEqual(formDataToObject(form([["$ACTION_ID_abc123", ""], ["$ACTION_REF_1", ""], ["$ACTION_1:0", "{}"], ["title", "Kept"]])), { title: "Kept" });
  });

  it("treats fields named like object properties as ordinary fields, never as the prototype", () => {
    const object = formDataToObject(form([["constructor", "a"], ["toString", "b"], ["__proto__", new File(["x"], "x.txt")], ["__proto__", "c"], ["name", "n"]]));
    assert.equal(Object.getPrototypeOf(object), Object.prototype);
    assert.deepEqual(Object.keys(object), ["constructor", "toString", "__proto__", "name"]);
    assert.equal(object.constructor, "a");
    assert.equal(object.toString, "b");
    assert.equal(object.name, "n");
    assert.equal((Object.getOwnPropertyDescriptor(object, "__proto__")!.value as unknown[])[1], "c");
  });
});
