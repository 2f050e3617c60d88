import type { SubmissionDocument } from "@/domain/submissions/types";
import { formWithButton, fieldValue, newClient, request, signIn, submitForm, type Answer, type Client, type Recorder } from "./http";
import type { LoadLa } from "./prepare-data";

// The deadline: every LA's three users act on the 2023-24-Q4 return at the same moment, in bursts
// (each burst starts every LA's step together and waits for all of them), while reviewers read the
// dashboard and the review queue throughout. The HTTP surface is the one real users have: the JSON
// API for the lead's MI system and no-JavaScript form posts of the portal's pages (server actions).
// The return's other six sections are saved in-process through the engine (saveReturnSection): their
// pages are ordinary forms like the metrics one, but their documents are large, and driving them over
// HTTP would measure the runner's HTML handling rather than the portal.

export const PERIOD = "2023-24-Q4";

export interface LaSessions {
  la: LoadLa;
  /** The lead's MI system: API token, its own address. */
  api: Client;
  lead: Client;
  contributor: Client;
  accountable: Client;
}

/** What a write over HTTP claimed, checked against the database afterwards. */
export interface WriteClaim {
  gssCode: string;
  what: "api-put" | "form-save" | "start" | "send" | "sign";
  actorId: string;
  accepted: boolean;
  /** api-put: the version the answer gave; form-save: the version the form held. */
  version?: number;
  status: number;
}

export interface DeadlineOutcome {
  claims: WriteClaim[];
  unexpected: { kind: string; gssCode: string; status: number; note: string }[];
  races: { both: number; oneWon: number; bothLost: number };
  startedAt: number;
  endedAt: number;
}

export interface EngineFill {
  /** Saves the return's sections other than metrics as the lead, in-process. */
  fillOtherSections(la: LoadLa): Promise<void>;
}

const returnPath = (gss: string, ...rest: string[]) => `/local-authorities/${gss}/returns/${PERIOD}${rest.length ? `/${rest.join("/")}` : ""}`;
const apiPath = (gss: string) => `/api/v1/local-authorities/${gss}/returns/${PERIOD}/metrics`;

/** 10.x.y.z per user: each user (and each LA system) comes from its own address, as at a real deadline. */
export function addressFor(index: number, role: number): string {
  return `10.${role}.${Math.floor(index / 250)}.${(index % 250) + 1}`;
}

export async function signInAll(base: string, recorder: Recorder, las: LoadLa[], password: string, mapLimit: <T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>) => Promise<R[]>): Promise<LaSessions[]> {
  return mapLimit(las, 4, async (la, i) => {
    const lead = newClient(base, recorder, addressFor(i, 1));
    const contributor = newClient(base, recorder, addressFor(i, 2));
    const accountable = newClient(base, recorder, addressFor(i, 3));
    await signIn(lead, la.lead.email, password);
    await signIn(contributor, la.contributor.email, password);
    await signIn(accountable, la.accountable.email, password);
    return { la, api: newClient(base, recorder, addressFor(i, 4)), lead, contributor, accountable };
  });
}

const bearer = (la: LoadLa) => ({ Authorization: `Bearer ${la.token}` });

