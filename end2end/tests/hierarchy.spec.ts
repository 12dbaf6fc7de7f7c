import { Page } from "@playwright/test";
import { ADMIN, MEMBER, expect, hydrated, screenshot, signIn, test } from "../fixtures";

// The settings page's hierarchy: one primary action for the state the organization is
// in, the hand-off to an IT admin from the page's head, an even grid at every width, and
// a navigation with each area's state.

/** The visible filled buttons in the page's main part. */
async function primaries(page: Page): Promise<string[]> {
  return page.locator("main button.primary:visible").allTextContents();
}

/** Rows of cards that leave a gap: for each group, cards on one line must fill it. */
async function unevenRows(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const gaps: string[] = [];
    for (const grid of Array.from(document.querySelectorAll<HTMLElement>("main .cards"))) {
      const width = grid.getBoundingClientRect().width;
      const rows = new Map<number, DOMRect[]>();
      for (const card of Array.from(grid.children)) {
        const box = card.getBoundingClientRect();
        const top = Math.round(box.top);
        rows.set(top, [...(rows.get(top) ?? []), box]);
      }
      for (const [top, boxes] of rows) {
        const left = Math.min(...boxes.map((b) => b.left));
        const right = Math.max(...boxes.map((b) => b.right));
        if (right - left < width - 2) {
          gaps.push(`${grid.closest("section")?.id} row at ${top}: ${Math.round(right - left)} of ${Math.round(width)} px`);
        }
      }
    }
    return gaps;
  });
}

test("one primary action for the state the organization is in", async ({ page, portico, javaScript }) => {
  await signIn(page, portico, javaScript, ADMIN);
  await hydrated(page, javaScript);
  // A new organization: SSO first. Certificate renewal, with nothing expiring, is secondary.
  expect(await primaries(page)).toEqual(["Configure SSO"]);
  await expect(page.locator('[data-intent="certificate_renewal"]').getByRole("button", { name: "Renew certificate" })).toHaveClass(/secondary/);
  await screenshot(page, "hierarchy-new-organization");

  const sso = page.locator('[data-intent="sso"]');
  await sso.getByRole("button", { name: "Configure SSO" }).click();
  await page.getByRole("button", { name: "Okta SAML" }).click();
  await expect(sso.getByText("Active", { exact: true })).toBeVisible();
  // SSO works: directory sync is next, and Manage SSO steps back.
  expect(await primaries(page)).toEqual(["Set up directory sync"]);
  await expect(sso.getByRole("button", { name: "Manage SSO" })).toHaveClass(/secondary/);
});

test("the hand-off to an IT admin is a secondary action in the page's head", async ({ page, portico, javaScript }) => {
  await signIn(page, portico, javaScript, ADMIN);
  await hydrated(page, javaScript);
  const action = page.locator(".page-head").getByRole("link", { name: "Send to my IT admin" });
  await expect(action).toHaveClass(/secondary/);
  // Nothing about it stands above the areas any more.
  const first = await page.locator("#sign-in").boundingBox();
  const panel = await page.locator("#it-admin").boundingBox();
  expect(panel!.y).toBeGreaterThan(first!.y);
  // The link leads to the form, after the areas; the next Tab is in its email field.
  await action.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#it-admin$/);
  const email = page.getByLabel("Your IT admin's email");
  await expect(email).toBeInViewport();
  await page.keyboard.press("Tab");
  await expect(email).toBeFocused();
});

test("members read where things stand, whom to ask, and nothing that promises them a setup", async ({ page, portico, javaScript }) => {
  await signIn(page, portico, javaScript, MEMBER);
  await expect(page.getByTestId("read-only")).toHaveText("You can view these settings. To change them, ask an admin of Acme.");
  await expect(page.locator(".page-head")).not.toContainText("guided setup");
  await expect(page.locator(".page-head").getByRole("link")).toHaveCount(0);
  expect(await primaries(page)).toEqual([]);
});

test("the cards fill their rows at every width", async ({ page, portico, javaScript }) => {
  await signIn(page, portico, javaScript, ADMIN);
  for (const width of [1440, 1100, 820, 600, 360]) {
    await page.setViewportSize({ width, height: 900 });
    expect(await unevenRows(page), `${width} px`).toEqual([]);
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  await screenshot(page, "hierarchy-1440");
  await page.setViewportSize({ width: 360, height: 800 });
  await screenshot(page, "hierarchy-360");
});

test("the page's navigation shows each area's state on wide screens and the groups as anchors on small ones", async ({ page, portico, javaScript }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await signIn(page, portico, javaScript, ADMIN);
  const nav = page.getByRole("navigation", { name: "On this page" });
  await expect(nav.locator('[data-nav-intent="sso"]')).toHaveText(/Single sign-on\s*Not configured/);
  await expect(nav.locator('[data-nav-intent="certificate_renewal"] .badge')).toBeHidden();
  // It stays beside the page while the page scrolls.
  await page.mouse.wheel(0, 1500);
  await expect(nav.locator('[data-nav-intent="dsync"]')).toBeInViewport();
  await nav.getByRole("link", { name: /Directory sync/ }).click();
  await expect(page.locator('[data-intent="dsync"]')).toBeInViewport();

  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`${portico.url}/settings`);
  await expect(nav.locator('[data-nav-intent="sso"]')).toBeHidden();
  await nav.getByRole("link", { name: "Logs and data" }).click();
  await expect(page).toHaveURL(/#logs-and-data$/);
  await expect(page.locator("#logs-and-data h2")).toBeInViewport();
});

test("a skip link leads past the top bar, and back from the portal the outcome has the focus", async ({ page, portico, javaScript }) => {
  await signIn(page, portico, javaScript, ADMIN);
  await hydrated(page, javaScript);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to the settings" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#settings")).toBeFocused();

  await page.locator('[data-intent="sso"]').getByRole("button", { name: "Configure SSO" }).click();
  await page.getByRole("button", { name: "Okta SAML" }).click();
  const banner = page.getByTestId("success-banner");
  await expect(banner).toBeFocused();
  // The next Tab goes on from the banner (its dismiss), not from the top of the page.
  await page.keyboard.press("Tab");
  await expect(banner.getByRole("link", { name: "Dismiss" })).toBeFocused();
});
