specgen_macros::generate_client!("specs/yaml-syntax-error/service.yaml");

fn main() {}
