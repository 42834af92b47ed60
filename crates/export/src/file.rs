//! Writing an export so a failure never leaves half a file where the user asked for one.

use std::path::{Path, PathBuf};

/// Writes `bytes` beside `path` first, then renames the file into place.
pub fn write_file(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut staging = path.as_os_str().to_owned();
    staging.push(".partial");
    let staging = PathBuf::from(staging);
    std::fs::write(&staging, bytes)?;
    std::fs::rename(&staging, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&staging);
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn a_failed_write_leaves_neither_file_nor_staging() {
        let dir = std::env::temp_dir().join(format!("touchmap-export-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let target = dir.join("missing-dir").join("report.html");
        assert!(write_file(&target, b"x").is_err());
        assert!(!target.exists());
        let ok = dir.join("report.html");
        write_file(&ok, b"<html>").unwrap();
        assert_eq!(std::fs::read(&ok).unwrap(), b"<html>");
        assert!(!dir.join("report.html.partial").exists());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
