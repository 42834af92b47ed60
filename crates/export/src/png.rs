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
        Arc::new(db)
    });
    usvg::Options {
        fontdb: Arc::clone(fonts),
        ..usvg::Options::default()
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
