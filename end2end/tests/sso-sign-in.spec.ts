import { ADMIN, DEMO_PASSWORD, MEMBER, adminSetsUpSso, expect, hydrated, screenshot, signIn, test, verifyAcmeDomain } from "../fixtures";

test("an admin tests the SSO connection and sees what arrives, what Portico uses and what is missing", async ({ browser, portico, javaScript }) => {
  const admin = await adminSetsUpSso(browser, portico, javaScript);
  await verifyAcmeDomain(admin, portico);
  await admin.locator('[data-intent="sso"]').getByRole("button", { name: "Test SSO sign-in" }).click();
  // The emulated identity provider, the admin's email filled in.
  await expect(admin.getByRole("heading", { name: /^Sign in to / })).toBeVisible();
  await expect(admin.getByLabel("Email")).toHaveValue(ADMIN);
  await admin.getByLabel("Last name").fill("");
  await admin.getByLabel("Groups (comma-separated)").fill("Engineering, Admins");
  await admin.getByRole("button", { name: "Continue" }).click();

  await expect(admin).toHaveURL(/\/sso\/callback\?/);
  await expect(admin.getByRole("heading", { name: "Test sign-in worked" })).toBeVisible();
  await expect(admin.getByTestId("sso-test-outcome")).toContainText("Okta SAML");
  await expect(admin.getByTestId("sso-test-used")).toContainText("Engineering, Admins");
  await expect(admin.getByTestId("sso-test-missing")).toHaveText(/^Missing: last_name\./);
  await expect(admin.getByTestId("sso-test-domain")).toContainText("acme.example is one of your verified domains");
  await expect(admin.getByTestId("sso-test-received")).toContainText(ADMIN);
  await screenshot(admin, "sso-test-succeeded");

  await admin.getByRole("link", { name: "Back to settings" }).click();
  await expect(admin.locator(".activity-log")).toContainText("Tested SSO sign-in");
});

test("a test forced to fail shows what happened and how to fix it; so does an email off the verified domains", async ({ browser, portico, javaScript }) => {
  const admin = await adminSetsUpSso(browser, portico, javaScript);
  await admin.locator('[data-intent="sso"]').getByRole("button", { name: "Test SSO sign-in" }).click();
  await admin.getByRole("radio", { name: /access_denied/ }).check();
  await admin.getByRole("button", { name: "Continue" }).click();
  await expect(admin.getByRole("heading", { name: "Test sign-in failed" })).toBeVisible();
  await expect(admin.getByTestId("sso-test-outcome")).toContainText("Your identity provider refused the sign-in");
  await expect(admin.getByTestId("sso-test-fix")).toContainText("assign the person (or a group they are in) to the application");
  await expect(admin.getByText("access_denied", { exact: true })).toBeVisible();
  await screenshot(admin, "sso-test-failed");
  // Trying again starts a new sign-in. acme.example is not verified yet: WorkOS refuses
  // the profile, and the page says what to do.
  await hydrated(admin, javaScript);
  await admin.getByRole("button", { name: "Test again" }).click();
  await expect(admin.getByRole("heading", { name: /^Sign in to / })).toBeVisible();
  await admin.getByRole("button", { name: "Continue" }).click();
  await expect(admin.getByTestId("sso-test-outcome")).toContainText("not on one of your organization's verified domains");
  await expect(admin.getByTestId("sso-test-fix")).toContainText("Verify that email's domain under Domain verification");
});

test("a member signs in to Portico through the identity provider and lands on the settings page", async ({ browser, portico, javaScript }) => {
  const admin = await adminSetsUpSso(browser, portico, javaScript);
  await verifyAcmeDomain(admin, portico);

  const member = await (await browser.newContext({ javaScriptEnabled: javaScript })).newPage();
  await member.goto(`${portico.url}/settings`);
  await expect(member).toHaveURL(/\/sign-in\?next=%2Fsettings$/);
  await hydrated(member, javaScript);
  await member.getByLabel("Work email").fill(MEMBER);
  await member.getByRole("button", { name: "Continue" }).click();
  await expect(member.getByRole("heading", { name: /^Sign in to / })).toBeVisible();
  await expect(member.getByLabel("Email")).toHaveValue(MEMBER);
  await screenshot(member, "sso-identity-provider");
  await member.getByRole("button", { name: "Continue" }).click();
  await expect(member).toHaveURL(`${portico.url}/settings`);
  await expect(member.getByTestId("read-only")).toBeVisible();
  await expect(member.getByText(MEMBER)).toBeVisible();
});

test("with Require SSO on, a member's password is refused and a break-glass admin still signs in with one", async ({ browser, portico, javaScript }) => {
  const admin = await adminSetsUpSso(browser, portico, javaScript);
  await verifyAcmeDomain(admin, portico);
  const sso = admin.locator('[data-intent="sso"]');
  await sso.getByText("Require SSO", { exact: true }).click();
  await sso.getByLabel("Members must sign in through SSO").check();
  await sso.getByLabel(ADMIN).check();
  await sso.getByRole("button", { name: "Save" }).click();
  await expect(admin.getByTestId("require-sso-state")).toHaveText("Members sign in through SSO only.");
  await screenshot(admin, "sso-required");

  const member = await (await browser.newContext({ javaScriptEnabled: javaScript })).newPage();
  await member.goto(`${portico.url}/sign-in/password`);
  await hydrated(member, javaScript);
  await member.getByLabel("Email").fill(MEMBER);
  await member.getByLabel("Password").fill(DEMO_PASSWORD);
  await member.getByRole("button", { name: "Sign in" }).click();
  await expect(member.getByRole("alert")).toContainText("Acme signs in through single sign-on, not a password.");
  await screenshot(member, "sso-required-password-refused");

  const breakGlass = await (await browser.newContext({ javaScriptEnabled: javaScript })).newPage();
  await signIn(breakGlass, portico, javaScript, ADMIN);
  await expect(breakGlass.getByRole("heading", { name: "Acme settings" })).toBeVisible();
});
