//! SSO connections: list, read, delete (the Admin Portal creates them).

use super::transport::{WorkosClient, NO_BODY};
use crate::{
    error::WorkosError,
    types::{Connection, ConnectionFilter, List, ListOptions},
};
use reqwest::Method;

impl WorkosClient {
    /// `GET /connections`, one page.
    pub async fn list_connections(
        &self,
        filter: &ConnectionFilter,
        page: &ListOptions,
    ) -> Result<List<Connection>, WorkosError> {
        let query = [filter.query(), page.query()].concat();
        self.json(Method::GET, &["connections"], &query, NO_BODY)
            .await
    }

    /// `GET /connections/{id}`.
    pub async fn get_connection(&self, id: &str) -> Result<Connection, WorkosError> {
        self.json(Method::GET, &["connections", id], &[], NO_BODY)
            .await
    }

    /// `DELETE /connections/{id}`.
    pub async fn delete_connection(&self, id: &str) -> Result<(), WorkosError> {
        self.send(Method::DELETE, &["connections", id], &[], NO_BODY)
            .await
            .map(drop)
    }
}
