// WorkOS's official Node SDK, unchanged, against `workos-emulator`. Run by scripts/test
// with `node --test` twice: Node SDK 8.x on the machine's Node, and the newest (11.x, which
// needs Node 22) with WORKOS_NODE_SDK naming its package alias. WORKOS_EMULATOR_BIN names
// the emulator binary.
import { after, before, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createServer } from "node:http";

const sdk = await import(process.env.WORKOS_NODE_SDK ?? "@workos-inc/node");
const { GenericServerException, NotFoundException, RateLimitExceededException, UnauthorizedException, UnprocessableEntityException, WorkOS } = sdk;

const KEY = "sk_test_official_sdk_contract_key";
const CLIENT_ID = "client_01JNODESDKTESTS00000000000";
const CALLBACK = "http://127.0.0.1:9/callback";
const INTENTS = ["sso", "dsync", "audit_logs", "log_streams", "domain_verification", "certificate_renewal", "bring_your_own_key"];
let emulator;
let base;
let workos;
/** `portal` in SDK 8.x, `adminPortal` from 11.x. */
let portal;

function client(key, options = {}) {
  const url = new URL(base);
  return new WorkOS(key, { apiHostname: url.hostname, port: Number(url.port), https: false, ...options });
}

before(async () => {
  const binary = process.env.WORKOS_EMULATOR_BIN;
  assert.ok(binary, "WORKOS_EMULATOR_BIN names the emulator binary");
  emulator = spawn(binary, ["--addr", "127.0.0.1:0", "--rate-limit", "off"], {
    env: { ...process.env, WORKOS_API_KEY: KEY, WORKOS_CLIENT_ID: CLIENT_ID },
    stdio: ["ignore", "pipe", "inherit"],
  });
  base = await new Promise((done, fail) => {
    let out = "";
    const timer = setTimeout(() => fail(new Error(`emulator did not start: ${out}`)), 15_000);
    emulator.stdout.on("data", (chunk) => {
      out += chunk;
      const match = out.match(/listening on (http:\/\/\S+?)\/?\s/);
      if (match) {
        clearTimeout(timer);
        done(match[1]);
      }
    });
    emulator.on("exit", (code) => fail(new Error(`emulator exited with ${code}: ${out}`)));
  });
  workos = client(KEY);
  portal = workos.adminPortal ?? workos.portal;
});

// Every test starts from an empty emulator.
beforeEach(async () => {
  await control("/__emulator/reset", {});
});

after(() => emulator?.kill());

