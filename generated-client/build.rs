//! Generates the client from `../spec` into `OUT_DIR`.

fn main() {
    if let Err(error) = specgen::Generator::new("../spec/cloud-partner-portal.yaml").build_script()
    {
        eprintln!("{error}");
        std::process::exit(1);
    }
}
