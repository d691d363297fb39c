//! Writing a spec as Rust: constants, name tables, zerocopy structs with
//! their field specs, attribute spaces, selectors and message specs.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

use crate::model::{c_name, Attr, Def, DefKind, Member, Set, Spec};

/// `rt-link` -> `rt_link`.
pub fn module_name(spec: &str) -> String {
    spec.replace('-', "_")
}

/// `linkinfo-vxlan-attrs` -> `LINKINFO_VXLAN_ATTRS`.
fn upper(name: &str) -> String {
    let s = c_name(name);
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        format!("N{s}")
    } else {
        s
    }
}

/// `ifla-bridge-id` -> `IflaBridgeId`.
fn camel(name: &str) -> String {
    name.split(['-', '_'])
        .map(|w| {
            let mut c = w.chars();
            c.next().map_or(String::new(), |f| f.to_ascii_uppercase().to_string() + c.as_str())
        })
        .collect()
}

/// A struct member's field name: `ifi-index` -> `ifi_index`, keywords raw.
fn field_ident(name: &str) -> String {
    let s = name.replace('-', "_").to_lowercase();
    match s.as_str() {
        "type" | "match" | "ref" | "mod" | "loop" | "move" | "priv" | "box" | "final" | "override" => {
            format!("r#{s}")
        }
        _ if s.starts_with(|c: char| c.is_ascii_digit()) => format!("n{s}"),
        _ => s,
    }
}

/// The short name a user types: `macaddr-data` -> `macaddr_data`.
fn short(name: &str) -> String {
    name.replace('-', "_").to_lowercase()
}

/// Writes one spec's module. An enum or flag set that an `earlier` spec
/// already has, identical (name, entries, value type and C prefix), is
/// re-exported from it instead of written again.
pub fn spec_file(spec: &Spec, earlier: &[Spec]) -> Result<String, String> {
    let mut e = Emitter { spec, out: String::new(), wire: BTreeSet::new(), bits: BTreeSet::new() };
    e.check_names()?;
    let mut body = String::new();
    std::mem::swap(&mut e.out, &mut body);
    for def in &spec.defs {
        if let Some(first) = twin(earlier, spec, def)? {
            e.reexport(&first.name, def);
            continue;
        }
        match &def.kind {
            DefKind::Enum(entries) => {
                e.names(&def.name, entries, "Names of")?;
                e.values(def, entries, "Values of")?;
            }
            DefKind::Flags(entries) => {
                let bits = flag_bits(spec, def, entries)?;
                let named: Vec<(String, u64)> = bits.iter().map(|b| (b.name.clone(), b.mask)).collect();
                e.names(&def.name, &named, "Bit names of")?;
                e.values(def, entries, "Bit masks of")?;
                e.flags_type(def, &bits)?;
            }
            DefKind::Struct(members) => e.structure(def, members)?,
        }
    }
    for set in &spec.sets {
        e.set(set)?;
    }
    e.messages()?;
    // Bit tables of enums used as flags, after the attributes that asked for them.
    let bits: Vec<String> = e.bits.iter().cloned().collect();
    for name in bits {
        if let Some(Def { kind: DefKind::Enum(entries), .. }) = spec.def(&name) {
            let masks: Vec<(String, u64)> =
                entries.iter().map(|(n, v)| (n.clone(), 1u64.checked_shl(*v as u32).unwrap_or(0))).collect();
            e.names(&format!("{name}-bits"), &masks, "Bit names of")?;
        }
    }
    std::mem::swap(&mut e.out, &mut body);
    let mut head = String::new();
    writeln!(head, "//! Tables of the `{}` netlink spec.", spec.name).unwrap();
    writeln!(head, "//!").unwrap();
    writeln!(head, "//! Written by `cargo run -p nlwire-gen` from the kernel's YAML spec (and").unwrap();
    writeln!(head, "//! `gen/specs/`): do not edit.").unwrap();
    writeln!(head).unwrap();
    writeln!(head, "#[allow(unused_imports)]").unwrap();
    writeln!(head, "use crate::error::Result;").unwrap();
    writeln!(head, "#[allow(unused_imports)]").unwrap();
    writeln!(head, "use crate::spec::{{AttrSpec, AttrType, Field, GenlCommand, GenlFamily, Key, MessageSpec, Scalar, SelectBy, Selector, Space, StructSpec}};").unwrap();
    if !e.wire.is_empty() {
        let list: Vec<&str> = e.wire.iter().map(String::as_str).collect();
        writeln!(head, "use crate::wire::{{{}}};", list.join(", ")).unwrap();
    }
    if spec.defs.iter().any(|d| matches!(d.kind, DefKind::Struct(_))) {
        writeln!(head, "use core::mem::{{offset_of, size_of}};").unwrap();
        writeln!(head, "use zerocopy::{{FromBytes, Immutable, IntoBytes, KnownLayout, Unaligned}};").unwrap();
    }
    writeln!(head).unwrap();
    Ok(head + &body)
}

struct Emitter<'s> {
    spec: &'s Spec,
    out: String,
    /// `crate::wire` aliases the structs use.
    wire: BTreeSet<String>,
    /// Enums used as bit sets, whose mask tables are written last.
    bits: BTreeSet<String>,
}

