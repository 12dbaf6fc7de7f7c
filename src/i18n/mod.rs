//! Every sentence a person reads, in their language: English, German, French, Japanese
//! and Arabic. The words live in Fluent message files (`locales/<language>/*.ftl`), one
//! folder per language, compiled into the server; pages, emails and errors look them up
//! by key with [`t!`]. Plural rules and dates come from CLDR (ICU4X).
//!
//! Only the server renders words. The browser bundle carries none: an island gets the few
//! words it shows as props from the server's render, so no language adds to it.
//!
//! The language of a request is chosen once, by the web layer (`server::http::language`):
//! the host's `locale` in an embed token, then the person's saved choice, then the
//! browser's `Accept-Language`, then the organization's default, then English. Code that
//! renders or answers a request reads it with [`current`]; code that writes to someone
//! else (an email to the admins) names the language it writes in.

#[cfg(all(test, feature = "ssr"))]
mod check;
#[cfg(feature = "ssr")]
mod dates;
#[cfg(feature = "ssr")]
mod messages;
#[cfg(feature = "ssr")]
mod negotiate;

#[cfg(feature = "ssr")]
pub use {
    dates::{date, date_and_time},
    messages::{lookup, CURRENT},
    negotiate::from_accept_language,
};

use serde::{Deserialize, Serialize};
use std::fmt;

/// The languages Portico speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    De,
    Fr,
    Ja,
    Ar,
}

impl Lang {
    pub const ALL: [Lang; 5] = [Lang::En, Lang::De, Lang::Fr, Lang::Ja, Lang::Ar];

    /// Its BCP 47 tag, as `<html lang>` and the message folders name it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Ja => "ja",
            Lang::Ar => "ar",
        }
    }

    /// Its own name for itself, as the language picker lists it.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Fr => "Français",
            Lang::Ja => "日本語",
            Lang::Ar => "العربية",
        }
    }

    /// The direction its text runs, for `<html dir>`.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Ar => "rtl",
            _ => "ltr",
        }
    }

    /// The language a BCP 47 tag names, by its primary subtag ("de-AT" is German); `None`
    /// for a language Portico does not speak.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.trim();
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(primary))
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A value a message is formatted with: text as it is, or a count (which chooses the
/// plural form and is written with the language's digits and separators).
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Text(String),
    Count(i64),
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}
impl From<&String> for Arg {
    fn from(text: &String) -> Arg {
        Arg::Text(text.clone())
    }
}
impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_owned())
    }
}
macro_rules! count_from {
    ($($int:ty),*) => {$(
        impl From<$int> for Arg {
            fn from(count: $int) -> Arg {
                Arg::Count(i64::try_from(count).unwrap_or(i64::MAX))
            }
        }
    )*};
}
count_from!(i32, i64, u32, u64, usize);

/// The language this request is answered in: the one set around the code running now
/// (the request's, or one named for an email), else the render's (Leptos renders apart
/// from the request's task), else English. The browser bundle renders no words, so there
/// it is always English.
pub fn current() -> Lang {
    #[cfg(feature = "ssr")]
    {
        CURRENT
            .try_with(|lang| *lang)
            .ok()
            .or_else(leptos::prelude::use_context::<Lang>)
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        Lang::En
    }
}

/// The message `key` in `lang`, formatted with `args`. In the browser bundle (which
/// renders no words: islands get theirs as props) it is the key itself, so a word looked
/// up there by mistake shows as what it is.
pub fn text(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    #[cfg(feature = "ssr")]
    {
        lookup(lang, key, args)
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (lang, args);
        key.to_owned()
    }
}

/// A message in the request's language: `t!("sign-in-heading")`, or with values,
/// `t!("date-at-time", date = day, time = clock)`.
#[macro_export]
macro_rules! t {
    ($key:literal) => {
        $crate::i18n::text($crate::i18n::current(), $key, &[])
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::text(
            $crate::i18n::current(),
            $key,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),+],
        )
    };
}

/// A message in a named language (an email to someone who is not the one asking):
/// `t_in!(lang, "date-at-time", date = day, time = clock)`.
#[macro_export]
macro_rules! t_in {
    ($lang:expr, $key:literal) => {
        $crate::i18n::text($lang, $key, &[])
    };
    ($lang:expr, $key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::text(
            $lang,
            $key,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),+],
        )
    };
}

/// Part of a sentence shown to someone, and whether it is English in every language:
/// words stored in English (a trail row's reason) that no message translates. A page in
/// another language marks those `lang="en"`, so a screen reader reads them as English
/// (WCAG 3.1.2).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Phrase {
    pub text: String,
    pub english: bool,
}

impl Phrase {
    /// Words in the reader's language.
    pub fn said(text: impl Into<String>) -> Phrase {
        Phrase {
            text: text.into(),
            english: false,
        }
    }

    /// Words kept as stored, in English.
    pub fn english(text: impl Into<String>) -> Phrase {
        Phrase {
            text: text.into(),
            english: true,
        }
    }

    /// Whether it is in another language than a page in `page`'s: English words on a
    /// page that is not English (so marked `lang="en"`).
    pub fn foreign_on(&self, page: Lang) -> bool {
        self.english && page != Lang::En
    }

    /// The phrases as one plain string (a title, a test's expectation).
    pub fn joined(phrases: &[Phrase]) -> String {
        phrases.iter().map(|p| p.text.as_str()).collect()
    }
}

/// What a message is given in place of an English value it wraps, to be found again by
/// [`around_english`]: a private-use character no message or stored text contains.
pub const ENGLISH_HERE: &str = "\u{E000}";

/// `message` (formatted with [`ENGLISH_HERE`] as one of its values) with `english` put
/// back in its place as a phrase of its own: "Einmalanmeldung: " + English reason.
pub fn around_english(message: &str, english: &str) -> Vec<Phrase> {
    let Some((before, after)) = message.split_once(ENGLISH_HERE) else {
        return vec![Phrase::said(message)];
    };
    [
        Phrase::said(before),
        Phrase::english(english),
        Phrase::said(after),
    ]
    .into_iter()
    .filter(|phrase| !phrase.text.is_empty())
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_english_value_becomes_a_phrase_of_its_own_where_the_message_put_it() {
        let message = format!("Anmeldung: {ENGLISH_HERE} (heute)");
        assert_eq!(
            around_english(&message, "SSO is required"),
            [
                Phrase::said("Anmeldung: "),
                Phrase::english("SSO is required"),
                Phrase::said(" (heute)"),
            ]
        );
        assert_eq!(
            around_english(ENGLISH_HERE, "as stored"),
            [Phrase::english("as stored")]
        );
        assert_eq!(around_english("no value", "x"), [Phrase::said("no value")]);
    }

    #[test]
    fn a_tag_names_a_language_by_its_primary_subtag() {
        assert_eq!(Lang::from_tag("de-AT"), Some(Lang::De));
        assert_eq!(Lang::from_tag("ja"), Some(Lang::Ja));
        assert_eq!(Lang::from_tag("AR_eg"), Some(Lang::Ar));
        assert_eq!(Lang::from_tag("es"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn arabic_runs_right_to_left_and_the_others_left_to_right() {
        let rtl: Vec<Lang> = Lang::ALL.into_iter().filter(|l| l.dir() == "rtl").collect();
        assert_eq!(rtl, [Lang::Ar]);
    }
}
