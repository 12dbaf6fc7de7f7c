import { ADMIN, expect, hydrated, screenshot, signIn, test } from "../fixtures";

test("when WorkOS rate limits, the admin is told when to try again", async ({ page, portico, javaScript }) => {
  await signIn(page, portico, javaScript, ADMIN);
  await hydrated(page, javaScript);
  await portico.injectFault({ route: "POST /portal/generate_link", status: 429, retry_after: 30 });
  const sso = page.locator('[data-intent="sso"]');
  await sso.getByRole("button", { name: "Configure SSO" }).click();
  await expect(page.getByRole("alert")).toHaveText("WorkOS is rate limiting, try again in 30 seconds.");
  await expect(page).toHaveURL(/\/settings/);
});

test("when WorkOS is down, the admin gets a plain message and the next try works", async ({ page, portico, javaScript }) => {
  await signIn(page, portico, javaScript, ADMIN);
  await hydrated(page, javaScript);
  // Three 503s: the first attempt and both retries fail.
  await portico.injectFault({ route: "POST /portal/generate_link", status: 503, count: 3 });
  const logs = page.locator('[data-intent="log_streams"]');
  await logs.getByRole("button", { name: "Set up a log stream" }).click();
  await expect(page.getByRole("alert")).toHaveText("WorkOS is not responding right now. Please try again in a minute.");

  await hydrated(page, javaScript);
  await logs.getByRole("button", { name: "Set up a log stream" }).click();
  await expect(page.getByRole("heading", { name: "Choose where to stream your audit events" })).toBeVisible();
});

test("when WorkOS cannot report status, the page says so instead of guessing", async ({ page, portico, javaScript }) => {
  // Down for the whole test: a WorkOS that answers again is shown at once by the live page.
  await portico.injectFault({ route: "GET /connections", status: 503, count: 1000 });
  await signIn(page, portico, javaScript, ADMIN);
  await expect(page.getByRole("alert")).toContainText("Live status is incomplete: WorkOS is not responding right now.");
  await expect(page.locator('[data-intent="sso"]').getByText("Status unavailable right now.")).toBeVisible();
});

test("while WorkOS is slow the button says it is working, and a double click asks once @needs-javascript", async ({ page, portico, javaScript }) => {
  await signIn(page, portico, javaScript, ADMIN);
  await hydrated(page, javaScript);
  const calls = async () => ((await portico.control("GET", "stats")) as { api_requests: number }).api_requests;
  const before = await calls();
  await portico.injectFault({ route: "POST /portal/generate_link", delay_ms: 1500 });
  // The page is left as soon as the link arrives: report what the button shows meanwhile.
  const shown: string[] = [];
  page.on("console", (message) => shown.push(message.text()));
  await page.evaluate(() => {
    const card = document.querySelector('[data-intent="sso"]')!;
    new MutationObserver(() => {
      const button = card.querySelector('form[action$="portal_link"] button') as HTMLButtonElement;
      console.log(`button "${button.textContent}" disabled=${button.disabled}`);
    }).observe(card, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  await page.locator('[data-intent="sso"]').getByRole("button", { name: "Configure SSO" }).dblclick();
  await expect(page.getByRole("heading", { name: "Choose your identity provider" })).toBeVisible();
  expect(shown).toContain('button "Opening…" disabled=true');
  expect(await calls()).toBe(before + 1);
});

test("when WorkOS goes down, the page shows the last known status with its age and a way to try again", async ({ page, portico, javaScript }) => {
  await signIn(page, portico, javaScript, ADMIN);
  await hydrated(page, javaScript);
  const sso = page.locator('[data-intent="sso"]');
  await sso.getByRole("button", { name: "Configure SSO" }).click();
  await page.getByRole("button", { name: "Okta SAML" }).click();
  await expect(sso.getByText("Okta SAML is active.")).toBeVisible();

  // Every read fails until WorkOS is back (the live page would show a WorkOS that
  // answers again at once).
  for (const route of ["GET /connections", "GET /directories", "GET /organizations/{id}", "GET /organizations/{id}/audit_log_configuration"]) {
    await portico.injectFault({ route, status: 503, count: 1000 });
  }
  await page.goto(`${portico.url}/settings?refresh=1`);
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("Live status is incomplete: WorkOS is not responding right now.");
  await expect(alert).toContainText("Showing what WorkOS reported less than a minute ago.");
  // Each badge says it is the last known state, in words and in its look.
  await expect(sso.getByText("Active (last known)", { exact: true })).toBeVisible();
  await expect(sso.getByText("Okta SAML is active.")).toBeVisible();
  await expect(page.locator('[data-intent="audit_logs"]').getByText("Active (last known)", { exact: true })).toBeVisible();
  await expect(page.locator('nav.page-nav [data-nav-intent="sso"]')).toContainText("Active (last known)");
  await screenshot(page, "workos-down-last-known");

  await portico.control("DELETE", "faults");
  await alert.getByRole("link", { name: "Try again" }).click();
  await expect(page.getByRole("alert")).toHaveCount(0);
  await expect(sso.getByText("Okta SAML is active.")).toBeVisible();
  await expect(sso.getByText("Active", { exact: true })).toBeVisible();
});
