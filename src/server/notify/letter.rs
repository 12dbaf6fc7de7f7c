//! The email about one condition: what is wrong, and the one action, with its link.

use crate::{
    i18n::Lang,
    model::{Intent, Setup},
    server::{mail::Letter, status::Attention},
    t_in,
};

/// The email to `organization`'s admins about `attention`, in `lang` (the attention's
/// summary in it too); `settings` is the settings page's address on this Portico.
pub fn letter(lang: Lang, organization: &str, attention: &Attention, settings: &str) -> Letter {
    let area = attention.intent.title_in(lang);
    let action = match attention.intent {
        // The card checks the record itself; the portal is the alternative.
        Intent::DomainVerification => t_in!(lang, "email-check-dns-record"),
        intent => intent.action_in(lang, Some(Setup::NeedsAttention)),
    };
    let link = format!("{settings}#{}", attention.intent.as_str());
    let why = t_in!(lang, "email-why", organization = organization);
    let headline = t_in!(
        lang,
        "email-needs-attention",
        area = &area,
        organization = organization
    );
    let text = format!(
        "{headline}\n\n{}\n\n{action}: {link}\n\n{why}\n",
        attention.summary
    );
    let escape = |text: &str| html_escape::encode_text(text).into_owned();
    let html = format!(
        "<div lang=\"{}\" dir=\"{}\">\n<p><strong>{}</strong></p>\n<p>{}</p>\n\
         <p><a href=\"{}\">{}</a></p>\n<p style=\"color:#555\">{}</p>\n</div>\n",
        lang.code(),
        lang.dir(),
        escape(&headline),
        escape(&attention.summary),
        html_escape::encode_double_quoted_attribute(&link),
        escape(&action),
        escape(&why),
    );
    Letter {
        subject: t_in!(
            lang,
            "email-subject",
            area = &area,
            organization = organization
        ),
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
        let letter = letter(
            Lang::En,
            "Acme <R&D>",
            &attention,
            "https://portico.example/settings",
        );
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
            letter.html.contains("Acme &lt;R&amp;D&gt;&#x27;s settings")
                || letter.html.contains("Acme &lt;R&amp;D&gt;'s settings"),
            "{}",
            letter.html
        );
        assert!(letter
            .html
            .contains("<a href=\"https://portico.example/settings#certificate_renewal\">Renew certificate</a>"));
    }
}
