import assert from "node:assert/strict";
import { test } from "node:test";
import { ModelName } from "../generated/sqlite/internal/prismaNamespace";
import { EXCLUDED_MODELS, allModels, deferredFields, exportedModels, insertionOrder, migrationNames, modelsOfSchema } from "./schema";

test("every model of the schema is either in the backup or excluded with a reason", () => {
  const exported = new Set(exportedModels().map((model) => model.name));
  for (const model of allModels()) {
    const excluded = EXCLUDED_MODELS[model.name];
    assert.ok(exported.has(model.name) !== Boolean(excluded), `${model.name} must be exported or excluded (with a reason), not both or neither`);
    if (excluded) assert.ok(excluded.length > 20, `${model.name}: say why it is excluded`);
  }
  for (const name of Object.keys(EXCLUDED_MODELS)) {
    assert.ok(allModels().some((model) => model.name === name), `EXCLUDED_MODELS names ${name}, which the schema no longer has`);
  }
});

test("the schema the backup reads is the one the client was generated from", () => {
  assert.deepEqual(allModels().map((model) => model.name).sort(), Object.keys(ModelName).sort());
});

test("every model has a primary key to page by, and the client a property for it", () => {
  for (const model of exportedModels()) {
    assert.ok(model.primaryKey.length > 0, `${model.name} has no primary key`);
    assert.equal(model.delegate, model.name[0]!.toLowerCase() + model.name.slice(1));
  }
});

test("no exported model numbers its rows with autoincrement (a restore does not move PostgreSQL's sequences)", () => {
  for (const model of exportedModels()) {
    const field = model.fields.find((candidate) => candidate.isAutoincrement);
    assert.equal(field, undefined, `${model.name}.${field?.name}: teach lib/backup/restore.ts to set the sequence after a restore`);
  }
});

test("insertion order puts every referenced model first; replies' own parents and translations' sources are deferred", () => {
  const order = exportedModels().map((model) => model.name);
  for (const model of exportedModels()) {
    for (const key of model.foreignKeys) {
      if (key.target === model.name) continue;
      assert.ok(order.indexOf(key.target) < order.indexOf(model.name), `${key.target} must come before ${model.name}`);
    }
  }
  assert.deepEqual(deferredFields(exportedModels().find((model) => model.name === "Reply")!), ["parentId"]);
  assert.deepEqual(deferredFields(exportedModels().find((model) => model.name === "Category")!), ["parentId"]);
  assert.deepEqual(deferredFields(exportedModels().find((model) => model.name === "Article")!), ["translationSourceId"]);
  // Added by the WordPress import after the backup was written: in it without being named.
  assert.ok(order.includes("ImportedItem"));
});

const schema = (body: string) => `datasource db {\n provider = "sqlite"\n url = "file:x.db"\n}\n${body}`;

test("a model added later is exported without being listed anywhere", () => {
  const models = modelsOfSchema(
    schema(`
model Article {
  id String @id
  wp WordPressId[]
}
model WordPressId {
  kind String
  wpId Int
  articleId String
  article Article @relation(fields: [articleId], references: [id])
  @@id([kind, wpId])
}`),
  );
  const order = insertionOrder(models).map((model) => model.name);
  assert.deepEqual(order, ["Article", "WordPressId"]);
  assert.deepEqual(models.find((model) => model.name === "WordPressId")!.primaryKey, ["kind", "wpId"]);
});

test("a cycle between models, or a required key to itself, is refused with the reason", () => {
  const cyclic = modelsOfSchema(
    schema(`
model A {
  id String @id
  bId String @unique
  b B @relation("ab", fields: [bId], references: [id])
  bs B[] @relation("ba")
}
model B {
  id String @id
  aId String
  a A @relation("ba", fields: [aId], references: [id])
  as A? @relation("ab")
}`),
  );
  assert.throws(() => insertionOrder(cyclic), /cycle of foreign keys \(A → B → A\)/);
  const selfRequired = modelsOfSchema(
    schema(`
model Node {
  id String @id
  parentId String
  parent Node @relation("tree", fields: [parentId], references: [id])
  children Node[] @relation("tree")
}`),
  );
  assert.throws(() => deferredFields(selfRequired[0]!), /may not be null/);
});

test("migrations are listed oldest first", () => {
  const names = migrationNames();
  assert.ok(names.length > 3);
  assert.deepEqual([...names].sort(), names);
});
