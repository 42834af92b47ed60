//! Helpers shared by the store tests: fresh workspaces in temporary folders.
#![allow(dead_code)] // each test binary uses a different part of these helpers
#![allow(clippy::unwrap_used)] // test helpers fail loudly by design

use std::path::{Path, PathBuf};

use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{Connection, SqliteConnection};

use touchmap_engine::model::Dist;
use touchmap_model::{Entity, Journey, Lane, Segment, Step, ValueTier};
use touchmap_store::{Change, Workspace, sample};

pub struct Fixture {
    pub dir: tempfile::TempDir,
    pub workspace: Workspace,
}

impl Fixture {
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
}

/// A new workspace with the defaults and one segment with one journey.
pub async fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("test.touchmap");
    let workspace = Workspace::create(&path, &sample::empty(), false)
        .await
        .unwrap();
    workspace
        .apply(
            "Add segment",
            &[
                Change::Put {
                    entity: Entity::Segment(segment("seg", "Seniors")),
                },
                Change::Put {
                    entity: Entity::Journey(Journey {
                        id: "jour".into(),
                        segment_id: "seg".into(),
                        name: "Get a bundle".into(),
                        description: String::new(),
                    }),
                },
            ],
        )
        .await
        .unwrap();
    Fixture { dir, workspace }
}

pub fn segment(id: &str, name: &str) -> Segment {
    Segment {
        id: id.into(),
        name: name.into(),
        description: "Prefer the shop".into(),
        share: 0.2,
        value_tier: ValueTier::Medium,
        channel_preferences: vec![sample::default_channels()[0].id.clone()],
        patience_days: Some(Dist::lognormal(30.0, 8.0)),
        patience_contacts: Some(Dist::fixed(25.0)),
        channel_multipliers: Default::default(),
        colour: "#884488".into(),
        priority: 0,
    }
}

pub fn step(id: &str, title: &str) -> Step {
    Step {
        id: id.into(),
        journey_id: "jour".into(),
        stage_id: sample::default_stages()[2].id.clone(),
        lane: Lane::Frontstage,
        position: 0,
        title: title.into(),
        description: "Calls the hotline".into(),
        channel_id: Some(sample::default_channels()[3].id.clone()),
        department: "Call centre".into(),
        emotion: -2,
        effort: 4,
        pain_points: vec!["Long wait".into()],
        opportunities: vec!["Call-back".into()],
        flow_task: None,
    }
}

/// The bytes of a file, to tell whether something changed it.
pub fn bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap()
}

/// A raw SQLite connection, as another program (or a hostile file's author) has.
pub async fn raw(path: &Path) -> SqliteConnection {
    let options = SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(true);
    SqliteConnection::connect_with(&options).await.unwrap()
}

/// Runs `statements` on `path` through a raw connection, then closes it.
pub async fn execute(path: &Path, statements: &[&str]) {
    let mut conn = raw(path).await;
    for statement in statements {
        sqlx::query(statement).execute(&mut conn).await.unwrap();
    }
    conn.close().await.unwrap();
}
