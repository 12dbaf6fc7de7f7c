// Portico's host API through its own OpenAPI document, as a host's backend would use it:
// the document validates as OpenAPI 3.1 (swagger-parser), and a client made from it at
// run time (openapi-client-axios, no hand-written paths) calls every operation it lists.
// Run by scripts/test with `node --test`; PORTICO_BIN names the server binary.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import SwaggerParser from "@apidevtools/swagger-parser";
import { OpenAPIClientAxios } from "openapi-client-axios";

const root = resolve(import.meta.dirname, "../..");
const binary = process.env.PORTICO_BIN ?? join(root, "target/debug/portico");
const data = mkdtempSync(join(tmpdir(), "portico-host-api-"));
const env = {
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(PORTICO_|WORKOS_)/.test(name))),
  PORTICO_ADDR: "127.0.0.1:0",
  PORTICO_DATA_DIR: data,
  PORTICO_DEMO_PASSWORD: "host-api-demo-password",
  PORTICO_EMBED_SECRET: "host-api-embed-secret-of-enough-length-0123456789",
  PORTICO_EMBED_HOSTS: "host-product",
};
let server;
let base;
let key;

before(async () => {
  server = spawn(binary, ["serve"], { cwd: root, env, stdio: ["ignore", "pipe", "inherit"] });
  base = await new Promise((done, fail) => {
    let out = "";
    const timer = setTimeout(() => fail(new Error(`portico did not start: ${out}`)), 30_000);
    server.stdout.on("data", (chunk) => {
      out += chunk;
      const match = out.match(/open (http:\/\/\S+?)\/settings/);
      if (match) {
        clearTimeout(timer);
        done(match[1]);
      }
    });
  });
  const made = execFileSync(binary, ["api-key", "create", "--name", "contract", "--scopes",
    "organizations:read,organizations:write,members:write,embed:write,webhooks:write"], { cwd: root, env }).toString();
  key = made.match(/key: (pk_live_\w+)/)[1];
});

after(() => {
  server?.kill("SIGINT");
  rmSync(data, { recursive: true, force: true });
});

async function documentServed() {
  const response = await fetch(`${base}/api/v1/openapi.json`);
  assert.equal(response.status, 200);
  return response.json();
}

test("the OpenAPI document is valid OpenAPI 3.1", async () => {
  const document = await documentServed();
  assert.equal(document.openapi, "3.1.0");
  await SwaggerParser.validate(structuredClone(document));
});

test("a client made from the document calls every operation it lists", async () => {
  const document = await documentServed();
  const api = new OpenAPIClientAxios({
    definition: document,
    axiosConfigDefaults: { headers: { Authorization: `Bearer ${key}` }, validateStatus: () => true },
  });
  api.withServer({ url: `${base}/api/v1` });
  const client = await api.init();
  const called = new Set();
  const call = async (operation, parameters, body) => {
    called.add(operation);
    return client[operation](parameters ?? null, body);
  };

  const created = await call("createOrganization", null, { name: "Initech", domains: ["initech.example"], areas: ["sso"] });
  assert.equal(created.status, 201, JSON.stringify(created.data));
  const organization = created.data.id;
  assert.deepEqual(created.data.areas, ["sso"]);
  const listed = await call("listOrganizations", { limit: 100 });
  assert.ok(listed.data.data.some((o) => o.name === "Initech"));
  assert.equal((await call("getOrganization", { organization: created.data.workos_organization_id })).data.id, organization);
  const status = await call("getOrganizationStatus", { organization });
  assert.equal(status.status, 200);
  assert.equal(status.data.areas.length, 7);
  assert.deepEqual((await call("setOrganizationPlan", { organization }, { areas: ["sso", "dsync"] })).data.areas, ["sso", "dsync"]);
  assert.equal((await call("addMember", { organization }, { email: "joan@initech.example", role: "admin" })).status, 201);
  assert.equal((await call("addMember", { organization }, { email: "milton@initech.example", role: "admin" })).status, 201);
  assert.equal((await call("changeMember", { organization, email: "milton@initech.example" }, { role: "member" })).data.role, "member");
  assert.deepEqual((await call("listMembers", { organization })).data.map((m) => m.email).sort(), ["joan@initech.example", "milton@initech.example"]);
  assert.equal((await call("removeMember", { organization, email: "milton@initech.example" })).status, 204);
  const embed = await call("createEmbedUrl", { organization }, { user_id: "u-1", email: "joan@initech.example", role: "admin" });
  assert.equal(embed.status, 201, JSON.stringify(embed.data));
  assert.match(embed.data.url, /\/embed\?token=/);
  // An error answers in the documented shape.
  const missing = await call("getOrganization", { organization: 999999 });
  assert.equal(missing.status, 404);
  assert.equal(missing.data.kind, "not_found");
  assert.ok(missing.data.request_id);
  assert.equal((await call("deleteOrganization", { organization })).status, 204);
  // An endpoint on a public address (nothing is sent to it here); its secret only now.
  const endpoint = await call("createWebhookEndpoint", null, { url: "https://93.184.216.34/hooks/portico", events: ["handoff.completed"] });
  assert.equal(endpoint.status, 201, JSON.stringify(endpoint.data));
  assert.match(endpoint.data.secret, /^whsec_/);
  const endpoints = await call("listWebhookEndpoints");
  assert.deepEqual(endpoints.data.map((e) => [e.url, e.events, e.secret]), [["https://93.184.216.34/hooks/portico", ["handoff.completed"], undefined]]);
  assert.equal((await call("deleteWebhookEndpoint", { id: endpoint.data.id })).status, 204);

  const listedOperations = Object.values(document.paths).flatMap((item) => Object.values(item).map((op) => op.operationId));
  assert.deepEqual([...called].sort(), listedOperations.sort());
});
