//! Kind options: the attributes of a link kind's `IFLA_INFO_DATA`, named and
//! typed by the generated spec of that kind, kept as values until the
//! device names among them are resolved. `nlw` reads ip's words into the
//! same type.
//!
//! ```
//! use nlwire_std::KindData;
//! let mut bond = KindData::for_kind("bond")?;
//! bond.set("mode", 4)?.set("miimon", 100)?;
//! assert!(bond.set("no_such_option", 1).is_err()); // Error::UnknownName
//! assert!(bond.set("miimon", -1).is_err()); // IFLA_BOND_MIIMON is a u32
//! let mut macvlan = KindData::for_kind("macvlan")?;
//! macvlan.set("mode", "source")?.set("macaddr_mode", "set")?;
//! macvlan.nest("macaddr_data", |n| n.add("macaddr", [2, 0, 0, 0, 0, 1]))?;
//! # Ok::<(), nlwire_std::Error>(())
//! ```

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use nlwire::attr::Attrs;
use nlwire::build::{Builder, Header, MessageWriter};
use nlwire::link::{IpvlanMode, MacvlanMode};
use nlwire::message::NLMSG_HDRLEN;
use nlwire::spec::{AttrSpec, AttrType, Key, Space};
use nlwire::tables::rt_link::LINKINFO_ATTRS;
use nlwire::MsgFlags;

use crate::builder::from_impls;
use crate::dev::Dev;
use crate::error::{Error, Result};

/// One attribute's value, encoded as the kernel reads it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KindValue {
    /// Native-endian `u8` (also an `s8`'s bits).
    U8(u8),
    /// Native-endian `u16`.
    U16(u16),
    /// Native-endian `u32`.
    U32(u32),
    /// Native-endian `u64`.
    U64(u64),
    /// Network-order `u16` (ports, protocols).
    Be16(u16),
    /// Network-order `u32` (tunnel keys).
    Be32(u32),
    /// An address: 4 or 16 bytes.
    Ip(IpAddr),
    /// A NUL-terminated string.
    Str(String),
    /// Bytes as given (hardware addresses, structs).
    Bytes(Vec<u8>),
    /// No payload: present means set.
    Flag,
    /// A device by name, written as its `u32` index once resolved.
    Dev(String),
    /// Nested attributes.
    Nest(KindData),
}

impl KindValue {
    /// The payload, for a value that is not a nest (device names resolved).
    fn payload(&self) -> nlwire::Result<Vec<u8>> {
        Ok(match self {
            KindValue::U8(v) => vec![*v],
            KindValue::U16(v) => v.to_ne_bytes().to_vec(),
            KindValue::U32(v) => v.to_ne_bytes().to_vec(),
            KindValue::U64(v) => v.to_ne_bytes().to_vec(),
            KindValue::Be16(v) => v.to_be_bytes().to_vec(),
            KindValue::Be32(v) => v.to_be_bytes().to_vec(),
            KindValue::Ip(IpAddr::V4(a)) => a.octets().to_vec(),
            KindValue::Ip(IpAddr::V6(a)) => a.octets().to_vec(),
            KindValue::Str(s) => [s.as_bytes(), &[0]].concat(),
            KindValue::Bytes(b) => b.clone(),
            KindValue::Flag => Vec::new(),
            KindValue::Dev(_) | KindValue::Nest(_) => {
                let what = "a nest, or a device name not resolved, has no flat payload";
                return Err(nlwire::Error::InvalidValue { what });
            }
        })
    }
}

/// A value given to [`KindData::set`] before the spec gives it its width:
/// any integer, `bool`, text (a string, or an enum value's name), an
/// address, bytes (`[u8; 6]` for a MAC), or a [`Dev`] (a name is resolved
/// to its index when the request is sent).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Setting {
    /// An integer, fitted to the attribute's width.
    Int(i128),
    /// `true`/`false`: 1/0, or a flag attribute present/absent.
    Bool(bool),
    /// A string, or the name of an enum value.
    Text(String),
    /// An address.
    Ip(IpAddr),
    /// Raw bytes: a hardware address, a struct.
    Bytes(Vec<u8>),
    /// A device by name.
    Dev(String),
}