impl Emitter<'_> {
    /// The Rust name of a set's static (its module is the same in lower
    /// case): the set's name, with `_SET` when a definition has that name.
    fn set_ident(&self, set: &str) -> String {
        let name = upper(set);
        if self.spec.defs.iter().any(|d| upper(&d.name) == name) {
            format!("{name}_SET")
        } else {
            name
        }
    }

    /// Every static has a unique Rust name.
    fn check_names(&self) -> Result<(), String> {
        let mut seen = BTreeSet::new();
        let names = self
            .spec
            .defs
            .iter()
            .map(|d| upper(&d.name))
            .chain(self.spec.sets.iter().map(|s| self.set_ident(&s.name)));
        for n in names {
            if !seen.insert(n.clone()) {
                return Err(format!("{}: two definitions or sets are named {n}", self.spec.name));
            }
        }
        Ok(())
    }

    fn names(&mut self, name: &str, entries: &[(String, u64)], what: &str) -> Result<(), String> {
        let o = &mut self.out;
        writeln!(o, "/// {what} `{name}`.").unwrap();
        write!(o, "pub static {}: &[(u32, &str)] = &[", upper(name)).unwrap();
        for (n, v) in entries {
            let v = u32::try_from(*v).map_err(|_| format!("{name}: value {v} is over 32 bits"))?;
            write!(o, "({v}, {n:?}),").unwrap();
        }
        writeln!(o, "];\n").unwrap();
        Ok(())
    }

    /// Re-exports an enum or flag set that `from` already has.
    fn reexport(&mut self, from: &str, def: &Def) {
        let module = module_name(from);
        let o = &mut self.out;
        writeln!(o, "/// `{}`, as in [`{module}`](super::{module}).", def.name).unwrap();
        if def.name.ends_with("-names") {
            writeln!(o, "pub use super::{module}::{};\n", upper(&def.name)).unwrap();
        } else if matches!(def.kind, DefKind::Flags(_)) {
            let (module_, names, ty) = (short(&def.name), upper(&def.name), camel(&def.name));
            writeln!(o, "pub use super::{module}::{{{module_}, {names}, {ty}}};\n").unwrap();
        } else {
            writeln!(o, "pub use super::{module}::{{{}, {}}};\n", short(&def.name), upper(&def.name))
                .unwrap();
        }
    }

    /// The value constants of an enum or flag set: `pub mod rtm_type { pub
    /// const UNICAST: u8 = 1; ... }`. Display-name definitions (`*-names`)
    /// have none: their entries are what `ip` prints, not C names.
    fn values(&mut self, def: &Def, entries: &[(String, u64)], what: &str) -> Result<(), String> {
        if def.name.ends_with("-names") {
            return Ok(());
        }
        let int = value_int(self.spec, def)?;
        let (min, max) =
            int_range(&int).ok_or(format!("{}: nlwire-int {int:?} is not an integer type", def.name))?;
        let c_prefix = match (&def.prefix, &def.enum_name) {
            (Some(p), _) => Some(c_name(p)),
            (None, Some(e)) => Some(format!("{}_", c_name(e))),
            (None, None) => None,
        };
        let o = &mut self.out;
        writeln!(o, "/// {what} `{}`.", def.name).unwrap();
        writeln!(o, "pub mod {} {{", short(&def.name)).unwrap();
        for (n, v) in entries {
            let ident = upper(n);
            if !ident.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                return Err(format!("{}: entry {n:?} is not a Rust name", def.name));
            }
            if i128::from(*v) < min || i128::from(*v) > max {
                return Err(format!("{}: {n} = {v} does not fit {int}", def.name));
            }
            match &c_prefix {
                Some(p) => {
                    let c = format!("{p}{}", c_name(n));
                    writeln!(o, "    /// `{c}`.\n    #[doc(alias = {c:?})]").unwrap();
                }
                None => writeln!(o, "    /// `{}`.", c_name(n)).unwrap(),
            }
            writeln!(o, "    pub const {ident}: {int} = {v};").unwrap();
        }
        writeln!(o, "}}\n").unwrap();
        Ok(())
    }

    /// The `bitflags` type of a flag set, its bits named by the value
    /// constants: `pub struct IfaFlags: u32 { const SECONDARY = ...; }`.
    fn flags_type(&mut self, def: &Def, bits: &[Bit]) -> Result<(), String> {
        if def.name.ends_with("-names") {
            return Ok(());
        }
        let int = value_int(self.spec, def)?;
        let o = &mut self.out;
        writeln!(o, "bitflags::bitflags! {{").unwrap();
        writeln!(o, "    /// The bits of `{}`; unknown bits are kept.", def.name).unwrap();
        writeln!(o, "    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]").unwrap();
        writeln!(o, "    pub struct {}: {int} {{", camel(&def.name)).unwrap();
        for Bit { name, value, .. } in bits {
            let ident = upper(name);
            writeln!(o, "        /// [`{value}`].\n        const {ident} = {value};").unwrap();
        }
        writeln!(o, "    }}\n}}\n").unwrap();
        Ok(())
    }

    /// The Rust type of a struct member, or `None` for a flexible array.
    fn member_type(&mut self, m: &Member) -> Result<Option<String>, String> {
        let endian = |t: &str, w: &mut BTreeSet<String>| {
            let name = format!("{}{t}", if m.big_endian { "Be" } else { "Ne" });
            w.insert(name.clone());
            name
        };
        Ok(Some(match m.ty.as_str() {
            "u8" => "u8".into(),
            "s8" => "i8".into(),
            "u16" => endian("U16", &mut self.wire),
            "u32" => endian("U32", &mut self.wire),
            "u64" => endian("U64", &mut self.wire),
            "s16" => endian("I16", &mut self.wire),
            "s32" => endian("I32", &mut self.wire),
            "s64" => endian("I64", &mut self.wire),
            "pad" | "binary" => match (&m.structure, m.len) {
                (Some(s), _) => camel(s),
                (None, Some(len)) => format!("[u8; {len}]"),
                (None, None) => return Ok(None),
            },
            other => return Err(format!("member {}: type {other:?}", m.name)),
        }))
    }

    /// How a struct member is shown.
    fn member_attr_type(&mut self, m: &Member) -> Result<String, String> {
        if let Some(en) = &m.enumeration {
            return self.enum_type(en, m.as_flags, &m.ty, m.big_endian);
        }
        Ok(match (m.ty.as_str(), m.big_endian) {
            ("u8", _) => "AttrType::U8".into(),
            ("s8", _) => "AttrType::S8".into(),
            ("u16", false) => "AttrType::U16".into(),
            ("u16", true) => "AttrType::Be16".into(),
            ("u32", false) => "AttrType::U32".into(),
            ("u32", true) => "AttrType::Be32".into(),
            ("u64", false) => "AttrType::U64".into(),
            ("u64", true) => "AttrType::Be64".into(),
            ("s16", _) => "AttrType::S16".into(),
            ("s32", _) => "AttrType::S32".into(),
            ("s64", _) => "AttrType::S64".into(),
            _ => match (&m.structure, m.hint.as_deref()) {
                (Some(s), _) => format!("AttrType::Struct(&{})", upper(s)),
                (None, Some("mac")) => "AttrType::Hwaddr".into(),
                (None, Some("ipv4" | "ipv6" | "ipv4-or-v6")) => "AttrType::Ip".into(),
                _ => "AttrType::Bytes".into(),
            },
        })
    }

    /// The type of an attribute or member of integer type `ty` whose values
    /// are enum `name` (bits of it when `as_flags`).
    fn enum_type(
        &mut self,
        name: &str,
        as_flags: bool,
        ty: &str,
        big_endian: bool,
    ) -> Result<String, String> {
        let def = self.spec.def(name).ok_or(format!("no definition {name}"))?;
        let scalar = scalar(ty, big_endian).ok_or(format!("enum {name} carried in a {ty:?}"))?;
        Ok(match (&def.kind, as_flags) {
            (DefKind::Flags(_), _) => format!("AttrType::Bits(Scalar::{scalar}, {})", upper(name)),
            (DefKind::Enum(_), true) => {
                self.bits.insert(name.to_string());
                format!("AttrType::Bits(Scalar::{scalar}, {}_BITS)", upper(name))
            }
            (DefKind::Enum(_), false) => format!("AttrType::Enum(Scalar::{scalar}, {})", upper(name)),
            (DefKind::Struct(_), _) => return Err(format!("{name} is a struct, not an enum")),
        })
    }

    fn structure(&mut self, def: &Def, members: &[Member]) -> Result<(), String> {
        let ty = camel(&def.name);
        let mut fields = String::new();
        let mut specs = String::new();
        let mut used = BTreeMap::<String, usize>::new();
        // The kernel's structs are C structs: members sit at their natural
        // alignment, with the padding the compiler would add written out.
        let mut offset = 0;
        let mut holes = 0;
        let mut hole = |fields: &mut String, offset: &mut usize, align: usize| {
            let gap = (align - *offset % align) % align;
            if gap > 0 {
                holes += 1;
                writeln!(fields, "    /// Padding the C compiler adds.\n    pub hole{holes}: [u8; {gap}],")
                    .unwrap();
                *offset += gap;
            }
        };
        for m in members {
            let (size, align) = member_layout(self.spec, m)?;
            hole(&mut fields, &mut offset, align);
            offset += size;
            let Some(rust) = self.member_type(m)? else { continue };
            let mut ident = field_ident(&m.name);
            let n = used.entry(ident.clone()).or_insert(0);
            *n += 1;
            if *n > 1 {
                ident = format!("{ident}{n}");
            }
            writeln!(fields, "    /// `{}`.", m.name).unwrap();
            writeln!(fields, "    pub {ident}: {rust},").unwrap();
            if m.ty == "pad" {
                continue;
            }
            let shown = self.member_attr_type(m)?;
            let name = short(&m.name);
            let place = format!("offset_of!({ty}, {ident}), size_of::<{rust}>(), {shown}");
            match &m.alias {
                Some(alias) => writeln!(specs, "Field::aliased({name:?}, {alias:?}, {place}),").unwrap(),
                None => writeln!(specs, "Field::new({name:?}, {place}),").unwrap(),
            }
        }
        let (_, align) = struct_layout(self.spec, &def.name)?;
        hole(&mut fields, &mut offset, align);
        let prefix = common_prefix(members);
        let o = &mut self.out;
        writeln!(o, "/// `struct {}`.", def.name.replace('-', "_")).unwrap();
        let default = if defaultable(self.spec, &def.name)? { ", Default" } else { "" };
        writeln!(
            o,
            "#[derive(FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug{default}, PartialEq, Eq)]"
        )
        .unwrap();
        writeln!(o, "#[repr(C)]").unwrap();
        writeln!(o, "pub struct {ty} {{\n{fields}}}\n").unwrap();
        writeln!(o, "/// Fields of [`{ty}`].").unwrap();
        writeln!(
            o,
            "pub static {}: StructSpec = StructSpec {{ name: {:?}, size: size_of::<{ty}>(), prefix: {prefix:?}, fields: &[{specs}] }};\n",
            upper(&def.name),
            def.name.replace('-', "_")
        )
        .unwrap();
        Ok(())
    }

    fn attr_type(&mut self, set: &Set, a: &Attr) -> Result<String, String> {
        if a.special.as_deref() == Some("multipath") {
            let nested =
                a.nested.as_ref().ok_or(format!("{}: multipath without nested-attributes", a.name))?;
            return Ok(format!("AttrType::Multipath(&{})", self.set_ident(nested)));
        }
        // An indexed array's enum is its entries', met again below.
        if let Some(en) = &a.enumeration {
            if a.ty != "binary" && a.ty != "indexed-array" {
                return self.enum_type(en, a.as_flags, &a.ty, a.big_endian);
            }
        }
        if matches!(a.hint.as_deref(), Some("ipv4" | "ipv6" | "ipv4-or-v6")) && a.ty != "nest" {
            return Ok("AttrType::Ip".into());
        }
        Ok(match (a.ty.as_str(), a.big_endian) {
            ("u8", _) => "AttrType::U8".into(),
            ("s8", _) => "AttrType::S8".into(),
            ("u16", false) => "AttrType::U16".into(),
            ("u16", true) => "AttrType::Be16".into(),
            ("u32", false) => "AttrType::U32".into(),
            ("u32", true) => "AttrType::Be32".into(),
            ("u64", false) => "AttrType::U64".into(),
            ("u64", true) => "AttrType::Be64".into(),
            ("s16", _) => "AttrType::S16".into(),
            ("s32", _) => "AttrType::S32".into(),
            ("s64", _) => "AttrType::S64".into(),
            ("uint", _) => "AttrType::Uint".into(),
            ("sint", _) => "AttrType::Sint".into(),
            ("flag", _) => "AttrType::Flag".into(),
            ("string", _) => "AttrType::Str".into(),
            ("bitfield32", _) => "AttrType::Struct(&crate::spec::BITFIELD32)".into(),
            ("pad" | "unused" | "nest-type-value", _) => "AttrType::Bytes".into(),
            ("binary", _) => match (&a.structure, a.hint.as_deref()) {
                (Some(s), _) => format!("AttrType::Struct(&{})", upper(s)),
                (None, Some("mac")) => "AttrType::Hwaddr".into(),
                (None, Some("ipv4" | "ipv6" | "ipv4-or-v6")) => "AttrType::Ip".into(),
                _ => "AttrType::Bytes".into(),
            },
            ("nest", _) => match (&a.nested, &a.fixed_header) {
                (Some(n), Some(h)) => format!("AttrType::Headed(&{}, &{})", upper(h), self.set_ident(n)),
                (Some(n), None) => format!("AttrType::Nested(&{})", self.set_ident(n)),
                (None, _) => "AttrType::Bytes".into(),
            },
            ("indexed-array", _) => {
                let elem = match (a.sub_type.as_deref(), &a.nested) {
                    (Some("nest"), Some(n)) => format!("AttrType::Nested(&{})", self.set_ident(n)),
                    (Some(t), _) => {
                        let scalar = Attr { ty: t.to_string(), sub_type: None, ..a.clone() };
                        self.attr_type(set, &scalar)?
                    }
                    (None, _) => "AttrType::Bytes".into(),
                };
                let name = format!("{}_{}_ELEMENT", upper(&set.name), upper(&a.name));
                writeln!(self.out, "/// The type of each entry of `{}{}`.", set.prefix, c_name(&a.name))
                    .unwrap();
                writeln!(self.out, "static {name}: AttrType = {elem};\n").unwrap();
                format!("AttrType::Array(&{name})")
            }
            ("sub-message", _) => format!("AttrType::Select(&{})", self.selector(set, a)?),
            (other, _) => return Err(format!("{}: type {other:?}", a.name)),
        })
    }

    /// Writes the selector of a sub-message attribute; returns its name.
    fn selector(&mut self, set: &Set, a: &Attr) -> Result<String, String> {
        let sub = a.sub_message.as_deref().ok_or(format!("{}: sub-message without a name", a.name))?;
        let sub = self.spec.submsg(sub).ok_or(format!("no sub-message {sub}"))?;
        let by = if a.family_selector {
            "SelectBy::Family".to_string()
        } else {
            let sel = a.selector.as_deref().ok_or(format!("{}: no selector", a.name))?;
            match set.attrs.iter().find(|s| s.name == sel) {
                Some(s) => format!("SelectBy::Sibling({})", s.id),
                None => {
                    // The selector sits in the set that nests this one (tc's kind for its stats).
                    let outer = self
                        .spec
                        .sets
                        .iter()
                        .filter(|o| o.attrs.iter().any(|x| x.nested.as_deref() == Some(set.name.as_str())))
                        .find_map(|o| o.attrs.iter().find(|s| s.name == sel))
                        .ok_or(format!("{}: selector {sel} not found", a.name))?;
                    format!("SelectBy::Outer({})", outer.id)
                }
            }
        };
        let mut choices = String::new();
        for f in &sub.formats {
            let key = if a.family_selector {
                let n: u8 = f.value.parse().map_err(|_| format!("{}: family {:?}", a.name, f.value))?;
                format!("Key::Num({n})")
            } else {
                format!("Key::Str({:?})", f.value)
            };
            let ty = match (&f.fixed_header, &f.set) {
                (Some(h), Some(s)) => format!("AttrType::Headed(&{}, &{})", upper(h), self.set_ident(s)),
                (Some(h), None) => format!("AttrType::Struct(&{})", upper(h)),
                (None, Some(s)) => format!("AttrType::Nested(&{})", self.set_ident(s)),
                (None, None) => "AttrType::Bytes".into(),
            };
            write!(choices, "({key}, {ty}),").unwrap();
        }
        let name = format!("{}_{}_SELECT", upper(&set.name), upper(&a.name));
        writeln!(
            self.out,
            "/// What `{}{}` holds, chosen by {}.",
            set.prefix,
            c_name(&a.name),
            match &a.selector {
                Some(s) if !a.family_selector => format!("`{s}`"),
                _ => "the message's address family".into(),
            }
        )
        .unwrap();
        writeln!(
            self.out,
            "static {name}: Selector = Selector {{ by: {by}, choices: &[{choices}], fallback: AttrType::Bytes }};\n"
        )
        .unwrap();
        Ok(name)
    }

    fn set(&mut self, set: &Set) -> Result<(), String> {
        let mut attrs: Vec<&Attr> = set.attrs.iter().collect();
        attrs.sort_by_key(|a| a.id);
        if let Some(w) = attrs.windows(2).find(|w| w[0].id == w[1].id) {
            return Err(format!("{}: {} and {} share number {}", set.name, w[0].name, w[1].name, w[0].id));
        }
        let mut rows = String::new();
        for a in &attrs {
            let ty = self.attr_type(set, a)?;
            writeln!(rows, "AttrSpec {{ id: {}, name: {:?}, ty: {ty} }},", a.id, short(&a.name)).unwrap();
        }
        let by_name: Vec<String> = name_table(&attrs).iter().map(|i| i.to_string()).collect();
        let ident = self.set_ident(&set.name);
        let module = ident.to_lowercase();
        let o = &mut self.out;
        writeln!(o, "/// `{}*`: the attribute set `{}`.", set.prefix, set.name).unwrap();
        writeln!(
            o,
            "pub static {}: Space = Space {{ name: {:?}, prefix: {:?}, attrs: &[{rows}], by_name: &[{}] }};\n",
            ident,
            set.name,
            set.prefix,
            by_name.join(",")
        )
        .unwrap();
        writeln!(o, "/// Attribute numbers of [`{}`].", ident).unwrap();
        if module == module_name(&self.spec.name) {
            // A set named as its spec (tcp_metrics' `tcp-metrics`).
            writeln!(o, "#[allow(clippy::module_inception)]").unwrap();
        }
        writeln!(o, "pub mod {module} {{").unwrap();
        for a in &attrs {
            let c = format!("{}{}", set.prefix, c_name(&a.name));
            writeln!(
                o,
                "    /// `{c}`.\n    #[doc(alias = {c:?})]\n    pub const {}: u16 = {};",
                upper(&a.name),
                a.id
            )
            .unwrap();
        }
        writeln!(o, "}}\n").unwrap();
        self.view(set, &attrs)
    }

    /// The Rust name of a set's typed view: `link-attrs` -> `LinkAttrs`,
    /// with `Set` when a struct or flag set already has that name.
    fn view_ident(&self, set: &str) -> String {
        let name = camel(set);
        if self.spec.defs.iter().any(|d| camel(&d.name) == name) {
            format!("{name}Set")
        } else {
            name
        }
    }

    /// A set's typed view: one method per attribute, reading it with the
    /// type the spec gives (`fn mtu(&self) -> Result<Option<u32>>`).
    fn view(&mut self, set: &Set, attrs: &[&Attr]) -> Result<(), String> {
        let module = self.set_ident(&set.name).to_lowercase();
        let mut methods = String::new();
        for a in attrs {
            let Some((ty, read)) = self.accessor(a)? else { continue };
            let c = format!("{}{}", set.prefix, c_name(&a.name));
            let name = method_ident(&a.name);
            let id = format!("{module}::{}", upper(&a.name));
            writeln!(methods, "    /// `{c}`.").unwrap();
            if ty == "bool" {
                writeln!(methods, "    pub fn {name}(&self) -> Result<bool> {{ self.0.flag({id}) }}")
                    .unwrap();
            } else if a.multi || a.ty == "indexed-array" {
                let all = if a.multi { "read_all" } else { "read_array" };
                writeln!(
                    methods,
                    "    pub fn {name}(&self) -> impl Iterator<Item = Result<{ty}>> + 'a {{ self.0.{all}({id}, {read}) }}"
                )
                .unwrap();
            } else {
                writeln!(
                    methods,
                    "    pub fn {name}(&self) -> Result<Option<{ty}>> {{ self.0.read({id}, {read}) }}"
                )
                .unwrap();
            }
        }
        let ident = self.view_ident(&set.name);
        let o = &mut self.out;
        writeln!(o, "/// Typed reads of an attribute chain of the set `{}`.", set.name).unwrap();
        writeln!(o, "#[derive(Clone, Debug, Default)]").unwrap();
        writeln!(o, "pub struct {ident}<'a>(pub crate::attr::Attrs<'a>);\n").unwrap();
        writeln!(o, "impl<'a> {ident}<'a> {{\n{methods}}}\n").unwrap();
        Ok(())
    }

    /// The Rust type of an attribute's typed read and the function that reads
    /// it (of each entry, for an `indexed-array`); `None` for padding. A flag
    /// is `bool`, a binary of an exact length an array.
    fn accessor(&self, a: &Attr) -> Result<Option<(String, String)>, String> {
        let int = |t: &str| Some((t.to_string(), format!("crate::attr::Attr::{t}")));
        if a.name == "pad" {
            return Ok(None);
        }
        if a.special.is_some() || a.fixed_header.is_some() {
            return Ok(Some(("crate::attr::Attr<'a>".into(), "|a| Ok(*a)".into())));
        }
        if let (Some(en), false) = (&a.enumeration, a.ty == "binary") {
            let flags = self.spec.def(en).filter(|d| !d.name.ends_with("-names"));
            if let Some(def @ Def { kind: DefKind::Flags(_), .. }) = flags {
                let rust = rust_int(&a.ty, a.big_endian);
                if rust.is_some() && rust == Some(value_int(self.spec, def)?.as_str()) {
                    let reader = format!("|a| a.{}().map({}::from_bits_retain)", a.ty, camel(en));
                    return Ok(Some((camel(en), reader)));
                }
            }
        }
        if matches!(a.hint.as_deref(), Some("ipv4" | "ipv6" | "ipv4-or-v6")) && a.ty != "nest" {
            return Ok(Some(("core::net::IpAddr".into(), "crate::attr::Attr::ip".into())));
        }
        Ok(match (a.ty.as_str(), a.big_endian) {
            ("pad" | "unused", _) => None,
            ("u8", _) => int("u8"),
            ("s8", _) => Some(("i8".into(), "crate::attr::Attr::i8".into())),
            ("u16", false) => int("u16"),
            ("u32", false) => int("u32"),
            ("u64", false) => int("u64"),
            ("u16", true) => Some(("u16".into(), "crate::attr::Attr::be16".into())),
            ("u32", true) => Some(("u32".into(), "crate::attr::Attr::be32".into())),
            ("u64", true) => Some(("u64".into(), "crate::attr::Attr::be64".into())),
            ("s16", _) => Some(("i16".into(), "crate::attr::Attr::i16".into())),
            ("s32", _) => Some(("i32".into(), "crate::attr::Attr::i32".into())),
            ("s64", _) => Some(("i64".into(), "crate::attr::Attr::i64".into())),
            ("uint", _) => Some(("u64".into(), "crate::attr::Attr::uint".into())),
            ("sint", _) => Some(("i64".into(), "crate::attr::Attr::sint".into())),
            ("flag", _) => Some(("bool".into(), String::new())),
            ("string", _) => Some(("&'a str".into(), "crate::attr::Attr::str".into())),
            ("binary", _) => match (&a.structure, a.exact_len) {
                (Some(st), _) => Some((format!("&'a {}", camel(st)), "crate::attr::Attr::as_struct".into())),
                (None, Some(n)) => Some((format!("[u8; {n}]"), format!("crate::attr::Attr::array::<{n}>"))),
                (None, None) => Some(("&'a [u8]".into(), "|a| Ok(a.payload())".into())),
            },
            ("nest", _) => match &a.nested {
                Some(n) => Some((
                    format!("{}<'a>", self.view_ident(n)),
                    format!("|a| Ok({}(a.nested()))", self.view_ident(n)),
                )),
                None => Some(("crate::attr::Attrs<'a>".into(), "|a| Ok(a.nested())".into())),
            },
            ("indexed-array", _) => match (a.sub_type.as_deref(), &a.nested) {
                (Some("nest"), Some(_)) => self.accessor(&Attr { ty: "nest".into(), ..a.clone() })?,
                (Some(t), _) => self.accessor(&Attr { ty: t.into(), sub_type: None, ..a.clone() })?,
                (None, _) => Some(("crate::attr::Attr<'a>".into(), "|a| Ok(*a)".into())),
            },
            _ => Some(("crate::attr::Attr<'a>".into(), "|a| Ok(*a)".into())),
        })
    }

    /// One `MessageSpec` per (header, set) of the operations; for generic
    /// netlink, per set, and the family with its commands.
    fn messages(&mut self) -> Result<(), String> {
        if self.spec.is_generic() {
            return self.generic_family();
        }
        for (header, set) in message_layouts(self.spec) {
            writeln!(self.out, "/// Messages of `struct {}` followed by `{set}`.", header.replace('-', "_"))
                .unwrap();
            writeln!(
                self.out,
                "pub static {}: MessageSpec = MessageSpec {{ family: {:?}, header: &{}, space: &{} }};\n",
                message_static(&set),
                self.spec.name,
                upper(&header),
                self.set_ident(&set)
            )
            .unwrap();
        }
        Ok(())
    }
}

