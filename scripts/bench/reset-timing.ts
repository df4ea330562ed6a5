// `npm run bench -- --reset-timing [--pairs 25]`: does "Forgot your password?" answer an existing
// address in the same time as an unknown one (an outside audit found 17.2 ms against 12.8 ms, which told
// anyone which accounts exist)? The form is sent as a browser without script sends it (its hidden
// fields as the page wrote them), alternating a demo account's address and an address nobody has, each
// pair in a new order, each request from a reader address of its own (the server believes the bench's
// X-Forwarded-For), and the medians are compared. lib/auth/reset-request.ts says why they should match.
import { DomUtils, parseDocument } from "htmlparser2";
import { median } from "./stats";

const { findAll, getAttributeValue } = DomUtils;

export type ResetTiming = { pairs: number; knownMedianMs: number; unknownMedianMs: number; ratio: number; knownSlowerIn: number; statuses: number[] };

/** The reset form's fields as the page wrote them (hidden inputs: the action's id and its state). */
async function formFields(base: string): Promise<[string, string][]> {
  const html = await (await fetch(`${base}/login/forgot`)).text();
  const form = findAll((node) => node.name === "form", parseDocument(html).children).find((node) => findAll((child) => child.name === "input" && getAttributeValue(child, "name") === "email", node.children).length > 0);
  if (!form) throw new Error("bench: /login/forgot has no form with an email field");
  return findAll((node) => node.name === "input" && getAttributeValue(node, "type") === "hidden", form.children).map((node) => [getAttributeValue(node, "name") ?? "", getAttributeValue(node, "value") ?? ""]);
}

export async function measureResetTiming(base: string, knownAddress: string, pairs = 25): Promise<ResetTiming> {
  const fields = await formFields(base);
  let reader = 0;
  const statuses = new Set<number>();
  const ask = async (email: string) => {
    const body = new FormData();
    for (const [name, value] of fields) body.append(name, value);
    body.append("email", email);
    reader++;
    const started = performance.now();
    const response = await fetch(`${base}/login/forgot`, { method: "POST", body, redirect: "manual", headers: { "X-Forwarded-For": `198.51.${(reader >> 8) & 255}.${reader & 255}` } });
    await response.arrayBuffer();
    statuses.add(response.status);
    return performance.now() - started;
  };
  for (let n = 0; n < 3; n++) await ask(`warm-up-${n}@example.org`);
  const known: number[] = [];
  const unknown: number[] = [];
  let knownSlowerIn = 0;
  for (let pair = 0; pair < pairs; pair++) {
    const nobody = `nobody-${pair}-${Date.now()}@example.org`;
    let k: number, u: number;
    if (pair % 2 === 0) {
      k = await ask(knownAddress);
      u = await ask(nobody);
    } else {
      u = await ask(nobody);
      k = await ask(knownAddress);
    }
    known.push(k);
    unknown.push(u);
    if (k > u) knownSlowerIn++;
  }
  const round = (value: number) => +value.toFixed(2);
  return { pairs, knownMedianMs: round(median(known)), unknownMedianMs: round(median(unknown)), ratio: round(median(known) / median(unknown)), knownSlowerIn, statuses: [...statuses] };
}