async function control(path, body, method = "POST") {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { Authorization: `Bearer ${KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  assert.ok(response.ok, `${path}: ${response.status}`);
}

/** Opens a portal link and picks `choice`, as a person would. */
async function completePortal(link, choice) {
  const launched = await fetch(link, { redirect: "manual" });
  assert.equal(launched.status, 303);
  const session = new URL(launched.headers.get("location"), base);
  const done = await fetch(session, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ choice }),
  });
  assert.equal(done.status, 303);
  return done.headers.get("location");
}

/** Follows an SSO authorization URL to the emulated identity provider, answers its form
 * with `fields` as a person would, and returns the callback's query. */
async function signInAtIdentityProvider(url, fields) {
  const started = await fetch(url, { redirect: "manual" });
  assert.equal(started.status, 303, await started.text());
  const page = new URL(started.headers.get("location"), base);
  assert.equal((await fetch(page)).status, 200);
  const back = await fetch(page, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields),
  });
  assert.equal(back.status, 303);
  const location = back.headers.get("location");
  assert.ok(location.startsWith(CALLBACK), location);
  return Object.fromEntries(new URL(location).searchParams);
}

async function organizationWithSso() {
  const org = await workos.organizations.createOrganization({
    name: "Initech",
    domainData: [{ domain: "initech.example", state: "verified" }],
  });
  const { link } = await portal.generateLink({ organization: org.id, intent: "sso", successUrl: "http://127.0.0.1:9/done" });
  await completePortal(link, "OktaSAML");
  return org;
}

test("sso: getAuthorizationUrl, the identity provider, getProfileAndToken once", async () => {
  const org = await organizationWithSso();
  const url = workos.sso.getAuthorizationUrl({
    organization: org.id, clientId: CLIENT_ID, redirectUri: CALLBACK, state: "node-state", loginHint: "jane@initech.example",
  });
  const back = await signInAtIdentityProvider(url, {
    email: "jane@initech.example", first_name: "Jane", last_name: "Doe", groups: "Engineering", role: "admin", outcome: "sign_in",
  });
  assert.equal(back.state, "node-state");
  const { profile, accessToken } = await workos.sso.getProfileAndToken({ code: back.code, clientId: CLIENT_ID });
  assert.equal(profile.email, "jane@initech.example");
  assert.equal(profile.organizationId, org.id);
  assert.equal(profile.connectionType, "OktaSAML");
  assert.deepEqual(profile.groups, ["Engineering"]);
  assert.equal(profile.role.slug, "admin");
  assert.equal((await workos.sso.getProfile({ accessToken })).id, profile.id);
  await assert.rejects(
    workos.sso.getProfileAndToken({ code: back.code, clientId: CLIENT_ID }),
    (e) => e.status === 400 && /invalid_grant/.test(e.message),
    "a code works once",
  );
  const failed = await signInAtIdentityProvider(url, { email: "jane@initech.example", outcome: "server_error" });
  assert.equal(failed.error, "server_error");
  assert.equal(failed.state, "node-state");
});

test("sso: with PKCE the verifier must match", async () => {
  const org = await organizationWithSso();
  const started = await workos.sso.getAuthorizationUrlWithPKCE({ organization: org.id, clientId: CLIENT_ID, redirectUri: CALLBACK });
  const back = await signInAtIdentityProvider(started.url, { email: "sam@initech.example", outcome: "sign_in" });
  assert.equal(back.state, started.state);
  await assert.rejects(
    workos.sso.getProfileAndToken({ code: back.code, clientId: CLIENT_ID, codeVerifier: "x".repeat(43) }),
    (e) => e.status === 400 && /invalid_grant/.test(e.message),
  );
  const again = await signInAtIdentityProvider(started.url.replace(/state=[^&]*/, "state=second"), { email: "sam@initech.example", outcome: "sign_in" });
  const { profile } = await workos.sso.getProfileAndToken({ code: again.code, clientId: CLIENT_ID, codeVerifier: started.codeVerifier });
  assert.equal(profile.email, "sam@initech.example");
});

test("organizations: create, get, by external id, update, list with auto-pagination, delete", async () => {
  const org = await workos.organizations.createOrganization({
    name: "SDK Org",
    domainData: [{ domain: "sdk.example", state: "verified" }],
    externalId: "sdk-ext-1",
  });
  assert.match(org.id, /^org_[0-9A-Z]{26}$/);
  assert.equal(org.domains[0].domain, "sdk.example");
  assert.equal(org.externalId, "sdk-ext-1");
  assert.ok(!Number.isNaN(Date.parse(org.createdAt)));

  assert.equal((await workos.organizations.getOrganization(org.id)).name, "SDK Org");
  assert.equal((await workos.organizations.getOrganizationByExternalId("sdk-ext-1")).id, org.id);
  const renamed = await workos.organizations.updateOrganization({ organization: org.id, name: "SDK Org Renamed" });
  assert.equal(renamed.name, "SDK Org Renamed");

  for (let i = 0; i < 3; i++) await workos.organizations.createOrganization({ name: `Paged ${i}` });
  const firstPage = await workos.organizations.listOrganizations({ limit: 2 });
  assert.equal(firstPage.data.length, 2);
  assert.ok(firstPage.listMetadata.after);
  const secondPage = await workos.organizations.listOrganizations({ limit: 2, after: firstPage.listMetadata.after });
  const paged = [...firstPage.data, ...secondPage.data].map((o) => o.id);
  assert.equal(new Set(paged).size, 4, "pages do not overlap");
  assert.equal(secondPage.listMetadata.after, null, "no third page");
  // Without a limit, the SDK follows list_metadata.after to the end.
  const all = await (await workos.organizations.listOrganizations()).autoPagination();
  assert.deepEqual(all.map((o) => o.id).sort(), [...paged].sort());
  const byDomain = await workos.organizations.listOrganizations({ domains: ["sdk.example", "none.example"] });
  assert.deepEqual(byDomain.data.map((o) => o.id), [org.id]);

  await workos.organizations.deleteOrganization(org.id);
  await assert.rejects(workos.organizations.getOrganization(org.id), NotFoundException);
});

test("portal: generateLink for every intent; the link opens the hosted portal", async () => {
  const org = await workos.organizations.createOrganization({ name: "Portal Org" });
  for (const intent of INTENTS) {
    const { link } = await portal.generateLink({
      organization: org.id,
      intent,
      returnUrl: "http://127.0.0.1:9/settings",
      successUrl: `http://127.0.0.1:9/settings?configured=${intent}`,
    });
    assert.ok(link.startsWith(`${base}/portal/launch?secret=`), link);
  }
  const { link } = await portal.generateLink({
    organization: org.id,
    intent: "sso",
    successUrl: "http://127.0.0.1:9/done",
    intentOptions: { sso: { providerType: "GoogleSAML" } },
  });
  // WorkOS takes only GoogleSAML there; the SDK reports anything else as WorkOS's 422.
  // (SDK 8.x, with `portal` rather than `adminPortal`, does not send intentOptions at all.)
  const sendsIntentOptions = Boolean(workos.adminPortal);
  if (sendsIntentOptions) await assert.rejects(
    portal.generateLink({ organization: org.id, intent: "sso", intentOptions: { sso: { providerType: "AzureSAML" } } }),
    (e) => e instanceof UnprocessableEntityException && /invalid_value/.test(e.message),
  );
  assert.equal(await completePortal(link, "AzureSAML"), "http://127.0.0.1:9/done");
  const connections = await workos.sso.listConnections({ organizationId: org.id });
  assert.equal(connections.data.length, 1);
  assert.equal(connections.data[0].type, "AzureSAML");
  assert.equal(connections.data[0].state, "active");
  assert.equal((await workos.sso.getConnection(connections.data[0].id)).id, connections.data[0].id);

  const dsync = await portal.generateLink({ organization: org.id, intent: "dsync", successUrl: "http://127.0.0.1:9/done" });
  await completePortal(dsync.link, "okta scim v2.0");
  const directories = await workos.directorySync.listDirectories({ organizationId: org.id });
  assert.equal(directories.data.length, 1);
  assert.equal(directories.data[0].state, "active", "the SDK maps linked to active");
});