from_impls! { Setting:
    u8, u16, u32, u64, usize, i8, i16, i32, i64 => |v| Setting::Int(v as i128);
    MacvlanMode => |v| Setting::Int((v as u32).into());
    IpvlanMode => |v| Setting::Int((v as u16).into());
    bool => |v| Setting::Bool(v);
    &str => |v| Setting::Text(v.to_owned());
    String => |v| Setting::Text(v);
    IpAddr => |v| Setting::Ip(v);
    Ipv4Addr, Ipv6Addr => |v| Setting::Ip(v.into());
    &[u8] => |v| Setting::Bytes(v.to_vec());
    Vec<u8> => |v| Setting::Bytes(v);
    Dev => |v| match v {
        Dev::Index(i) => Setting::Int(i.into()),
        Dev::Name(n) => Setting::Dev(n),
    };
}
impl<const N: usize> From<[u8; N]> for Setting {
    fn from(v: [u8; N]) -> Self {
        Setting::Bytes(v.to_vec())
    }
}

/// `v` as an integer attribute of type `ty` (an enum or bit set at its
/// [`Scalar`](nlwire::spec::Scalar)'s width): `None` for a type that is no
/// integer, `Some(None)` for a value outside the type's range.
fn int_value(ty: AttrType, v: i128) -> Option<Option<KindValue>> {
    use KindValue as K;
    Some(match ty {
        AttrType::U8 => u8::try_from(v).ok().map(K::U8),
        AttrType::U16 => u16::try_from(v).ok().map(K::U16),
        AttrType::U32 => u32::try_from(v).ok().map(K::U32),
        AttrType::U64 | AttrType::Uint => u64::try_from(v).ok().map(K::U64),
        AttrType::Be16 => u16::try_from(v).ok().map(K::Be16),
        AttrType::Be32 => u32::try_from(v).ok().map(K::Be32),
        AttrType::S8 => i8::try_from(v).ok().map(|v| K::U8(v as u8)),
        AttrType::S16 => i16::try_from(v).ok().map(|v| K::U16(v as u16)),
        AttrType::S32 => i32::try_from(v).ok().map(|v| K::U32(v as u32)),
        AttrType::S64 | AttrType::Sint => i64::try_from(v).ok().map(|v| K::U64(v as u64)),
        AttrType::Enum(scalar, _) | AttrType::Bits(scalar, _) => return int_value(scalar.ty(), v),
        _ => return None,
    })
}

/// The options of one link kind: the attributes of its `IFLA_INFO_DATA`
/// (or of a nest inside it), in the order given, each checked against the
/// kind's generated [`Space`] when set by name. Nothing is sent until the
/// request holding it is.
#[derive(Clone, Debug, PartialEq)]
pub struct KindData {
    space: &'static Space,
    kind: Option<&'static str>,
    attrs: Vec<(u16, KindValue)>,
    /// The first option a typed builder refused, reported when sending.
    refused: Option<Box<Error>>,
}

// Spaces compare by identity: an equivalence.
impl Eq for KindData {}

/// A device name met by [`KindData::resolve`]: the attribute holding it
/// (its space and number) and the name.
#[derive(Clone, Copy, Debug)]
pub struct DevOption<'a> {
    /// The space of the attribute.
    pub space: &'static Space,
    /// The attribute's number.
    pub id: u16,
    /// The device's name.
    pub name: &'a str,
}

impl KindData {
    /// No options yet for the attributes of `space` (a nest, a bridge
    /// port's `IFLA_INFO_SLAVE_DATA`, a link's own `IFLA_*`).
    pub fn new(space: &'static Space) -> Self {
        KindData { space, kind: None, attrs: Vec::new(), refused: None }
    }

