//! How many of the attributes that the kernel's YAML netlink specs define
//! does the generic decoder print by name?
//!
//! What is measured: for the specs rt-link, rt-addr, rt-route, rt-neigh,
//! rt-rule and tc, every attribute set reachable from the operations'
//! attribute sets (through nests, indexed arrays of nests and sub-messages)
//! is walked. For each attribute of each such set the test builds one
//! message holding just that attribute at the end of its chain of nests
//! (with the sub-message selectors such as `IFLA_INFO_KIND = "vxlan"` in
//! place), decodes it with [`nlwire::fmt::write_json`] and reads the name
//! printed for it. An attribute is *named* when that name is not a bare
//! number, and *named as the kernel* when it is the kernel's constant
//! (`IFLA_VXLAN_ID`). A set reached in more than one way (several
//! sub-message kinds, several parents) is tried along each way, and an
//! attribute counts only if it is named along all of them. Along one way
//! the message is sent as each message type that carries the root set (the
//! replies' types: RTM_NEWLINK for link-attrs, RTM_NEWQDISC, RTM_NEWTCLASS,
//! RTM_NEWTFILTER and RTM_NEWCHAIN for tc's attrs), and the best counts:
//! a filter's options are only expected in a filter message.
//!
//! Payloads have their type's size (zeroed; strings `"x\0"`; nests, indexed
//! arrays and sub-messages empty), so only the name is measured: the
//! decoder prints a value it cannot read as bytes, under its name.
//!
//! Why it is written this way: nlwire's attribute tables are generated from
//! these same specs. This test shares nothing with that generator: it reads
//! the kernel's spec files itself (the copy shipped in the
//! `netlink-bindings` 0.3.5 crate, ignoring that crate's own
//! `*.overrides.yaml`), builds the bytes by hand and only looks at the JSON
//! the decoder prints. A set the generator leaves out, a wrong attribute
//! number or a sub-message kind wired to the wrong set shows up here as an
//! unnamed attribute, with the path that reaches it.
//!
//! The thresholds (at least 99% named, and no reachable set without a named
//! attribute) are checked last, after the report is printed.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use nlwire::fmt::write_json;
use nlwire::Messages;
use serde_json::Value as Json;
use yaml_rust2::{Yaml, YamlLoader};

/// The specs walked, by the name of their directory and file.
const SPECS: [&str; 6] = ["rt-link", "rt-addr", "rt-route", "rt-neigh", "rt-rule", "tc"];

const NLA_F_NESTED: u16 = 0x8000;
const NLMSG_HDRLEN: usize = 16;
/// The index of the one entry put in an indexed array.
const ARRAY_INDEX: u16 = 1;

// ---------------------------------------------------------------------------
// Finding the kernel's spec files
// ---------------------------------------------------------------------------

/// `<netlink-bindings-0.3.5>/src`, found once per test binary.
fn spec_root() -> &'static Path {
    &spec_source().0
}

/// The spec directory and how it was found.
fn spec_source() -> &'static (PathBuf, &'static str) {
    static DIR: OnceLock<(PathBuf, &'static str)> = OnceLock::new();
    DIR.get_or_init(|| {
        let (dir, how) = crate_dir_from_metadata()
            .map(|d| (d, "cargo metadata"))
            .or_else(|| crate_dir_in_registry().map(|d| (d, "the cargo registry")))
            .expect("netlink-bindings 0.3.5 not found by cargo metadata nor in $CARGO_HOME/registry/src");
        (dir.join("src"), how)
    })
}

fn cargo() -> std::ffi::OsString {
    std::env::var_os("CARGO").unwrap_or_else(|| option_env!("CARGO").unwrap_or("cargo").into())
}

/// Asks cargo where netlink-bindings 0.3.5 is: through the workspace's
/// `gen/kernel-specs` manifest when there is one, else through a throwaway
/// manifest that depends on it.
fn crate_dir_from_metadata() -> Option<PathBuf> {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).parent()?;
    let manifest = workspace.join("gen/kernel-specs/Cargo.toml");
    if manifest.exists() {
        return bindings_dir(&manifest);
    }
    let tmp = std::env::temp_dir().join(format!("nlwire-spec-coverage-{}", std::process::id()));
    std::fs::create_dir_all(tmp.join("src")).ok()?;
    std::fs::write(tmp.join("src/lib.rs"), "").ok()?;
    std::fs::write(
        tmp.join("Cargo.toml"),
        "[package]\nname = \"spec-locator\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\n\
         [dependencies]\nnetlink-bindings = \"=0.3.5\"\n\n[workspace]\n",
    )
    .ok()?;
    let dir = bindings_dir(&tmp.join("Cargo.toml"));
    let _ = std::fs::remove_dir_all(&tmp);
    dir
}

