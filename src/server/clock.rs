//! The one reading of the wall clock in Unix milliseconds that Portico's records and
//! limits use.

/// Milliseconds since the Unix epoch.
pub fn unix_ms() -> i64 {
    i64::try_from(time::OffsetDateTime::now_utc().unix_timestamp_nanos() / 1_000_000)
        .unwrap_or(i64::MAX)
}
