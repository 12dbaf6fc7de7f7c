import {
  ADMIN, DEMO_PASSWORD, EMULATOR_KEY, STAFF_OWNER, STAFF_SUPPORT, WEBHOOK_SECRET,
  adminSetsUpSso, expect, screenshot, signIn, staffFirstSignIn, test, totp,
} from "../fixtures";

// WorkOS's events reach this Portico as webhooks (the certificate warning below).
test.use({ porticoEnv: { WORKOS_WEBHOOK_SECRET: WEBHOOK_SECRET } });

test("staff sign in with a password and a code from their app; the first time they set the app up", async ({ page, portico }) => {
  await page.goto(`${portico.url}/staff`);
  await expect(page).toHaveURL(/\/staff\/sign-in$/);
  await screenshot(page, "staff-sign-in");
  // A wrong password is refused with the email kept.
  await page.getByLabel("Email").fill(STAFF_OWNER);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("alert")).toHaveText("Wrong email or password.");
  await expect(page.getByLabel("Email")).toHaveValue(STAFF_OWNER);

  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/staff\/enrol$/);
  await expect(page.getByRole("img", { name: "QR code of the second factor's secret" })).toBeVisible();
  await screenshot(page, "staff-enrol");
  const secret = (await page.getByTestId("totp-secret").textContent())!.replace(/\s/g, "");
  // A wrong code keeps the same secret on the page.
  await page.getByLabel("The code the app shows now").fill("000000");
  await page.getByRole("button", { name: "Confirm and sign in" }).click();
  await expect(page.getByRole("alert")).toContainText("That code is not right");
  expect((await page.getByTestId("totp-secret").textContent())!.replace(/\s/g, "")).toBe(secret);
  await page.getByLabel("The code the app shows now").fill(totp(secret));
  await page.getByRole("button", { name: "Confirm and sign in" }).click();
  await expect(page).toHaveURL(/\/staff\/recovery-codes$/);
  await expect(page.getByTestId("recovery-codes").locator("li")).toHaveCount(10);
  await screenshot(page, "staff-recovery-codes");
  await page.getByRole("link", { name: /open the console/ }).click();
  await expect(page.getByRole("heading", { name: "Organizations" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Acme" })).toBeVisible();

  // The next sign-in asks for the app's code.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/staff\/sign-in$/);
  await page.getByLabel("Email").fill(STAFF_OWNER);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/staff\/sign-in\/code$/);
  await screenshot(page, "staff-code");
  // The enrolment's code is spent; the app's next one works.
  await page.getByLabel("Code").fill(totp(secret, Date.now() + 30_000));
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/staff$/);
  // The staff session opens no customer page.
  await page.goto(`${portico.url}/settings`);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
});

test("the list shows the organizations whose certificate expires soon after WorkOS says so", async ({ page, portico, javaScript, browser }) => {
  // Acme's admin sets up SAML SSO (Portico reads Acme's status then, and mirrors it).
  await adminSetsUpSso(browser, portico, javaScript);

  await staffFirstSignIn(page, portico, STAFF_SUPPORT);
  const expiring = `${portico.url}/staff?show=expiring&days=30`;
  await page.goto(expiring);
  await expect(page.getByTestId("match-count")).toHaveText("0 organizations");

  const listed = await fetch(`${portico.emulatorUrl}/connections`, { headers: { Authorization: `Bearer ${EMULATOR_KEY}` } });
  const connection = (await listed.json()).data[0];
  await portico.control("POST", "events/certificate_expiring", { connection_id: connection.id, days: 9 });
  // The warning arrives as a webhook; the list reads the mirror it changed.
  await expect(async () => {
    await page.goto(expiring);
    await expect(page.getByTestId("match-count")).toHaveText("1 organization", { timeout: 500 });
  }).toPass({ timeout: 10_000 });
  const row = page.locator('tr[data-organization="Acme"]');
  await expect(row.locator('[data-area="certificate_renewal"]')).toHaveAttribute("title", "Certificate renewal: needs attention");
  await expect(row).toContainText("1 area");
  await expect(page.locator('tr[data-organization="Globex"]')).toHaveCount(0);
  // The filter form shows what it filtered by.
  await expect(page.getByLabel("Show")).toHaveValue("expiring");
  for (const width of [1440, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await screenshot(page, `staff-list-expiring-${width}`);
  }
  // The queue says what is wrong and what to do.
  await page.getByRole("link", { name: "Needs attention" }).click();
  await expect(page.getByText(/Okta SAML's SAML certificate expires on .+ \(in 9 days\)\./)).toBeVisible();
  await screenshot(page, "staff-attention");
});

test("an invitation sent on a customer's behalf shows in the admin's Recent activity with its reason", async ({ page, portico, javaScript, browser }) => {
  await staffFirstSignIn(page, portico, STAFF_SUPPORT);
  await page.getByRole("link", { name: "Acme" }).click();
  await expect(page.getByRole("heading", { name: "Acme", level: 1 })).toBeVisible();
  const invite = page.locator("form").filter({ hasText: "Send the setup to their IT contact" });
  await invite.getByLabel("IT contact's email").fill("it@acme.example");
  // Without a reason the browser asks for one; the server refuses a blank one too.
  await invite.getByLabel(/^Reason/).fill("   ");
  await invite.getByRole("button", { name: "Send setup" }).click();
  await expect(page.getByRole("alert")).toContainText("Write why you are doing this");
  await invite.getByLabel(/^Reason/).fill("Ada asked by phone, ticket 4411");
  await invite.getByRole("button", { name: "Send setup" }).click();
  await expect(page.getByRole("status")).toContainText("Sent the setup to the IT contact.");
  await expect(page.getByTestId("invitation")).toContainText("Invited it@acme.example for SSO");
  await screenshot(page, "staff-organization");

  const admin = await (await browser.newContext({ javaScriptEnabled: javaScript })).newPage();
  await signIn(admin, portico, javaScript, ADMIN);
  const row = admin.locator("#activity tbody tr").filter({ hasText: "Sent setup to an IT admin" });
  await expect(row).toContainText(`Support (${STAFF_SUPPORT})`);
  await expect(row).toContainText("Reason: Ada asked by phone, ticket 4411");
  await admin.locator("#activity").screenshot({ path: `test-results/screenshots/${test.info().project.name}-activity-support.png` });
});

test("a support person is refused what only owners may do", async ({ page, portico }) => {
  await staffFirstSignIn(page, portico, STAFF_SUPPORT);
  // No staff management in their menu, and its page says why.
  await expect(page.getByRole("link", { name: "Staff", exact: true })).toHaveCount(0);
  await page.goto(`${portico.url}/staff/team`);
  await expect(page.getByRole("alert")).toHaveText("Only an owner can do this. Ask an owner of the staff console.");
  // Acme's members cannot be changed by them, even by a crafted request.
  await page.goto(`${portico.url}/staff`);
  await page.getByRole("link", { name: "Acme" }).click();
  await expect(page.getByText("Only owners of the console can change members.")).toBeVisible();
  const id = page.url().split("/").pop()!;
  const refused = await page.request.post(`${portico.url}/staff/api/change_member`, {
    form: { organization: id, email: "max@acme.example", change: "admin", reason: "They asked" },
    headers: { Origin: portico.url },
  });
  expect(refused.status()).toBe(403);
  await page.reload();
  const row = page.locator("table.activity tbody tr").filter({ hasText: "Changed a member's role" });
  await expect(row).toContainText("Refused");
  await expect(page.getByRole("region", { name: "Members and their roles" }).getByRole("row", { name: /max@acme.example/ })).toContainText("member");
});