/// The Rust integer a spec's integer type reads as, native byte order only.
fn rust_int(ty: &str, big_endian: bool) -> Option<&'static str> {
    match (ty, big_endian) {
        ("u8", _) => Some("u8"),
        ("u16", false) => Some("u16"),
        ("u32", false) => Some("u32"),
        ("u64", false) => Some("u64"),
        _ => None,
    }
}

/// A method's name for an attribute: `macaddr-data` -> `macaddr_data`;
/// keywords raw (`r#type`), a leading digit prefixed (`n8021q`).
fn method_ident(name: &str) -> String {
    let s = short(name);
    const KEYWORDS: &[&str] = &[
        "as", "async", "await", "break", "const", "continue", "dyn", "else", "enum", "extern", "false", "fn",
        "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref",
        "return", "static", "struct", "trait", "true", "try", "type", "unsafe", "use", "where", "while",
        "yield", "abstract", "become", "box", "do", "final", "macro", "override", "priv", "typeof",
        "unsized", "virtual",
    ];
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        format!("n{s}")
    } else if matches!(s.as_str(), "self" | "super" | "crate") {
        format!("{s}_")
    } else if KEYWORDS.contains(&s.as_str()) {
        format!("r#{s}")
    } else {
        s
    }
}

/// The first earlier spec with the same enum or flag set as `def` of `spec`.
/// A bit of a flag set's type and name table.
struct Bit {
    /// Its name in the type (upper case) and the name table.
    name: String,
    mask: u64,
    /// The value constant it is: `rtnh_flags::DEAD`.
    value: String,
}

