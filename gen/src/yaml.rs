//! Loading spec files and merging our overlays into the kernel's specs.

use std::path::Path;

use yaml_rust2::{Yaml, YamlLoader};

/// Reads one YAML document.
pub fn load(path: &Path) -> Result<Yaml, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut docs = YamlLoader::load_from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    if docs.is_empty() {
        return Err(format!("{}: empty", path.display()));
    }
    Ok(docs.swap_remove(0))
}

/// Merges `overlay` into `base`: maps key by key; lists of named entries
/// (`name`, or `value` for sub-message formats) entry by entry, new entries
/// appended; anything else is replaced by the overlay's value.
pub fn merge(base: &mut Yaml, overlay: Yaml) {
    match (base, overlay) {
        (Yaml::Hash(b), Yaml::Hash(o)) => {
            for (k, v) in o {
                match b.get_mut(&k) {
                    Some(slot) => merge(slot, v),
                    None => {
                        b.insert(k, v);
                    }
                }
            }
        }
        (Yaml::Array(b), Yaml::Array(o)) if o.iter().all(|e| key(e).is_some()) => {
            for entry in o {
                match b.iter_mut().find(|e| key(e).is_some() && key(e) == key(&entry)) {
                    Some(slot) => merge(slot, entry),
                    None => b.push(entry),
                }
            }
        }
        (slot, v) => *slot = v,
    }
}

/// The key an entry of a list is merged by.
fn key(entry: &Yaml) -> Option<String> {
    let named = |k: &str| match &entry[k] {
        Yaml::String(s) => Some(s.clone()),
        Yaml::Integer(i) => Some(i.to_string()),
        _ => None,
    };
    named("name").or_else(|| named("value"))
}
