//! The report's pages as one PDF: each SVG page becomes a vector XObject (svg2pdf) placed
//! on an A4 landscape page, scaled to fit; a page that must stay readable (the flow) is never
//! scaled below the point where its smallest text is [`MIN_TEXT_PT`]: its page grows instead.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};

use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref};
use resvg::usvg;

use crate::ExportError;
use crate::png::parse;
use crate::report::Page;

const A4_LANDSCAPE: (f32, f32) = (842.0, 595.0);
const MARGIN: f32 = 28.0;
/// The smallest text of a readable page, in points.
pub const MIN_TEXT_PT: f32 = 9.0;

/// The largest picture, in pixels, an A4 page shows with its `smallest` text (pixels) at
/// [`MIN_TEXT_PT`].
pub fn readable_room(smallest: f64) -> (f64, f64) {
    let scale = f64::from(MIN_TEXT_PT) / smallest;
    let (w, h) = A4_LANDSCAPE;
    (
        f64::from(w - 2.0 * MARGIN) / scale,
        f64::from(h - 2.0 * MARGIN) / scale,
    )
}

/// Where a picture goes: the page's size and the scale it is drawn at (points per pixel).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placement {
    pub page: (f32, f32),
    pub scale: f32,
}

/// The smallest text size in `node` and under it, in pixels.
fn smallest_text(group: &usvg::Group) -> Option<f32> {
    group
        .children()
        .iter()
        .filter_map(|node| match node {
            usvg::Node::Group(g) => smallest_text(g),
            usvg::Node::Text(t) => t
                .chunks()
                .iter()
                .flat_map(|c| c.spans())
                .map(|s| s.font_size().get())
                .reduce(f32::min),
            _ => None,
        })
        .reduce(f32::min)
}

fn place(tree: &usvg::Tree, readable: bool) -> Placement {
    let (pw, ph) = A4_LANDSCAPE;
    let size = tree.size();
    let fit = ((pw - 2.0 * MARGIN) / size.width()).min((ph - 2.0 * MARGIN) / size.height());
    let least = match smallest_text(tree.root()) {
        Some(px) if readable => MIN_TEXT_PT / px,
        _ => 0.0,
    };
    let scale = fit.max(least);
    let page = (
        pw.max(size.width() * scale + 2.0 * MARGIN),
        ph.max(size.height() * scale + 2.0 * MARGIN),
    );
    Placement { page, scale }
}

/// Where `page` goes in the PDF.
pub fn placement(page: &Page) -> Result<Placement, ExportError> {
    Ok(place(&parse(&page.svg)?, page.readable))
}

/// A PDF with one page per report page. Typesetting takes seconds, so `cancelled` is looked
/// at before each page: once set, it stops with [`ExportError::Cancelled`].
pub fn pdf(pages: &[Page], cancelled: &AtomicBool) -> Result<Vec<u8>, ExportError> {
    let mut alloc = Ref::new(1);
    let catalog = alloc.bump();
    let tree_id = alloc.bump();
    let mut pdf = Pdf::new();
    let mut page_ids = Vec::new();
    for page in pages {
        if cancelled.load(Ordering::Relaxed) {
            return Err(ExportError::Cancelled);
        }
        let tree = parse(&page.svg)?;
        let (chunk, svg_id) = svg2pdf::to_chunk(&tree, svg2pdf::ConversionOptions::default())
            .map_err(|e| ExportError::Render(e.to_string()))?;
        let mut map = HashMap::new();
        let chunk = chunk.renumber(|old| *map.entry(old).or_insert_with(|| alloc.bump()));
        let svg_id = *map
            .get(&svg_id)
            .ok_or_else(|| ExportError::Render("the picture was lost in conversion".into()))?;
        pdf.extend(&chunk);
        let (page_id, content_id) = (alloc.bump(), alloc.bump());
        let Placement {
            page: (pw, ph),
            scale,
        } = place(&tree, page.readable);
        let size = tree.size();
        let (w, h) = (size.width() * scale, size.height() * scale);
        let mut p = pdf.page(page_id);
        p.media_box(Rect::new(0.0, 0.0, pw, ph));
        p.parent(tree_id);
        p.contents(content_id);
        p.resources().x_objects().pair(Name(b"P"), svg_id);
        p.finish();
        let mut content = Content::new();
        content
            .transform([w, 0.0, 0.0, h, MARGIN, ph - MARGIN - h])
            .x_object(Name(b"P"));
        pdf.stream(content_id, &content.finish());
        page_ids.push(page_id);
    }
    pdf.catalog(catalog).pages(tree_id);
    let count = page_ids.len() as i32;
    pdf.pages(tree_id).kids(page_ids).count(count);
    Ok(pdf.finish())
}
