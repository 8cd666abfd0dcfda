specgen_macros::generate_client!("specs/status-code-out-of-range/service.yaml");

fn main() {}
