//! A spec read into plain structs: definitions, attribute sets,
//! sub-messages and the message types of its operations.

use yaml_rust2::Yaml;

/// One spec file (kernel's, with our overlay merged, or ours).
pub struct Spec {
    pub name: String,
    /// `netlink-raw` (rtnetlink), `genetlink` or `genetlink-legacy`.
    pub protocol: String,
    /// Multicast groups (generic netlink).
    pub groups: Vec<String>,
    /// Prefix of the C names of the operations (`ctrl-cmd-`).
    pub op_prefix: String,
    pub defs: Vec<Def>,
    pub sets: Vec<Set>,
    pub submsgs: Vec<SubMsg>,
    pub ops: Vec<Op>,
}

/// An enum, flag set or struct from `definitions`.
pub struct Def {
    pub name: String,
    pub kind: DefKind,
    /// `name-prefix`: the C prefix of the entries (`rtn-`).
    pub prefix: Option<String>,
    /// `enum-name`: the C name of the enum.
    pub enum_name: Option<String>,
    /// `nlwire-int`: the Rust integer type of the value constants.
    pub int: Option<String>,
    /// `nlwire-include`: a flag set whose bits come first in this one's
    /// type and name table (`rtm_flags`' low byte is `rtnh-flags`).
    pub include: Option<String>,
    /// `nlwire-rename`: entry -> the name of its bit in the type and name
    /// table, where an included bit has the entry's name.
    pub renames: Vec<(String, String)>,
}

pub enum DefKind {
    /// Named values.
    Enum(Vec<(String, u64)>),
    /// Named bits: (name, mask).
    Flags(Vec<(String, u64)>),
    Struct(Vec<Member>),
}

/// A struct member.
pub struct Member {
    pub name: String,
    pub ty: String,
    pub len: Option<usize>,
    pub big_endian: bool,
    pub enumeration: Option<String>,
    pub as_flags: bool,
    pub hint: Option<String>,
    pub structure: Option<String>,
    pub alias: Option<String>,
}

/// An attribute set.
pub struct Set {
    pub name: String,
    /// The C name prefix, such as `IFLA_VXLAN_`.
    pub prefix: String,
    pub attrs: Vec<Attr>,
}

/// One attribute of a set.
#[derive(Clone)]
pub struct Attr {
    pub name: String,
    pub id: u16,
    pub ty: String,
    pub big_endian: bool,
    pub enumeration: Option<String>,
    pub as_flags: bool,
    pub hint: Option<String>,
    pub structure: Option<String>,
    pub nested: Option<String>,
    pub sub_message: Option<String>,
    pub selector: Option<String>,
    pub sub_type: Option<String>,
    /// `multi-attr`: the attribute may repeat.
    pub multi: bool,
    /// `checks: exact-len:` (a number or a `const` definition's name).
    pub exact_len: Option<usize>,
    /// Extensions of ours: see gen/specs/README.md.
    pub family_selector: bool,
    pub fixed_header: Option<String>,
    pub special: Option<String>,
}

/// A sub-message: the type of an attribute chosen by a selector.
pub struct SubMsg {
    pub name: String,
    pub formats: Vec<Format>,
}

pub struct Format {
    pub value: String,
    pub fixed_header: Option<String>,
    pub set: Option<String>,
}

/// An operation: the message types it uses and their layout.
pub struct Op {
    pub name: String,
    /// Generic netlink: the commands user space sends, and those the kernel sends.
    pub to_kernel: Vec<u16>,
    pub from_kernel: Vec<u16>,
    /// The operation a notification reports on (its attribute set).
    pub notify: Option<String>,
    /// The type of the request (the name `RTM_<NAME>` goes with it).
    pub request: Option<u16>,
    /// Every message type of the operation (requests, replies, notifications).
    pub values: Vec<u16>,
    pub header: Option<String>,
    pub set: Option<String>,
    /// Directional generic netlink: the kernel's replies are named `NAME_REPLY`.
    pub reply_suffix: bool,
}

fn string(y: &Yaml) -> Option<String> {
    match y {
        Yaml::String(s) => Some(s.clone()),
        Yaml::Integer(i) => Some(i.to_string()),
        Yaml::Boolean(b) => Some(b.to_string()),
        _ => None,
    }
}

