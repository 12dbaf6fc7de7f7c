//! An admin's test sign-in: what arrived, what Portico uses of it, what is missing, and
//! whether the email's domain is verified. Shown once; the trail keeps only the outcome,
//! the connection and the attribute names (`sso.tested`).

use super::{Callback, SsoError};
use crate::{
    model::{clipped, Role, SsoTestOutcome, SsoTestReport, UsedAttribute},
    server::{
        audit::{self, Action},
        auth::AuthError,
        db::audit::Outcome,
        state::AppState,
    },
};
use workos::types::Profile;

/// Portico's own code for a profile of another organization than the tester's.
pub const OTHER_ORGANIZATION: &str = "profile_of_another_organization";

pub(super) async fn finish(
    state: &AppState,
    (user_id, organization_id): (i64, i64),
    verifier: &str,
    callback: Callback,
) -> Result<SsoTestReport, SsoError> {
    // Still an admin of the organization when the browser comes back.
    let membership = state
        .auth
        .memberships
        .of(user_id, organization_id)
        .await?
        .filter(|m| m.role == Role::Admin)
        .ok_or(AuthError::NotMember {
            user_id,
            organization_id,
        })?;
    let expected = membership.workos_organization_id.clone();
    let description = callback.error_description.clone().unwrap_or_default();
    let report = match super::profile(state, verifier, callback).await {
        Ok(profile) if profile.organization_id != expected => failed(
            OTHER_ORGANIZATION,
            &crate::t!(
                "sso-test-other-organization",
                organization = profile.organization_id.as_deref().unwrap_or("(none)")
            ),
        ),
        Ok(profile) => {
            let verified = match &expected {
                Some(organization) => state.status_cache.verified_domains(organization).await,
                None => Vec::new(),
            };
            report_of(&profile, &verified)
        }
        Err(SsoError::Refused { code }) => failed(&code, &description),
        Err(other) => return Err(other),
    };
    let (outcome, detail) = trail_detail(&report);
    audit::record(
        &state.audit,
        Some(&membership),
        Action::TestSso,
        outcome,
        &detail,
    )
    .await?;
    Ok(report)
}

fn failed(code: &str, description: &str) -> SsoTestReport {
    SsoTestReport {
        outcome: SsoTestOutcome::Failed {
            code: clipped(code, 80),
            description: clipped(description, 300),
        },
        connection_type: None,
        received: Vec::new(),
        used: Vec::new(),
        domain_verified: None,
        email_domain: None,
    }
}

/// What the trail keeps: the outcome, the connection, and the names of the attributes
/// received (never their values).
fn trail_detail(report: &SsoTestReport) -> (Outcome, String) {
    match &report.outcome {
        SsoTestOutcome::Succeeded => {
            let names: Vec<&str> = report
                .received
                .iter()
                .map(|(name, _)| name.as_str())
                .collect();
            let connection = report.connection_type.as_deref().unwrap_or("SSO");
            (
                Outcome::Succeeded,
                format!("{connection}: received {}", names.join(", ")),
            )
        }
        SsoTestOutcome::Failed { code, .. } => (Outcome::Refused, format!("failed: {code}")),
    }
}

fn text(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(s) => clipped(s, 200),
        other => clipped(&other.to_string(), 200),
    }
}

/// The report of a profile that arrived.
pub fn report_of(profile: &Profile, verified_domains: &[String]) -> SsoTestReport {
    let groups = profile.groups.clone().unwrap_or_default();
    let mut received: Vec<(String, String)> = vec![
        ("email".into(), profile.email.clone()),
        ("idp_id".into(), profile.idp_id.clone()),
    ];
    let optional = [
        ("first_name", profile.first_name.clone()),
        ("last_name", profile.last_name.clone()),
        ("role", profile.role.as_ref().map(|r| r.slug.clone())),
        ("groups", (!groups.is_empty()).then(|| groups.join(", "))),
    ];
    received.extend(
        optional
            .into_iter()
            .filter_map(|(name, value)| Some((name.to_owned(), value?))),
    );
    for (name, value) in &profile.custom_attributes {
        received.push((format!("custom_attributes.{name}"), text(value)));
    }
    let present = |name: &str| {
        received
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    };
    let email = Some(profile.email.clone()).filter(|e| e.contains('@'));
    let used = vec![
        UsedAttribute {
            name: "email".into(),
            used_for: crate::t!("sso-test-uses-email"),
            value: email.clone(),
        },
        UsedAttribute {
            name: "first_name".into(),
            used_for: crate::t!("sso-test-uses-name"),
            value: present("first_name"),
        },
        UsedAttribute {
            name: "last_name".into(),
            used_for: crate::t!("sso-test-uses-name"),
            value: present("last_name"),
        },
        UsedAttribute {
            name: "groups".into(),
            used_for: crate::t!("sso-test-uses-groups"),
            value: present("groups"),
        },
    ];
    let email_domain = email
        .as_deref()
        .and_then(|e| e.rsplit_once('@'))
        .map(|(_, d)| d.to_lowercase());
    SsoTestReport {
        outcome: SsoTestOutcome::Succeeded,
        connection_type: Some(profile.connection_type.clone()),
        received,
        used,
        domain_verified: email_domain.as_ref().map(|d| verified_domains.contains(d)),
        email_domain,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile(groups: Option<Vec<String>>, last_name: Option<&str>) -> Profile {
        serde_json::from_value(serde_json::json!({
            "object": "profile", "id": "prof_1", "idp_id": "00u1", "organization_id": "org_1",
            "connection_id": "conn_1", "connection_type": "OktaSAML", "email": "Jane@Acme.example",
            "first_name": "Jane", "last_name": last_name, "groups": groups,
            "custom_attributes": {"department": "R&D"},
        }))
        .unwrap()
    }

    #[test]
    fn a_report_names_what_arrived_what_is_used_and_what_is_missing() {
        let report = report_of(&profile(None, None), &["acme.example".to_owned()]);
        assert_eq!(report.outcome, SsoTestOutcome::Succeeded);
        assert_eq!(report.missing(), ["last_name", "groups"]);
        assert_eq!(report.domain_verified, Some(true));
        assert!(report
            .received
            .contains(&("custom_attributes.department".into(), "R&D".into())));
        let (outcome, detail) = trail_detail(&report);
        assert_eq!(outcome, Outcome::Succeeded);
        assert!(
            !detail.contains("Jane"),
            "the trail keeps names, not values: {detail}"
        );
        assert_eq!(
            detail,
            "OktaSAML: received email, idp_id, first_name, custom_attributes.department"
        );
    }

    #[test]
    fn an_email_off_the_verified_domains_is_said() {
        let report = report_of(
            &profile(Some(vec!["Eng".into()]), Some("Doe")),
            &["other.example".to_owned()],
        );
        assert_eq!(report.domain_verified, Some(false));
        assert_eq!(report.email_domain.as_deref(), Some("acme.example"));
        assert!(report.missing().is_empty());
    }
}