test("organization domains: create, get, verify, delete", async () => {
  const org = await workos.organizations.createOrganization({ name: "Domains Org" });
  // 11.x names these createOrganizationDomain, getOrganizationDomain, ...
  const domains = workos.organizationDomains;
  const call = (short, long, ...args) => (domains[long] ?? domains[short]).call(domains, ...args);
  const domain = await call("create", "createOrganizationDomain", { organizationId: org.id, domain: "domains.example" });
  assert.equal(domain.state, "pending");
  assert.equal((await call("get", "getOrganizationDomain", domain.id)).domain, "domains.example");
  // Checked before its TXT record exists: not verified.
  assert.equal((await call("verify", "verifyOrganizationDomain", domain.id)).state, "failed");
  await control("/__emulator/dns", { name: `${domain.verificationPrefix}.domains.example`, value: domain.verificationToken });
  assert.equal((await call("verify", "verifyOrganizationDomain", domain.id)).state, "verified");
  await call("delete", "deleteOrganizationDomain", domain.id);
  await assert.rejects(call("get", "getOrganizationDomain", domain.id), NotFoundException);
});

test("errors arrive as the SDK's own exception classes", async () => {
  await assert.rejects(
    portal.generateLink({ organization: "org_01UNKNOWN00000000000000000", intent: "sso" }),
    (e) => e instanceof GenericServerException && e.status === 400 && /Organization not found/.test(e.message),
  );
  const org = await workos.organizations.createOrganization({ name: "Errors Org" });
  await assert.rejects(
    portal.generateLink({ organization: org.id, intent: "bogus" }),
    (e) => e instanceof UnprocessableEntityException && /invalid_value/.test(e.message),
  );
  await assert.rejects(workos.organizations.getOrganization("org_01UNKNOWN00000000000000000"), NotFoundException);

  const wrong = client("sk_test_wrong_key_for_sdk");
  await assert.rejects(wrong.organizations.getOrganization(org.id), UnauthorizedException);

  // Newer SDKs wait out Retry-After and retry: answer 429 more often than they try.
  await control("/__emulator/faults", { route: "GET /organizations/{id}", status: 429, retry_after: 1, count: 5 });
  await assert.rejects(
    client(KEY, { maxRetries: 0 }).organizations.getOrganization(org.id),
    (e) => e instanceof RateLimitExceededException && e.retryAfter === 1,
  );
  await control("/__emulator/faults", {}, "DELETE");
});

