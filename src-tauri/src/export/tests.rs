//! The exports' tests: what they draw, the report's steps, and cancelling one.

#![allow(clippy::unwrap_used)]

use super::*;

#[test]
fn maps_of_unknown_things_are_not_found() {
    let document = touchmap_store::sample::document();
    let missing = MapTarget::Journey {
        journey: "nope".into(),
    };
    assert!(matches!(
        map_svg(&document, &missing, &BTreeMap::new(), &Labels::default()),
        Err(AppError::NotFound { .. })
    ));
    let segment = document.segments[0].id.clone();
    let (picture, name) = map_svg(
        &document,
        &MapTarget::Touchpoints { segment },
        &BTreeMap::new(),
        &Labels::default(),
    )
    .unwrap();
    assert!(picture.starts_with("<svg") && name == "touchpoint-map");
}

/// A report of the workspace alone: no run, comparison or flow.
fn bare_request() -> ReportRequest {
    ReportRequest {
        language: Language::En,
        segment: None,
        result: None,
        comparison: None,
        flow: None,
    }
}

/// The report's words come from the catalog of the language the app asks for, not from the
/// app: a Chinese request gives a Chinese page, titled as the command line titles it.
#[test]
fn a_report_requested_in_chinese_is_written_from_the_chinese_catalog() {
    let document = touchmap_store::sample::document();
    let request = ReportRequest {
        language: Language::ZhCn,
        ..bare_request()
    };
    let cover = touchmap_export::Cover {
        language: request.language,
        ..Default::default()
    };
    let never = AtomicBool::new(false);
    let bytes = report_bytes(
        &document,
        &request,
        None,
        cover,
        ReportFormat::Html,
        &|_| (),
        &never,
    )
    .unwrap();
    let html = String::from_utf8(bytes).unwrap();
    let zh = Labels::of(Language::ZhCn);
    let title = zh.word("cover.title", "");
    assert!(
        !title.is_empty() && title.chars().any(|c| c > '\u{2e80}'),
        "{title}"
    );
    assert!(
        html.contains("<html lang=\"zh-CN\">"),
        "the page says its language"
    );
    assert!(
        html.contains(&format!("<title>{title}</title>")),
        "titled from the Chinese catalog"
    );
    let name = zh.word("cover.languageName", "");
    assert!(
        !name.is_empty() && html.contains(name),
        "the cover names the language in it"
    );
}

/// The bug: a PDF report took 4-5 s with nothing on screen to say it was being made.
#[test]
fn a_pdf_report_tells_its_steps_in_order_and_html_skips_typesetting() {
    let document = touchmap_store::sample::document();
    let request = bare_request();
    for (format, expected) in [
        (
            ReportFormat::Pdf,
            vec![ExportStep::Drawing, ExportStep::Typesetting],
        ),
        (ReportFormat::Html, vec![ExportStep::Drawing]),
    ] {
        let told = std::sync::Mutex::new(Vec::new());
        let cover = touchmap_export::Cover::default();
        let bytes = report_bytes(
            &document,
            &request,
            None,
            cover,
            format,
            &|step| told.lock().unwrap().push(step),
            &AtomicBool::new(false),
        )
        .unwrap();
        assert!(!bytes.is_empty());
        assert_eq!(*told.lock().unwrap(), expected, "{format:?}");
    }
    // Each step is numbered among its format's steps, the last being the writing.
    let pdf: Vec<_> = [
        ExportStep::Drawing,
        ExportStep::Typesetting,
        ExportStep::Writing,
    ]
    .into_iter()
    .map(|s| ExportProgress::of(ReportFormat::Pdf, s).unwrap())
    .map(|p| (p.done, p.total))
    .collect();
    assert_eq!(pdf, [(1, 3), (2, 3), (3, 3)]);
    assert_eq!(
        ExportProgress::of(ReportFormat::Html, ExportStep::Writing).map(|p| (p.done, p.total)),
        Some((2, 2))
    );
    assert_eq!(
        ExportProgress::of(ReportFormat::Html, ExportStep::Typesetting),
        None
    );
}