    /// No options yet for link kind `kind` (`IFLA_INFO_KIND`), whose
    /// `IFLA_INFO_DATA` the generated spec describes; a kind without one is
    /// [`Error::UnknownName`] (give its data raw instead:
    /// [`LinkAdd::data`](crate::LinkBuilder::data)).
    pub fn for_kind(kind: &str) -> Result<Self> {
        Self::chosen_by("data", kind).ok_or_else(|| Error::UnknownName(format!("IFLA_INFO_KIND {kind}")))
    }

    /// No options yet for a port of a `master` kind's link: the attributes
    /// of `IFLA_INFO_SLAVE_DATA` (`"bridge"`: `IFLA_BRPORT_*`, `"bond"`:
    /// `IFLA_BOND_SLAVE_*`), sent with a link's other settings by
    /// [`LinkSet::port_data`](crate::LinkBuilder::port_data). A kind whose
    /// ports have no options is [`Error::UnknownName`].
    ///
    /// ```
    /// let mut port = nlwire_std::KindData::for_port("bond")?;
    /// port.set("queue_id", 2)?.set("prio", 5)?;
    /// assert_eq!(port.kind(), Some("bond"));
    /// # Ok::<(), nlwire_std::Error>(())
    /// ```
    pub fn for_port(master: &str) -> Result<Self> {
        Self::chosen_by("slave_data", master)
            .ok_or_else(|| Error::UnknownName(format!("IFLA_INFO_SLAVE_KIND {master}")))
    }

    /// No options yet for a link of kind `kind`, or for a port of a `kind`
    /// master's link, in `space`: what the typed builders start from.
    pub(crate) fn named(kind: &'static str, space: &'static Space) -> Self {
        KindData { kind: Some(kind), ..KindData::new(space) }
    }

    /// The space `IFLA_LINKINFO`'s attribute `attr` (`data` or
    /// `slave_data`) has for `kind`.
    fn chosen_by(attr: &str, kind: &str) -> Option<Self> {
        let AttrType::Select(select) = LINKINFO_ATTRS.by_name(attr)?.ty else { return None };
        select.choices.iter().find_map(|(key, ty)| match (key, ty) {
            (Key::Str(k), AttrType::Nested(space)) if *k == kind => Some(Self::named(k, space)),
            _ => None,
        })
    }

