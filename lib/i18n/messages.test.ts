// Every messages file has exactly English's keys, every message parses as ICU (with the parser
// next-intl's formatter uses), and every plural covers the categories its language has.
// docs/decisions/048-reader-messages.md
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { TYPE, parse, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { createTranslator } from "next-intl";
import { REPLY_ANSWERS, REPLY_ANSWER_VALUES, answerIn, rateLimitedAnswer, replyAnswerOf } from "@/lib/replies/reader-messages";
import { replyAnswerTexts } from "@/lib/replies/answer-texts";
import { aroundTag, fill, pluralForms, pluralIn } from "./plain-messages";
import { MESSAGE_LANGUAGES, messagesLanguageFor } from "./locale";

type Messages = { [key: string]: string | Messages };

const load = (language: string) => JSON.parse(readFileSync(new URL(`../../messages/${language}.json`, import.meta.url), "utf8")) as Messages;

/** "Replies.form.heading" → its message, for every leaf. */
function flatten(messages: Messages, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [inner, text] of flatten(value, path)) out.set(inner, text);
  }
  return out;
}

/** Each plural or selectordinal in a parsed message, with the categories it names. */
function plurals(elements: MessageFormatElement[]): { value: string; options: string[]; ordinal: boolean }[] {
  const found: { value: string; options: string[]; ordinal: boolean }[] = [];
  for (const element of elements) {
    if (element.type === TYPE.plural) {
      found.push({ value: element.value, options: Object.keys(element.options), ordinal: element.pluralType === "ordinal" });
      for (const option of Object.values(element.options)) found.push(...plurals(option.value));
    } else if (element.type === TYPE.select) {
      for (const option of Object.values(element.options)) found.push(...plurals(option.value));
    } else if (element.type === TYPE.tag) {
      found.push(...plurals(element.children));
    }
  }
  return found;
}

const english = flatten(load("en"));

describe("messages files", () => {
  for (const language of MESSAGE_LANGUAGES) {
    const messages = flatten(load(language));
    it(`${language}.json has exactly en.json's keys`, () => {
      assert.deepEqual([...messages.keys()].filter((key) => !english.has(key)), [], "keys English does not have");
      assert.deepEqual([...english.keys()].filter((key) => !messages.has(key)), [], "keys missing");
    });
    it(`${language}.json: every message parses as ICU and its plurals cover ${language}'s categories`, () => {
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      for (const [key, text] of messages) {
        let parsed: MessageFormatElement[];
        try {
          parsed = parse(text);
        } catch (error) {
          assert.fail(`${language} ${key}: ${(error as Error).message}`);
        }
        for (const plural of plurals(parsed)) {
          if (plural.ordinal) continue;
          const missing = categories.filter((category) => !plural.options.includes(category));
          assert.deepEqual(missing, [], `${language} ${key}: {${plural.value}, plural} lacks ${missing.join(", ")}`);
          assert.ok(plural.options.includes("other"), `${language} ${key}: a plural needs "other"`);
        }
      }
    });
    it(`${language}.json: every message formats with English's arguments`, () => {
      const t = createTranslator({ locale: language, messages: load(language), onError: (error) => assert.fail(`${language}: ${error.message}`) });
      const values = { names: "A", name: "Ana", count: 3, minutes: 4, credit: "AFP", nameMax: 100, bodyMax: 5000, depth: 5, seconds: 2, page: 2, total: 5, label: "L", query: "q", year: "2026", site: "S", description: "D", headline: "H", time: "09:30", kind: "K", digest: "1234", title: "T" };
      const tag = (chunks: string) => chunks;
      for (const [key, text] of messages) {
        // A name is a tag where the message opens one (<names></names>), else an argument ({names}).
        const tags = Object.fromEntries([...text.matchAll(/<([a-z]+)>/g)].map((match) => [match[1], tag]));
        const result = t.markup(key as never, { ...values, ...tags } as never);
        assert.equal(typeof result, "string", `${language} ${key}`);
        assert.ok(!result.includes("{") && !result.includes("<"), `${language} ${key}: ${result}`);
      }
    });
  }
});

