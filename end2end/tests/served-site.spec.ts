import { EMULATOR_KEY, expect, test } from "../fixtures";

// The real release build, as a browser receives it: the page and every asset it loads
// (script, WebAssembly, styles) hold no WorkOS secret key string.
test("nothing served to a browser contains a secret key", async ({ page, portico }) => {
  const served: string[] = [];
  page.on("response", async (response) => {
    if (response.url().startsWith(portico.url)) served.push(response.url());
  });
  await page.goto(`${portico.url}/sign-in`);
  await page.waitForLoadState("networkidle");
  const html = await (await fetch(`${portico.url}/sign-in`)).text();
  const assets = [...html.matchAll(/(?:href|src)="(\/pkg\/[^"]+)"/g)].map((m) => `${portico.url}${m[1]}`);
  expect(assets.some((url) => url.endsWith(".js")), "the page loads its script").toBe(true);
  const wasm = assets.find((url) => url.endsWith(".js"))!.replace(/\.js$/, ".wasm");
  for (const url of new Set([...served, ...assets, wasm])) {
    const response = await fetch(url);
    expect(response.ok, url).toBe(true);
    const body = Buffer.from(await response.arrayBuffer()).toString("latin1");
    for (const secret of ["sk_test_", "sk_live_", EMULATOR_KEY, "WORKOS_API_KEY", "PORTICO_DEMO_PASSWORD"]) {
      expect(body.includes(secret), `${secret} in ${url}`).toBe(false);
    }
  }
});