/// A PDF report of the sample made into `dir` as the app makes it; `cancel_at` sets the
/// cancel flag when that step starts, `cancel_asked` while the save dialog is open.
fn export_pdf_into(
    dir: &Path,
    cancel_at: Option<ExportStep>,
    cancel_asked: bool,
) -> (AppResult<Option<String>>, Vec<ExportStep>) {
    let cancel = Arc::new(AtomicBool::new(false));
    let told = Arc::new(std::sync::Mutex::new(Vec::new()));
    let make = {
        let (cancel, told) = (Arc::clone(&cancel), Arc::clone(&told));
        move || {
            let request = bare_request();
            let document = touchmap_store::sample::document();
            let cover = touchmap_export::Cover::default();
            let report = |step| {
                told.lock().unwrap().push(step);
                if cancel_at == Some(step) {
                    cancel.store(true, Ordering::Relaxed);
                }
            };
            report_bytes(
                &document,
                &request,
                None,
                cover,
                ReportFormat::Pdf,
                &report,
                &cancel,
            )
        }
    };
    let target = dir.join("touchmap-report.pdf");
    let ask = async {
        if cancel_asked {
            cancel.store(true, Ordering::Relaxed);
        }
        Some(target)
    };
    let writing = || told.lock().unwrap().push(ExportStep::Writing);
    let outcome = tauri::async_runtime::block_on(make_and_write(make, ask, writing, &cancel));
    let told = told.lock().unwrap().clone();
    (outcome, told)
}

/// Typesetting, the long part, stops at its next page once cancelled instead of finishing.
#[test]
fn typesetting_a_pdf_stops_when_cancelled() {
    let document = touchmap_store::sample::document();
    let cancel = AtomicBool::new(false);
    let made = report_bytes(
        &document,
        &bare_request(),
        None,
        touchmap_export::Cover::default(),
        ReportFormat::Pdf,
        &|step| cancel.store(step == ExportStep::Typesetting, Ordering::Relaxed),
        &cancel,
    );
    assert!(matches!(made, Err(AppError::Cancelled { .. })), "{made:?}");
}

fn files_in(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect()
}

/// The bug: a PDF report took 4-5 s and could not be stopped. Cancelled while typesetting
/// or while the dialog is open, it stops there and leaves no file, not even a staged one.
#[test]
fn a_cancelled_report_export_stops_and_leaves_no_file() {
    for (cancel_at, cancel_asked, steps) in [
        (
            Some(ExportStep::Typesetting),
            false,
            vec![ExportStep::Drawing, ExportStep::Typesetting],
        ),
        (
            None,
            true,
            vec![ExportStep::Drawing, ExportStep::Typesetting],
        ),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let (outcome, told) = export_pdf_into(dir.path(), cancel_at, cancel_asked);
        assert!(
            matches!(outcome, Err(AppError::Cancelled { .. })),
            "{cancel_at:?}: {outcome:?}"
        );
        assert_eq!(told, steps, "{cancel_at:?}");
        assert_eq!(files_in(dir.path()), Vec::<PathBuf>::new(), "{cancel_at:?}");
    }
    // Not cancelled, the same export writes the PDF, and only it.
    let dir = tempfile::tempdir().unwrap();
    let (outcome, told) = export_pdf_into(dir.path(), None, false);
    let target = dir.path().join("touchmap-report.pdf");
    assert_eq!(
        outcome.unwrap(),
        Some(target.to_string_lossy().into_owned())
    );
    assert_eq!(told.last(), Some(&ExportStep::Writing));
    assert_eq!(files_in(dir.path()), vec![target.clone()]);
    assert!(std::fs::read(&target).unwrap().starts_with(b"%PDF-"));
}
