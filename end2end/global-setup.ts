import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const DEMO_PASSWORD = "e2e-demo-password";

// Starts the release build of Portico on a free port with its own data directory and
// the embedded WorkOS emulator; tests read the URL from PORTICO_BASE_URL.
export default async function globalSetup() {
  const root = resolve(__dirname, "..");
  const dataDir = mkdtempSync(join(tmpdir(), "portico-e2e-"));
  const env = { ...process.env };
  delete env.WORKOS_API_KEY;
  const server = spawn(join(root, "target/release/portico"), ["serve"], {
    cwd: root,
    env: {
      ...env,
      PORTICO_ADDR: "127.0.0.1:0",
      PORTICO_DATA_DIR: dataDir,
      PORTICO_DEMO_PASSWORD: DEMO_PASSWORD,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((done, fail) => {
    let out = "";
    const timer = setTimeout(() => fail(new Error(`Portico did not start:\n${out}`)), 30_000);
    server.stdout!.on("data", (chunk) => {
      out += chunk;
      const match = out.match(/open (http:\/\/\S+?)\/settings/);
      if (match) {
        clearTimeout(timer);
        done(match[1]);
      }
    });
    server.on("exit", (code) => fail(new Error(`Portico exited with ${code}:\n${out}`)));
  });
  process.env.PORTICO_BASE_URL = url;
  return async () => {
    server.kill("SIGINT");
    rmSync(dataDir, { recursive: true, force: true });
  };
}
