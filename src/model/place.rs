//! Where on the settings page a form lives: an area's card, the IT admin panel, or the
//! activity log. A failed plain form comes back to its place (`card=` in the address,
//! `#place` to scroll there), so the place's name is written once, here.

use super::Intent;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Card(Intent),
    ItAdminPanel,
    ActivityLog,
}

impl Place {
    /// The name in the address and the element's `id`.
    pub fn as_str(self) -> &'static str {
        match self {
            Place::Card(intent) => intent.as_str(),
            Place::ItAdminPanel => "it-admin",
            Place::ActivityLog => "activity",
        }
    }

    pub fn parse(name: &str) -> Option<Place> {
        match name {
            "it-admin" => Some(Place::ItAdminPanel),
            "activity" => Some(Place::ActivityLog),
            card => Intent::parse(card).ok().map(Place::Card),
        }
    }
}

/// A form posted without JavaScript that failed, brought back to its page: the server's
/// sentence, where on the page it goes, and what was typed (to fill the fields again).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReturnedForm {
    pub message: String,
    /// The card or panel the form was in ([`Place::as_str`]); `None`: the page itself.
    pub place: Option<String>,
    pub typed: Vec<(String, String)>,
    /// The form's change went through: `message` says what happened (not an error).
    #[serde(default)]
    pub succeeded: bool,
    /// The field the error is about (its `name`): shown beside it, not above the form.
    #[serde(default)]
    pub field: Option<String>,
}

impl ReturnedForm {
    /// The error, if the form that failed was in `place` and it is about no one field
    /// that `fields` names (those show theirs beside them: `in_field`).
    pub fn in_place(&self, place: Place, fields: &[&str]) -> Option<String> {
        let beside_a_field = self
            .field
            .as_deref()
            .is_some_and(|field| fields.contains(&field));
        (!self.succeeded && !beside_a_field && self.place.as_deref() == Some(place.as_str()))
            .then(|| self.message.clone())
    }

    /// The error, if the form in `place` failed because of its field `field`.
    pub fn in_field(&self, place: Place, field: &str) -> Option<String> {
        (!self.succeeded
            && self.place.as_deref() == Some(place.as_str())
            && self.field.as_deref() == Some(field))
        .then(|| self.message.clone())
    }

    /// What happened, if the form that went through was in `place`.
    pub fn done_in(&self, place: Place) -> Option<String> {
        (self.succeeded && self.place.as_deref() == Some(place.as_str()))
            .then(|| self.message.clone())
    }

    /// What was typed in `field`.
    pub fn typed(&self, field: &str) -> Option<String> {
        self.typed
            .iter()
            .find(|(name, _)| name == field)
            .map(|(_, value)| value.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_place_reads_back_from_its_name() {
        let places = Intent::ALL
            .into_iter()
            .map(Place::Card)
            .chain([Place::ItAdminPanel, Place::ActivityLog]);
        for place in places {
            assert_eq!(Place::parse(place.as_str()), Some(place));
        }
        assert_eq!(Place::parse("elsewhere"), None);
    }
}