/// The bits of a flag set: those of the set it includes (`nlwire-include`)
/// first, then its own, renamed where `nlwire-rename` says.
fn flag_bits(spec: &Spec, def: &Def, own: &[(String, u64)]) -> Result<Vec<Bit>, String> {
    let bit = |module: &str, (n, mask): &(String, u64), name: &str| Bit {
        name: name.to_string(),
        mask: *mask,
        value: format!("{}::{}", short(module), upper(n)),
    };
    let mut bits = Vec::new();
    if let Some(inc) = &def.include {
        let Some(Def { kind: DefKind::Flags(entries), .. }) = spec.def(inc) else {
            return Err(format!("{}: nlwire-include {inc:?} is not a flag set", def.name));
        };
        bits.extend(entries.iter().map(|e| bit(inc, e, &e.0)));
    }
    for e in own {
        let name = def.renames.iter().find(|(from, _)| *from == e.0).map_or(&e.0, |(_, to)| to);
        if bits.iter().any(|b| upper(&b.name) == upper(name)) {
            return Err(format!("{}: two bits are named {name:?} (see nlwire-rename)", def.name));
        }
        bits.push(bit(&def.name, e, name));
    }
    Ok(bits)
}

/// The `nlwire::spec::Scalar` variant an enum or bit set of
/// integer type `ty` travels in; `None` for a type no enum uses.
fn scalar(ty: &str, big_endian: bool) -> Option<&'static str> {
    Some(match (ty, big_endian) {
        ("u8", _) => "U8",
        ("u16", false) => "U16",
        ("u16", true) => "Be16",
        ("u32", false) => "U32",
        ("u32", true) => "Be32",
        ("u64", false) => "U64",
        ("u64", true) => "Be64",
        ("uint", _) => "Uint",
        _ => return None,
    })
}

