//! The committed TypeScript bindings must match the commands and types in Rust.
#![allow(clippy::unwrap_used)] // test helpers fail loudly by design
//! Set `TOUCHMAP_BLESS=1` to rewrite them after a deliberate change.

use std::path::Path;

#[test]
fn committed_bindings_are_up_to_date() {
    let committed_path = Path::new(env!("CARGO_MANIFEST_DIR")).join(touchmap_app::BINDINGS_PATH);
    let dir = tempfile::tempdir().unwrap();
    let fresh_path = dir.path().join("bindings.ts");
    touchmap_app::export_bindings(&fresh_path).unwrap();
    let fresh = std::fs::read_to_string(&fresh_path).unwrap();
    if std::env::var_os("TOUCHMAP_BLESS").is_some() {
        std::fs::write(&committed_path, &fresh).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&committed_path).unwrap_or_default();
    assert!(
        committed == fresh,
        "ui/src/bindings.ts is stale: run `TOUCHMAP_BLESS=1 cargo test -p touchmap-app --test bindings` and commit the result"
    );
}
