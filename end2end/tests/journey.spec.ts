import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../global-setup";
import { ADMIN, MEMBER, base, hydrated, signIn } from "./helpers";

test("an admin configures SSO in the portal and comes back to a truthful banner", async ({ page }) => {
  await signIn(page, ADMIN);
  const sso = page.locator('[data-intent="sso"]');
  await expect(sso.getByText("Not configured")).toBeVisible();
  await hydrated(page);

  await sso.getByRole("button", { name: "Configure SSO" }).click();
  await expect(page.getByRole("heading", { name: "Choose your identity provider" })).toBeVisible();
  expect(new URL(page.url()).origin).not.toBe(new URL(base()).origin);
  await page.getByRole("button", { name: "Okta SAML" }).click();

  await expect(page).toHaveURL(/\/settings/);
  const banner = page.getByTestId("success-banner");
  await expect(banner).toContainText("Single sign-on setup is complete.");
  await expect(banner).toContainText("Okta SAML connection active.");
  await expect(sso.getByText("Configured", { exact: true })).toBeVisible();
  // The address forgets ?configured= so a reload does not repeat the banner.
  await expect(page).toHaveURL(`${base()}/settings`);

  await banner.getByRole("button", { name: "Dismiss" }).click();
  await expect(banner).toBeHidden();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Acme settings" })).toBeVisible();
  await expect(page.getByTestId("success-banner")).toHaveCount(0);
  await expect(sso.getByText("Okta SAML connection active.")).toBeVisible();
});

test("leaving the portal without finishing returns to settings with no banner", async ({ page }) => {
  await signIn(page, ADMIN);
  await hydrated(page);
  await page.locator('[data-intent="dsync"]').getByRole("button", { name: "Configure Directory Sync" }).click();
  await expect(page.getByRole("heading", { name: "Choose your directory provider" })).toBeVisible();
  await page.getByRole("link", { name: "Leave setup without finishing" }).click();
  await expect(page).toHaveURL(`${base()}/settings`);
  await expect(page.locator('[data-intent="dsync"]').getByText("Not configured")).toBeVisible();
  await expect(page.getByTestId("success-banner")).toHaveCount(0);
});

test("a member sees the settings read-only and no setup buttons", async ({ page }) => {
  await signIn(page, MEMBER);
  await expect(page.getByTestId("read-only")).toContainText(`Only admins of Acme can change them: ask ${ADMIN}`);
  await expect(page.locator(".card")).toHaveCount(7);
  await expect(page.locator(".card button")).toHaveCount(0);
});

test("a signed-out visitor of /settings signs in and lands back on /settings", async ({ page }) => {
  await page.goto(`${base()}/settings`);
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fsettings$/);
  await hydrated(page);
  await page.getByLabel("Email").fill(ADMIN);
  await page.getByLabel("Password").fill("wrong password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toHaveText("Wrong email or password.");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${base()}/settings`);
  await expect(page.getByRole("heading", { name: "Acme settings" })).toBeVisible();
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, ADMIN);
  await hydrated(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto(`${base()}/settings`);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
});
