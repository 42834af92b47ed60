//! How WebKit paints the window on Linux. WebKitGTK paints the page with Skia on the GPU
//! through OpenGL. On a machine without a GPU (a virtual machine, a remote desktop, CI
//! under Xvfb) that OpenGL is Mesa's software rasteriser, and painting the simulation page
//! through it cost WebKit about 1 CPU-second per what-if re-run on the sample, on a 2-core
//! machine: the engine's run of the estimate waited for the cores. Without a GPU render
//! node, Skia paints on the CPU instead, as it does natively: 0.6 CPU-s per re-run and
//! p50 165 ms instead of 230 from the edit to the numbers (tests/e2e/workbench.test.mjs).
//! A GPU keeps WebKit's default, and a user's own setting of the variable wins. The window
//! is shown once its page starts loading ([`show_when_loading`]).

use std::path::Path;

use tauri::webview::PageLoadPayload;
use tauri::{Runtime, Webview};

/// The variable WebKitGTK reads once, as it starts, to paint with Skia on the CPU.
const CPU_PAINTING: &str = "WEBKIT_SKIA_ENABLE_CPU_RENDERING";

/// Where the kernel lists the GPUs' render nodes.
const DRI: &str = "/dev/dri";

/// Chooses how WebKit paints, before anything starts WebKit (or any other thread); returns
/// why it paints on the CPU, for the log that does not exist yet, or `None`.
#[allow(unsafe_code)] // an exception to the workspace's rule (see Cargo.toml): see the SAFETY note
pub(crate) fn choose() -> Option<&'static str> {
    if !cfg!(target_os = "linux")
        || std::env::var_os(CPU_PAINTING).is_some()
        || has_render_node(Path::new(DRI))
    {
        return None;
    }
    // SAFETY: `run` calls this first, on the main thread, before Tauri, GTK, WebKit or the
    // async runtime start any thread, so no other thread can read the environment while
    // it changes (the reason `set_var` is unsafe).
    unsafe { std::env::set_var(CPU_PAINTING, "1") };
    Some("no GPU render node in /dev/dri: WebKit paints the window on the CPU")
}

/// Shows the window as its page starts loading: it is created hidden (`visible: false` in
/// tauri.conf.json). Shown as it was created, its first frame came before WebKit's processes
/// were ready, and on a first start (a fresh data folder, WebKit's network process setting up
/// its storage) the main thread then sat out a 500 ms time-out inside WebKit (seen with strace
/// as a futex wait that timed out), half of a 1.1 s start-up; shown here, a first start takes
/// about 0.6 s and a later one no longer than before (`scripts/measure.sh`).
pub(crate) fn show_when_loading<R: Runtime>(webview: &Webview<R>, _: &PageLoadPayload<'_>) {
    if let Err(e) = webview.window().show() {
        log::warn!("the window could not be shown: {e}");
    }
}

/// Whether `dir` lists a render node (`renderD128`…), the device a GPU draws through.
fn has_render_node(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|entries| {
        entries
            .flatten()
            .any(|e| e.file_name().to_string_lossy().starts_with("renderD"))
    })
}

#[cfg(test)]
mod tests {
    use super::has_render_node;

    #[test]
    fn a_render_node_counts_as_a_gpu_and_a_card_alone_or_no_folder_does_not() {
        let dir = tempfile::tempdir().unwrap();
        assert!(!has_render_node(&dir.path().join("missing")));
        std::fs::write(dir.path().join("card0"), "").unwrap();
        assert!(
            !has_render_node(dir.path()),
            "a display card without a render node"
        );
        std::fs::write(dir.path().join("renderD128"), "").unwrap();
        assert!(has_render_node(dir.path()));
    }
}
