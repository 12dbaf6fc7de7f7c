import AxeBuilder from "@axe-core/playwright";
import { test as base, Browser, BrowserContext, expect, Page } from "@playwright/test";
import { ChildProcess, spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export { expect };

export const DEMO_PASSWORD = "e2e-demo-password";
export const EMULATOR_KEY = "sk_test_end_to_end_emulator_key";
/** The WorkOS client id SSO sign-in names (the emulator's environment's). */
export const CLIENT_ID = "client_01JENDTOENDTESTS000000000";
export const ADMIN = "ada@acme.example";
/** The demo's staff of the console: an owner and a support person. */
export const STAFF_OWNER = "hana@host.example";
export const STAFF_SUPPORT = "sven@host.example";
export const MEMBER = "max@acme.example";

const root = resolve(__dirname, "..");

/** A Portico of one test's own: its server, its WorkOS emulator, its data. */
export interface Portico {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  emulatorUrl: string;
  /** Calls one of the emulator's `/__emulator/` control routes; resolves with its JSON, if any. */
  control(method: string, path: string, body?: unknown): Promise<any>;
  /** Makes the emulator answer the next `count` requests of `route` with a fault. */
  injectFault(fault: Record<string, unknown>): Promise<void>;
  /** Publishes a TXT record in the emulator's stand-in for DNS. */
  publishTxt(name: string, value: string): Promise<void>;
}

/** For tests of live status: the secret Portico checks WorkOS's webhooks with. */
export const WEBHOOK_SECRET = "whsec_end_to_end_webhook_secret";

/** The events a webhook endpoint is registered for (those Portico's pages follow). */
const LIVE_EVENTS = [
  "connection.activated",
  "connection.deactivated",
  "connection.deleted",
  "connection.saml_certificate_renewal_required",
  "connection.saml_certificate_renewed",
  "dsync.activated",
  "dsync.deleted",
  "dsync.token.revoked",
  "organization_domain.created",
  "organization_domain.verified",
  "organization_domain.verification_failed",
  "organization_domain.deleted",
  "authentication.sso_succeeded",
  "authentication.sso_failed",
];

/** The server binary: the test command passes the debug build `cargo test` made. */
const porticoBinary = process.env.PORTICO_BIN ?? join(root, "target/release/portico");

/** Starts a Portico command and resolves with the first match of `ready` in its output. */
function start(args: string[], env: NodeJS.ProcessEnv, ready: RegExp): Promise<[ChildProcess, string]> {
  const child = spawn(porticoBinary, args, {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((done, fail) => {
    let out = "";
    const timer = setTimeout(() => fail(new Error(`portico ${args[0]} did not start:\n${out}`)), 30_000);
    child.stdout!.on("data", (chunk) => {
      out += chunk;
      const match = out.match(ready);
      if (match) {
        clearTimeout(timer);
        done([child, match[1]]);
      }
    });
    child.on("exit", (code) => fail(new Error(`portico ${args[0]} exited with ${code}:\n${out}`)));
  });
}

function stopped(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null) return done();
    child.once("exit", () => done());
    child.kill("SIGINT");
  });
}

/** Records what the browser said in every page of `context` (errors, uncaught exceptions,
 * requests that failed), so a failing test shows it beside Playwright's own report. */
function recordBrowser(context: BrowserContext, lines: string[]) {
  const watch = (page: Page) => {
    const at = () => `${new Date().toISOString().slice(11, 23)}`;
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") {
        lines.push(`${at()} console.${message.type()} ${message.location().url}: ${message.text()}`);
      }
    });
    page.on("pageerror", (error) => lines.push(`${at()} uncaught: ${error.message}`));
    page.on("requestfailed", (request) => lines.push(`${at()} failed: ${request.method()} ${request.url()} ${request.failure()?.errorText}`));
    page.on("framenavigated", (frame) => lines.push(`${at()} navigated: ${frame.url()}`));
  };
  context.pages().forEach(watch);
  context.on("page", watch);
}

