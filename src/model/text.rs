//! Text as people read it: cut to a length, dates in words.

/// The first `chars` characters of `text`: what a message or a record keeps of something
/// typed or sent, however long it was. The one way text is cut.
pub fn clipped(text: &str, chars: usize) -> String {
    text.chars().take(chars).collect()
}

/// Something a person typed, as a sentence may repeat it: in quotes, on one line, and cut
/// after 40 characters, so what was typed reads as a value and never as Portico's words.
pub fn quoted(typed: &str) -> String {
    const SHOWN: usize = 40;
    let one_line: String = typed
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let cut = one_line.chars().count() > SHOWN;
    let ellipsis = if cut { "…" } else { "" };
    format!("\"{}{ellipsis}\"", clipped(&one_line, SHOWN))
}

/// "A, B and C", as the language lists things.
pub fn listed(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => {
            let init = init.join(&crate::t!("list-separator"));
            crate::t!("list-and", init = init, last = last)
        }
    }
}

/// "2026-11-27T09:15:00.000Z" → "27 Nov 2026" (in the request's language, on the
/// server); anything else as it is.
pub fn day_and_month(timestamp: &str) -> String {
    #[cfg(feature = "ssr")]
    {
        let format = time::format_description::well_known::Rfc3339;
        if let Ok(when) = time::OffsetDateTime::parse(timestamp, &format) {
            return crate::i18n::date(crate::i18n::current(), when);
        }
    }
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let parts: Vec<&str> = timestamp.get(..10).unwrap_or_default().split('-').collect();
    match parts.as_slice() {
        [year, month, day] => match month.parse::<usize>().ok().and_then(|m| MONTHS.get(m - 1)) {
            Some(month) => format!("{} {month} {year}", day.trim_start_matches('0')),
            None => timestamp.to_owned(),
        },
        _ => timestamp.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_was_typed_is_repeated_as_a_short_quoted_value_on_one_line() {
        assert_eq!(quoted("acme .com"), "\"acme .com\"");
        let notice = "SECURITY NOTICE: your account is locked.\nCall +1-555-0100 now.";
        let shown = quoted(notice);
        assert_eq!(shown, "\"SECURITY NOTICE: your account is locked.…\"");
        assert!(!shown.contains('\n') && !shown.contains("555"));
    }

    #[test]
    fn text_is_cut_by_characters_not_bytes() {
        assert_eq!(clipped("héllo wörld", 7), "héllo w");
        assert_eq!(clipped("short", 80), "short");
    }

    #[test]
    fn timestamps_read_as_day_month_year() {
        assert_eq!(day_and_month("2026-11-07T09:15:00.000Z"), "7 Nov 2026");
        assert_eq!(day_and_month("2026-13-07"), "2026-13-07");
        assert_eq!(day_and_month("soon"), "soon");
    }
}
