import { test as base, expect, Page } from "@playwright/test";
import { ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export { expect };

export const DEMO_PASSWORD = "e2e-demo-password";
export const EMULATOR_KEY = "sk_test_end_to_end_emulator_key";
export const ADMIN = "ada@acme.example";
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

export const test = base.extend<{ portico: Portico; javaScript: boolean; porticoEnv: Record<string, string> }>({
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
      { ...env, PORTICO_EMULATOR_API_KEY: EMULATOR_KEY },
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

export async function signIn(page: Page, portico: Portico, javaScript: boolean, email: string, password = DEMO_PASSWORD) {
  await page.goto(`${portico.url}/sign-in`);
  await hydrated(page, javaScript);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/settings$/);
}

/** Saves what the person sees, for a human to look at after the run
 * (test-results/screenshots/<project>-<name>.png). */
export async function screenshot(page: Page, name: string) {
  const project = test.info().project.name;
  await page.screenshot({ path: join(__dirname, "test-results", "screenshots", `${project}-${name}.png`), fullPage: true });
}