// Only SDKs that have the IT contacts API get this test (11.x does, 8.x does not).
const hasItContacts = typeof new WorkOS("sk_test_probe").organizations.createItContact === "function";
if (hasItContacts) test("IT contacts: create, list, invite by email, revoke, delete", async () => {
  const org = await workos.organizations.createOrganization({ name: "Contacts Org" });
  const contact = await workos.organizations.createItContact({ organizationId: org.id, email: "it@contacts.example" });
  assert.equal(contact.email, "it@contacts.example");
  const listed = await workos.organizations.listItContacts({ organizationId: org.id });
  assert.deepEqual(listed.data.map((c) => c.id), [contact.id]);
  await workos.organizations.inviteItContact({ organizationId: org.id, contactId: contact.id, intents: ["sso"] });
  const outbox = await (await fetch(`${base}/__emulator/outbox?organization_id=${org.id}`, { headers: { Authorization: `Bearer ${KEY}` } })).json();
  assert.equal(outbox.data[0].to, "it@contacts.example");
  assert.equal((await fetch(outbox.data[0].link, { redirect: "manual" })).status, 303, "the emailed link opens");
  await workos.organizations.revokeItContact({ organizationId: org.id, contactId: contact.id });
  await workos.organizations.deleteItContact({ organizationId: org.id, contactId: contact.id });
  assert.equal((await workos.organizations.listItContacts({ organizationId: org.id })).data.length, 0);
});

/** A receiver on loopback: what it got, each request's signature and raw body. */
async function receiver() {
  const received = [];
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      received.push({ signature: request.headers["workos-signature"], body });
      response.writeHead(200).end();
    });
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  return { url: `http://127.0.0.1:${server.address().port}/hooks`, received, close: () => server.close() };
}

test("webhooks: the emulator's signed deliveries pass webhooks.constructEvent; a changed one does not", async () => {
  const secret = "whsec_node_sdk_contract_secret";
  const hooks = await receiver();
  try {
    await control("/__emulator/webhook_endpoints", { endpoint_url: hooks.url, events: ["organization_domain.verified"], secret });
    const org = await workos.organizations.createOrganization({ name: "Webhooks Org" });
    const domains = workos.organizationDomains;
    const call = (short, long, ...args) => (domains[long] ?? domains[short]).call(domains, ...args);
    const domain = await call("create", "createOrganizationDomain", { organizationId: org.id, domain: "hooks.example" });
    await control("/__emulator/dns", { name: `${domain.verificationPrefix}.hooks.example`, value: domain.verificationToken });
    await call("verify", "verifyOrganizationDomain", domain.id);
    for (let i = 0; i < 100 && hooks.received.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    assert.equal(hooks.received.length, 1, "one delivery");
    const { signature, body } = hooks.received[0];
    assert.match(signature, /^t=\d+, v1=[0-9a-f]{64}$/);
    const event = await workos.webhooks.constructEvent({ payload: JSON.parse(body), sigHeader: signature, secret });
    assert.equal(event.event, "organization_domain.verified");
    assert.equal(event.data.id, domain.id);
    assert.equal(event.data.organizationId, org.id);
    const changed = { ...JSON.parse(body), id: "event_01CHANGED" };
    await assert.rejects(workos.webhooks.constructEvent({ payload: changed, sigHeader: signature, secret }));
    await assert.rejects(workos.webhooks.constructEvent({ payload: JSON.parse(body), sigHeader: signature, secret: "whsec_other" }));
  } finally {
    hooks.close();
  }
});

// SDK 8.x has no endpoint API (it came with 10.x): the test exists where the API does.
const hasEndpointApi = typeof new WorkOS("sk_test_probe").webhooks?.createWebhookEndpoint === "function";
(hasEndpointApi ? test : () => {})("webhook endpoints: created, listed, disabled and deleted through the SDK (10+)", async () => {
  const endpoint = await workos.webhooks.createWebhookEndpoint({ endpointUrl: "https://app.example.com/hooks", events: ["connection.activated"] });
  assert.match(endpoint.id, /^we_/);
  assert.match(endpoint.secret, /^whsec_/);
  assert.equal(endpoint.status, "enabled");
  const listed = await workos.webhooks.listWebhookEndpoints();
  assert.deepEqual(listed.data.map((e) => e.id), [endpoint.id]);
  const disabled = await workos.webhooks.updateWebhookEndpoint({ id: endpoint.id, status: "disabled" });
  assert.equal(disabled.status, "disabled");
  await assert.rejects(workos.webhooks.createWebhookEndpoint({ endpointUrl: "http://app.example.com/hooks", events: ["connection.activated"] }), UnprocessableEntityException);
  await workos.webhooks.deleteWebhookEndpoint({ id: endpoint.id });
  await assert.rejects(workos.webhooks.deleteWebhookEndpoint({ id: endpoint.id }), NotFoundException);
});