fn twin<'s>(earlier: &'s [Spec], spec: &Spec, def: &Def) -> Result<Option<&'s Spec>, String> {
    let entries = |d: &Def| match &d.kind {
        DefKind::Enum(e) => Some((false, e.clone())),
        DefKind::Flags(e) => Some((true, e.clone())),
        DefKind::Struct(_) => None,
    };
    let Some(mine) = entries(def) else { return Ok(None) };
    let int = value_int(spec, def)?;
    for other in earlier {
        if let Some(d) = other.def(&def.name) {
            if entries(d).as_ref() == Some(&mine)
                && d.prefix == def.prefix
                && d.enum_name == def.enum_name
                && value_int(other, d)? == int
            {
                return Ok(Some(other));
            }
        }
    }
    Ok(None)
}

/// The integer type of an enum's value constants: `nlwire-int`, else the
/// width of the attributes and struct members that use it (`enum:`, not as
/// flags), else `u32` (unused, or used at several widths).
fn value_int(spec: &Spec, def: &Def) -> Result<String, String> {
    if let Some(int) = &def.int {
        return Ok(int.clone());
    }
    let rust = |ty: &str| match ty {
        "u8" => Some("u8"),
        "u16" => Some("u16"),
        "u32" => Some("u32"),
        "u64" => Some("u64"),
        "s8" => Some("i8"),
        "s16" => Some("i16"),
        "s32" => Some("i32"),
        "s64" => Some("i64"),
        _ => None,
    };
    let mut widths = BTreeSet::new();
    let uses = |e: &Option<String>, flags: bool| !flags && e.as_deref() == Some(def.name.as_str());
    for set in &spec.sets {
        for a in set.attrs.iter().filter(|a| uses(&a.enumeration, a.as_flags)) {
            widths.insert(rust(&a.ty).unwrap_or("u32"));
        }
    }
    for d in &spec.defs {
        if let DefKind::Struct(members) = &d.kind {
            for m in members.iter().filter(|m| uses(&m.enumeration, m.as_flags)) {
                widths.insert(rust(&m.ty).unwrap_or("u32"));
            }
        }
    }
    Ok(match widths.len() {
        1 => widths.first().copied().unwrap_or("u32").to_string(),
        _ => "u32".to_string(),
    })
}

