//! The sample as a workspace file, shared by the workbench's tests.
#![allow(dead_code)] // each test binary uses a different part of this
#![allow(clippy::unwrap_used)] // test helpers fail loudly by design

use touchmap_model::WorkspaceDocument;
use touchmap_store::{Workspace, sample};

/// The sample written to a new file in a temporary folder, with its content and the id of
/// its (first) bundle.
pub struct Sample {
    pub _dir: tempfile::TempDir,
    pub workspace: Workspace,
    pub document: WorkspaceDocument,
    pub bundle: String,
}

pub async fn open_sample() -> Sample {
    let dir = tempfile::tempdir().unwrap();
    let workspace = Workspace::create(&dir.path().join("s.touchmap"), &sample::document(), false)
        .await
        .unwrap();
    let document = workspace.snapshot().await.unwrap();
    let bundle = document.bundles[0].id.clone();
    Sample {
        _dir: dir,
        workspace,
        document,
        bundle,
    }
}

impl Sample {
    /// The id of the sample's scenario called `name`.
    pub fn scenario_id(&self, name: &str) -> String {
        self.document
            .scenarios
            .iter()
            .find(|s| s.name == name)
            .unwrap()
            .id
            .clone()
    }
}
