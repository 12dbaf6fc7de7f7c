//! The browser's `Accept-Language`, matched to the languages Portico speaks.

use super::Lang;

/// The language the browser prefers most among those Portico speaks, by the header's
/// weights (`de-CH, fr;q=0.8` is German); `None` if it names none of them.
pub fn from_accept_language(header: &str) -> Option<Lang> {
    // Sorted by weight, highest first; a weight of 0 means "not this one" and is dropped.
    accept_language::parse_with_quality(header)
        .into_iter()
        .filter(|(_, weight)| *weight > 0.0)
        .find_map(|(tag, _)| Lang::from_tag(&tag))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_most_wanted_language_portico_speaks_wins() {
        assert_eq!(from_accept_language("de-CH, fr;q=0.8"), Some(Lang::De));
        assert_eq!(
            from_accept_language("es, fr;q=0.5, de;q=0.9"),
            Some(Lang::De)
        );
        assert_eq!(from_accept_language("ar-EG"), Some(Lang::Ar));
        assert_eq!(from_accept_language("ja;q=0.1, en;q=0"), Some(Lang::Ja));
    }

    #[test]
    fn a_header_naming_none_of_them_chooses_nothing() {
        assert_eq!(from_accept_language("es, pt-BR;q=0.9"), None);
        assert_eq!(from_accept_language(""), None);
        assert_eq!(from_accept_language("*"), None);
        assert_eq!(from_accept_language("de;q=0"), None);
    }
}