export const test = base.extend<{ portico: Portico; javaScript: boolean; porticoEnv: Record<string, string>; browserLog: void }>({
  browserLog: [
    // After `portico` in set-up, so torn down before it: a test that ran out of time
    // still prints what the browser said before its server is stopped.
    async ({ context, portico: _ }, use, testInfo) => {
      const lines: string[] = [];
      recordBrowser(context, lines);
      await use();
      if (testInfo.status !== testInfo.expectedStatus && lines.length > 0) {
        console.log(`What the browser said in "${testInfo.title}" [${testInfo.project.name}]:\n  ${lines.join("\n  ")}`);
      }
    },
    { auto: true },
  ],
  /** Settings a test file gives its Portico on top of the defaults, e.g. an unreachable icon CDN. */
  porticoEnv: [{}, { option: true }],
  // `portico emulator` with a known key (so tests can inject faults) and the release
  // build of Portico talking to it as it would to WorkOS, on free ports, with fresh data.
  portico: async ({ porticoEnv }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), "portico-e2e-"));
    const env = { ...process.env };
    for (const name of Object.keys(env)) if (name.startsWith("PORTICO_") || name.startsWith("WORKOS_")) delete env[name];
    const [emulator, emulatorUrl] = await start(
      ["emulator", "--addr", "127.0.0.1:0", "--rate-limit", "off"],
      { ...env, PORTICO_EMULATOR_API_KEY: EMULATOR_KEY, WORKOS_CLIENT_ID: CLIENT_ID },
      /listening on (http:\/\/\S+?)\/?\s/,
    );
    const [server, url] = await start(
      ["serve"],
      {
        ...env,
        PORTICO_ADDR: "127.0.0.1:0",
        PORTICO_DATA_DIR: dataDir,
        PORTICO_DEMO_PASSWORD: DEMO_PASSWORD,
        // A WorkOS key is set (the emulator's): demo data must be asked for.
        PORTICO_DEMO: "true",
        WORKOS_API_KEY: EMULATOR_KEY,
        WORKOS_API_BASE_URL: emulatorUrl,
        WORKOS_CLIENT_ID: CLIENT_ID,
        // The emulator serves WorkOS's provider icons too: no test reaches the internet.
        PORTICO_PROVIDER_ICONS_URL: emulatorUrl,
        ...porticoEnv,
      },
      /open (http:\/\/\S+?)\/settings/,
    );
    const control = async (method: string, path: string, body?: unknown) => {
      const response = await fetch(`${emulatorUrl}/__emulator/${path}`, {
        method,
        headers: { Authorization: `Bearer ${EMULATOR_KEY}`, "Content-Type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`emulator ${method} ${path}: ${response.status}`);
      const text = await response.text();
      return text ? JSON.parse(text) : undefined;
    };
    // With a webhook secret, WorkOS's events reach this Portico as webhooks, as they would
    // from an endpoint registered in WorkOS's dashboard.
    if (porticoEnv.WORKOS_WEBHOOK_SECRET) {
      await control("POST", "webhook_endpoints", {
        endpoint_url: `${url}/webhooks/workos`,
        events: LIVE_EVENTS,
        secret: porticoEnv.WORKOS_WEBHOOK_SECRET,
      });
    }
    await use({
      url,
      emulatorUrl,
      control,
      injectFault: (fault) => control("POST", "faults", fault),
      publishTxt: (name, value) => control("POST", "dns", { name, value }),
    });
    await Promise.all([stopped(server), stopped(emulator)]);
    rmSync(dataDir, { recursive: true, force: true });
  },
  javaScript: async ({ javaScriptEnabled }, use) => {
    await use(javaScriptEnabled !== false);
  },
});

/** With JavaScript: waits until the page's WebAssembly has hydrated, so clicks run the
 * app's code. Without: nothing to wait for, forms post as plain HTML. */