    /// The kind named at [`KindData::for_kind`] or [`KindData::for_port`].
    pub fn kind(&self) -> Option<&'static str> {
        self.kind
    }

    /// The master's kind, when these are port options
    /// ([`KindData::for_port`]) rather than a kind's own.
    pub(crate) fn port_of(&self) -> Option<&'static str> {
        let master = self.kind?;
        let port = Self::chosen_by("slave_data", master)?;
        std::ptr::eq(port.space, self.space).then_some(master)
    }

    /// The space of these attributes.
    pub fn space(&self) -> &'static Space {
        self.space
    }

    /// Whether no option is given.
    pub fn is_empty(&self) -> bool {
        self.attrs.is_empty()
    }

    /// The options, as (attribute number, value), in order.
    pub fn attrs(&self) -> &[(u16, KindValue)] {
        &self.attrs
    }

    /// Appends `value` as attribute `id` as is (the caller chose its width:
    /// `nlw` reading ip's words).
    pub fn push(&mut self, id: u16, value: KindValue) {
        self.attrs.push((id, value));
    }

    /// Sets option `name` (the spec's name `"mode"`, the kernel's
    /// `"IFLA_BOND_MODE"`, or pyroute2's `"bond_mode"`) to `value` fitted to
    /// the attribute's type, replacing an earlier value. A name the kind has
    /// not is [`Error::UnknownName`]; a value of the wrong kind or width
    /// (`-1` for a `u32`, 300 for a `u8`, 5 bytes for a MAC) is
    /// [`Error::InvalidOption`]; either way nothing changes. `false` removes a
    /// flag.
    pub fn set(&mut self, name: &str, value: impl Into<Setting>) -> Result<&mut Self> {
        let (id, value) = self.fit(name, value.into())?;
        self.attrs.retain(|(have, _)| *have != id);
        self.attrs.extend(value.map(|v| (id, v)));
        Ok(self)
    }

    /// Appends option `name`, keeping earlier ones of that name (the
    /// repeated `macaddr` entries of a macvlan's `macaddr_data`).
    pub fn add(&mut self, name: &str, value: impl Into<Setting>) -> Result<&mut Self> {
        let (id, value) = self.fit(name, value.into())?;
        self.attrs.extend(value.map(|v| (id, v)));
        Ok(self)
    }

    /// Appends the nest `name`, filled by `fill` with the attributes of
    /// the nest's own space.
    pub fn nest(
        &mut self,
        name: &str,
        fill: impl FnOnce(&mut KindData) -> Result<&mut KindData>,
    ) -> Result<&mut Self> {
        let spec = self.spec(name)?;
        let AttrType::Nested(space) = spec.ty else { return Err(self.refuse(spec, "is no nest")) };
        let mut inner = KindData::new(space);
        fill(&mut inner)?;
        self.attrs.push((spec.id, KindValue::Nest(inner)));
        Ok(self)
    }

    /// `change` ([`set`](Self::set), [`nest`](Self::nest), ...) for a
    /// typed builder: a refusal is kept and reported when the request is sent.
    pub(crate) fn put(&mut self, change: impl FnOnce(&mut Self) -> Result<&mut Self>) {
        if let Err(e) = change(self) {
            self.refused.get_or_insert(Box::new(e));
        }
    }

    /// The first option a typed builder refused.
    pub(crate) fn check(&self) -> Result<()> {
        self.refused.as_deref().cloned().map_or(Ok(()), Err)
    }

    /// Appends the attribute chain `raw`, each attribute kept as bytes.
    pub(crate) fn with_raw(&mut self, raw: &[u8]) -> Result<&mut Self> {
        for attr in Attrs::new(raw) {
            let attr = attr.map_err(Error::Invalid)?;
            self.push(attr.kind(), KindValue::Bytes(attr.payload().to_vec()));
        }
        Ok(self)
    }

    fn spec(&self, name: &str) -> Result<&'static AttrSpec> {
        self.space
            .by_name(name)
            .ok_or_else(|| Error::UnknownName(format!("{name} (in {})", self.space.prefix)))
    }

    fn refuse(&self, spec: &AttrSpec, why: &str) -> Error {
        Error::InvalidOption(format!("{} {why}", self.space.kernel_name(spec)))
    }

    /// `name` and `value` as the attribute the spec says; `None` for a flag
    /// set to `false`.
    fn fit(&self, name: &str, value: Setting) -> Result<(u16, Option<KindValue>)> {
        let spec = self.spec(name)?;
        let ty = spec.ty;
        let value = match (ty, value) {
            (AttrType::Flag, Setting::Bool(on)) => on.then_some(KindValue::Flag),
            (AttrType::Enum(_, names), Setting::Text(word)) => {
                let named = names.iter().find(|(_, n)| n.eq_ignore_ascii_case(&word));
                let (v, _) =
                    named.ok_or_else(|| self.refuse(spec, &format!("has no value named {word:?}")))?;
                Some(self.int(spec, i128::from(*v))?)
            }
            (_, Setting::Bool(on)) => Some(self.int(spec, i128::from(on))?),
            (_, Setting::Int(v)) => Some(self.int(spec, v)?),
            (AttrType::U32, Setting::Dev(name)) => Some(KindValue::Dev(name)),
            (AttrType::Str, Setting::Text(s)) if !s.contains('\0') => Some(KindValue::Str(s)),
            (AttrType::Ip, Setting::Ip(ip)) => Some(KindValue::Ip(ip)),
            (AttrType::Hwaddr, Setting::Bytes(b)) if (1..=32).contains(&b.len()) => Some(KindValue::Bytes(b)),
            (AttrType::Bytes, Setting::Bytes(b)) => Some(KindValue::Bytes(b)),
            (AttrType::Struct(s), Setting::Bytes(b)) if b.len() == s.size => Some(KindValue::Bytes(b)),
            (_, other) => return Err(self.refuse(spec, &format!("does not take {other:?}"))),
        };
        Ok((spec.id, value))
    }

    fn int(&self, spec: &AttrSpec, v: i128) -> Result<KindValue> {
        let width = match spec.ty {
            AttrType::Enum(scalar, _) | AttrType::Bits(scalar, _) => scalar.ty(),
            ty => ty,
        };
        let value = int_value(width, v).ok_or_else(|| self.refuse(spec, "takes no integer"))?;
        value.ok_or_else(|| self.refuse(spec, &format!("is a {width:?}: {v} does not fit")))
    }

    /// The same options with every device name replaced by the index
    /// `ifindex` gives (which sees where the name sits, to word its error).
    pub fn resolve<E>(
        &self,
        ifindex: &mut dyn FnMut(DevOption<'_>) -> std::result::Result<u32, E>,
    ) -> std::result::Result<KindData, E> {
        let mut attrs = Vec::with_capacity(self.attrs.len());
        for (id, value) in &self.attrs {
            let value = match value {
                KindValue::Dev(name) => {
                    KindValue::U32(ifindex(DevOption { space: self.space, id: *id, name })?)
                }
                KindValue::Nest(inner) => KindValue::Nest(inner.resolve(ifindex)?),
                v => v.clone(),
            };
            attrs.push((*id, value));
        }
        Ok(KindData { attrs, refused: self.refused.clone(), ..*self })
    }

    /// Writes the attributes (device names must have been resolved).
    pub fn emit(&self, m: &mut MessageWriter<'_>) -> nlwire::Result<()> {
        for (id, value) in &self.attrs {
            match value {
                KindValue::Nest(inner) => m.nest(*id, |m| inner.emit(m))?,
                v => m.attr(*id, &v.payload()?)?,
            }
        }
        Ok(())
    }

    /// Whether the link's current options `have` (a reply's
    /// `IFLA_INFO_DATA`) hold every option given here exactly: per
    /// attribute, the same payload bytes, as many times, nests compared
    /// the same way. Options the reply does not carry (write-only ones,
    /// such as a macvlan's `macaddr_mode`) count as different.
    pub fn matches(&self, have: &Attrs<'_>) -> Result<bool> {
        for (id, _) in &self.attrs {
            let want = self.attrs.iter().filter(|(i, _)| i == id).map(|(_, v)| v);
            let got: Vec<_> = have.find_all(*id).collect::<nlwire::Result<_>>().map_err(Error::Malformed)?;
            if want.clone().count() != got.len() {
                return Ok(false);
            }
            for (want, got) in want.zip(&got) {
                let same = match want {
                    KindValue::Nest(inner) => inner.matches(&got.nested())?,
                    v => v.payload().map_err(Error::Invalid)? == got.payload(),
                };
                if !same {
                    return Ok(false);
                }
            }
        }
        Ok(true)
    }
}

