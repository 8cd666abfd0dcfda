specgen_macros::generate_client!("spec/no-such-service.yaml");

fn main() {}
