specgen_macros::generate_client!("specs/errors-in-two-files/service.yaml");

fn main() {}
