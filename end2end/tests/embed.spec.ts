import AxeBuilder from "@axe-core/playwright";
import { ChildProcess, spawn } from "node:child_process";
import { join, resolve } from "node:path";
import { EMULATOR_KEY, Portico, WEBHOOK_SECRET, adminSetsUpSso, expect, test, verifyAcmeDomain } from "../fixtures";

// Two origins on loopback: Portico on 127.0.0.1, the example host on localhost (another
// site, so the embed's cookie must work in a cross-site frame).
const SECRET = "e2e-embed-secret-that-is-long-enough-0123456789";
// Below the range the system hands out for port 0 and outgoing connections (32768+).
const hostPort = 20000 + Math.floor(Math.random() * 9000);
const hostOrigin = `http://localhost:${hostPort}`;
test.use({
  porticoEnv: {
    PORTICO_EMBED_SECRET: SECRET,
    PORTICO_EMBED_HOSTS: "example-host",
    PORTICO_EMBED_ORIGINS: hostOrigin,
    PORTICO_UPGRADE_URL: "https://billing.example/upgrade",
    WORKOS_WEBHOOK_SECRET: WEBHOOK_SECRET,
  },
});

const root = resolve(__dirname, "..", "..");

/** The example host, embedding this test's Portico as Acme. */
async function startHost(portico: Portico): Promise<ChildProcess> {
  const organizations = await (
    await fetch(`${portico.emulatorUrl}/organizations?limit=100`, { headers: { Authorization: `Bearer ${EMULATOR_KEY}` } })
  ).json();
  const acme = organizations.data.find((o: { name: string }) => o.name === "Acme");
  const host = spawn(process.execPath, [join(root, "examples/host/server.mjs")], {
    env: {
      ...process.env,
      PORT: String(hostPort),
      PORTICO_URL: portico.url,
      PORTICO_EMBED_SECRET: SECRET,
      HOST_ORGANIZATION: acme.id,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((done, fail) => {
    let out = "";
    host.stdout!.on("data", (chunk) => {
      out += chunk;
      if (out.includes("listening on")) done();
    });
    host.on("exit", (code) => fail(new Error(`the example host exited with ${code}: ${out}`)));
  });
  return host;
}

const shot = (name: string) => join(__dirname, "..", "test-results", "screenshots", `${test.info().project.name}-${name}.png`);

test("the example host embeds Portico; SSO finished in the portal's tab reaches the host as configured @needs-javascript", async ({ page, portico, context }) => {
  const host = await startHost(portico);
  try {
    await page.goto(`${hostOrigin}/?as=admin`);
    const events = page.locator("#events");
    await expect(events.locator('[data-type="portico:ready"]')).toHaveCount(1);
    const frame = page.frameLocator("#portico iframe");
    await expect(frame.getByRole("heading", { name: "Acme settings" })).toBeVisible();
    // No top bar in the frame: the host is where people sign out.
    await expect(frame.getByRole("button", { name: "Sign out" })).toHaveCount(0);
    // The frame grew to its content.
    await expect.poll(async () => (await page.locator("#portico iframe").boundingBox())!.height).toBeGreaterThan(800);
    for (const width of [360, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      // Once the frame has followed its content, show the whole page at once (a
      // full-page capture leaves a frame's off-screen part unpainted).
      const iframe = page.locator("#portico iframe");
      let height = 0;
      await expect.poll(async () => {
        const now = (await iframe.boundingBox())!.height;
        const settled = now === height;
        height = now;
        return settled;
      }, { intervals: [300] }).toBe(true);
      const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({ width, height: pageHeight });
      await expect(frame.locator('[data-intent="bring_your_own_key"]')).toBeVisible();
      await page.screenshot({ path: shot(`embed-host-${width}`) });
    }
    await page.setViewportSize({ width: 1440, height: 900 });

    // The portal cannot be framed: it opens in a new tab.
    const [portalTab] = await Promise.all([
      context.waitForEvent("page"),
      frame.locator('[data-intent="sso"]').getByRole("button", { name: /Configure SSO/ }).click(),
    ]);
    await expect(portalTab.getByRole("heading", { name: "Choose your identity provider" })).toBeVisible();
    const closed = portalTab.waitForEvent("close");
    await portalTab.getByRole("button", { name: "Okta SAML" }).click();
    // Back from the portal, the tab tells the frame and closes itself.
    await closed;

    const configured = events.locator('[data-type="portico:configured"]');
    await expect(configured).toHaveCount(1);
    await expect(configured).toContainText('"intent":"sso"');
    await expect(configured).toContainText('"status":"active"');
    await expect(frame.locator('[data-intent="sso"]').getByText("Okta SAML is active.")).toBeVisible();

    // Live: WorkOS warns of the certificate while the page is open (its script running);
    // the card changes in the frame and the host is told.
    await frame.locator("html[data-hydrated]").waitFor({ state: "attached" });
    const connections = await (
      await fetch(`${portico.emulatorUrl}/connections`, { headers: { Authorization: `Bearer ${EMULATOR_KEY}` } })
    ).json();
    await portico.control("POST", "events/certificate_expiring", { connection_id: connections.data[0].id, days: 5 });
    const certificate = frame.locator('[data-intent="certificate_renewal"]');
    await expect(certificate.locator("header .badge")).toHaveText("Needs attention");
    // (The frame may also have been told of SSO live, before the portal's tab came back.)
    const status = events.locator('[data-type="portico:status"]', { hasText: '"intent":"certificate_renewal"' });
    await expect(status).toHaveCount(1);
    await expect(status).toContainText('"status":"needs_attention"');
    await expect(status).toContainText("(in 5 days)");

    // The banner's dismiss link stays inside the frame.
    await frame.getByRole("link", { name: "Dismiss" }).click();
    await expect(frame.getByTestId("success-banner")).toHaveCount(0);
    // The host can ask for a fresh read: the page loads again and says so.
    const readyBefore = await events.locator('[data-type="portico:ready"]').count();
    await page.getByRole("button", { name: "Refresh status" }).click();
    await expect(events.locator('[data-type="portico:ready"]')).toHaveCount(readyBefore + 1);
    await expect(frame.getByRole("heading", { name: "Acme settings" })).toBeVisible();
  } finally {
    host.kill();
  }
});

test("an admin tests SSO from the embedded page: the identity provider opens in a new tab, which shows the result @needs-javascript", async ({ browser, page, portico, context }) => {
  await verifyAcmeDomain(await adminSetsUpSso(browser, portico, true), portico);
  const host = await startHost(portico);
  try {
    await page.goto(`${hostOrigin}/?as=admin`);
    const frame = page.frameLocator("#portico iframe");
    const card = frame.locator('[data-intent="sso"]');
    await expect(card.getByText("Okta SAML is active.")).toBeVisible();
    // The identity provider refuses to be framed: the test opens a tab of its own.
    const [testTab] = await Promise.all([
      context.waitForEvent("page"),
      card.getByRole("button", { name: "Test SSO sign-in (opens in a new tab)" }).click(),
    ]);
    await expect(testTab.getByRole("heading", { name: /^Sign in to / })).toBeVisible();
    await expect(testTab.getByLabel("Email")).toHaveValue("ada@acme.example");
    await testTab.getByRole("button", { name: "Continue" }).click();
    await expect(testTab.getByRole("heading", { name: "Test sign-in worked" })).toBeVisible();
    await expect(testTab.getByTestId("sso-test-received")).toContainText("ada@acme.example");
    await expect(testTab.getByTestId("sso-test-close")).toContainText("Close this tab to go back to your product");
    await testTab.screenshot({ path: shot("embed-sso-test-result"), fullPage: true });
    await testTab.close();
    // Back in the product, the embedded page's trail shows the test once it reloads.
    await page.reload();
    await expect(frame.locator(".activity-log")).toContainText("Tested SSO sign-in");
  } finally {
    host.kill();
  }
});

test("a member's token shows read-only cards, and a plan without directory sync shows the upgrade @needs-javascript", async ({ page, portico, request }) => {
  const host = await startHost(portico);
  try {
    await page.goto(`${hostOrigin}/?as=member`);
    let frame = page.frameLocator("#portico iframe");
    await expect(frame.getByTestId("read-only")).toBeVisible();
    await expect(frame.getByRole("button", { name: /Set up/ })).toHaveCount(0);

    await page.goto(`${hostOrigin}/?as=admin&features=sso,domain_verification,audit_logs`);
    frame = page.frameLocator("#portico iframe");
    const dsync = frame.locator('[data-intent="dsync"]');
    await expect(dsync.getByText("Included in the Enterprise plan.")).toBeVisible();
    await expect(dsync.getByRole("link", { name: /Upgrade to add Directory sync/ })).toHaveAttribute("href", "https://billing.example/upgrade");
    await expect(dsync.getByRole("button")).toHaveCount(0);
    // Tall enough for the whole frame (an element capture leaves its off-screen part unpainted).
    await page.setViewportSize({ width: 1440, height: 2600 });
    await page.locator("#portico").screenshot({ path: shot("embed-plan") });

    // The server refuses the link whatever a page sends.
    const handoff = await frame.locator('[data-intent="sso"] input[name="handoff"]').getAttribute("value");
    const refused = await request.post(`${portico.url}/embed/portal`, {
      form: { intent: "dsync", handoff: handoff! },
      headers: { Origin: portico.url },
    });
    expect(refused.status()).toBe(403);
    expect(await refused.text()).toContain("Directory sync is not included in Acme");
  } finally {
    host.kill();
  }
});

test("a page on another origin cannot frame Portico @needs-javascript", async ({ page, portico }) => {
  const host = await startHost(portico);
  try {
    const token = await (await fetch(`${hostOrigin}/token`)).text();
    // A page Portico does not list, on a third origin.
    await page.route("http://elsewhere.test/", (route) =>
      route.fulfill({ contentType: "text/html", body: `<iframe id="f" src="${portico.url}/embed?token=${token}"></iframe>` }),
    );
    await page.goto("http://elsewhere.test/");
    // The browser refuses to show it (frame-ancestors): the frame ends on its error page.
    const frameUrl = () => page.frames().find((f) => f !== page.mainFrame())?.url() ?? "";
    await expect.poll(frameUrl).toMatch(/^chrome-error:/);
  } finally {
    host.kill();
  }
});

test("replayed, expired and tampered tokens are refused with a page that says why", async ({ page, portico, javaScript }) => {
  const host = await startHost(portico);
  try {
    const token = async (query = "") => (await fetch(`${hostOrigin}/token${query}`)).text();
    const open = async (value: string) => {
      const response = await page.goto(`${portico.url}/embed?token=${encodeURIComponent(value)}`);
      return response!;
    };

    const once = await token();
    expect((await open(once)).url()).toContain("/embed/settings");
    // The embedded page passes the same accessibility checks as the standalone one (axe
    // runs in the page: with JavaScript only).
    await expect(page.getByRole("heading", { name: "Acme settings" })).toBeVisible();
    if (javaScript) {
      const found = await new AxeBuilder({ page }).analyze();
      expect(found.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
    }
    let response = await open(once);
    expect(response.status()).toBe(401);
    await expect(page.getByRole("alert")).toContainText("this token was used already");

    response = await open(await token("?shift=-400"));
    expect(response.status()).toBe(401);
    await expect(page.getByRole("alert")).toContainText("the token expired");

    response = await open(await token("?lifetime=3600"));
    expect(response.status()).toBe(401);
    await expect(page.getByRole("alert")).toContainText("at most 300 are allowed");

    const [header, payload, signature] = (await token()).split(".");
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString());
    claims.role = "admin";
    claims.email = "mallory@acme.example";
    const tampered = [header, Buffer.from(JSON.stringify(claims)).toString("base64url"), signature].join(".");
    response = await open(tampered);
    expect(response.status()).toBe(401);
    await expect(page.getByRole("alert")).toContainText("signature does not match");
    expect(await page.content()).not.toContain(tampered);
    await page.screenshot({ path: shot("embed-refused") });
  } finally {
    host.kill();
  }
});

test("a host themes the embedded page, and in a 320-pixel frame nothing is clipped @needs-javascript", async ({ page, portico }) => {
  const host = await startHost(portico);
  try {
    // The token carries the host's look (accent, radius, light, no heading or background);
    // the script's options add a font; a wrong value is refused with the reason.
    await page.setViewportSize({ width: 420, height: 900 });
    await page.goto(`${hostOrigin}/?as=admin&theme=warm&font=Georgia,%20serif&frame_width=320`);
    await expect(page.frameLocator("#portico iframe").locator('[data-intent="sso"]')).toBeVisible();
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    const look = await frame.evaluate(() => {
      const root = getComputedStyle(document.documentElement);
      const heading = document.querySelector("h1")!.getBoundingClientRect();
      const cards = Array.from(document.querySelectorAll(".card")).map((c) => c.getBoundingClientRect());
      return {
        accent: root.getPropertyValue("--accent").trim(),
        font: root.fontFamily,
        scheme: root.colorScheme,
        background: getComputedStyle(document.body).backgroundColor,
        headingWidth: heading.width,
        sideways: document.documentElement.scrollWidth - window.innerWidth,
        clipped: cards.filter((c) => c.left < 0 || c.right > window.innerWidth).length,
        width: window.innerWidth,
      };
    });
    expect(look).toEqual({
      accent: "#9a3412",
      font: "Georgia, serif",
      scheme: "light",
      background: "rgba(0, 0, 0, 0)",
      headingWidth: 1,
      sideways: 0,
      clipped: 0,
      width: 320,
    });
    await expect(page.frameLocator("#portico iframe").getByRole("heading", { name: "Acme settings" })).toBeAttached();
    await page.setViewportSize({ width: 420, height: 2600 });
    await page.locator("#portico").screenshot({ path: shot("embed-themed-320") });

    // A value that is no colour: refused, saying which and what it takes.
    await page.goto(`${hostOrigin}/?as=admin&accent=${encodeURIComponent("red;}body{display:none")}`);
    await expect(page.frameLocator("#portico iframe").getByRole("alert")).toContainText('accent "red;}body{display:none" is not a colour like #4f46e5');
  } finally {
    host.kill();
  }
});