export async function runDeadlineLoad({
  sessions,
  reviewers,
  metricsOf,
  metricGroupId,
  engine,
}: {
  sessions: LaSessions[];
  reviewers: Client[];
  metricsOf: (la: LoadLa) => SubmissionDocument["metrics"];
  metricGroupId: string;
  engine: EngineFill;
}): Promise<DeadlineOutcome> {
  const claims: WriteClaim[] = [];
  const unexpected: DeadlineOutcome["unexpected"] = [];
  const races = { both: 0, oneWon: 0, bothLost: 0 };
  const note = (kind: string, gssCode: string, answer: Answer, why: string) => unexpected.push({ kind, gssCode, status: answer.status, note: `${why}: ${answer.text.replace(/\s+/g, " ").slice(0, 240)}` });

  let reading = true;
  const readerLoops = reviewers.map(async (client, i) => {
    const pages = ["/dashboard", "/review", "/local-authorities"];
    for (let n = 0; reading && n < 400; n++) {
      const path = pages[(n + i) % pages.length] ?? "/dashboard";
      const answer = await request(client, `reviewer ${path}`, path);
      if (answer.status !== 200) note(`reviewer ${path}`, "-", answer, "reviewer page did not answer 200");
    }
  });

  const startedAt = Date.now();
  try {
    // Burst 1 — opening the return: the lead's MI system sends the quarter's figures (which starts the
    // return) while the contributor presses "Start this return" on the page and the accountable lead
    // looks at the LA's home page. Two starts race: both must end on the same single return.
    await Promise.all(
      sessions.map(async ({ la, api, contributor, accountable }) => {
        const [put, taskList] = await Promise.all([
          request(api, "api PUT metrics", apiPath(la.gssCode), { method: "PUT", headers: { ...bearer(la), "Content-Type": "application/json" }, body: JSON.stringify({ metrics: metricsOf(la) }) }),
          request(contributor, "page return task list", returnPath(la.gssCode)),
          request(accountable, "page LA home", `/local-authorities/${la.gssCode}`),
        ]);
        if (put.status === 200) claims.push({ gssCode: la.gssCode, what: "api-put", actorId: la.lead.actor.id, accepted: true, version: (JSON.parse(put.text) as { version: number }).version, status: 200 });
        else if (put.status === 409) claims.push({ gssCode: la.gssCode, what: "api-put", actorId: la.lead.actor.id, accepted: false, status: 409 });
        else note("api PUT metrics", la.gssCode, put, "first PUT");
        if (taskList.status !== 200) return note("page return task list", la.gssCode, taskList, "task list");
        const start = formWithButton(taskList.text, "Start this return");
        if (!start) return; // the lead's PUT started it first
        const started = await submitForm(contributor, "form start return", returnPath(la.gssCode), start);
        if (started.status === 303) claims.push({ gssCode: la.gssCode, what: "start", actorId: la.contributor.actor.id, accepted: true, status: 303 });
        else note("form start return", la.gssCode, started, "start");
      }),
    );

    // Burst 2 — the race: the lead's system and the contributor both load the figures at the same
    // version, then both save at the same moment. Exactly one may win; the other must be told it lost
    // (API 412 with If-Match, the form's conflict message), and nothing is overwritten silently.
    const loaded = await Promise.all(
      sessions.map(async ({ la, api, contributor }) => {
        const [got, page] = await Promise.all([
          request(api, "api GET metrics", apiPath(la.gssCode), { headers: bearer(la) }),
          request(contributor, "page metrics group", returnPath(la.gssCode, "metrics", metricGroupId)),
        ]);
        if (got.status !== 200) note("api GET metrics", la.gssCode, got, "GET");
        if (page.status !== 200) note("page metrics group", la.gssCode, page, "metrics form page");
        const form = page.status === 200 ? formWithButton(page.text, "Save and continue") : undefined;
        if (page.status === 200 && !form) note("page metrics group", la.gssCode, page, "no Save and continue form");
        return { etag: got.headers.get("etag"), form };
      }),
    );
    await Promise.all(
      sessions.map(async ({ la, api, contributor }, i) => {
        const { etag, form } = loaded[i] ?? {};
        if (!etag || !form) return;
        const formVersion = Number(fieldValue(form, "expectedVersion"));
        const [put, post] = await Promise.all([
          request(api, "api PUT metrics (If-Match)", apiPath(la.gssCode), { method: "PUT", headers: { ...bearer(la), "Content-Type": "application/json", "If-Match": etag }, body: JSON.stringify({ metrics: metricsOf(la) }) }),
          submitForm(contributor, "form save metrics group", returnPath(la.gssCode, "metrics", metricGroupId), form, {}, { name: "intent", value: "continue" }),
        ]);
        const putWon = put.status === 200;
        if (putWon) claims.push({ gssCode: la.gssCode, what: "api-put", actorId: la.lead.actor.id, accepted: true, version: (JSON.parse(put.text) as { version: number }).version, status: 200 });
        else if (put.status === 412 || put.status === 409) claims.push({ gssCode: la.gssCode, what: "api-put", actorId: la.lead.actor.id, accepted: false, status: put.status });
        else note("api PUT metrics (If-Match)", la.gssCode, put, "racing PUT");
        const postWon = post.status === 303;
        const postLost = post.status === 200 && /Someone else saved this section/.test(post.text);
        if (postWon) claims.push({ gssCode: la.gssCode, what: "form-save", actorId: la.contributor.actor.id, accepted: true, version: formVersion + 1, status: 303 });
        else if (postLost) claims.push({ gssCode: la.gssCode, what: "form-save", actorId: la.contributor.actor.id, accepted: false, version: formVersion, status: 200 });
        else note("form save metrics group", la.gssCode, post, "racing form save");
        const sameVersion = etag === `"${formVersion}"`;
        if (!sameVersion) return;
        races.both++;
        if (putWon !== postWon) races.oneWon++;
        else if (!putWon && !postWon) races.bothLost++;
        else note("race", la.gssCode, put, "both saves from the same version were accepted");
      }),
    );

    // Burst 3 — the rest of the return (in-process, see the top), then the lead sends it for sign-off
    // from the check-your-answers page.
    await Promise.all(sessions.map(({ la }) => engine.fillOtherSections(la)));
    await Promise.all(
      sessions.map(async ({ la, lead }) => {
        const check = await request(lead, "page check answers", returnPath(la.gssCode, "check"));
        if (check.status !== 200) return note("page check answers", la.gssCode, check, "check page");
        const form = formWithButton(check.text, "Send for sign-off");
        if (!form) return note("page check answers", la.gssCode, check, "no Send for sign-off form");
        const sent = await submitForm(lead, "form send for sign-off", returnPath(la.gssCode, "check"), form);
        if (sent.status === 303) claims.push({ gssCode: la.gssCode, what: "send", actorId: la.lead.actor.id, accepted: true, status: 303 });
        else note("form send for sign-off", la.gssCode, sent, "send");
      }),
    );

    // Burst 4 — every accountable lead reads what they sign and signs it at the same moment.
    await Promise.all(
      sessions.map(async ({ la, accountable }) => {
        const page = await request(accountable, "page sign-off", returnPath(la.gssCode, "sign-off"));
        if (page.status !== 200) return note("page sign-off", la.gssCode, page, "sign-off page");
        const form = formWithButton(page.text, "Sign and submit");
        if (!form) return note("page sign-off", la.gssCode, page, "no Sign and submit form");
        const signed = await submitForm(accountable, "form sign and submit", returnPath(la.gssCode, "sign-off"), form, { declaration: "confirmed" });
        if (signed.status === 303) claims.push({ gssCode: la.gssCode, what: "sign", actorId: la.accountable.actor.id, accepted: true, status: 303 });
        else note("form sign and submit", la.gssCode, signed, "sign");
      }),
    );
  } finally {
    reading = false;
    await Promise.all(readerLoops);
  }
  return { claims, unexpected, races, startedAt, endedAt: Date.now() };
}
