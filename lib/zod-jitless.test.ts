import assert from "node:assert/strict";
import { it } from "node:test";
import { setZodJitless } from "./zod-jitless";

// Runs in a process of its own (node:test), so Zod is loaded here for the first time, after the setting,
// as in the browser where instrumentation-client.ts runs first.
it("Zod reads the setting made without importing it, and never tries new Function", async () => {
  setZodJitless();
  const realFunction = globalThis.Function;
  let attempts = 0;
  globalThis.Function = new Proxy(realFunction, {
    apply(target, self, args) {
      attempts++;
      return Reflect.apply(target, self, args);
    },
    construct(target, args) {
      attempts++;
      return Reflect.construct(target, args);
    },
  });
  try {
    const { config } = await import("zod/v4/core");
    const { z } = await import("zod");
    assert.equal(config().jitless, true);
    const schema = z.object({ name: z.string().min(1), count: z.number() });
    assert.deepEqual(schema.parse({ name: "a", count: 1 }), { name: "a", count: 1 });
    assert.equal(schema.safeParse({ name: "", count: 1 }).success, false);
    assert.equal(attempts, 0);
  } finally {
    globalThis.Function = realFunction;
  }
});
