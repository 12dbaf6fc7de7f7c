import { expect, Page } from "@playwright/test";
import { DEMO_PASSWORD, EMULATOR_KEY } from "../global-setup";

export const base = () => {
  const url = process.env.PORTICO_BASE_URL;
  if (!url) throw new Error("PORTICO_BASE_URL is not set: global setup did not run");
  return url;
};

export const ADMIN = "ada@acme.example";
export const MEMBER = "max@acme.example";

/** Waits until the page's WebAssembly has hydrated, so clicks run the app's code. */
export async function hydrated(page: Page) {
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto(`${base()}/sign-in`);
  await hydrated(page);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/settings$/);
}

/** Makes the emulator answer the next `count` requests of `route` with a fault. */
export async function injectFault(fault: Record<string, unknown>) {
  const url = process.env.PORTICO_EMULATOR_URL;
  if (!url) throw new Error("PORTICO_EMULATOR_URL is not set: global setup did not run");
  const response = await fetch(`${url}/__emulator/faults`, {
    method: "POST",
    headers: { Authorization: `Bearer ${EMULATOR_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify(fault),
  });
  if (!response.ok) throw new Error(`fault not accepted: ${response.status}`);
}
