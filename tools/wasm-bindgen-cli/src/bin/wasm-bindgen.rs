//! `wasm-bindgen`, pinned to the workspace's version.
fn main() {
    if let Err(err) = wasm_bindgen_cli::wasm_bindgen::run_cli_with_args(std::env::args_os()) {
        eprintln!("error: {err:?}");
        std::process::exit(1);
    }
}
