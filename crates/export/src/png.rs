//! SVG to PNG with resvg, using the fonts installed on the machine.

use std::sync::{Arc, OnceLock};

use resvg::{tiny_skia, usvg};

use crate::ExportError;

/// The system fonts, loaded once (reading the font directories takes a moment).
pub(crate) fn options() -> usvg::Options<'static> {
    static FONTS: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    let fonts = FONTS.get_or_init(|| {
        let mut db = usvg::fontdb::Database::new();
        db.load_system_fonts();
        db.set_sans_serif_family("Noto Sans CJK SC");
        map_once(&mut db);
        Arc::new(db)
    });
    usvg::Options {
        fontdb: Arc::clone(fonts),
        ..usvg::Options::default()
    }
}

/// Maps each font file once, for the life of the process. Left to itself, fontdb maps a
/// font's file afresh for every lookup and unmaps it after: a journey map page looked its
/// fonts up hundreds of times, each a new mapping of a 20 MB CJK collection whose pages
/// faulted in again, so a page took 1.1–1.5 s to read, nearly all of it system time, and
/// the sample's PDF 6.5 s.
#[allow(unsafe_code)] // the second exception to the workspace's rule: see the SAFETY note
fn map_once(db: &mut usvg::fontdb::Database) {
    let faces: Vec<usvg::fontdb::ID> = db.faces().map(|f| f.id).collect();
    for id in faces {
        // SAFETY: the mapping fontdb makes on every lookup of a font file (its `memmap`
        // feature, which we use), kept instead of remade. Its one hazard is the same as
        // theirs: a font file rewritten in place by another process while it is mapped.
        // Package managers replace font files (a new inode), which leaves a mapping intact.
        // A face whose file cannot be opened stays as it was and is looked up as before.
        let _ = unsafe { db.make_shared_face_data(id) };
    }
}

pub(crate) fn parse(svg: &str) -> Result<usvg::Tree, ExportError> {
    usvg::Tree::from_str(svg, &options()).map_err(|e| ExportError::Render(e.to_string()))
}

/// Renders `svg` at `scale` × its size (2 for slides and screens with high density).
pub fn png(svg: &str, scale: f32) -> Result<Vec<u8>, ExportError> {
    let tree = parse(svg)?;
    let size = tree
        .size()
        .to_int_size()
        .scale_by(scale)
        .ok_or_else(|| ExportError::Render("the picture is empty".into()))?;
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height()).ok_or_else(|| {
        ExportError::Render(format!(
            "a {}×{} picture is too large",
            size.width(),
            size.height()
        ))
    })?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap
        .encode_png()
        .map_err(|e| ExportError::Render(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Seen on main: every text lookup mapped its font's file afresh, so the sample's PDF
    /// took 6.5 s, 5.4 of them in the kernel. Every face must be read from one mapping.
    #[test]
    fn a_pdf_spent_seconds_mapping_font_files_at_every_lookup() {
        let options = options();
        let faces: Vec<_> = options.fontdb.faces().collect();
        assert!(!faces.is_empty(), "the machine has fonts");
        for face in faces {
            assert!(
                matches!(face.source, usvg::fontdb::Source::SharedFile(..)),
                "{:?} is mapped at every lookup",
                face.post_script_name
            );
        }
    }
}