/// The range of a Rust integer type.
fn int_range(int: &str) -> Option<(i128, i128)> {
    Some(match int {
        "u8" => (0, u8::MAX.into()),
        "u16" => (0, u16::MAX.into()),
        "u32" => (0, u32::MAX.into()),
        "u64" => (0, u64::MAX.into()),
        "i8" => (i8::MIN.into(), i8::MAX.into()),
        "i16" => (i16::MIN.into(), i16::MAX.into()),
        "i32" => (i32::MIN.into(), i32::MAX.into()),
        "i64" => (i64::MIN.into(), i64::MAX.into()),
        _ => return None,
    })
}

/// Whether a struct can derive `Default`: every array at most 32 bytes
/// (zerocopy's and core's limit) and every nested struct derives it.
fn defaultable(spec: &Spec, name: &str) -> Result<bool, String> {
    let Some(Def { kind: DefKind::Struct(members), .. }) = spec.def(name) else {
        return Err(format!("no struct {name}"));
    };
    for m in members {
        let ok = match (&m.structure, m.len) {
            (Some(s), _) => defaultable(spec, s)?,
            (None, Some(len)) => !matches!(m.ty.as_str(), "pad" | "binary") || len <= 32,
            (None, None) => true,
        };
        if !ok {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Size and alignment of a struct member as C lays it out.
fn member_layout(spec: &Spec, m: &Member) -> Result<(usize, usize), String> {
    Ok(match m.ty.as_str() {
        "u8" | "s8" => (1, 1),
        "u16" | "s16" => (2, 2),
        "u32" | "s32" => (4, 4),
        "u64" | "s64" => (8, 8),
        _ => match &m.structure {
            Some(s) => struct_layout(spec, s)?,
            None => (m.len.unwrap_or(0), 1),
        },
    })
}

/// Size and alignment of a struct of the spec as C lays it out.
fn struct_layout(spec: &Spec, name: &str) -> Result<(usize, usize), String> {
    let Some(Def { kind: DefKind::Struct(members), .. }) = spec.def(name) else {
        return Err(format!("no struct {name}"));
    };
    let (mut size, mut align) = (0usize, 1usize);
    for m in members {
        let (s, a) = member_layout(spec, m)?;
        size = size.div_ceil(a) * a + s;
        align = align.max(a);
    }
    Ok((size.div_ceil(align) * align, align))
}

/// The hash of a stored name, as `nlwire::spec::name_hash` computes it:
/// FNV-1a over the length (its low byte) and the first, middle and last bytes.
fn name_hash(name: &str) -> u32 {
    let bytes = name.as_bytes();
    let len = bytes.len();
    let step = |hash: u32, byte: u8| (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193);
    let start = step(0x811c_9dc5, len as u8);
    [0, len / 2, len.wrapping_sub(1)]
        .iter()
        .fold(start, |hash, &i| bytes.get(i).map_or(hash, |&b| step(hash, b)))
}

/// The name hash table of a set: twice as many slots as names (a power of
/// two), each 0 or the attribute's position plus 1, linear probing.
fn name_table(attrs: &[&Attr]) -> Vec<usize> {
    let size = (attrs.len() * 2).next_power_of_two().max(1);
    let mut slots = vec![0; size];
    for (pos, a) in attrs.iter().enumerate() {
        let mut slot = name_hash(&short(&a.name)) as usize & (size - 1);
        while slots[slot] != 0 {
            slot = (slot + 1) & (size - 1);
        }
        slots[slot] = pos + 1;
    }
    slots
}

impl Emitter<'_> {
    fn generic_family(&mut self) -> Result<(), String> {
        let spec = self.spec;
        let mut sets: Vec<&str> = Vec::new();
        for op in &spec.ops {
            if let Some(s) = op.set.as_deref() {
                if !sets.contains(&s) {
                    sets.push(s);
                }
            }
        }
        for set in &sets {
            writeln!(self.out, "/// Messages of `{set}` after `struct genlmsghdr`.").unwrap();
            writeln!(
                self.out,
                "pub static {}: MessageSpec = MessageSpec {{ family: {:?}, header: &crate::spec::GENLMSGHDR, space: &{} }};\n",
                message_static(set),
                spec.name,
                self.set_ident(set)
            )
            .unwrap();
        }
        let commands = |from_kernel: bool| {
            let mut rows: BTreeMap<u16, String> = BTreeMap::new();
            for op in &spec.ops {
                let Some(set) = &op.set else { continue };
                let values = if from_kernel { &op.from_kernel } else { &op.to_kernel };
                for &v in values {
                    let suffix = if from_kernel && op.reply_suffix { "-reply" } else { "" };
                    let name = c_name(&format!("{}{}{suffix}", spec.op_prefix, op.name));
                    rows.entry(v).or_insert(format!(
                        "GenlCommand {{ cmd: {v}, name: {name:?}, spec: &{} }},",
                        message_static(set)
                    ));
                }
            }
            rows.into_values().collect::<Vec<_>>().join("")
        };
        self.command_numbers(false);
        if spec.ops.iter().any(|op| op.reply_suffix) {
            self.command_numbers(true);
        }
        let groups: Vec<String> = spec.groups.iter().map(|g| format!("{g:?}")).collect();
        writeln!(self.out, "/// The `{}` generic netlink family.", spec.name).unwrap();
        writeln!(
            self.out,
            "pub static FAMILY: GenlFamily = GenlFamily {{ name: {:?}, groups: &[{}], to_kernel: &[{}], from_kernel: &[{}] }};",
            spec.name,
            groups.join(","),
            commands(false),
            commands(true)
        )
        .unwrap();
        Ok(())
    }
}

impl Emitter<'_> {
    /// The module of command numbers (`genlmsghdr.cmd`): `cmd`, those user
    /// space sends, or `reply`, those the kernel sends when it numbers them
    /// apart (directional specs).
    fn command_numbers(&mut self, from_kernel: bool) {
        let spec = self.spec;
        let mut rows: Vec<(String, u16)> = Vec::new();
        for op in &spec.ops {
            let values = if from_kernel { &op.from_kernel } else { &op.to_kernel };
            let suffix = if from_kernel && op.reply_suffix { "-reply" } else { "" };
            for &v in values {
                let name = format!("{}{suffix}", op.name);
                if !rows.iter().any(|(n, _)| *n == name) {
                    rows.push((name, v));
                }
            }
        }
        let (module, what) =
            if from_kernel { ("reply", "the kernel sends") } else { ("cmd", "user space sends") };
        writeln!(self.out, "/// Commands {what} (`genlmsghdr.cmd`).\npub mod {module} {{").unwrap();
        for (name, v) in rows {
            let c = c_name(&format!("{}{name}", spec.op_prefix));
            writeln!(
                self.out,
                "    /// `{c}`.\n    #[doc(alias = \"{c}\")]\n    pub const {}: u8 = {v};",
                c_name(&name)
            )
            .unwrap();
        }
        writeln!(self.out, "}}\n").unwrap();
    }
}

/// The (header, set) pairs of a spec's operations, in order of appearance.
fn message_layouts(spec: &Spec) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for op in &spec.ops {
        if let (Some(h), Some(s)) = (&op.header, &op.set) {
            if !out.iter().any(|(oh, os)| oh == h && os == s) {
                out.push((h.clone(), s.clone()));
            }
        }
    }
    out
}

