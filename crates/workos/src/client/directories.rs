//! Directories: list, read, delete (the Admin Portal creates them).

use super::transport::{WorkosClient, NO_BODY};
use crate::{
    error::WorkosError,
    types::{Directory, DirectoryFilter, List, ListOptions},
};
use reqwest::Method;

impl WorkosClient {
    /// `GET /directories`, one page.
    pub async fn list_directories(
        &self,
        filter: &DirectoryFilter,
        page: &ListOptions,
    ) -> Result<List<Directory>, WorkosError> {
        let query = [filter.query(), page.query()].concat();
        self.json(Method::GET, &["directories"], &query, NO_BODY)
            .await
    }

    /// `GET /directories/{id}`.
    pub async fn get_directory(&self, id: &str) -> Result<Directory, WorkosError> {
        self.json(Method::GET, &["directories", id], &[], NO_BODY)
            .await
    }

    /// `DELETE /directories/{id}`.
    pub async fn delete_directory(&self, id: &str) -> Result<(), WorkosError> {
        self.send(Method::DELETE, &["directories", id], &[], NO_BODY)
            .await
            .map(drop)
    }
}
