#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")] // no console window on Windows release builds
fn main() {
    touchmap_app::run()
}
