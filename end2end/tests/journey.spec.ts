import { ADMIN, DEMO_PASSWORD, MEMBER, expect, hydrated, screenshot, signIn, test } from "../fixtures";

test("an admin configures SSO in the portal and comes back to a truthful banner", async ({ page, portico, javaScript }) => {
  await signIn(page, portico, javaScript, ADMIN);
  const sso = page.locator('[data-intent="sso"]');
  await expect(sso.getByText("Not configured")).toBeVisible();
  await hydrated(page, javaScript);
  await screenshot(page, "settings");

  await sso.getByRole("button", { name: "Configure SSO" }).click();
  await expect(page.getByRole("heading", { name: "Choose your identity provider" })).toBeVisible();
  expect(new URL(page.url()).origin).not.toBe(new URL(portico.url).origin);
  await page.getByRole("button", { name: "Okta SAML" }).click();

  await expect(page).toHaveURL(/\/settings/);
  const banner = page.getByTestId("success-banner");
  await expect(banner).toContainText("Single sign-on setup is complete.");
  await expect(banner).toContainText("Okta SAML is active.");
  await expect(sso.getByText("Active", { exact: true })).toBeVisible();
  // The provider's icon, from Portico's own origin (fetched there from the icon CDN).
  const icon = sso.locator(".summary .provider-icon img");
  await expect(icon).toHaveAttribute("src", "/icons/light/oktasaml.svg");
  expect(await icon.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  const svg = await (await page.request.get(`${portico.url}/icons/light/oktasaml.svg`)).text();
  expect(svg).toContain('data-icon="okta"');
  await screenshot(page, "settings-after-sso");

  await page.goto(`${portico.url}/settings`);
  await expect(page.getByRole("heading", { name: "Acme settings" })).toBeVisible();
  await expect(page.getByTestId("success-banner")).toHaveCount(0);
  await expect(sso.getByText("Okta SAML is active.")).toBeVisible();
});

test("an SSO connection saved without testing shows as in progress, and the banner says it is not active yet", async ({ page, portico, javaScript }) => {
  await signIn(page, portico, javaScript, ADMIN);
  await hydrated(page, javaScript);
  const sso = page.locator('[data-intent="sso"]');
  await sso.getByRole("button", { name: "Configure SSO" }).click();
  await page.getByLabel("Save without testing the connection").check();
  await page.getByRole("button", { name: "Okta SAML" }).click();

  await expect(page).toHaveURL(/\/settings/);
  const banner = page.getByTestId("success-banner");
  await expect(banner).toContainText("Your single sign-on setup is saved but not active yet.");
  await expect(banner).toContainText("Okta SAML is saved but not active yet.");
  await expect(sso.getByText("In progress", { exact: true })).toBeVisible();
  await expect(sso.getByRole("button", { name: "Finish SSO setup" })).toBeVisible();
  await screenshot(page, "settings-sso-draft");
});

test("the banner can be dismissed, and a reload does not repeat it", async ({ page, portico, javaScript }) => {
  await signIn(page, portico, javaScript, ADMIN);
  await hydrated(page, javaScript);
  await page.locator('[data-intent="sso"]').getByRole("button", { name: "Configure SSO" }).click();
  await page.getByRole("button", { name: "Okta SAML" }).click();
  const banner = page.getByTestId("success-banner");
  await expect(banner).toContainText("Single sign-on setup is complete.");
  // With JavaScript the address forgets ?configured= at once and Dismiss hides the
  // banner in place; without, Dismiss is a link to the plain page.
  if (javaScript) await expect(page).toHaveURL(`${portico.url}/settings`);
  else await expect(page).toHaveURL(`${portico.url}/settings?configured=sso`);
  await hydrated(page, javaScript);
  await banner.getByRole("link", { name: "Dismiss" }).click();
  await expect(banner).toBeHidden();
  await expect(page).toHaveURL(`${portico.url}/settings`);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Acme settings" })).toBeVisible();
  await expect(page.getByTestId("success-banner")).toHaveCount(0);
});

test("leaving the portal without finishing returns to settings with no banner", async ({ page, portico, javaScript }) => {
  await signIn(page, portico, javaScript, ADMIN);
  await hydrated(page, javaScript);
  await page.locator('[data-intent="dsync"]').getByRole("button", { name: "Set up directory sync" }).click();
  await expect(page.getByRole("heading", { name: "Choose your directory provider" })).toBeVisible();
  await page.getByRole("link", { name: "Leave setup without finishing" }).click();
  await expect(page).toHaveURL(`${portico.url}/settings`);
  await expect(page.locator('[data-intent="dsync"]').getByText("Not configured")).toBeVisible();
  await expect(page.getByTestId("success-banner")).toHaveCount(0);
});

test("a member sees the settings read-only and no setup buttons", async ({ page, portico, javaScript }) => {
  await signIn(page, portico, javaScript, MEMBER);
  await expect(page.getByTestId("read-only")).toContainText("To change them, ask an admin of Acme.");
  await expect(page.locator("body")).not.toContainText(ADMIN);
  await expect(page.locator(".card")).toHaveCount(7);
  await expect(page.locator(".card button")).toHaveCount(0);
});

test("a signed-out visitor of /settings signs in and lands back on /settings", async ({ page, portico, javaScript }) => {
  await page.goto(`${portico.url}/settings`);
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fsettings$/);
  await hydrated(page, javaScript);
  // The work email first: Acme has no SSO, so the page asks for the password.
  await page.getByLabel("Work email").fill(ADMIN);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/sign-in\/password/);
  await hydrated(page, javaScript);
  await expect(page.getByLabel("Email")).toHaveValue(ADMIN);
  await expect(page.getByRole("alert")).toHaveCount(0);
  await page.getByLabel("Password").fill("wrong password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toHaveText("Wrong email or password.");
  await screenshot(page, "sign-in-failed");
  // What was typed is kept, except the password.
  await expect(page.getByLabel("Email")).toHaveValue(ADMIN);
  await expect(page.getByLabel("Password")).toHaveValue("");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${portico.url}/settings`);
  await expect(page.getByRole("heading", { name: "Acme settings" })).toBeVisible();
});

test("signing out ends the session", async ({ page, portico, javaScript }) => {
  await signIn(page, portico, javaScript, ADMIN);
  await hydrated(page, javaScript);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto(`${portico.url}/settings`);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
});