fn list(y: &Yaml) -> &[Yaml] {
    y.as_vec().map_or(&[], |v| v.as_slice())
}

fn int(y: &Yaml) -> Option<u64> {
    match y {
        Yaml::Integer(i) => u64::try_from(*i).ok(),
        Yaml::String(s) => {
            s.strip_prefix("0x").map_or_else(|| s.parse().ok(), |h| u64::from_str_radix(h, 16).ok())
        }
        _ => None,
    }
}

/// A length check: a number, or the name of a `const` definition.
fn exact_len(y: &Yaml, consts: &[(String, u64)]) -> Option<usize> {
    let n = int(y).or_else(|| consts.iter().find(|(c, _)| Some(c) == string(y).as_ref()).map(|(_, v)| *v))?;
    usize::try_from(n).ok()
}

/// `ifla-vxlan-` as a C prefix: `IFLA_VXLAN_`.
pub fn c_name(s: &str) -> String {
    s.replace('-', "_").to_uppercase()
}

impl Spec {
    pub fn read(doc: &Yaml) -> Result<Spec, String> {
        let name = string(&doc["name"]).ok_or("no name")?;
        // `const` definitions name a number for C and for `checks`.
        let consts: Vec<(String, u64)> = list(&doc["definitions"])
            .iter()
            .filter(|y| string(&y["type"]).as_deref() == Some("const"))
            .filter_map(|y| {
                let name = string(&y["name"])?;
                Some((format!("{}{name}", string(&y["name-prefix"]).unwrap_or_default()), int(&y["value"])?))
            })
            .collect();
        let defs = list(&doc["definitions"])
            .iter()
            .filter(|y| string(&y["type"]).as_deref() != Some("const"))
            .map(Def::read)
            .collect::<Result<Vec<_>, _>>()?;
        let mut sets: Vec<Set> = Vec::new();
        for y in list(&doc["attribute-sets"]) {
            let set = Set::read(&name, y, &sets, &consts)?;
            sets.push(set);
        }
        let submsgs = list(&doc["sub-messages"])
            .iter()
            .map(|y| SubMsg {
                name: string(&y["name"]).unwrap_or_default(),
                formats: list(&y["formats"])
                    .iter()
                    .map(|f| Format {
                        value: string(&f["value"]).unwrap_or_default(),
                        fixed_header: string(&f["fixed-header"]),
                        set: string(&f["attribute-set"]),
                    })
                    .collect(),
            })
            .collect();
        let ops_header = string(&doc["operations"]["fixed-header"]);
        let mut ops: Vec<Op> =
            list(&doc["operations"]["list"]).iter().map(|y| Op::read(y, ops_header.as_deref())).collect();
        let protocol = string(&doc["protocol"]).unwrap_or_else(|| "genetlink".into());
        if protocol != "netlink-raw"
            && string(&doc["operations"]["enum-model"]).as_deref() != Some("directional")
        {
            // One number per operation for both directions, counted from 1.
            let mut next = 1;
            for (op, y) in ops.iter_mut().zip(list(&doc["operations"]["list"])) {
                let v = int(&y["value"]).and_then(|v| u16::try_from(v).ok()).unwrap_or(next);
                next = v + 1;
                op.to_kernel = vec![v];
                op.from_kernel = vec![v];
            }
        } else if protocol != "netlink-raw"
            && ops.iter().all(|o| o.to_kernel.is_empty() && o.from_kernel.is_empty())
        {
            // Directional without numbers written out (ethtool): requests and
            // replies are counted apart, from 1, as the kernel's ynl does
            // (`_dictify_ops_directional`).
            // An operation with a request takes the next request number and,
            // if it has a reply, the next reply number (`NAME_REPLY`); a
            // notification or event takes the next reply number only.
            let (mut request, mut reply) = (1u16, 1u16);
            for (op, y) in ops.iter_mut().zip(list(&doc["operations"]["list"])) {
                if !y["notify"].is_badvalue() || !y["event"].is_badvalue() {
                    if let Some(v) = int(&y["value"]).and_then(|v| u16::try_from(v).ok()) {
                        reply = v;
                    }
                    op.to_kernel = Vec::new();
                    op.from_kernel = vec![reply];
                    reply += 1;
                    continue;
                }
                let mode = if y["do"].is_badvalue() { &y["dump"] } else { &y["do"] };
                if let Some(v) = int(&mode["request"]["value"]).and_then(|v| u16::try_from(v).ok()) {
                    request = v;
                }
                if let Some(v) = int(&mode["reply"]["value"]).and_then(|v| u16::try_from(v).ok()) {
                    reply = v;
                }
                op.to_kernel = vec![request];
                op.request = Some(request);
                request += 1;
                op.from_kernel = Vec::new();
                if !mode["reply"].is_badvalue() {
                    op.from_kernel = vec![reply];
                    op.reply_suffix = true;
                    reply += 1;
                }
            }
        }
        // A notification carries the attributes of the operation it reports on.
        for i in 0..ops.len() {
            if ops[i].set.is_none() {
                let of = ops[i].notify.clone();
                ops[i].set = of.and_then(|n| ops.iter().find(|o| o.name == n)).and_then(|o| o.set.clone());
            }
        }
        let op_prefix = string(&doc["operations"]["name-prefix"]).unwrap_or_else(|| format!("{name}-cmd-"));
        let groups = list(&doc["mcast-groups"]["list"]).iter().filter_map(|g| string(&g["name"])).collect();
        Ok(Spec { name, protocol, groups, op_prefix, defs, sets, submsgs, ops })
    }

