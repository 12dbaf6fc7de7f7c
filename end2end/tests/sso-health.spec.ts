import { ADMIN, WEBHOOK_SECRET, adminSetsUpSso, expect, hydrated, screenshot, test } from "../fixtures";

// WorkOS's authentication events reach Portico as webhooks, as they would from WorkOS.
test.use({ porticoEnv: { WORKOS_WEBHOOK_SECRET: WEBHOOK_SECRET } });

test("the SSO health panel shows a failed test sign-in (live within 2 s with JavaScript) and after a reload", async ({ browser, portico, javaScript }) => {
  const admin = await adminSetsUpSso(browser, portico, javaScript);
  const health = admin.locator("#sso-health");
  await expect(health.locator("[data-live=sso-last]")).toHaveText(/^Nobody has signed in through SSO yet/);
  await expect(health.locator("[data-live=sso-failures-summary]")).toHaveText("No failed SSO sign-ins in the last 7 days.");
  await expect(health.getByRole("img")).toHaveAccessibleName(/^No SSO sign-ins in the last 30 days/);

  // The same admin, in another tab, runs a test that fails.
  const tester = await admin.context().newPage();
  await tester.goto(`${portico.url}/settings`);
  await hydrated(tester, javaScript);
  await tester.locator('[data-intent="sso"]').getByRole("button", { name: "Test SSO sign-in" }).click();
  await tester.getByRole("radio", { name: /access_denied/ }).check();
  await tester.getByRole("button", { name: "Continue" }).click();
  await expect(tester.getByRole("heading", { name: "Test sign-in failed" })).toBeVisible();

  const failure = health.locator("[data-live=sso-failures] li");
  if (javaScript) {
    // The open page follows: the failure with its fix, and today's bar.
    await expect(failure).toHaveText(/^access_denied \(once, last on .+\): Your identity provider refused the sign-in/, { timeout: 2_000 });
    await expect(health.getByRole("img")).toHaveAccessibleName("In the last 30 days: 0 sign-ins succeeded, 1 failed.");
  }
  await admin.reload();
  await expect(failure).toHaveText(/assign the person \(or a group they are in\) to the application/);
  await expect(health.locator("[data-live=sso-failures-summary]")).toHaveText("1 failed SSO sign-in in the last 7 days:");
  await health.getByText("Sign-ins per day, as a table").click();
  await expect(health.locator("[data-live=sso-days] tbody tr").first().locator("td").nth(1)).toHaveText("1");
  await health.scrollIntoViewIfNeeded();
  await screenshot(admin, "sso-health-failure");
  await expect(admin.getByText(ADMIN).first()).toBeVisible();
});
