"""WorkOS's official Python SDK, unchanged, against `workos-emulator`.

Run by scripts/test with pytest; WORKOS_EMULATOR_BIN names the emulator binary.
Every test starts from an empty emulator (POST /__emulator/reset).
"""

import json
import os
import re
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, HTTPServer
import urllib.error
import urllib.parse
import urllib.request

import pytest
from workos import WorkOSClient
from workos._errors import (
    AuthenticationError,
    BadRequestError,
    ConflictError,
    NotFoundError,
    RateLimitExceededError,
    UnprocessableEntityError,
)
from workos.organizations.models import OrganizationDomainData

KEY = "sk_test_official_python_sdk_key"
CLIENT_ID = "client_01JPYTHONSDKTESTS0000000000"
CALLBACK = "http://127.0.0.1:9/callback"
INTENTS = [
    "sso",
    "dsync",
    "audit_logs",
    "log_streams",
    "domain_verification",
    "certificate_renewal",
    "bring_your_own_key",
]


@pytest.fixture(scope="session")
def emulator_url():
    binary = os.environ["WORKOS_EMULATOR_BIN"]
    env = {**os.environ, "WORKOS_API_KEY": KEY, "WORKOS_CLIENT_ID": CLIENT_ID}
    process = subprocess.Popen(
        [binary, "--addr", "127.0.0.1:0", "--rate-limit", "off"],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    line = process.stdout.readline()
    match = re.search(r"listening on (http://\S+?)/?$", line.strip())
    assert match, f"emulator did not start: {line!r}"
    yield match.group(1)
    process.terminate()
    process.wait(timeout=10)


def control(base, path, body=None, method="POST"):
    request = urllib.request.Request(
        f"{base}{path}",
        method=method,
        data=json.dumps(body or {}).encode(),
        headers={"Authorization": f"Bearer {KEY}", "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request) as response:
        text = response.read()
        return json.loads(text) if text else None


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def post_form(opener, url, fields):
    data = urllib.parse.urlencode(fields).encode()
    try:
        with opener.open(url, data=data) as page:
            return page.status
    except urllib.error.HTTPError as answer:
        return answer.code


def complete_portal(link, choice, intent=None):
    """Opens a portal link and finishes its flow as a person would: for a link that
    offers several areas, picks `intent` first. Returns the final status."""
    opener = urllib.request.build_opener(NoRedirect)
    try:
        opener.open(link)
        raise AssertionError("the link should redirect to a portal session")
    except urllib.error.HTTPError as redirect:
        assert redirect.code == 303
        session = urllib.parse.urljoin(link, redirect.headers["Location"])
    if intent:
        assert post_form(opener, session, {"intent": intent}) == 303
    return post_form(opener, session, {"choice": choice})


def opens(link):
    opener = urllib.request.build_opener(NoRedirect)
    try:
        opener.open(link)
    except urllib.error.HTTPError as answer:
        return answer.code
    return 200


@pytest.fixture
def workos(emulator_url):
    control(emulator_url, "/__emulator/reset")
    return WorkOSClient(api_key=KEY, client_id=CLIENT_ID, base_url=emulator_url, max_retries=0)


def test_organizations_crud_and_list_with_domains_filter_and_paging(workos):
    acme = workos.organizations.create_organization(
        name="Acme",
        domain_data=[OrganizationDomainData(domain="acme.example", state="verified")],
        external_id="tenant-acme",
        metadata={"tier": "gold"},
    )
    assert acme.id.startswith("org_")
    assert acme.domains[0].domain == "acme.example"
    assert acme.domains[0].verification_prefix
    assert acme.metadata == {"tier": "gold"}
    others = [workos.organizations.create_organization(name=f"Other {i}") for i in range(12)]

    assert workos.organizations.get_organization(acme.id).name == "Acme"
    assert workos.organizations.get_organization_by_external_id("tenant-acme").id == acme.id

    found = workos.organizations.list_organizations(domains=["acme.example", "nobody.example"])
    assert [o.id for o in found.data] == [acme.id]
    found = workos.organizations.list_organizations(search="other 1")
    assert len(found.data) == 3  # Other 1, Other 10, Other 11

    first = workos.organizations.list_organizations(limit=5)
    assert len(first.data) == 5 and first.has_more()
    every = list(first.auto_paging_iter())
    assert len(every) == 13
    assert len({o.id for o in every}) == 13

    renamed = workos.organizations.update_organization(acme.id, name="Acme Inc", external_id=None)
    assert renamed.name == "Acme Inc" and renamed.external_id is None
    workos.organizations.delete_organization(others[0].id)
    with pytest.raises(NotFoundError) as missing:
        workos.organizations.get_organization(others[0].id)
    assert missing.value.code == "entity_not_found"


def test_generate_link_for_every_intent_and_revoke_link(workos):
    org = workos.organizations.create_organization(name="Portal")
    for intent in INTENTS:
        link = workos.admin_portal.generate_link(
            organization=org.id,
            intent=intent,
            external_user_id="user_1",
            return_url="http://127.0.0.1:9/settings",
            success_url=f"http://127.0.0.1:9/settings?configured={intent}",
        )
        assert "/portal/launch?secret=" in link.link
    kept = workos.admin_portal.generate_link(organization=org.id, intent="sso", external_user_id="user_2")
    revoked = workos.admin_portal.generate_link(organization=org.id, intent="sso", external_user_id="user_1")
    workos.admin_portal.revoke_link(organization=org.id, external_user_id="user_1")
    assert opens(revoked.link) == 410
    assert opens(kept.link) == 303

    without_intent = workos.admin_portal.generate_link(organization=org.id)
    assert opens(without_intent.link) == 303

    with pytest.raises(BadRequestError):
        workos.admin_portal.generate_link(organization="org_01NOSUCH0000000000000000000", intent="sso")
    with pytest.raises(UnprocessableEntityError):
        workos.admin_portal.generate_link(organization=org.id, intent="sso", return_url="not a url")
    with pytest.raises(NotFoundError):
        workos.admin_portal.revoke_link(organization="org_01NOSUCH0000000000000000000", external_user_id="x")


def test_portal_flows_show_up_in_connections_directories_and_audit_log_configuration(workos):
    org = workos.organizations.create_organization(
        name="Flows", domain_data=[OrganizationDomainData(domain="flows.example", state="verified")]
    )
    sso = workos.admin_portal.generate_link(organization=org.id, intent="sso")
    assert complete_portal(sso.link, "OktaSAML") == 200
    dsync = workos.admin_portal.generate_link(organization=org.id, intent="dsync")
    assert complete_portal(dsync.link, "okta scim v2.0") == 200
    streams = workos.admin_portal.generate_link(organization=org.id, intent="log_streams")
    assert complete_portal(streams.link, "Datadog") == 200

    connections = workos.sso.list_connections(organization_id=org.id)
    assert [c.connection_type.value for c in connections.data] == ["OktaSAML"]
    assert connections.data[0].state.value == "active"
    assert workos.sso.list_connections(organization_id=org.id, search="okta").data
    assert not workos.sso.list_connections(organization_id=org.id, connection_type="GoogleSAML").data
    directories = workos.directory_sync.list_directories(organization_id=org.id)
    assert directories.data[0].state.value == "linked"
    assert directories.data[0].domain == "flows.example"
    assert workos.directory_sync.list_directories(domain="flows.example").data
    assert not workos.directory_sync.list_directories(domain="other.example").data

    configuration = workos.organizations.get_audit_log_configuration(org.id)
    assert configuration.organization_id == org.id
    assert configuration.log_stream.type.value == "Datadog"
    assert configuration.log_stream.state.value == "active"


def test_it_contacts_are_created_invited_revoked_and_deleted(workos, emulator_url):
    org = workos.organizations.create_organization(name="Contacts")
    contact = workos.organizations.create_it_contact(org.id, email="it@contacts.example")
    assert contact.email == "it@contacts.example"
    assert [c.id for c in workos.organizations.list_it_contacts(org.id).data] == [contact.id]
    with pytest.raises(ConflictError):
        workos.organizations.create_it_contact(org.id, email="it@contacts.example")

    workos.organizations.invite_it_contact(org.id, contact.id, intents=["sso", "directory_sync"])
    outbox = control(emulator_url, f"/__emulator/outbox?organization_id={org.id}", method="GET")
    assert outbox["data"][0]["to"] == "it@contacts.example"
    emailed = outbox["data"][0]["link"]
    assert complete_portal(emailed, "GoogleSAML", intent="sso") == 200
    assert workos.sso.list_connections(organization_id=org.id).data[0].connection_type.value == "GoogleSAML"

    workos.organizations.invite_it_contact(org.id, contact.id, intents=["log_streams"])
    outbox = control(emulator_url, f"/__emulator/outbox?organization_id={org.id}", method="GET")
    workos.organizations.revoke_it_contact(org.id, contact.id)
    assert opens(outbox["data"][1]["link"]) == 410

    workos.organizations.delete_it_contact(org.id, contact.id)
    assert workos.organizations.list_it_contacts(org.id).data == []
    with pytest.raises(NotFoundError):
        workos.organizations.delete_it_contact(org.id, contact.id)


def test_organization_domains_are_created_verified_and_deleted(workos, emulator_url):
    org = workos.organizations.create_organization(name="Domains")
    domain = workos.organization_domains.create_organization_domain(domain="proof.example", organization_id=org.id)
    assert domain.state.value == "pending"
    assert domain.verification_prefix and domain.verification_token
    assert workos.organization_domains.get_organization_domain(domain.id).domain == "proof.example"
    # Checked before its TXT record exists: not verified.
    assert workos.organization_domains.verify_organization_domain(domain.id).state.value == "failed"
    control(
        emulator_url,
        "/__emulator/dns",
        {"name": f"{domain.verification_prefix}.proof.example", "value": domain.verification_token},
    )
    verified = workos.organization_domains.verify_organization_domain(domain.id)
    assert verified.state.value == "verified"
    with pytest.raises(BadRequestError) as again:
        workos.organization_domains.verify_organization_domain(domain.id)
    assert again.value.code == "domain_already_verified"
    with pytest.raises(ConflictError) as taken:
        workos.organization_domains.create_organization_domain(domain="proof.example", organization_id=org.id)
    assert taken.value.code == "domain_already_exists"
    workos.organization_domains.delete_organization_domain(domain.id)
    with pytest.raises(NotFoundError):
        workos.organization_domains.get_organization_domain(domain.id)


def test_errors_are_typed_as_the_sdk_documents(workos, emulator_url):
    workos.organizations.create_organization(name="One", external_id="same")
    with pytest.raises(BadRequestError) as duplicate:
        workos.organizations.create_organization(name="Two", external_id="same")
    assert duplicate.value.code == "external_id_already_used"
    with pytest.raises(BadRequestError) as metadata:
        workos.organizations.create_organization(name="Meta", metadata={"k" * 41: "v"})
    assert metadata.value.code == "invalid_metadata"
    with pytest.raises(UnprocessableEntityError):
        workos.organizations.create_organization(name="")

    wrong_key = WorkOSClient(api_key="sk_test_wrong", base_url=emulator_url, max_retries=0)
    with pytest.raises(AuthenticationError):
        wrong_key.organizations.list_organizations()

    control(emulator_url, "/__emulator/faults", {"route": "GET /organizations", "status": 429, "retry_after": 7})
    with pytest.raises(RateLimitExceededError) as limited:
        workos.organizations.list_organizations()
    assert limited.value.retry_after == 7
    assert limited.value.request_id


def test_events_list_what_the_portal_did_oldest_first_and_injected_certificate_events(workos, emulator_url):
    org = workos.organizations.create_organization(name="Events")
    other = workos.organizations.create_organization(name="Elsewhere")
    for organization in (org, other):
        sso = workos.admin_portal.generate_link(organization=organization.id, intent="sso")
        assert complete_portal(sso.link, "OktaSAML") == 200
    connection = workos.sso.list_connections(organization_id=org.id).data[0]
    renewal = workos.admin_portal.generate_link(organization=org.id, intent="certificate_renewal")
    assert complete_portal(renewal.link, "renewed") == 200
    control(
        emulator_url,
        "/__emulator/events",
        {
            "event": "connection.saml_certificate_renewal_required",
            "data": {
                "connection": {"id": connection.id, "organization_id": org.id},
                "certificate": {
                    "certificate_type": "ResponseSigning",
                    "expiry_date": "2026-12-12T00:00:00.000Z",
                    "is_expired": False,
                },
                "days_until_expiry": 14,
            },
        },
    )

    listed = workos.events.list_events(
        events=[
            "connection.activated",
            "connection.saml_certificate_renewed",
            "connection.saml_certificate_renewal_required",
        ],
        organization_id=org.id,
    )
    assert [e.event for e in listed.data] == [
        "connection.activated",
        "connection.saml_certificate_renewed",
        "connection.saml_certificate_renewal_required",
    ]
    assert listed.data[0].data.id == connection.id
    assert listed.data[1].data.connection.id == connection.id
    assert listed.data[2].data.days_until_expiry == 14
    assert listed.data[2].data.certificate.is_expired is False

    # Oldest first whatever `order` asks, as the live API answers: the newest is reached
    # by paging forward with `after`.
    first = workos.events.list_events(events=["connection.activated"], order="desc", limit=1)
    assert first.data[0].data.organization_id == org.id
    after = workos.events.list_events(
        events=["connection.activated"], limit=1, after=first.list_metadata.after
    )
    assert after.data[0].data.organization_id == other.id
    with pytest.raises(UnprocessableEntityError):
        workos.events.list_events(events=[])


class Receiver(BaseHTTPRequestHandler):
    """Keeps each delivery's signature and raw body on the server."""

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.server.received.append((self.headers["WorkOS-Signature"], body))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


def test_the_emulators_signed_deliveries_pass_verify_event_and_a_changed_one_does_not(
    workos, emulator_url
):
    secret = "whsec_python_sdk_contract_secret"
    server = HTTPServer(("127.0.0.1", 0), Receiver)
    server.received = []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        control(
            emulator_url,
            "/__emulator/webhook_endpoints",
            {
                "endpoint_url": f"http://127.0.0.1:{server.server_port}/hooks",
                "events": ["organization_domain.verified"],
                "secret": secret,
            },
        )
        org = workos.organizations.create_organization(name="Webhooks")
        domains = workos.organization_domains
        domain = domains.create_organization_domain(organization_id=org.id, domain="hooks.example")
        control(
            emulator_url,
            "/__emulator/dns",
            {"name": f"{domain.verification_prefix}.hooks.example", "value": domain.verification_token},
        )
        domains.verify_organization_domain(domain.id)
        for _ in range(100):
            if server.received:
                break
            time.sleep(0.02)
        assert len(server.received) == 1
        signature, body = server.received[0]
        assert re.fullmatch(r"t=\d+, v1=[0-9a-f]{64}", signature)
        event = workos.webhooks.verify_event(event_body=body, event_signature=signature, secret=secret)
        assert event.event == "organization_domain.verified"
        assert event.data.id == domain.id
        changed = body.replace(domain.id.encode(), b"org_domain_01CHANGED")
        with pytest.raises(ValueError):
            workos.webhooks.verify_event(event_body=changed, event_signature=signature, secret=secret)
        with pytest.raises(ValueError):
            workos.webhooks.verify_event(event_body=body, event_signature=signature, secret="whsec_other")
    finally:
        server.shutdown()


def test_webhook_endpoints_are_created_listed_disabled_and_deleted(workos):
    endpoint = workos.webhooks.create_webhook_endpoint(
        endpoint_url="https://app.example.com/hooks", events=["connection.activated"]
    )
    assert endpoint.id.startswith("we_")
    assert endpoint.secret.startswith("whsec_")
    assert [e.id for e in workos.webhooks.list_webhook_endpoints().data] == [endpoint.id]
    assert workos.webhooks.update_webhook_endpoint(endpoint.id, status="disabled").status == "disabled"
    with pytest.raises(UnprocessableEntityError):
        workos.webhooks.create_webhook_endpoint(
            endpoint_url="http://app.example.com/hooks", events=["connection.activated"]
        )
    workos.webhooks.delete_webhook_endpoint(endpoint.id)
    with pytest.raises(NotFoundError):
        workos.webhooks.delete_webhook_endpoint(endpoint.id)


def sign_in_at_identity_provider(url, fields):
    """Follows an SSO authorization URL to the emulated identity provider, answers its
    form with `fields` as a person would, and returns the callback's query."""
    opener = urllib.request.build_opener(NoRedirect)
    try:
        opener.open(url)
        raise AssertionError("authorize should redirect to the identity provider")
    except urllib.error.HTTPError as redirect:
        assert redirect.code == 303, redirect.read()
        page = urllib.parse.urljoin(url, redirect.headers["Location"])
    with opener.open(page) as shown:
        assert shown.status == 200
    try:
        opener.open(page, data=urllib.parse.urlencode(fields).encode())
        raise AssertionError("the identity provider should redirect back")
    except urllib.error.HTTPError as back:
        assert back.code == 303
        location = back.headers["Location"]
    assert location.startswith(CALLBACK)
    return {k: v[0] for k, v in urllib.parse.parse_qs(urllib.parse.urlparse(location).query).items()}


def organization_with_sso(workos):
    org = workos.organizations.create_organization(
        name="Initech",
        domain_data=[OrganizationDomainData(domain="initech.example", state="verified")],
    )
    link = workos.admin_portal.generate_link(organization=org.id, intent="sso")
    assert complete_portal(link.link, "OktaSAML") == 200
    return org


def test_sso_sign_in_get_authorization_url_and_get_profile_and_token(workos):
    org = organization_with_sso(workos)
    url = workos.sso.get_authorization_url(
        redirect_uri=CALLBACK, organization=org.id, state="py-state", login_hint="jane@initech.example"
    )
    back = sign_in_at_identity_provider(url, {
        "email": "jane@initech.example", "first_name": "Jane", "last_name": "Doe",
        "groups": "Engineering, Admins", "role": "admin", "department": "R&D", "outcome": "sign_in",
    })
    assert back["state"] == "py-state"
    answer = workos.sso.get_profile_and_token(code=back["code"])
    profile = answer.profile
    assert (profile.email, profile.organization_id, profile.name) == ("jane@initech.example", org.id, "Jane Doe")
    assert profile.groups == ["Engineering", "Admins"]
    assert profile.role.slug == "admin"
    assert profile.custom_attributes["department"] == "R&D"
    assert answer.expires_in == 600
    assert workos.sso.get_profile(access_token=answer.access_token).id == profile.id
    with pytest.raises(BadRequestError) as replayed:
        workos.sso.get_profile_and_token(code=back["code"])
    assert replayed.value.error == "invalid_grant"


def test_sso_with_pkce_a_chosen_failure_and_the_events(workos):
    org = organization_with_sso(workos)
    started = workos.sso.get_authorization_url_with_pkce(redirect_uri=CALLBACK, organization=org.id)
    back = sign_in_at_identity_provider(started["url"], {"email": "sam@initech.example", "outcome": "sign_in"})
    assert back["state"] == started["state"]
    answer = workos.sso.get_profile_and_token_pkce(code=back["code"], code_verifier=started["code_verifier"])
    assert answer.profile.email == "sam@initech.example"

    url = workos.sso.get_authorization_url(redirect_uri=CALLBACK, organization=org.id, state="s2")
    failed = sign_in_at_identity_provider(url, {"email": "sam@initech.example", "outcome": "access_denied"})
    assert (failed["error"], failed["state"]) == ("access_denied", "s2")

    names = ["authentication.sso_started", "authentication.sso_succeeded", "authentication.sso_failed"]
    events = workos.events.list_events(events=names, order="asc", organization_id=org.id).data
    assert [e.event for e in events] == [
        "authentication.sso_started", "authentication.sso_succeeded",
        "authentication.sso_started", "authentication.sso_failed",
    ]
    assert events[-1].data.error.code == "access_denied"
