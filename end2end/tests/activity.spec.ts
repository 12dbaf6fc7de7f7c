import { readFileSync } from "node:fs";
import { ADMIN, MEMBER, expect, hydrated, screenshot, signIn, test } from "../fixtures";
import { join } from "node:path";

test("an admin sees who did what in Recent activity and downloads it for an auditor", async ({ page, portico, javaScript, browser }) => {
  // A member tries to open the portal first: refused, and the admins see it.
  const memberPage = await (await browser.newContext({ javaScriptEnabled: javaScript })).newPage();
  await signIn(memberPage, portico, javaScript, MEMBER);
  await expect(memberPage.locator("#activity")).toHaveCount(0);
  const refused = await memberPage.request.post(`${portico.url}/api/portal_link`, {
    form: { intent: "sso" },
    headers: { Origin: portico.url },
  });
  expect(refused.status()).toBe(403);

  await signIn(page, portico, javaScript, ADMIN);
  await hydrated(page, javaScript);
  await page.locator('[data-intent="audit_logs"]').getByRole("button", { name: /audit logs/ }).click();
  await expect(page).toHaveURL(/\/portal\//);
  await page.goto(`${portico.url}/settings`);

  const activity = page.locator("#activity");
  await expect(activity.getByRole("heading", { name: "Recent activity" })).toBeVisible();
  const rows = activity.locator("tbody tr");
  await expect(rows.first()).toContainText("Opened the Admin Portal");
  await expect(rows.first()).toContainText("Audit logs");
  await expect(rows.first()).toContainText(ADMIN);
  await expect(rows.first()).toContainText("Done");
  const refusedRow = rows.filter({ hasText: MEMBER }).filter({ hasText: "Opened the Admin Portal" });
  await expect(refusedRow).toContainText("Refused");
  await expect(refusedRow).toContainText("Single sign-on: only an admin of Acme may do this");
  await activity.scrollIntoViewIfNeeded();
  for (const width of [360, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(sideways, `${width} px`).toBeLessThanOrEqual(0);
    await activity.screenshot({
      path: join(__dirname, "..", "test-results", "screenshots", `${test.info().project.name}-activity-${width}.png`),
    });
  }

  // The download: what the table shows, with everything an auditor needs.
  await activity.getByLabel("Format").selectOption("csv");
  const [download] = await Promise.all([page.waitForEvent("download"), activity.getByRole("button", { name: "Download" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^portico-activity-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync(await download.path(), "utf8");
  const [header, ...lines] = csv.trim().split("\n");
  expect(header).toBe("id,occurred_at,actor_user_id,actor_email,organization_name,workos_organization_id,action,outcome,detail,client_ip,user_agent,request_id,workos_request_id");
  const link = lines.find((line) => line.includes('"portal_link.create","succeeded","audit_logs"'));
  expect(link).toContain(ADMIN);
  expect(link).toContain("HeadlessChrome");
  expect(lines.some((line) => line.includes(MEMBER) && line.includes('"portal_link.create","refused"'))).toBe(true);
});

test("an admin narrows Recent activity to what they look for, and back to everything", async ({ page, portico, javaScript }) => {
  await signIn(page, portico, javaScript, ADMIN);
  await hydrated(page, javaScript);
  await page.locator('[data-intent="audit_logs"]').getByRole("button", { name: /audit logs/ }).click();
  await expect(page).toHaveURL(/\/portal\//);
  await page.goto(`${portico.url}/settings`);

  const activity = page.locator("#activity");
  const rows = activity.locator("tbody tr");
  await expect(rows.filter({ hasText: "Signed in" })).not.toHaveCount(0);
  await activity.getByLabel("What").selectOption({ label: "Setup" });
  await activity.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/activity_kind=setup/);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Opened the Admin Portal");
  // What was chosen stays chosen.
  await expect(activity.getByLabel("What")).toHaveValue("setup");
  await activity.scrollIntoViewIfNeeded();
  await screenshot(page, "activity-filtered");

  await activity.getByLabel("Who (email or part of it)").fill("nobody");
  await activity.getByRole("button", { name: "Show" }).click();
  await expect(activity.getByText("Nothing matches this filter.")).toBeVisible();
  await activity.getByRole("link", { name: "Show everything" }).click();
  await expect(rows.filter({ hasText: "Signed in" })).not.toHaveCount(0);
  await expect(activity.getByLabel("Who (email or part of it)")).toHaveValue("");
});
