//! The SSO health panel, in the words and numbers the page shows (the server words it;
//! a live page puts the same words in place): the last successful sign-in, failures of
//! the last 7 days by error with their fix, sign-ins per day for 30 days, the directory
//! and the certificate.

use serde::{Deserialize, Serialize};

/// The chart's bar area, in SVG units (the SVG scales to the panel's width).
pub const CHART_HEIGHT: u32 = 64;
/// One day's slot; its bar is narrower.
pub const BAR_SLOT: u32 = 10;

/// Made by [`SsoHealth::new`], which words what the page shows (summaries, lines, bar
/// heights) once, for the render and for a live page alike.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SsoHealth {
    /// The last successful sign-in, or what will show once someone signs in.
    pub last_success: String,
    /// The failures' heading line.
    pub failures_summary: String,
    /// Failed sign-ins of the last 7 days, by error code, most frequent first.
    pub failures: Vec<FailureGroup>,
    /// The chart in one sentence: its text equivalent's summary.
    pub chart_summary: String,
    /// The last 30 days, oldest first.
    pub days: Vec<SignInDay>,
    /// The directory's last sync, its users and groups, or its trouble.
    pub directory: String,
    /// The SAML certificate's countdown, or that none is reported.
    pub certificate: String,
}

/// The failed sign-ins with one error code.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FailureGroup {
    pub code: String,
    pub count: u64,
    /// When the last one was, "3 Dec".
    pub last: String,
    /// What it means, and its fix (`model::explain_sso_code`).
    pub what: String,
    pub fix: String,
    /// The panel's line for it.
    pub line: String,
}

impl FailureGroup {
    pub fn new(code: String, count: u64, last: String, what: &str, fix: &str) -> FailureGroup {
        let line = crate::t!(
            "sso-health-failure",
            code = &code,
            count = count,
            date = &last,
            what = what,
            fix = fix
        );
        FailureGroup {
            code,
            count,
            last,
            what: what.to_owned(),
            fix: fix.to_owned(),
            line,
        }
    }
}

/// One day's sign-ins.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SignInDay {
    /// `YYYY-MM-DD` (UTC).
    pub day: String,
    /// "3 Dec".
    pub label: String,
    pub succeeded: u64,
    pub failed: u64,
    /// What a screen reader hears for the day's bar.
    pub said: String,
    /// The bars' heights, in [`CHART_HEIGHT`] units.
    pub height_succeeded: u32,
    pub height_failed: u32,
}

impl SignInDay {
    pub fn new(day: String, label: String, succeeded: u64, failed: u64) -> SignInDay {
        let said = crate::t!(
            "sso-health-day-said",
            day = &label,
            succeeded = succeeded,
            failed = failed
        );
        SignInDay {
            day,
            label,
            succeeded,
            failed,
            said,
            height_succeeded: 0,
            height_failed: 0,
        }
    }

    /// The day's bar heights (succeeded, failed), scaled so the busiest day fills the
    /// chart; a day with any sign-in shows at least one unit.
    pub fn heights(&self, busiest: u64) -> (u32, u32) {
        let scale = |n: u64| match n {
            0 => 0,
            n => ((n * u64::from(CHART_HEIGHT)).div_ceil(busiest.max(1)) as u32).max(1),
        };
        (scale(self.succeeded), scale(self.failed))
    }
}

impl SsoHealth {
    pub fn new(
        last_success: String,
        failures: Vec<FailureGroup>,
        mut days: Vec<SignInDay>,
        directory: String,
        certificate: String,
    ) -> SsoHealth {
        let busiest = days
            .iter()
            .map(|d| d.succeeded + d.failed)
            .max()
            .unwrap_or(0);
        for day in &mut days {
            (day.height_succeeded, day.height_failed) = day.heights(busiest);
        }
        let mut health = SsoHealth {
            last_success,
            failures,
            days,
            directory,
            certificate,
            ..SsoHealth::default()
        };
        health.failures_summary = health.worded_failures();
        health.chart_summary = health.worded_chart();
        health
    }

    /// The busiest day's sign-ins (succeeded and failed together).
    pub fn busiest(&self) -> u64 {
        self.days
            .iter()
            .map(|d| d.succeeded + d.failed)
            .max()
            .unwrap_or(0)
    }

    fn worded_chart(&self) -> String {
        let succeeded: u64 = self.days.iter().map(|d| d.succeeded).sum();
        let failed: u64 = self.days.iter().map(|d| d.failed).sum();
        if succeeded + failed == 0 {
            return crate::t!("sso-health-chart-empty");
        }
        crate::t!("sso-health-chart", succeeded = succeeded, failed = failed)
    }

    fn worded_failures(&self) -> String {
        match self.failures.iter().map(|f| f.count).sum::<u64>() {
            0 => crate::t!("sso-health-no-failures"),
            count => crate::t!("sso-health-failures", count = count),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(succeeded: u64, failed: u64) -> SignInDay {
        SignInDay::new("2026-12-03".into(), "3 Dec".into(), succeeded, failed)
    }

    #[test]
    fn the_busiest_day_fills_the_chart_and_any_sign_in_shows() {
        assert_eq!(day(40, 0).heights(40), (CHART_HEIGHT, 0));
        assert_eq!(day(1, 1).heights(1000), (1, 1));
        assert_eq!(day(0, 0).heights(0), (0, 0));
        assert_eq!(day(20, 20).heights(40), (32, 32));
    }

    #[test]
    fn empty_and_busy_panels_say_so() {
        let new = |days| {
            SsoHealth::new(
                String::new(),
                Vec::new(),
                days,
                String::new(),
                String::new(),
            )
        };
        let empty = new(vec![day(0, 0)]);
        assert!(empty.chart_summary.starts_with("No SSO sign-ins"));
        assert!(empty.failures_summary.starts_with("No failed"));
        let busy = new(vec![day(3, 1), day(2, 0)]);
        assert_eq!(busy.busiest(), 4);
        assert_eq!(
            busy.chart_summary,
            "In the last 30 days: 5 sign-ins succeeded, 1 failed."
        );
        let first = &busy.days[0];
        assert_eq!((first.height_succeeded, first.height_failed), (48, 16));
    }
}
