import { db } from "../lib/db";
import { createArticle, uniqueSuffix } from "./factories";
import { expect, test, uniqueIp } from "./fixtures";

test("200 replies posted at the same moment to one article are all stored: none lost, no 5xx", async ({ request }) => {
  test.slow();
  const suffix = uniqueSuffix();
  const article = await createArticle();
  const started = Date.now();
  const responses = await Promise.all(
    Array.from({ length: 200 }, (_, i) =>
      request.post(`/api/articles/${article.id}/replies`, {
        headers: { "X-Forwarded-For": uniqueIp() },
        data: { name: `Crowd ${i}`, email: `crowd-${i}-${suffix}@example.net`, body: `Reply number ${i} of the crowd ${suffix}.` },
      }),
    ),
  );
  const statuses = responses.map((response) => response.status());
  const elapsed = Date.now() - started;
  console.log(`200 concurrent replies: ${statuses.filter((s) => s === 201).length} stored with 201 in ${elapsed} ms`);
  expect(statuses.filter((status) => status >= 500)).toEqual([]);
  expect(statuses.filter((status) => status !== 201), "answers other than 201 Created").toEqual([]);
  for (const response of responses) expect(await response.text()).not.toContain("@example.net");
  expect(await db.reply.count({ where: { articleId: article.id } })).toBe(200);
});
