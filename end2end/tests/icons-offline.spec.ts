import { ADMIN, expect, hydrated, signIn, test } from "../fixtures";

// The provider icon CDN does not answer (nothing listens on port 9).
test.use({ porticoEnv: { PORTICO_PROVIDER_ICONS_URL: "http://127.0.0.1:9" } });

test("with the icon CDN unreachable, every icon still comes from Portico's own origin", async ({ page, portico, javaScript }) => {
  const elsewhere: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith(portico.url)) elsewhere.push(request.url());
  });
  await signIn(page, portico, javaScript, ADMIN);
  await hydrated(page, javaScript);
  const sso = page.locator('[data-intent="sso"]');
  await sso.getByText("Choose your identity provider").first().click();
  const okta = sso.locator('img[src="/icons/light/oktasaml.svg"]');
  await expect(okta).toHaveCount(1);
  // Drawn: Portico's own monogram, since the CDN gave nothing.
  await expect.poll(() => okta.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  const icon = await page.request.get(`${portico.url}/icons/light/oktasaml.svg`);
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
  expect(await icon.text()).toContain('data-source="portico"');
  expect(elsewhere, "no request leaves Portico's origin").toEqual([]);
});