    /// A generic netlink family (messages carry `struct genlmsghdr`).
    pub fn is_generic(&self) -> bool {
        self.protocol.starts_with("genetlink")
    }

    pub fn def(&self, name: &str) -> Option<&Def> {
        self.defs.iter().find(|d| d.name == name)
    }
    pub fn submsg(&self, name: &str) -> Option<&SubMsg> {
        self.submsgs.iter().find(|s| s.name == name)
    }
}

impl Def {
    fn read(y: &Yaml) -> Result<Def, String> {
        let name = string(&y["name"]).ok_or("definition without a name")?;
        let ty = string(&y["type"]).unwrap_or_default();
        let entries = |flags: bool| {
            let mut next = int(&y["value-start"]).unwrap_or(0);
            list(&y["entries"])
                .iter()
                .map(|e| {
                    let (n, v) = match e {
                        Yaml::Hash(_) => (string(&e["name"]).unwrap_or_default(), int(&e["value"])),
                        other => (string(other).unwrap_or_default(), None),
                    };
                    let v = v.unwrap_or(next);
                    next = v + 1;
                    (n, if flags { 1u64.checked_shl(v as u32).unwrap_or(0) } else { v })
                })
                .collect()
        };
        let kind = match ty.as_str() {
            "enum" => DefKind::Enum(entries(false)),
            "flags" => DefKind::Flags(entries(true)),
            "struct" => DefKind::Struct(list(&y["members"]).iter().map(Member::read).collect()),
            other => return Err(format!("definition {name}: type {other:?}")),
        };
        Ok(Def {
            name,
            kind,
            prefix: string(&y["name-prefix"]),
            enum_name: string(&y["enum-name"]),
            int: string(&y["nlwire-int"]),
            include: string(&y["nlwire-include"]),
            renames: match &y["nlwire-rename"] {
                Yaml::Hash(h) => h.iter().filter_map(|(k, v)| Some((string(k)?, string(v)?))).collect(),
                _ => Vec::new(),
            },
        })
    }
}

impl Member {
    fn read(y: &Yaml) -> Member {
        Member {
            name: string(&y["name"]).unwrap_or_default(),
            ty: string(&y["type"]).unwrap_or_default(),
            len: int(&y["len"]).map(|l| l as usize),
            big_endian: string(&y["byte-order"]).as_deref() == Some("big-endian"),
            enumeration: string(&y["enum"]),
            as_flags: y["enum-as-flags"].as_bool() == Some(true),
            hint: string(&y["display-hint"]),
            structure: string(&y["struct"]),
            alias: string(&y["alias"]),
        }
    }
}

