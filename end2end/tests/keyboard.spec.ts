import { Locator, Page } from "@playwright/test";
import { ADMIN, DEMO_PASSWORD, STAFF_SUPPORT, expect, hydrated, staffFirstSignIn, test } from "../fixtures";

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

/** Signs in by keyboard on the password step. */
async function signInByKeyboard(page: Page, portico: { url: string }, javaScript: boolean) {
  await page.goto(`${portico.url}/sign-in/password`);
  await hydrated(page, javaScript);
  await expect(page.getByLabel("Email")).toBeFocused();
  await page.keyboard.type(ADMIN);
  await page.keyboard.press("Tab");
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/settings$/);
  await hydrated(page, javaScript);
}

test("keyboard only: claim a domain, and remove it after the question", async ({ page, portico, javaScript }) => {
  await signInByKeyboard(page, portico, javaScript);
  const card = page.locator('[data-intent="domain_verification"]');
  await tabTo(page, card.getByLabel("Add a domain your people sign in with"));
  await page.keyboard.type("widgets.example");
  await page.keyboard.press("Enter");
  const row = card.locator('[data-domain="widgets.example"]');
  await expect(row.getByText("Waiting for DNS")).toBeVisible();

  await hydrated(page, javaScript);
  await tabTo(page, row.getByRole("link", { name: "Remove widgets.example" }));
  await page.keyboard.press("Enter");
  const confirm = row.getByRole("button", { name: "Remove widgets.example" });
  await tabTo(page, confirm);
  await page.keyboard.press("Enter");
  await expect(card.locator('[data-domain="widgets.example"]')).toHaveCount(0);
  await expect(card.getByTestId("domains-done")).toContainText("widgets.example");
});

test("keyboard only: send the setup to an IT admin from the page's head", async ({ page, portico, javaScript }) => {
  await signInByKeyboard(page, portico, javaScript);
  await tabTo(page, page.locator(".page-head").getByRole("link", { name: "Send to my IT admin" }));
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Your IT admin's email")).toBeFocused();
  await page.keyboard.type("it@acme.example");
  await page.keyboard.press("Enter");
  await expect(page.locator("#it-admin")).toContainText("Invitation sent.");
});

test("keyboard only: a support person finds an organization in the console", async ({ page, portico, javaScript }) => {
  await staffFirstSignIn(page, portico, STAFF_SUPPORT);
  await tabTo(page, page.getByLabel("Search"));
  await page.keyboard.type("acme");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/q=acme/);
  await tabTo(page, page.getByRole("link", { name: "Acme", exact: true }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Acme", level: 1 })).toBeVisible();
});

test("keyboard only: narrow Recent activity to sign-ins, and read the page in German", async ({ page, portico, javaScript }) => {
  await signInByKeyboard(page, portico, javaScript);
  const activity = page.locator("#activity");
  await tabTo(page, activity.getByLabel("What"), 150);
  await page.keyboard.press("ArrowDown"); // Sign-ins, the first kind
  await tabTo(page, activity.getByRole("button", { name: "Show" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/activity_kind=sign_ins/);
  await expect(activity.locator("tbody tr").first()).toContainText("Signed in");

  await hydrated(page, javaScript);
  await tabTo(page, page.getByLabel("Language"), 200);
  await page.keyboard.type("Deutsch"); // a closed list picks as one types
  await tabTo(page, page.getByRole("button", { name: "Change language" }));
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
});