fn message_static(set: &str) -> String {
    format!("{}_MESSAGE", upper(set))
}

/// The prefix every named member shares (`ifi_` of ifinfomsg), or "".
fn common_prefix(members: &[Member]) -> String {
    let names: Vec<String> = members.iter().filter(|m| m.ty != "pad").map(|m| short(&m.name)).collect();
    let Some(first) = names.first() else { return String::new() };
    let Some(end) = first.find('_') else { return String::new() };
    let prefix = &first[..=end];
    if names.len() > 1 && names.iter().all(|n| n.starts_with(prefix) && n.len() > prefix.len()) {
        prefix.to_string()
    } else {
        String::new()
    }
}

/// The registry: every message type of every spec, sorted, and the
/// `RTM_*` constants.
pub fn registry(specs: &[Spec]) -> String {
    let mut types: BTreeMap<u16, (String, String)> = BTreeMap::new(); // kind -> (name, static path)
    for spec in specs.iter().filter(|s| !s.is_generic()) {
        let module = module_name(&spec.name);
        for op in &spec.ops {
            let (Some(_), Some(set)) = (&op.header, &op.set) else { continue };
            let path = format!("{module}::{}", message_static(set));
            for &v in &op.values {
                let name = if op.request == Some(v) {
                    format!("RTM_{}", c_name(&op.name))
                } else {
                    // A reply-only type takes the NEW name of its GET operation.
                    format!("RTM_{}", c_name(&op.name.replacen("get", "new", 1)))
                };
                let entry = types.entry(v).or_insert((name.clone(), path.clone()));
                if op.request == Some(v) {
                    *entry = (name, path.clone());
                }
            }
        }
    }
    let mut o = String::new();
    writeln!(o, "//! The core's tables, one module per netlink spec, and the registry of").unwrap();
    writeln!(o, "//! rtnetlink message types.").unwrap();
    writeln!(o, "//!").unwrap();
    writeln!(o, "//! Written by `cargo run -p nlwire-gen`: do not edit.\n").unwrap();
    writeln!(o, "use crate::spec::{{GenlFamily, MessageType}};\n").unwrap();
    for spec in specs {
        writeln!(o, "pub mod {};", module_name(&spec.name)).unwrap();
    }
    writeln!(o, "\n/// rtnetlink message types (`nlmsg_type`).").unwrap();
    writeln!(o, "pub mod msg_type {{").unwrap();
    for (v, (name, _)) in &types {
        writeln!(o, "    /// `{name}`.\n    pub const {name}: u16 = {v};").unwrap();
    }
    writeln!(o, "}}\n").unwrap();
    writeln!(o, "/// Every rtnetlink message type with its spec, sorted by number.").unwrap();
    writeln!(o, "pub static ROUTE: &[MessageType] = &[").unwrap();
    for (v, (name, path)) in &types {
        writeln!(o, "    MessageType {{ kind: {v}, name: {name:?}, spec: &{path} }},").unwrap();
    }
    writeln!(o, "];\n").unwrap();
    let top = types.keys().max().map_or(0, |k| usize::from(*k) + 1);
    let mut slots = vec![0usize; top];
    for (i, k) in types.keys().enumerate() {
        slots[usize::from(*k)] = i + 1;
    }
    let slots: Vec<String> = slots.iter().map(|s| s.to_string()).collect();
    writeln!(
        o,
        "/// Position in [`ROUTE`] plus 1 of each message type, 0 for none: a lookup without a search."
    )
    .unwrap();
    writeln!(o, "pub static ROUTE_BY_KIND: [u16; {top}] = [{}];", slots.join(",")).unwrap();
    let generic: Vec<String> = specs
        .iter()
        .filter(|s| s.is_generic())
        .map(|s| format!("&{}::FAMILY", module_name(&s.name)))
        .collect();
    writeln!(o, "\n/// The generic netlink families the core has tables for.").unwrap();
    writeln!(o, "pub static GENERIC: &[&GenlFamily] = &[{}];", generic.join(", ")).unwrap();
    o
}