export async function hydrated(page: Page, javaScript: boolean) {
  if (javaScript) await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
}

/** Signs in with a password, on the sign-in page's password step (where "Use a password
 * instead" leads; `journey.spec.ts` walks the email step itself). */
export async function signIn(page: Page, portico: Portico, javaScript: boolean, email: string, password = DEMO_PASSWORD) {
  await page.goto(`${portico.url}/sign-in/password`);
  await hydrated(page, javaScript);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/settings$/);
}

/** Acme's admin, in a browser of their own, sets up SAML SSO (Okta) through the portal. */
export async function adminSetsUpSso(browser: Browser, portico: Portico, javaScript: boolean) {
  const admin = await (await browser.newContext({ javaScriptEnabled: javaScript })).newPage();
  await signIn(admin, portico, javaScript, ADMIN);
  await hydrated(admin, javaScript);
  await admin.locator('[data-intent="sso"]').getByRole("button", { name: "Configure SSO" }).click();
  await admin.getByRole("button", { name: "Okta SAML" }).click();
  await expect(admin.locator('[data-intent="sso"]').getByText("Active", { exact: true })).toBeVisible();
  return admin;
}

/** Acme's admin verifies acme.example in the domain card (its TXT record published). */
export async function verifyAcmeDomain(admin: Page, portico: Portico) {
  const acme = admin.locator('[data-intent="domain_verification"] [data-domain="acme.example"]');
  const name = await acme.getByTestId("record-name").textContent();
  const value = await acme.getByTestId("record-value").textContent();
  await portico.publishTxt(name!, value!);
  await acme.getByRole("button", { name: "Verify now" }).click();
  await expect(acme.getByText("Verified", { exact: true })).toBeVisible();
}

/** axe-core finds nothing on the page as it stands, in the light theme and the dark. */
export async function expectNoAxeViolations(page: Page, where: string) {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    const found = await new AxeBuilder({ page }).analyze();
    const named = found.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" | ")}`);
    expect(named, `${where}, ${colorScheme}`).toEqual([]);
  }
}

/** Saves what the person sees, for a human to look at after the run
 * (test-results/screenshots/<project>-<name>.png). */
export async function screenshot(page: Page, name: string) {
  const project = test.info().project.name;
  await page.screenshot({ path: join(__dirname, "test-results", "screenshots", `${project}-${name}.png`), fullPage: true });
}

/** The code an authenticator app shows for `secret` (base32) at `at` (RFC 6238: SHA-1,
 * six digits, 30 s steps): the test plays the staff member's phone. */
export function totp(secret: string, at = Date.now()): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  const bits = [...secret.replace(/[\s=]/g, "").toUpperCase()]
    .map((c) => alphabet.indexOf(c).toString(2).padStart(5, "0"))
    .join("");
  const key = Buffer.from(bits.match(/.{8}/g)!.map((byte) => parseInt(byte, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 30_000)));
  const mac = createHmac("sha1", key).update(counter).digest();
  const offset = mac[mac.length - 1] & 15;
  return ((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).toString().padStart(6, "0");
}

/** Signs a staff member in to the console the first time: the password, then the second
 * factor's enrolment (the secret typed from the page, as into an app). Returns the secret. */
export async function staffFirstSignIn(page: Page, portico: Portico, email: string): Promise<string> {
  await page.goto(`${portico.url}/staff`);
  await expect(page).toHaveURL(/\/staff\/sign-in$/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/staff\/enrol$/);
  const secret = (await page.getByTestId("totp-secret").textContent())!.replace(/\s/g, "");
  await page.getByLabel("The code the app shows now").fill(totp(secret));
  await page.getByRole("button", { name: "Confirm and sign in" }).click();
  await expect(page).toHaveURL(/\/staff\/recovery-codes$/);
  await page.getByRole("link", { name: /open the console/ }).click();
  await expect(page).toHaveURL(/\/staff$/);
  return secret;
}
