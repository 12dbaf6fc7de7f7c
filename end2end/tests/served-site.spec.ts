import { ADMIN, EMULATOR_KEY, expect, hydrated, signIn, test } from "../fixtures";

// The real release build, as a browser receives it: the page and every asset it loads
// (script, WebAssembly, styles) hold no WorkOS secret key string.
test("nothing served to a browser contains a secret key", async ({ page, portico }) => {
  const served: string[] = [];
  page.on("response", async (response) => {
    if (response.url().startsWith(portico.url)) served.push(response.url());
  });
  await page.goto(`${portico.url}/sign-in`);
  await page.waitForLoadState("networkidle");
  const html = await (await fetch(`${portico.url}/sign-in`)).text();
  const assets = [...html.matchAll(/(?:href|src)="(\/pkg\/[^"]+)"/g)].map((m) => `${portico.url}${m[1]}`);
  expect(assets.some((url) => url.endsWith(".js")), "the page loads its script").toBe(true);
  const wasm = assets.find((url) => url.endsWith(".js"))!.replace(/\.js$/, ".wasm");
  for (const url of new Set([...served, ...assets, wasm])) {
    const response = await fetch(url);
    expect(response.ok, url).toBe(true);
    const body = Buffer.from(await response.arrayBuffer()).toString("latin1");
    for (const secret of ["sk_test_", "sk_live_", EMULATOR_KEY, "WORKOS_API_KEY", "PORTICO_DEMO_PASSWORD"]) {
      expect(body.includes(secret), `${secret} in ${url}`).toBe(false);
    }
  }
});

// The pages run under a Content-Security-Policy (scripts only with the render's nonce):
// signing in, hydrating, searching the picker and going to the portal and back break
// none of its rules.
test("the pages work under their Content-Security-Policy without a violation @needs-javascript", async ({ page, portico }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(message.text());
  });
  await signIn(page, portico, true, ADMIN);
  await hydrated(page, true);
  const sso = page.locator('[data-intent="sso"]');
  await sso.getByText("Choose your identity provider").first().click();
  await sso.getByLabel("Search identity providers").fill("okta");
  await expect(sso.getByRole("radio")).toHaveCount(2);
  await sso.getByRole("button", { name: "Configure SSO" }).click();
  await page.getByRole("button", { name: "Okta SAML" }).click();
  await expect(page.getByTestId("success-banner")).toContainText("Okta SAML is active.");
  expect(violations).toEqual([]);
});
