//! Property tests: the parsers of what people and browsers send never panic, and accept
//! only what they should.

use portico::{
    model::{DnsName, EmailAddress, Intent},
    server::portal::trusted_link,
};

fn domain_name(text: &str) -> Result<String, portico::model::BadDnsName> {
    DnsName::parse(text).map(String::from)
}

fn email_address(text: &str) -> Result<String, portico::model::BadEmailAddress> {
    EmailAddress::parse(text).map(String::from)
}
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn the_intent_parser_accepts_exactly_the_seven_names(text in any::<String>()) {
        match Intent::parse(&text) {
            Ok(intent) => prop_assert_eq!(intent.as_str(), text.as_str()),
            Err(error) => {
                prop_assert!(!Intent::ALL.iter().any(|i| i.as_str() == text));
                prop_assert!(error.to_string().chars().count() < 400, "bounded message");
            }
        }
    }

    #[test]
    fn intent_names_round_trip(index in 0usize..7) {
        let intent = Intent::ALL[index];
        prop_assert_eq!(Intent::parse(intent.as_str()), Ok(intent));
    }

    #[test]
    fn typed_domains_are_plain_ascii_or_refused(text in any::<String>()) {
        if let Ok(domain) = domain_name(&text) {
            prop_assert!(domain.is_ascii() && domain.contains('.') && domain.len() <= 253);
            prop_assert!(!domain.contains(['/', ':', '@', ' ']));
            prop_assert_eq!(domain_name(&domain).ok(), Some(domain.clone()), "plain stays plain");
        }
    }

    #[test]
    fn typed_emails_have_one_local_part_and_a_plain_domain(text in any::<String>()) {
        if let Ok(email) = email_address(&text) {
            let (local, domain) = email.rsplit_once('@').unwrap();
            prop_assert!(!local.is_empty() && !local.contains('@'));
            prop_assert!(domain_name(domain).is_ok());
        }
    }

    #[test]
    fn only_https_portal_links_on_the_listed_host_pass(text in any::<String>(), path in "[a-z/?=&]{0,40}") {
        let hosts = vec!["setup.workos.com".to_owned()];
        let api = url::Url::parse("https://api.workos.com").unwrap();
        for link in [text.clone(), format!("https://setup.workos.com/{path}{text}")] {
            if let Ok(passed) = trusted_link(&link, &hosts, &api) {
                let url = url::Url::parse(&passed).unwrap();
                prop_assert_eq!(url.scheme(), "https");
                prop_assert_eq!(url.host_str(), Some("setup.workos.com"));
                prop_assert!(!passed.chars().any(char::is_control));
            }
        }
    }
}
