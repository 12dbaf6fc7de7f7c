//! The Events API.

use super::transport::{WorkosClient, NO_BODY};
use crate::{
    error::WorkosError,
    types::{Event, EventFilter, List, ListOptions},
};
use reqwest::Method;

impl WorkosClient {
    /// `GET /events`, one page (events are kept 30 days; store `list_metadata.after`
    /// to resume).
    pub async fn list_events(
        &self,
        filter: &EventFilter,
        page: &ListOptions,
    ) -> Result<List<Event>, WorkosError> {
        let query = [filter.query(), page.query()].concat();
        self.json(Method::GET, &["events"], &query, NO_BODY).await
    }
}