/// The directory of the netlink-bindings 0.3.5 package in the metadata of
/// `manifest`: offline first (no index update when it is already here),
/// then online (cargo downloads it).
fn bindings_dir(manifest: &Path) -> Option<PathBuf> {
    [true, false].into_iter().find_map(|offline| metadata_package_dir(manifest, offline))
}

fn metadata_package_dir(manifest: &Path, offline: bool) -> Option<PathBuf> {
    let mut cmd = Command::new(cargo());
    cmd.args(["metadata", "--format-version", "1", "--manifest-path"]).arg(manifest);
    if offline {
        cmd.arg("--offline");
    }
    let out = cmd.output().ok()?;
    if !out.status.success() {
        eprintln!("cargo metadata (offline: {offline}): {}", String::from_utf8_lossy(&out.stderr));
        return None;
    }
    let meta: Json = serde_json::from_slice(&out.stdout).ok()?;
    let package = meta["packages"]
        .as_array()?
        .iter()
        .find(|p| p["name"] == "netlink-bindings" && p["version"] == "0.3.5")?;
    Some(Path::new(package["manifest_path"].as_str()?).parent()?.to_path_buf())
}

/// `$CARGO_HOME/registry/src/*/netlink-bindings-0.3.5`.
fn crate_dir_in_registry() -> Option<PathBuf> {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))?;
    std::fs::read_dir(home.join("registry/src"))
        .ok()?
        .filter_map(|e| e.ok())
        .map(|e| e.path().join("netlink-bindings-0.3.5"))
        .find(|p| p.is_dir())
}

// ---------------------------------------------------------------------------
// The spec, as far as this test reads it
// ---------------------------------------------------------------------------

/// One attribute of a set, with the keys that decide its payload and what
/// it leads to.
#[derive(Clone, Debug)]
struct Attr {
    name: String,
    /// The kernel's constant, such as `IFLA_VXLAN_ID`.
    kernel_name: String,
    value: u16,
    ty: String,
    sub_type: Option<String>,
    nested: Option<String>,
    strukt: Option<String>,
    hint: Option<String>,
    sub_message: Option<String>,
    selector: Option<String>,
}

struct AttrSet {
    attrs: Vec<Attr>,
}

impl AttrSet {
    fn attr(&self, name: &str) -> Option<&Attr> {
        self.attrs.iter().find(|a| a.name == name)
    }
}

/// One format of a sub-message: the selector's string and what follows it.
struct Format {
    kind: String,
    set: Option<String>,
    header: Option<String>,
}

/// Where a walk starts: an operation's attribute set and fixed header, with
/// the message types that carry them.
struct Root {
    set: String,
    header: String,
    msg_types: Vec<u16>,
}

struct Spec {
    name: &'static str,
    structs: HashMap<String, Vec<Yaml>>,
    sets: BTreeMap<String, AttrSet>,
    sub_messages: HashMap<String, Vec<Format>>,
    roots: Vec<Root>,
}

fn str_of(y: &Yaml, key: &str) -> Option<String> {
    y[key].as_str().map(str::to_owned)
}

fn list_of<'y>(y: &'y Yaml, key: &str) -> &'y [Yaml] {
    y[key].as_vec().map(Vec::as_slice).unwrap_or(&[])
}

