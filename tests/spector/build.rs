//! Generates one client per service file of `spec/` into `OUT_DIR`.

/// The service files, one per group of scenarios; each becomes a module of the crate.
const SERVICES: &[&str] = &["paths"];

fn main() {
    for service in SERVICES {
        let path = format!("spec/{service}.yaml");
        if let Err(error) = specgen::Generator::new(&path)
            .crate_name("spector_clients")
            .build_script()
        {
            eprintln!("{error}");
            std::process::exit(1);
        }
    }
}
