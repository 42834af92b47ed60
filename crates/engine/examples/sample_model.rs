//! Writes the triple-play sample as a standalone flow-model file (the format read by
//! `touchmap simulate --model`): `cargo run -p touchmap-engine --example sample_model > triple-play.flow.json`

fn main() {
    let model = touchmap_engine::sample::triple_play();
    match serde_json::to_string_pretty(&model) {
        Ok(text) => println!("{text}"),
        Err(e) => eprintln!("{e}"),
    }
}
