import { Page } from "@playwright/test";
import {
  ADMIN,
  MEMBER,
  Portico,
  STAFF_OWNER,
  expect,
  expectNoAxeViolations as violations,
  signIn,
  staffFirstSignIn,
  test,
} from "../fixtures";

async function checkEveryPage(page: Page, portico: Portico, javaScript: boolean, who: string) {
  await page.goto(`${portico.url}/sign-in`);
  await violations(page, "/sign-in");
  await page.goto(`${portico.url}/sign-in/password`);
  await violations(page, "/sign-in/password");
  await signIn(page, portico, javaScript, who);
  await violations(page, "/settings");
  await page.locator("details").evaluateAll((all) => all.forEach((d) => d.setAttribute("open", "")));
  await violations(page, "/settings with the pickers and the IT admin form open");
  // A form sent back with an error in its card (admins have the domain form).
  if (who === ADMIN) {
    const card = page.locator('[data-intent="domain_verification"]');
    await card.getByLabel("Add a domain your people sign in with").fill("not a domain");
    await card.getByRole("button", { name: "Add domain" }).click();
    await expect(card.locator(".field-error")).toBeVisible();
    await violations(page, "/settings with an error in a card");
  }
}

// axe-core on every page a person reaches, in both themes. axe itself runs in the page,
// so for the pages as a browser without JavaScript gets them, the app's own scripts are
// blocked instead: the page stays the server's HTML.
for (const who of [ADMIN, MEMBER]) {
  test(`no accessibility violations for ${who === ADMIN ? "an admin" : "a member"}`, async ({ page, browser, portico, javaScript }) => {
    // Eight axe runs over the whole settings page: more than the default budget on a busy machine.
    test.slow();
    if (javaScript) return checkEveryPage(page, portico, true, who);
    const context = await browser.newContext({ javaScriptEnabled: true });
    await context.route(/\/pkg\/.*\.(js|wasm)$/, (route) => route.abort());
    await checkEveryPage(await context.newPage(), portico, false, who);
    await context.close();
  });
}

// The staff console's pages, as an owner sees them (the most on each page); without
// JavaScript as above: the app's scripts blocked (not its styles), axe still runs.
async function checkConsole(page: Page, portico: Portico) {
  await page.goto(`${portico.url}/staff/sign-in`);
  await violations(page, "/staff/sign-in");
  await staffFirstSignIn(page, portico, STAFF_OWNER);
  await violations(page, "/staff");
  await page.goto(`${portico.url}/staff?show=attention&sort=attention`);
  await violations(page, "/staff filtered");
  await page.goto(`${portico.url}/staff/attention`);
  await violations(page, "/staff/attention");
  await page.goto(`${portico.url}/staff/team`);
  await violations(page, "/staff/team");
  await page.goto(`${portico.url}/staff/integrations`);
  await violations(page, "/staff/integrations");
  await page.goto(`${portico.url}/staff`);
  await page.getByRole("link", { name: "Acme" }).click();
  await violations(page, "/staff/organizations/…");
}

test("no accessibility violations in the staff console", async ({ page, browser, portico, javaScript }) => {
  test.slow();
  if (javaScript) return checkConsole(page, portico);
  const context = await browser.newContext({ javaScriptEnabled: true });
  await context.route(/\/pkg\/.*\.(js|wasm)$/, (route) => route.abort());
  await checkConsole(await context.newPage(), portico);
  await context.close();
});
