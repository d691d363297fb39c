//! `nlwire-gen`: writes the core's attribute tables from the kernel's YAML
//! netlink specs.
//!
//! ```sh
//! cargo run -p nlwire-gen            # rewrite core/src/tables/*.rs
//! cargo run -p nlwire-gen -- --check # fail if the committed files differ
//! ```
//!
//! The kernel's specs are read from the `netlink-bindings` crate pinned in
//! `gen/kernel-specs/Cargo.toml` (cargo unpacks it; nothing of it is
//! built). Our own specs in `gen/specs/` fill what the kernel's lag behind:
//! `NAME.overlay.yaml` is merged into the kernel's `NAME.yaml`, and a plain
//! `NAME.yaml` there is a whole spec of ours. See `gen/specs/README.md`.

mod emit;
mod model;
mod yaml;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

/// The specs the core is generated from, in the order of the registry:
/// (name, whether the kernel ships it). rtnetlink first, then generic netlink.
const SPECS: &[(&str, bool)] = &[
    ("rt-link", true),
    ("rt-addr", true),
    ("rt-route", true),
    ("rt-neigh", true),
    ("rt-rule", true),
    ("tc", true),
    ("rt-netconf", false),
    ("rt-nsid", false),
    ("rt-nexthop", false),
    ("rt-mdb", false),
    ("nlctrl", true),
    ("ethtool", true),
    ("netdev", true),
    ("mptcp_pm", true),
    ("wireguard", true),
    ("nl80211", true),
    ("tcp_metrics", true),
];

fn main() -> ExitCode {
    let check = match std::env::args().nth(1).as_deref() {
        None => false,
        Some("--check") => true,
        Some(_) => {
            eprintln!("usage: nlwire-gen [--check]");
            return ExitCode::from(2);
        }
    };
    match run(check) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("nlwire-gen: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Generates every file; writes them, or with `check` compares them with
/// what is committed. Returns whether everything was up to date (or written).
fn run(check: bool) -> Result<bool, String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().ok_or("no workspace root")?.to_path_buf();
    let kernel = kernel_specs_dir(&root)?;
    let ours = root.join("gen/specs");
    let out_dir = root.join("core/src/tables");
    let mut files = Vec::new();
    let mut specs = Vec::new();
    for &(name, in_kernel) in SPECS {
        let doc = if in_kernel {
            let mut doc = yaml::load(&kernel.join(format!("src/{name}/{name}.yaml")))?;
            let overlay = ours.join(format!("{name}.overlay.yaml"));
            if overlay.exists() {
                yaml::merge(&mut doc, yaml::load(&overlay)?);
            }
            doc
        } else {
            yaml::load(&ours.join(format!("{name}.yaml")))?
        };
        let spec = model::Spec::read(&doc).map_err(|e| format!("{name}: {e}"))?;
        files.push((format!("{}.rs", emit::module_name(name)), emit::spec_file(&spec, &specs)?));
        specs.push(spec);
    }
    files.push(("mod.rs".to_string(), emit::registry(&specs)));
    let mut up_to_date = true;
    for (file, text) in files {
        let text = rustfmt(&root, &text)?;
        let path = out_dir.join(&file);
        if check {
            if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
                eprintln!(
                    "{} is not what the generator writes: run `cargo run -p nlwire-gen`",
                    path.display()
                );
                up_to_date = false;
            }
        } else {
            std::fs::create_dir_all(&out_dir).map_err(|e| e.to_string())?;
            std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    Ok(up_to_date)
}

/// Where cargo unpacked the pinned `netlink-bindings` (downloading it if needed).
fn kernel_specs_dir(root: &Path) -> Result<PathBuf, String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let manifest = root.join("gen/kernel-specs/Cargo.toml");
    let out = Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--locked", "--manifest-path"])
        .arg(&manifest)
        .output()
        .map_err(|e| format!("cargo metadata: {e}"))?;
    if !out.status.success() {
        return Err(format!("cargo metadata failed: {}", String::from_utf8_lossy(&out.stderr)));
    }
    let json = String::from_utf8(out.stdout).map_err(|e| e.to_string())?;
    let meta = yaml_rust2::YamlLoader::load_from_str(&json).map_err(|e| e.to_string())?;
    let packages = meta.first().map(|m| &m["packages"]).and_then(|p| p.as_vec()).ok_or("no packages")?;
    packages
        .iter()
        .find(|p| p["name"].as_str() == Some("netlink-bindings"))
        .and_then(|p| p["manifest_path"].as_str())
        .and_then(|m| Path::new(m).parent().map(Path::to_path_buf))
        .ok_or_else(|| "netlink-bindings is not in the metadata".to_string())
}

/// Formats generated source with the workspace's rustfmt settings.
fn rustfmt(root: &Path, text: &str) -> Result<String, String> {
    use std::io::Write;
    let mut child = Command::new("rustfmt")
        .args(["--edition", "2021", "--emit", "stdout", "--config-path"])
        .arg(root.join("rustfmt.toml"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| format!("rustfmt: {e}"))?;
    child.stdin.take().ok_or("rustfmt stdin")?.write_all(text.as_bytes()).map_err(|e| e.to_string())?;
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err(format!("rustfmt failed: {}", String::from_utf8_lossy(&out.stderr)));
    }
    String::from_utf8(out.stdout).map_err(|e| e.to_string())
}
