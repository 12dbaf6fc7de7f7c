//! Dates and times as each language writes them, from CLDR (ICU4X). Times are UTC, and
//! the sentence around them says so.

use super::Lang;
use icu_calendar::Gregorian;
use icu_datetime::{
    fieldsets,
    input::{Date, Time},
    FixedCalendarDateTimeFormatter,
};
use std::{collections::HashMap, sync::LazyLock};
use time::OffsetDateTime;

type DateFormatter = FixedCalendarDateTimeFormatter<Gregorian, fieldsets::YMD>;
type TimeFormatter = FixedCalendarDateTimeFormatter<Gregorian, fieldsets::T>;

struct Formatters {
    date: DateFormatter,
    time: TimeFormatter,
}

/// The locale whose conventions each language's dates follow. English writes the day
/// before the month with a 24-hour clock ("3 Dec 2026, 16:00"): a settings page read
/// around the world, where "12/3" would be ambiguous.
fn locale(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en-GB",
        other => other.code(),
    }
}

static FORMATTERS: LazyLock<HashMap<Lang, Formatters>> = LazyLock::new(|| {
    Lang::ALL
        .into_iter()
        .filter_map(|lang| {
            let locale: icu_locale::Locale = locale(lang).parse().ok()?;
            let date =
                DateFormatter::try_new(locale.clone().into(), fieldsets::YMD::medium()).ok()?;
            let time = TimeFormatter::try_new(locale.into(), fieldsets::T::hm()).ok()?;
            Some((lang, Formatters { date, time }))
        })
        .collect()
});

fn formatters(lang: Lang) -> Option<&'static Formatters> {
    FORMATTERS.get(&lang).or_else(|| FORMATTERS.get(&Lang::En))
}

fn icu_date(when: OffsetDateTime) -> Option<Date<Gregorian>> {
    Date::try_new_gregorian(when.year(), u8::from(when.month()), when.day()).ok()
}

/// The day of `when` (UTC) in `lang`: "3 Dec 2026", "03.12.2026", "2026/12/03".
pub fn date(lang: Lang, when: OffsetDateTime) -> String {
    let when = when.to_offset(time::UtcOffset::UTC);
    match (formatters(lang), icu_date(when)) {
        (Some(formatters), Some(day)) => formatters.date.format(&day).to_string(),
        _ => when.date().to_string(),
    }
}

/// The day and time of `when` (UTC) in `lang`, in the language's sentence for it:
/// "3 Dec 2026 at 16:00 UTC".
pub fn date_and_time(lang: Lang, when: OffsetDateTime) -> String {
    let when = when.to_offset(time::UtcOffset::UTC);
    let time = Time::try_new(when.hour(), when.minute(), 0, 0).ok();
    let clock = match (formatters(lang), time) {
        (Some(formatters), Some(time)) => formatters.time.format(&time).to_string(),
        _ => format!("{:02}:{:02}", when.hour(), when.minute()),
    };
    crate::t_in!(lang, "date-at-time", date = date(lang, when), time = clock)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_writes_a_day_its_own_way() {
        let when = time::macros::datetime!(2026-12-03 16:05 UTC);
        assert_eq!(date(Lang::En, when), "3 Dec 2026");
        assert_eq!(date(Lang::De, when), "03.12.2026");
        assert_eq!(date(Lang::Fr, when), "3 déc. 2026");
        assert_eq!(date(Lang::Ja, when), "2026/12/03");
        assert!(
            date(Lang::Ar, when).contains("2026"),
            "{}",
            date(Lang::Ar, when)
        );
    }

    #[test]
    fn a_time_is_said_in_utc_in_the_languages_sentence() {
        let when = time::macros::datetime!(2026-12-03 18:05 +02:00);
        assert_eq!(date_and_time(Lang::En, when), "3 Dec 2026 at 16:05 UTC");
        assert_eq!(date_and_time(Lang::De, when), "03.12.2026 um 16:05 UTC");
    }
}
