//! Directories: what the portal's Directory Sync flow links, and what the API lists and deletes.

use super::{
    data::{now, random_secret, Store},
    paging::{paginate, Page, PageError},
};
use workos::types::{Directory, List};

impl Store {
    /// `DELETE /directories/{id}`.
    pub fn delete_directory(&self, id: &str) -> bool {
        let removed = self.change(|d| d.directories.remove(id));
        if let Some(directory) = &removed {
            let data = serde_json::to_value(directory).unwrap_or_default();
            self.emit("dsync.deleted", data);
        }
        removed.is_some()
    }

    /// `GET /directories` with a filter.
    pub fn directories(
        &self,
        page: &Page,
        keep: impl Fn(&Directory) -> bool,
    ) -> Result<List<Directory>, PageError> {
        let all: Vec<_> = self.read(|d| {
            d.directories
                .values()
                .filter(|x| keep(x))
                .cloned()
                .collect()
        });
        paginate(all, page, |x| &x.id)
    }

    /// `GET /directories/{id}`.
    pub fn directory(&self, id: &str) -> Option<Directory> {
        self.read(|d| d.directories.get(id).cloned())
    }

    /// Directory sync finished: a linked directory of the chosen type.
    pub fn link_directory(
        &self,
        organization_id: &str,
        directory_type: &str,
        name: &str,
    ) -> Directory {
        let at = now();
        let id = self.new_id("directory");
        let domain = self
            .organization(organization_id)
            .and_then(|o| o.domains.first().map(|d| d.domain.clone()));
        let directory = Directory {
            object: "directory".into(),
            id: id.clone(),
            organization_id: organization_id.to_owned(),
            name: name.to_owned(),
            domain,
            external_key: random_secret(16),
            directory_type: directory_type.to_owned(),
            state: "linked".into(),
            metadata: None,
            created_at: at.clone(),
            updated_at: at,
        };
        self.change(|d| d.directories.insert(id, directory.clone()));
        // The event describes the directory its own way: state `active`, and the
        // organization's domains as objects.
        let domains: Vec<serde_json::Value> = self
            .organization(organization_id)
            .map(|o| o.domains)
            .unwrap_or_default()
            .into_iter()
            .map(|d| serde_json::json!({"object": "organization_domain", "id": d.id, "domain": d.domain}))
            .collect();
        self.emit(
            "dsync.activated",
            serde_json::json!({
                "object": "directory",
                "id": directory.id,
                "organization_id": organization_id,
                "type": directory.directory_type,
                "state": "active",
                "name": directory.name,
                "external_key": directory.external_key,
                "domains": domains,
                "created_at": directory.created_at,
                "updated_at": directory.updated_at,
            }),
        );
        directory
    }
}
