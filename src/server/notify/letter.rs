//! The email about one condition: what is wrong, and the one action, with its link.

use crate::{
    model::{Intent, Setup},
    server::{mail::Letter, status::Attention},
};

/// The email to `organization`'s admins about `attention`; `settings` is the settings
/// page's address on this Portico.
pub fn letter(organization: &str, attention: &Attention, settings: &str) -> Letter {
    let area = attention.intent.title();
    let action = match attention.intent {
        // The card checks the record itself; the portal is the alternative.
        Intent::DomainVerification => "Check the DNS record".to_owned(),
        intent => intent.action(Some(Setup::NeedsAttention)),
    };
    let link = format!("{settings}#{}", attention.intent.as_str());
    let why = format!(
        "You get this email because you are an admin of {organization} in Portico. \
         It comes at most once a day while this lasts."
    );
    let text = format!(
        "{area} needs attention in {organization}'s settings.\n\n{}\n\n{action}: {link}\n\n{why}\n",
        attention.summary
    );
    let escape = |text: &str| html_escape::encode_text(text).into_owned();
    let html = format!(
        "<p><strong>{}</strong> needs attention in {}'s settings.</p>\n<p>{}</p>\n\
         <p><a href=\"{}\">{action}</a></p>\n<p style=\"color:#555\">{}</p>\n",
        escape(&area),
        escape(organization),
        escape(&attention.summary),
        html_escape::encode_double_quoted_attribute(&link),
        escape(&why),
    );
    Letter {
        subject: format!("{organization}: {area} needs attention"),
        text,
        html,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_letter_says_what_is_wrong_and_the_one_action_with_its_link() {
        let attention = Attention {
            intent: Intent::CertificateRenewal,
            summary: "Okta SAML's SAML certificate expires on 12 Dec 2026 (in 9 days).".into(),
        };
        let letter = letter("Acme <R&D>", &attention, "https://portico.example/settings");
        assert_eq!(
            letter.subject,
            "Acme <R&D>: Certificate renewal needs attention"
        );
        assert!(letter.text.contains("(in 9 days)."), "{}", letter.text);
        assert!(letter
            .text
            .contains("Renew certificate: https://portico.example/settings#certificate_renewal"));
        // What the organization is called is text in the HTML part, never markup.
        assert!(
            letter.html.contains("Acme &lt;R&amp;D&gt;'s settings"),
            "{}",
            letter.html
        );
        assert!(letter
            .html
            .contains("<a href=\"https://portico.example/settings#certificate_renewal\">Renew certificate</a>"));
    }
}
