// A directory where the service file should be.
specgen_macros::generate_client!("spec/operations");

fn main() {}