describe("messagesLanguageFor", () => {
  it("takes the exact language, then its primary subtag, else none", () => {
    assert.equal(messagesLanguageFor("en-GB"), "en");
    assert.equal(messagesLanguageFor("fr"), "fr");
    assert.equal(messagesLanguageFor("ar-u-nu-latn"), "ar");
    assert.equal(messagesLanguageFor("pt-BR", ["en", "pt-BR", "pt"]), "pt-BR");
    assert.equal(messagesLanguageFor("pt-PT", ["en", "pt-BR", "pt"]), "pt");
    assert.equal(messagesLanguageFor("de"), null);
    assert.equal(messagesLanguageFor("not a language"), null);
  });
});

describe("the reply form's answers in English", () => {
  const t = createTranslator({ locale: "en-GB", messages: load("en"), namespace: "Replies.answers" });
  it("read exactly as the schema, mutation and action write them", () => {
    for (const [key, text] of Object.entries(REPLY_ANSWERS)) {
      assert.equal(t(key as never, { ...REPLY_ANSWER_VALUES, seconds: 0 } as never), text, key);
      assert.deepEqual(replyAnswerOf(text), { key });
    }
  });
  it("the rate limit's sentence, with its seconds", () => {
    for (const seconds of [1, 2, 1250]) {
      const text = rateLimitedAnswer(seconds);
      assert.deepEqual(replyAnswerOf(text), { key: "rateLimited", seconds });
      assert.equal(t("rateLimited" as never, { seconds } as never), text);
    }
    assert.equal(replyAnswerOf("Something else."), null);
  });
});

describe("the reply form's answers as the server hands them to the form (no formatter in the browser)", () => {
  const locales: Record<string, string> = { en: "en-GB", fr: "fr", es: "es", ar: "ar-u-nu-latn" };
  for (const language of MESSAGE_LANGUAGES) {
    it(`read as next-intl formats them, in ${language}`, () => {
      const locale = locales[language] ?? language;
      const t = createTranslator({ locale, messages: load(language), namespace: "Replies.answers" });
      const texts = replyAnswerTexts(locale, (key, values) => t(key as never, values as never));
      for (const [key, text] of Object.entries(REPLY_ANSWERS)) {
        assert.equal(answerIn(texts, text), t(key as never, { ...REPLY_ANSWER_VALUES, seconds: 0 } as never), key);
      }
      for (const seconds of [1, 2, 3, 5, 11, 21, 100, 102, 1250]) {
        assert.equal(answerIn(texts, rateLimitedAnswer(seconds)), t("rateLimited" as never, { seconds } as never), `${seconds} seconds`);
      }
      assert.equal(answerIn(texts, "Something else."), "Something else.");
    });
  }
});

describe("counted sentences as the server hands them to client islands (lib/i18n/plain-messages.ts)", () => {
  const locales: Record<string, string> = { en: "en-GB", fr: "fr", es: "es", ar: "ar-u-nu-latn" };
  for (const language of MESSAGE_LANGUAGES) {
    it(`read as next-intl formats them, in ${language}`, () => {
      const locale = locales[language] ?? language;
      const t = createTranslator({ locale, messages: load(language), namespace: "Live" });
      for (const key of ["newAbove", "newMany", "waiting"] as const) {
        const forms = pluralForms(locale, "count", (count) => t(key as never, { count } as never));
        for (const count of [0, 1, 2, 3, 5, 11, 21, 100, 102, 1250]) assert.equal(pluralIn(forms, "count", count), t(key as never, { count } as never), `${key} ${count}`);
      }
      const headline = (value: string) => t("newOneHeadline" as never, { headline: value } as never);
      assert.equal(fill(headline("{headline}"), { headline: "Polls {close}" }), headline("Polls {close}"));
    });
  }
  it("splits a sentence around its one element", () => {
    assert.deepEqual(aroundTag("Reply to <bdi>{name}</bdi>", "bdi"), ["Reply to ", "{name}", ""]);
    assert.deepEqual(aroundTag("at <time></time>", "time"), ["at ", "", ""]);
    assert.deepEqual(aroundTag("No tag", "bdi"), ["No tag", "", ""]);
  });
});