/// `ifla-vxlan-` + `id` -> `IFLA_VXLAN_ID`.
fn kernel_name(prefix: &str, name: &str) -> String {
    format!("{prefix}{name}").to_uppercase().replace('-', "_")
}

fn load_spec(name: &'static str) -> Spec {
    let path = spec_root().join(name).join(format!("{name}.yaml"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let doc = YamlLoader::load_from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let doc = &doc[0];
    Spec {
        name,
        structs: read_structs(doc),
        sets: read_sets(name, doc),
        sub_messages: read_sub_messages(doc),
        roots: read_roots(doc),
    }
}

fn read_structs(doc: &Yaml) -> HashMap<String, Vec<Yaml>> {
    list_of(doc, "definitions")
        .iter()
        .filter(|d| d["type"].as_str() == Some("struct"))
        .filter_map(|d| Some((str_of(d, "name")?, list_of(d, "members").to_vec())))
        .collect()
}

/// The attribute sets, numbered: `value` if given, else one more than the
/// previous attribute, the first being 1. A `subset-of` set takes each
/// attribute whole (number, type, prefix) from its parent. `type: unused`
/// attributes take their number and are left out.
fn read_sets(spec: &str, doc: &Yaml) -> BTreeMap<String, AttrSet> {
    let raw = list_of(doc, "attribute-sets");
    let mut sets = BTreeMap::new();
    for set in raw.iter().filter(|s| s["subset-of"].is_badvalue()) {
        let name = str_of(set, "name").expect("attribute set without a name");
        let prefix = str_of(set, "name-prefix").unwrap_or_else(|| format!("{spec}-a-{name}-"));
        sets.insert(name, AttrSet { attrs: number_attrs(set, &prefix) });
    }
    for set in raw.iter().filter(|s| !s["subset-of"].is_badvalue()) {
        let name = str_of(set, "name").expect("attribute set without a name");
        let parent = &sets[&str_of(set, "subset-of").unwrap()];
        let attrs = list_of(set, "attributes")
            .iter()
            .filter_map(|a| parent.attr(a["name"].as_str()?).cloned())
            .collect();
        sets.insert(name, AttrSet { attrs });
    }
    sets
}

fn number_attrs(set: &Yaml, prefix: &str) -> Vec<Attr> {
    let mut next = 1;
    let mut attrs = Vec::new();
    for a in list_of(set, "attributes") {
        let value = a["value"].as_i64().unwrap_or(next);
        next = value + 1;
        let ty = str_of(a, "type").expect("attribute without a type");
        if ty == "unused" {
            continue;
        }
        let name = str_of(a, "name").expect("attribute without a name");
        attrs.push(Attr {
            kernel_name: kernel_name(prefix, &name),
            name,
            value: u16::try_from(value).expect("attribute number"),
            ty,
            sub_type: str_of(a, "sub-type"),
            nested: str_of(a, "nested-attributes"),
            strukt: str_of(a, "struct"),
            hint: str_of(a, "display-hint"),
            sub_message: str_of(a, "sub-message"),
            selector: str_of(a, "selector"),
        });
    }
    attrs
}

fn read_sub_messages(doc: &Yaml) -> HashMap<String, Vec<Format>> {
    list_of(doc, "sub-messages")
        .iter()
        .map(|m| {
            let formats = list_of(m, "formats")
                .iter()
                .map(|f| Format {
                    // A kind like `u32` or `0` could be read as a number.
                    kind: str_of(f, "value").or_else(|| f["value"].as_i64().map(|v| v.to_string())).unwrap(),
                    set: str_of(f, "attribute-set"),
                    header: str_of(f, "fixed-header"),
                })
                .collect();
            (str_of(m, "name").unwrap(), formats)
        })
        .collect()
}

/// One root per (attribute set, fixed header) of the operations. Its
/// message types are the replies' values (RTM_NEWLINK for getlink), or for
/// a `new*` operation without a reply its request's value.
fn read_roots(doc: &Yaml) -> Vec<Root> {
    let ops = &doc["operations"];
    let default_header = str_of(ops, "fixed-header");
    let mut roots: Vec<Root> = Vec::new();
    for op in list_of(ops, "list") {
        let Some(set) = str_of(op, "attribute-set") else { continue };
        let header = str_of(op, "fixed-header").or(default_header.clone()).expect("operation without header");
        let mut types: Vec<u16> = ["do", "dump"]
            .iter()
            .filter_map(|mode| op[*mode]["reply"]["value"].as_i64())
            .map(|v| v as u16)
            .collect();
        if types.is_empty() && op["name"].as_str().is_some_and(|n| n.starts_with("new")) {
            types.extend(op["do"]["request"]["value"].as_i64().map(|v| v as u16));
        }
        let root = match roots.iter_mut().find(|r| r.set == set && r.header == header) {
            Some(r) => r,
            None => {
                roots.push(Root { set, header, msg_types: Vec::new() });
                roots.last_mut().unwrap()
            }
        };
        for t in types {
            if !root.msg_types.contains(&t) {
                root.msg_types.push(t);
            }
        }
    }
    roots.retain(|r| !r.msg_types.is_empty());
    roots
}

impl Spec {
    /// The size of a struct from its members: u8 1 ... u64 8, `pad` and
    /// `binary` by `len`, a `binary` member with `struct:` by that struct.
    fn struct_size(&self, name: &str) -> usize {
        self.struct_layout(name).0
    }

    /// A struct's size and alignment as C lays it out: each member at a
    /// multiple of its own alignment, the size a multiple of the largest.
    /// (The spec's `tc-ratespec` lists five u8 before a u32: 12 bytes in C,
    /// as in the kernel's `struct tc_ratespec`, not 9.)
    fn struct_layout(&self, name: &str) -> (usize, usize) {
        let members = self.structs.get(name).unwrap_or_else(|| panic!("{}: no struct {name}", self.name));
        let (mut size, mut align) = (0usize, 1usize);
        for m in members {
            let (m_size, m_align) = match m["type"].as_str().unwrap_or("") {
                "u8" | "s8" => (1, 1),
                "u16" | "s16" => (2, 2),
                "u32" | "s32" => (4, 4),
                "u64" | "s64" => (8, 8),
                "pad" | "binary" => match m["struct"].as_str() {
                    Some(inner) => self.struct_layout(inner),
                    None => (m["len"].as_i64().expect("pad or binary member without len") as usize, 1),
                },
                other => panic!("{}: struct {name}: member type {other}", self.name),
            };
            size = size.next_multiple_of(m_align) + m_size;
            align = align.max(m_align);
        }
        (size.next_multiple_of(align), align)
    }

    /// The payload an attribute is given: the size of its type.
    fn payload(&self, attr: &Attr) -> Vec<u8> {
        let len = match attr.ty.as_str() {
            "u8" | "s8" => 1,
            "u16" | "s16" => 2,
            "u32" | "s32" => 4,
            "u64" | "s64" | "uint" | "sint" => 8,
            "bitfield32" => 8,
            "flag" | "pad" | "nest" | "indexed-array" | "sub-message" => 0,
            "string" => return b"x\0".to_vec(),
            "binary" => match (&attr.strukt, attr.hint.as_deref()) {
                (Some(s), _) => self.struct_size(s),
                (None, Some("ipv6")) => 16,
                (None, Some("mac")) => 6,
                (None, Some("ipv4" | "ipv4-or-v6")) => 4,
                _ => return opaque_binary(),
            },
            other => panic!("{}: attribute {} has type {other}", self.name, attr.name),
        };
        vec![0; len]
    }
}

/// The payload of a `binary` attribute whose layout the spec does not give.
///
/// The kernel's spec leaves some attributes `binary` that are in truth a
/// nest (`RTA_ENCAP`, "tunnel specific nest") or a list of `rtnexthop`
/// (`RTA_MULTIPATH`); a decoder that knows so stops on zero bytes (an
/// impossible length) and the attribute's name would be lost to a payload
/// the test made up. These 8 bytes read well any of these ways: as bytes,
/// as one attribute (length 8, type 0, 4 zero bytes) and as one `rtnexthop`
/// (`rtnh_len` 8, no attributes).
fn opaque_binary() -> Vec<u8> {
    let mut bytes = 8u16.to_ne_bytes().to_vec();
    bytes.resize(8, 0);
    bytes
}

// ---------------------------------------------------------------------------
// Reaching every set
// ---------------------------------------------------------------------------

/// One step down: the attribute `attr` of the set `set` holds the next set.
#[derive(Clone)]
struct Hop {
    set: String,
    attr: Attr,
    /// For a sub-message: the selector attribute's name and the kind string.
    selector: Option<(String, String)>,
    /// For a sub-message format with a fixed header: its size, before the
    /// attributes.
    header: usize,
    /// An indexed array: the set's attributes sit in one numbered entry.
    indexed: bool,
}

/// The way from a root to a set.
#[derive(Clone)]
struct Way {
    root: usize,
    hops: Vec<Hop>,
}

/// The sets reachable in a spec, in the order first reached, each with
/// every way that reaches it (one per root or parent attribute and kind,
/// each continuing the parent's first way).
struct Reach {
    order: Vec<String>,
    ways: HashMap<String, Vec<Way>>,
}

fn reach(spec: &Spec) -> Reach {
    let mut reach = Reach { order: Vec::new(), ways: HashMap::new() };
    let mut next = 0;
    for (i, root) in spec.roots.iter().enumerate() {
        reach.add(&root.set, Way { root: i, hops: Vec::new() });
    }
    while next < reach.order.len() {
        let set_name = reach.order[next].clone();
        next += 1;
        let first = reach.ways[&set_name][0].clone();
        let set = spec.sets.get(&set_name).unwrap_or_else(|| panic!("{}: no set {set_name}", spec.name));
        for attr in &set.attrs {
            for (child, hop) in children(spec, &set_name, attr) {
                let mut way = first.clone();
                way.hops.push(hop);
                reach.add(&child, way);
            }
        }
    }
    reach
}

impl Reach {
    fn add(&mut self, set: &str, way: Way) {
        if !self.ways.contains_key(set) {
            self.order.push(set.to_owned());
        }
        self.ways.entry(set.to_owned()).or_default().push(way);
    }
}

/// The sets `attr` leads to: a nest's or an indexed array of nests'
/// `nested-attributes`, or each sub-message format's `attribute-set`
/// (formats with only a fixed header hold no attributes).
fn children(spec: &Spec, set: &str, attr: &Attr) -> Vec<(String, Hop)> {
    let hop = |selector, header, indexed| Hop {
        set: set.to_owned(),
        attr: attr.clone(),
        selector,
        header,
        indexed,
    };
    match attr.ty.as_str() {
        "nest" => attr.nested.iter().map(|n| (n.clone(), hop(None, 0, false))).collect(),
        "indexed-array" if attr.sub_type.as_deref() == Some("nest") => {
            attr.nested.iter().map(|n| (n.clone(), hop(None, 0, true))).collect()
        }
        "sub-message" => {
            let msg = attr.sub_message.as_ref().expect("sub-message without sub-message");
            let selector = attr.selector.clone().expect("sub-message without selector");
            spec.sub_messages[msg]
                .iter()
                .filter_map(|f| {
                    let header = f.header.as_ref().map_or(0, |h| spec.struct_size(h));
                    Some((f.set.clone()?, hop(Some((selector.clone(), f.kind.clone())), header, false)))
                })
                .collect()
        }
        _ => Vec::new(),
    }
}

// ---------------------------------------------------------------------------
// Building one message
// ---------------------------------------------------------------------------

/// Appends one attribute, padded to 4 bytes.
fn put_attr(out: &mut Vec<u8>, kind: u16, payload: &[u8]) {
    let len = u16::try_from(4 + payload.len()).expect("attribute too long");
    out.extend_from_slice(&len.to_ne_bytes());
    out.extend_from_slice(&kind.to_ne_bytes());
    out.extend_from_slice(payload);
    out.resize(out.len().next_multiple_of(4), 0);
}

/// The selector attributes, by the level of the way they go in: each in the
/// nearest set at or above its sub-message that defines an attribute of
/// that name (`IFLA_INFO_KIND` beside `IFLA_INFO_DATA`; for tc's stats
/// `app` the top-level `TCA_KIND`).
fn selectors_by_level(spec: &Spec, way: &Way) -> Vec<Vec<(u16, String)>> {
    let mut levels = vec![Vec::new(); way.hops.len()];
    for (i, hop) in way.hops.iter().enumerate() {
        let Some((name, kind)) = &hop.selector else { continue };
        let (level, attr) = (0..=i)
            .rev()
            .find_map(|j| Some((j, spec.sets[&way.hops[j].set].attr(name)?)))
            .unwrap_or_else(|| panic!("{}: no selector {name} above {}", spec.name, hop.attr.kernel_name));
        levels[level].push((attr.value, kind.clone()));
    }
    levels
}

/// The attributes of level `level` of the way, down to `leaf`.
fn encode_level(
    spec: &Spec,
    way: &Way,
    selectors: &[Vec<(u16, String)>],
    level: usize,
    leaf: &Attr,
) -> Vec<u8> {
    let mut out = Vec::new();
    let Some(hop) = way.hops.get(level) else {
        put_attr(&mut out, leaf.value, &spec.payload(leaf));
        return out;
    };
    for (kind, value) in &selectors[level] {
        put_attr(&mut out, *kind, format!("{value}\0").as_bytes());
    }
    let inner = encode_level(spec, way, selectors, level + 1, leaf);
    let mut payload = vec![0; hop.header];
    if hop.indexed {
        put_attr(&mut payload, ARRAY_INDEX | NLA_F_NESTED, &inner);
    } else {
        payload.extend_from_slice(&inner);
    }
    put_attr(&mut out, hop.attr.value | NLA_F_NESTED, &payload);
    out
}

/// nlmsghdr + the root's fixed header (zeroed) + the chain down to `leaf`.
fn build_message(spec: &Spec, way: &Way, leaf: &Attr, msg_type: u16) -> Vec<u8> {
    let header = spec.struct_size(&spec.roots[way.root].header);
    let attrs = encode_level(spec, way, &selectors_by_level(spec, way), 0, leaf);
    let len = NLMSG_HDRLEN + header + attrs.len();
    let mut msg = Vec::with_capacity(len);
    msg.extend_from_slice(&u32::try_from(len).unwrap().to_ne_bytes());
    msg.extend_from_slice(&msg_type.to_ne_bytes());
    msg.extend_from_slice(&0u16.to_ne_bytes()); // flags
    msg.extend_from_slice(&1u32.to_ne_bytes()); // seq
    msg.extend_from_slice(&0u32.to_ne_bytes()); // port
    msg.resize(NLMSG_HDRLEN + header, 0);
    msg.extend_from_slice(&attrs);
    msg
}

// ---------------------------------------------------------------------------
// Reading the name back
// ---------------------------------------------------------------------------

/// The name `write_json` prints for the attribute at the end of `way`: the
/// last pair of each level, down through the nests (and an indexed array's
/// entry; a struct followed by attributes, as netem's options, prints as
/// `{"header": {...}, "attrs": [...]}`), then the last pair's name. `Err`
/// says why there is none.
fn printed_name(bytes: &[u8], way: &Way) -> Result<String, String> {
    let msg = Messages::new(bytes).next().ok_or("no message")?.map_err(|e| format!("framing: {e}"))?;
    let mut out = String::new();
    write_json(&msg, &mut out).map_err(|e| format!("write_json: {e}"))?;
    let json: Json = serde_json::from_str(&out).map_err(|e| format!("bad JSON {out}: {e}"))?;
    let mut list = json["attrs"].as_array().ok_or("no attrs (unknown message type?)")?;
    for hop in &way.hops {
        let pair = list.last().ok_or_else(|| format!("{} missing", hop.attr.kernel_name))?;
        let mut value = &pair[1];
        if hop.indexed {
            value = &value.as_array().and_then(|entries| entries.last()).ok_or("no array entry")?[1];
        }
        if value.is_object() {
            value = &value["attrs"];
        }
        list = value.as_array().ok_or_else(|| format!("{} printed as {}, not a nest", pair[0], pair[1]))?;
    }
    let pair = list.last().ok_or("attribute missing")?;
    pair[0].as_str().map(str::to_owned).ok_or_else(|| format!("pair without a name: {pair}"))
}

/// How an attribute came out, worst first so `min` over ways is the
/// attribute's result and `max` over message types is a way's.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Grade {
    Unnamed,
    Named,
    Kernel,
}

fn grade(printed: &Result<String, String>, attr: &Attr) -> Grade {
    match printed {
        Ok(name) if *name == attr.kernel_name => Grade::Kernel,
        Ok(name) if !name.bytes().all(|b| b.is_ascii_digit()) => Grade::Named,
        _ => Grade::Unnamed,
    }
}

/// The outcome of one attribute along its worst way.
struct Outcome {
    spec: &'static str,
    set: String,
    attr: Attr,
    grade: Grade,
    /// The way that gave `grade`, and what was printed there.
    way: String,
    printed: Result<String, String>,
}

/// `RTM_NEWLINK IFLA_LINKINFO > IFLA_INFO_DATA(kind=vxlan) > IFLA_VXLAN_ID`.
fn describe(way: &Way, leaf: &Attr, msg_type: u16) -> String {
    let type_name =
        nlwire::fmt::message_type_name(msg_type).map_or(format!("type {msg_type}"), str::to_owned);
    let mut s = type_name;
    for hop in &way.hops {
        s.push(' ');
        s.push_str(&hop.attr.kernel_name);
        if let Some((_, kind)) = &hop.selector {
            s.push_str(&format!("(kind={kind})"));
        }
        if hop.indexed {
            s.push_str(&format!("[{ARRAY_INDEX}]"));
        }
        s.push_str(" >");
    }
    format!("{s} {}", leaf.kernel_name)
}

/// Tries `attr` of `set` along every way and with every message type of
/// the way's root: the best message type counts for a way, the worst way
/// for the attribute.
fn measure(spec: &Spec, set: &str, attr: &Attr, ways: &[Way]) -> Outcome {
    let mut worst: Option<Outcome> = None;
    for way in ways {
        let mut best: Option<Outcome> = None;
        for &msg_type in &spec.roots[way.root].msg_types {
            let printed = printed_name(&build_message(spec, way, attr, msg_type), way);
            let grade = grade(&printed, attr);
            if best.as_ref().is_none_or(|b| grade > b.grade) {
                let way = describe(way, attr, msg_type);
                best = Some(Outcome {
                    spec: spec.name,
                    set: set.to_owned(),
                    attr: attr.clone(),
                    grade,
                    way,
                    printed,
                });
            }
        }
        let best = best.expect("root without message types");
        if worst.as_ref().is_none_or(|w| best.grade < w.grade) {
            worst = Some(best);
        }
    }
    worst.expect("set without a way")
}

/// What was measured in one spec.
struct SpecReport {
    outcomes: Vec<Outcome>,
    /// Sets reached, and ways that reach them.
    sets: usize,
    ways: usize,
    /// Sets the spec defines that no operation reaches (not counted).
    unreached: Vec<String>,
}

/// Every attribute of every reachable set of `spec`.
fn measure_spec(spec: &Spec) -> SpecReport {
    let reach = reach(spec);
    let mut outcomes = Vec::new();
    for set in &reach.order {
        let ways = &reach.ways[set];
        for attr in &spec.sets[set].attrs {
            outcomes.push(measure(spec, set, attr, ways));
        }
    }
    SpecReport {
        outcomes,
        sets: reach.order.len(),
        ways: reach.ways.values().map(Vec::len).sum(),
        unreached: spec.sets.keys().filter(|s| !reach.ways.contains_key(*s)).cloned().collect(),
    }
}

// ---------------------------------------------------------------------------
// The report and the thresholds
// ---------------------------------------------------------------------------

fn percent(n: usize, of: usize) -> f64 {
    if of == 0 {
        100.0
    } else {
        100.0 * n as f64 / of as f64
    }
}

fn count(outcomes: &[Outcome], at_least: Grade) -> usize {
    outcomes.iter().filter(|o| o.grade >= at_least).count()
}

/// The reachable sets none of whose attributes is named, as `spec/set`.
fn unnamed_sets(outcomes: &[Outcome]) -> Vec<String> {
    let mut named: BTreeMap<(&str, &str), bool> = BTreeMap::new();
    for o in outcomes {
        *named.entry((o.spec, &o.set)).or_default() |= o.grade >= Grade::Named;
    }
    named.into_iter().filter(|(_, n)| !n).map(|((spec, set), _)| format!("{spec}/{set}")).collect()
}

fn print_outcome(o: &Outcome) {
    let printed = match &o.printed {
        Ok(name) => format!("printed as {name:?}"),
        Err(why) => why.clone(),
    };
    println!("  {}/{} {}: {} ({printed})", o.spec, o.set, o.attr.name, o.way);
}

#[test]
fn decoder_names_the_kernels_spec_attributes() {
    let (dir, how) = spec_source();
    println!("kernel specs: {} (found by {how})", dir.display());
    let mut all = Vec::new();
    for name in SPECS {
        let spec = load_spec(name);
        let report = measure_spec(&spec);
        let outcomes = report.outcomes;
        let (n, k, m) = (count(&outcomes, Grade::Named), count(&outcomes, Grade::Kernel), outcomes.len());
        println!(
            "  {name}: {n} of {m} named ({:.1}%), {k} as the kernel ({:.1}%); {} sets by {} ways; \
             not reached: {:?}",
            percent(n, m),
            percent(k, m),
            report.sets,
            report.ways,
            report.unreached
        );
        all.extend(outcomes);
    }
    let (named, kernel, total) = (count(&all, Grade::Named), count(&all, Grade::Kernel), all.len());
    println!("coverage: {named} of {total} attributes named ({:.1}%)", percent(named, total));
    println!(
        "coverage: {kernel} of {total} attributes named as the kernel names them ({:.1}%)",
        percent(kernel, total)
    );

    let sets = unnamed_sets(&all);
    println!("sets without a named attribute ({}):", sets.len());
    for set in &sets {
        println!("  {set}");
    }
    let unnamed: Vec<_> = all.iter().filter(|o| o.grade == Grade::Unnamed).collect();
    println!("unnamed attributes ({}, first 50):", unnamed.len());
    unnamed.iter().take(50).for_each(|o| print_outcome(o));
    let renamed: Vec<_> = all.iter().filter(|o| o.grade == Grade::Named).collect();
    println!("named otherwise than the kernel ({}, first 20):", renamed.len());
    renamed.iter().take(20).for_each(|o| print_outcome(o));

    assert!(
        named as f64 >= 0.99 * total as f64,
        "only {named} of {total} spec attributes are named ({:.1}%), want 99%",
        percent(named, total)
    );
    assert!(sets.is_empty(), "{} reachable sets have no named attribute: {sets:?}", sets.len());
}

/// The fixed headers, sized from the specs, match the kernel's structs, so
/// the attributes after them start where the decoder looks.
#[test]
fn fixed_header_sizes_match_the_kernel() {
    let expected = [("rt-link", "ifinfomsg", 16), ("rt-addr", "ifaddrmsg", 8), ("rt-route", "rtmsg", 12)]
        .into_iter()
        .chain([("rt-neigh", "ndmsg", 12), ("rt-rule", "fib-rule-hdr", 12), ("tc", "tcmsg", 20)]);
    for (spec, header, size) in expected {
        assert_eq!(load_spec(spec).struct_size(header), size, "{spec}: {header}");
    }
}
