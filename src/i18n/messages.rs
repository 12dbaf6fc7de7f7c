//! The message files, compiled in, and looking a message up.

use super::{Arg, Lang};
use fluent_templates::{fluent_bundle::FluentValue, LanguageIdentifier, Loader};
use std::{borrow::Cow, collections::HashMap, sync::LazyLock};

tokio::task_local! {
    /// The language of the request being answered (set by the web layer around it).
    pub static CURRENT: Lang;
}

// The loader's macro takes its customisation only as a closure.
#[allow(clippy::redundant_closure)]
mod loader {
    fluent_templates::static_loader! {
        pub(super) static MESSAGES = {
            locales: "./locales",
            fallback_language: "en",
            customise: |bundle| super::customise(bundle),
        };
    }
}
use loader::MESSAGES;

type Bundle =
    fluent_templates::FluentBundle<&'static fluent_templates::fluent_bundle::FluentResource>;

/// Each bundle's plural rules come from ICU4X's CLDR data: fluent-bundle's own rules are
/// an older CLDR that puts Arabic's 103 and 111 in the wrong form. Messages choose a
/// plural form with `PLURAL($count)`.
///
/// Values are wrapped in Unicode isolation marks only in right-to-left languages, where a
/// left-to-right name (an organization, a domain) would otherwise reorder the punctuation
/// around it; in the others the marks would only be invisible characters in every
/// sentence a script or an email client reads.
fn customise(bundle: &mut Bundle) {
    let lang = bundle
        .locales
        .first()
        .and_then(|tag| Lang::from_tag(&tag.to_string()))
        .unwrap_or_default();
    bundle.set_use_isolating(lang.dir() == "rtl");
    let Ok(locale) = lang.code().parse::<icu_locale::Locale>() else {
        return;
    };
    let Ok(rules) = icu_plurals::PluralRules::try_new(
        locale.into(),
        icu_plurals::PluralRuleType::Cardinal.into(),
    ) else {
        return;
    };
    // Only fails for a name added twice, and this is the one place that adds it.
    let _ = bundle.add_function("PLURAL", move |positional, _named| {
        use icu_plurals::PluralCategory as Category;
        let Some(FluentValue::Number(number)) = positional.first() else {
            return FluentValue::from("other");
        };
        // Counts are whole numbers; a fraction would be "other" in every shipped language.
        let category = if number.value.fract() == 0.0 && number.value >= 0.0 {
            rules.category_for(number.value as u64)
        } else {
            Category::Other
        };
        FluentValue::from(match category {
            Category::Zero => "zero",
            Category::One => "one",
            Category::Two => "two",
            Category::Few => "few",
            Category::Many => "many",
            Category::Other => "other",
        })
    });
}

/// Each language's identifier, parsed once.
static IDENTIFIERS: LazyLock<HashMap<Lang, LanguageIdentifier>> = LazyLock::new(|| {
    Lang::ALL
        .into_iter()
        .filter_map(|lang| Some((lang, lang.code().parse().ok()?)))
        .collect()
});

fn identifier(lang: Lang) -> &'static LanguageIdentifier {
    IDENTIFIERS
        .get(&lang)
        .or_else(|| IDENTIFIERS.get(&Lang::En))
        .expect("English's identifier parses")
}

fn fluent_args(args: &[(&str, Arg)]) -> HashMap<Cow<'static, str>, FluentValue<'static>> {
    args.iter()
        .map(|(name, value)| {
            let value = match value {
                Arg::Text(text) => FluentValue::from(text.clone()),
                Arg::Count(count) => FluentValue::from(*count),
            };
            (Cow::Owned((*name).to_owned()), value)
        })
        .collect()
}

/// The message `key` in `lang` formatted with `args`; a message `lang` lacks is English's
/// (the test of the message files keeps that from shipping), and an unknown key shows
/// as itself, logged.
pub fn lookup(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    let args = fluent_args(args);
    match MESSAGES.try_lookup_with_args(identifier(lang), key, &args) {
        Some(text) => text,
        None => {
            tracing::warn!(key, %lang, "no such message");
            key.to_owned()
        }
    }
}

#[cfg(test)]
/// The message `key` in `lang` alone, with no fallback: `None` if that language's files
/// lack it or it cannot be formatted with `args` (a value it names is missing).
pub fn lookup_exactly(lang: Lang, key: &str, args: &[(&str, Arg)]) -> Option<String> {
    let args = fluent_args(args);
    MESSAGES
        .lookup_single_language(identifier(lang), key, Some(&args))
        .ok()
}