/// The attributes `emit` writes, as one owned attribute chain (a kind's
/// options, a route's encapsulation); a value it refuses is [`Error::Invalid`].
pub(crate) fn attr_bytes(emit: impl Fn(&mut MessageWriter<'_>) -> nlwire::Result<()>) -> Result<Vec<u8>> {
    let header = Header::new(0, MsgFlags::empty(), 0);
    let mut buf = vec![0; 256];
    loop {
        match Builder::new(&mut buf).message(header, &emit) {
            Ok(len) => return Ok(buf.get(NLMSG_HDRLEN..len).unwrap_or_default().to_vec()),
            Err(nlwire::Error::BufferTooSmall { needed, .. }) if needed > buf.len() => buf.resize(needed, 0),
            Err(e) => return Err(Error::Invalid(e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use nlwire::spec::Selector;

    #[test]
    fn attr_bytes_grows_past_its_first_buffer_and_refuses_what_emit_refuses() {
        // struct nlattr { nla_len: 304, nla_type: 7 } and 300 bytes (aligned).
        let payload = [0xAB; 300];
        let mut want = 304u16.to_ne_bytes().to_vec();
        want.extend_from_slice(&7u16.to_ne_bytes());
        want.extend_from_slice(&payload);
        assert_eq!(attr_bytes(|m| m.attr(7, &payload)).unwrap(), want);
        let refused = attr_bytes(|_| Err(nlwire::Error::InvalidValue { what: "test" }));
        assert!(matches!(refused, Err(Error::Invalid(nlwire::Error::InvalidValue { what: "test" }))));
    }

    /// Every enum and bit set reachable from `space` has a width KindData writes.
    fn widths_writable(space: &'static Space, seen: &mut Vec<&'static str>) {
        if seen.contains(&space.name) {
            return;
        }
        seen.push(space.name);
        for spec in space.attrs {
            match spec.ty {
                AttrType::Enum(..) | AttrType::Bits(..) => {
                    assert!(
                        int_value(spec.ty, 0).is_some(),
                        "{} has no width KindData can write",
                        space.kernel_name(spec)
                    )
                }
                AttrType::Nested(inner) => widths_writable(inner, seen),
                _ => {}
            }
        }
    }

    fn kinds(select: &Selector) -> impl Iterator<Item = &'static Space> + '_ {
        select.choices.iter().filter_map(|(_, ty)| match ty {
            AttrType::Nested(space) => Some(*space),
            _ => None,
        })
    }

    #[test]
    fn every_enum_of_every_kind_has_a_width() {
        let Some(AttrType::Select(data)) = LINKINFO_ATTRS.by_name("data").map(|a| a.ty) else {
            panic!("IFLA_INFO_DATA is chosen by kind")
        };
        let mut seen = Vec::new();
        for space in kinds(data) {
            widths_writable(space, &mut seen);
        }
        assert!(seen.len() > 15, "{seen:?}");
    }

    #[test]
    fn names_and_widths_are_checked_and_nothing_changes_on_refusal() {
        let mut bond = KindData::for_kind("bond").unwrap();
        bond.set("mode", 4).unwrap().set("IFLA_BOND_MIIMON", 100u32).unwrap();
        let before = bond.clone();
        assert!(matches!(bond.set("prefixlen", 1), Err(Error::UnknownName(_))));
        assert!(matches!(bond.set("mode", 256), Err(Error::InvalidOption(_))));
        assert!(matches!(bond.set("miimon", -1), Err(Error::InvalidOption(_))));
        assert!(matches!(bond.set("miimon", "x"), Err(Error::InvalidOption(_))));
        assert_eq!(bond, before);
        // IFLA_BOND_MODE is a u8 in if_link.h, IFLA_BOND_MIIMON a u32.
        assert_eq!(bond.attrs(), &[(1, KindValue::U8(4)), (3, KindValue::U32(100))]);
        // An enum by its name, replacing the earlier value.
        bond.set("mode", "active-backup").unwrap();
        assert_eq!(bond.attrs(), &[(3, KindValue::U32(100)), (1, KindValue::U8(1))]);
        // IFLA_VLAN_PROTOCOL is a __be16; a flag set false is left out.
        let mut vlan = KindData::for_kind("vlan").unwrap();
        vlan.set("protocol", 0x88a8).unwrap();
        assert_eq!(vlan.attrs(), &[(5, KindValue::Be16(0x88a8))]);
        let mut vxlan = KindData::for_kind("vxlan").unwrap();
        vxlan.set("gbp", true).unwrap().set("gbp", false).unwrap();
        assert!(vxlan.is_empty());
        let mut mv = KindData::for_kind("macvlan").unwrap();
        assert!(mv.set("macaddr", [1u8, 2, 3]).is_ok(), "any hardware address length");
        assert!(mv.set("macaddr", [0u8; 33]).is_err());
        assert!(mv.set("mode", "nosuchmode").is_err());
        assert!(matches!(KindData::for_kind("nosuchkind"), Err(Error::UnknownName(_))));
    }

    #[test]
    fn typed_refusals_wait_for_the_send() {
        let mut vlan = KindData::for_kind("vlan").unwrap();
        vlan.put(|d| d.set("id", 70000));
        assert!(matches!(vlan.check(), Err(Error::InvalidOption(_))));
    }
}
