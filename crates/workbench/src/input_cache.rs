//! The simulation input last derived, kept between commands: every what-if try on the same
//! scenario would otherwise read the records and derive the same flow model again (about a
//! tenth of the time from a try to its numbers). It is reused only while the workspace's
//! feed position has not moved, and every write of a record (an edit, an undo, a redo, an
//! import) moves it, so no command after an edit ever sees the model from before it.

use std::sync::Mutex;

use touchmap_store::Workspace;

use crate::{Result, SimulationInput, simulation_input};

/// The last input derived from one open workspace; a new workspace needs a new cache (feed
/// positions of two files say nothing about each other).
#[derive(Debug, Default)]
pub struct InputCache {
    last: Mutex<Option<Derived>>,
}

/// What an input was derived from, and the input.
#[derive(Debug)]
struct Derived {
    feed: i64,
    bundle_id: String,
    segment_id: Option<String>,
    input: SimulationInput,
}

impl Derived {
    fn of(&self, feed: i64, bundle_id: &str, segment_id: Option<&str>) -> bool {
        self.feed == feed && self.bundle_id == bundle_id && self.segment_id.as_deref() == segment_id
    }
}

impl InputCache {
    /// [`simulation_input`] of `bundle_id` for `segment_id`, derived again only when the
    /// workspace was written since the last one or it is of another bundle or segment. The
    /// caller holds `workspace` alone for the call (the app's lock), so no write comes
    /// between reading the position and reading the records.
    pub async fn input(
        &self,
        workspace: &Workspace,
        bundle_id: &str,
        segment_id: Option<&str>,
    ) -> Result<SimulationInput> {
        let feed = workspace.feed_position().await?;
        if let Some(derived) = self.lock().as_ref()
            && derived.of(feed, bundle_id, segment_id)
        {
            return Ok(derived.input.clone());
        }
        let input = simulation_input(workspace, bundle_id, segment_id).await?;
        *self.lock() = Some(Derived {
            feed,
            bundle_id: bundle_id.to_owned(),
            segment_id: segment_id.map(str::to_owned),
            input: input.clone(),
        });
        Ok(input)
    }

    /// The entry; a panic while it was held cannot have left it half-written (it is only
    /// ever replaced whole), so a poisoned lock is used as it is.
    fn lock(&self) -> std::sync::MutexGuard<'_, Option<Derived>> {
        self.last
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}