impl Set {
    fn read(spec: &str, y: &Yaml, earlier: &[Set], consts: &[(String, u64)]) -> Result<Set, String> {
        let name = string(&y["name"]).ok_or("attribute set without a name")?;
        if let Some(parent) = string(&y["subset-of"]) {
            let parent =
                earlier.iter().find(|s| s.name == parent).ok_or(format!("{name}: no set {parent}"))?;
            let mut attrs = Vec::new();
            for a in list(&y["attributes"]) {
                let n = string(&a["name"]).unwrap_or_default();
                let attr =
                    parent.attrs.iter().find(|p| p.name == n).ok_or(format!("{name}: no {n} in parent"))?;
                // A subset may say its attribute repeats (alt-ifname in prop-list).
                let multi = attr.multi || a["multi-attr"].as_bool() == Some(true);
                attrs.push(Attr { multi, ..attr.clone() });
            }
            return Ok(Set { name, prefix: parent.prefix.clone(), attrs });
        }
        let prefix = string(&y["name-prefix"]).unwrap_or_else(|| format!("{spec}-a-{name}-"));
        let mut next = 1u64;
        let mut attrs = Vec::new();
        for a in list(&y["attributes"]) {
            let id = int(&a["value"]).unwrap_or(next);
            next = id + 1;
            attrs.push(Attr {
                name: string(&a["name"]).unwrap_or_default(),
                id: u16::try_from(id).map_err(|_| format!("{name}: attribute number {id}"))?,
                ty: string(&a["type"]).unwrap_or_default(),
                big_endian: string(&a["byte-order"]).as_deref() == Some("big-endian"),
                enumeration: string(&a["enum"]),
                as_flags: a["enum-as-flags"].as_bool() == Some(true),
                hint: string(&a["display-hint"]),
                structure: string(&a["struct"]),
                nested: string(&a["nested-attributes"]),
                sub_message: string(&a["sub-message"]),
                selector: string(&a["selector"]),
                sub_type: string(&a["sub-type"]),
                multi: a["multi-attr"].as_bool() == Some(true),
                exact_len: exact_len(&a["checks"]["exact-len"], consts),
                family_selector: a["family-selector"].as_bool() == Some(true),
                fixed_header: string(&a["fixed-header"]),
                special: string(&a["nlwire-type"]),
            });
        }
        Ok(Set { name, prefix: c_name(&prefix), attrs })
    }
}

impl Op {
    fn read(y: &Yaml, ops_header: Option<&str>) -> Op {
        let mut values = Vec::new();
        let mut request = None;
        let (mut to_kernel, mut from_kernel) = (Vec::new(), Vec::new());
        for mode in ["do", "dump"] {
            for dir in ["request", "reply"] {
                if let Some(v) = int(&y[mode][dir]["value"]).and_then(|v| u16::try_from(v).ok()) {
                    if dir == "request" && request.is_none() {
                        request = Some(v);
                    }
                    values.push(v);
                    if dir == "request" {
                        to_kernel.push(v)
                    } else {
                        from_kernel.push(v)
                    }
                }
            }
        }
        for v in [int(&y["event"]["value"]), int(&y["value"])].into_iter().flatten() {
            if !y["notify"].is_badvalue() || !y["event"].is_badvalue() {
                from_kernel.extend(u16::try_from(v).ok());
            }
        }
        // An operation's own `value` is its request's type, unless it is a
        // notification (`notify:` / `event:`).
        if let Some(v) = int(&y["value"]).and_then(|v| u16::try_from(v).ok()) {
            let notification = !y["notify"].is_badvalue() || !y["event"].is_badvalue();
            if !notification && request.is_none() {
                request = Some(v);
            }
            values.push(v);
        }
        values.sort_unstable();
        values.dedup();
        for list in [&mut to_kernel, &mut from_kernel] {
            list.sort_unstable();
            list.dedup();
        }
        Op {
            name: string(&y["name"]).unwrap_or_default(),
            to_kernel,
            from_kernel,
            notify: string(&y["notify"]),
            request,
            values,
            header: string(&y["fixed-header"]).or(ops_header.map(str::to_string)),
            set: string(&y["attribute-set"]),
            reply_suffix: false,
        }
    }
}
