specgen_macros::generate_client!(spec::cloud_partner_portal);

fn main() {}
