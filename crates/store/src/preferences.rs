//! The user's preferences outside any workspace: language, theme, recent files.
//!
//! Kept in a small JSON file in the app's config folder. A damaged file is
//! replaced by defaults rather than blocking the app from starting.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use specta::Type;

use crate::{Error, Result};

/// How many recent files are remembered.
pub const RECENT_LIMIT: usize = 10;

#[derive(Serialize, Deserialize, Type, Clone, Debug, PartialEq, Default)]
#[serde(rename_all = "camelCase", default)]
pub struct Preferences {
    /// `en` or `zh-CN`; `None` follows the system language.
    pub language: Option<String>,
    /// `light`, `dark`, or `None` to follow the system.
    pub theme: Option<String>,
    /// Most recent first; the first is reopened on start.
    pub recent: Vec<String>,
}

impl Preferences {
    /// Reads preferences from `file`; missing or unreadable files give defaults.
    pub fn load(file: &Path) -> Preferences {
        std::fs::read_to_string(file)
            .ok()
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_default()
    }

    /// Writes atomically (temporary file, then rename).
    pub fn save(&self, file: &Path) -> Result<()> {
        let io = |source| Error::Io {
            path: file.into(),
            source,
        };
        if let Some(dir) = file.parent() {
            std::fs::create_dir_all(dir).map_err(io)?;
        }
        let staging = file.with_extension("json.partial");
        std::fs::write(&staging, serde_json::to_vec_pretty(self)?).map_err(io)?;
        std::fs::rename(&staging, file).map_err(io)
    }

    /// Puts `path` first in the recent list.
    pub fn remember(&mut self, path: &Path) {
        let path = path.to_string_lossy().into_owned();
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path);
        self.recent.truncate(RECENT_LIMIT);
    }

    /// The most recent file that still exists.
    pub fn last_file(&self) -> Option<PathBuf> {
        self.recent.iter().map(PathBuf::from).find(|p| p.exists())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remember_moves_a_path_to_the_front_without_duplicates() {
        let mut preferences = Preferences::default();
        for name in ["a", "b", "a"] {
            preferences.remember(Path::new(name));
        }
        assert_eq!(preferences.recent, ["a", "b"]);
    }

    #[test]
    fn a_damaged_preferences_file_gives_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("preferences.json");
        std::fs::write(&file, "{not json").unwrap();
        assert_eq!(Preferences::load(&file), Preferences::default());
        let mut preferences = Preferences::default();
        preferences.remember(Path::new("/x.touchmap"));
        preferences.save(&file).unwrap();
        assert_eq!(Preferences::load(&file), preferences);
    }
}
