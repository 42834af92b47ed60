//! A workspace written before distributions had bounds reads and writes back unchanged:
//! `bounds` is optional and left out when absent.
#![allow(clippy::unwrap_used)] // tests fail loudly by design

use touchmap_model::WorkspaceDocument;

#[test]
fn the_committed_sample_workspace_reads_and_writes_unchanged() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../ui/src/test/fixtures/sample-workspace.json"
    );
    let text = std::fs::read_to_string(path).unwrap();
    let document: WorkspaceDocument = serde_json::from_str(&text).unwrap();
    let read: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(serde_json::to_value(&document).unwrap(), read);
    assert!(text.contains("\"kind\": \"triangular\"") && !text.contains("\"bounds\""));
}
