//! What is wrong with a field of a request: shared by the API's answers and the store's
//! paging checks.

/// What is wrong with a field, as WorkOS's `errors[].code` says it: a short code such as
/// `required`, never a sentence (the SDKs list the codes in their exceptions' messages).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Problem {
    /// Missing, null or empty.
    Required,
    /// Of another JSON type.
    InvalidType,
    /// Not one of the values this field takes, or out of its range.
    InvalidValue,
    InvalidUrl,
    InvalidEmail,
    InvalidDomain,
    /// A query parameter this list does not take.
    UnsupportedParameter,
}

impl Problem {
    pub(crate) fn code(self) -> &'static str {
        match self {
            Problem::Required => "required",
            Problem::InvalidType => "invalid_type",
            Problem::InvalidValue => "invalid_value",
            Problem::InvalidUrl => "invalid_url",
            Problem::InvalidEmail => "invalid_email",
            Problem::InvalidDomain => "invalid_domain",
            Problem::UnsupportedParameter => "unsupported_parameter",
        }
    }

    /// [`Problem::Required`] when `value` is absent or null, else `otherwise`.
    pub(crate) fn unless_missing(value: Option<&serde_json::Value>, otherwise: Problem) -> Problem {
        match value {
            None | Some(serde_json::Value::Null) => Problem::Required,
            Some(serde_json::Value::String(s)) if s.is_empty() => Problem::Required,
            Some(_) => otherwise,
        }
    }
}
