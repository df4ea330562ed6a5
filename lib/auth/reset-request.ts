// Answering "forgot your password?" in the same time whatever the address (testers found an existing
// address was answered measurably slower, 17.2 ms against 12.8 ms, which told anyone which accounts
// exist). The answer does only what is the same for every address: the two throttles. Looking the
// account up, issuing the link and queueing the message run after the answer has been sent
// (docs/decisions/031-dated-updates-links-and-reset-timing.md). Pure: the steps are passed in.

export type ResetRequestSteps = {
  /** Milliseconds to wait before this network may ask again (0: go on). */
  throttleAddress: () => Promise<number>;
  /** Milliseconds before this address may be sent another link: counted for unknown addresses too. */
  throttleAccount: (email: string) => Promise<number>;
  /** Run `work` once the response has gone (Next.js's after()). */
  afterResponse: (work: () => Promise<void>) => void;
  /** Look the account up and, when it is active, issue a link and queue the message. */
  sendLinkIfAccount: (email: string) => Promise<void>;
};

export type ResetRequestAnswer = { status: "sent" } | { status: "wait"; waitMs: number };

export async function answerResetRequest(email: string, steps: ResetRequestSteps): Promise<ResetRequestAnswer> {
  const wait = await steps.throttleAddress();
  if (wait > 0) return { status: "wait", waitMs: wait };
  const accountWait = await steps.throttleAccount(email);
  steps.afterResponse(async () => {
    if (accountWait === 0) await steps.sendLinkIfAccount(email);
  });
  return { status: "sent" };
}
