//! Queries whose conditions depend on what was asked (a list's filters): the values they
//! bind, numbered as they are added (`$1`, `$2`, …), so one SQL text serves both engines.

use sqlx::{any::AnyArguments, query::QueryAs, query::QueryScalar, Any};

#[derive(Clone, Debug)]
pub enum Bound {
    Text(String),
    Int(i64),
}

/// The values a query built piece by piece binds, in order.
#[derive(Clone, Debug, Default)]
pub struct Binds(Vec<Bound>);

impl Binds {
    /// Adds `value`; returns its placeholder, for the SQL text.
    pub fn add(&mut self, value: Bound) -> String {
        self.0.push(value);
        format!("${}", self.0.len())
    }

    /// Binds every value, in order.
    pub fn to<'q, O>(
        self,
        mut query: QueryAs<'q, Any, O, AnyArguments<'q>>,
    ) -> QueryAs<'q, Any, O, AnyArguments<'q>> {
        for value in self.0 {
            query = match value {
                Bound::Text(text) => query.bind(text),
                Bound::Int(number) => query.bind(number),
            };
        }
        query
    }

    /// Binds every value, in order, to a query of one value.
    pub fn to_scalar<'q, O>(
        self,
        mut query: QueryScalar<'q, Any, O, AnyArguments<'q>>,
    ) -> QueryScalar<'q, Any, O, AnyArguments<'q>> {
        for value in self.0 {
            query = match value {
                Bound::Text(text) => query.bind(text),
                Bound::Int(number) => query.bind(number),
            };
        }
        query
    }
}

/// `%text%` for `lower(column) LIKE … ESCAPE '\'`: lower-cased, with its own wildcards
/// taken as they are.
pub fn contains(text: &str) -> String {
    let escaped = text
        .trim()
        .to_lowercase()
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{escaped}%")
}
