import { Locator, Page } from "@playwright/test";
import { ADMIN, DEMO_PASSWORD, expect, hydrated, test } from "../fixtures";

/** Presses Tab until `target` has the focus: proves it is reachable from the keyboard. */
async function tabTo(page: Page, target: Locator, most = 80) {
  for (let i = 0; i < most; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`not reachable with Tab: ${target}`);
}

test("keyboard only: sign in, pick Okta, set up SSO, come back to it active", async ({ page, portico, javaScript }) => {
  await page.goto(`${portico.url}/sign-in`);
  await hydrated(page, javaScript);
  await tabTo(page, page.getByLabel("Work email"));
  await page.keyboard.type(ADMIN);
  await page.keyboard.press("Enter");
  // The password step, the email kept and the password field focused.
  await expect(page).toHaveURL(/\/sign-in\/password/);
  await hydrated(page, javaScript);
  await expect(page.getByLabel("Password")).toBeFocused();
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/settings$/);
  await hydrated(page, javaScript);

  const sso = page.locator('[data-intent="sso"]');
  await tabTo(page, sso.locator("summary"));
  await page.keyboard.press("Enter");
  const okta = sso.getByRole("radio", { name: "Okta SAML" });
  await tabTo(page, okta);
  await page.keyboard.press("Space");
  await expect(okta).toBeChecked();
  await tabTo(page, sso.getByRole("button", { name: "Save" }));
  await page.keyboard.press("Enter");
  await expect(sso.getByText("Okta SAML picked: choose it when the setup asks.", { exact: false })).toBeVisible();

  await hydrated(page, javaScript);
  await tabTo(page, sso.getByRole("button", { name: "Configure SSO" }));
  await page.keyboard.press("Enter");
  const oktaInPortal = page.getByRole("button", { name: "Okta SAML", exact: true });
  await expect(oktaInPortal).toBeVisible();
  await tabTo(page, oktaInPortal);
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/\/settings/);
  await expect(page.getByTestId("success-banner")).toContainText("Okta SAML is active.");
  await expect(sso.getByText("Active", { exact: true })).toBeVisible();
});
