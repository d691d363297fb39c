//! Attribute specs: one static table per attribute space, as pyroute2's
//! `nla_map`, giving name lookup and generic decoding without allocation.
//!
//! A [`Space`] lists the attributes of one chain (`IFLA_*`, `IFLA_INFO_*`,
//! `IFLA_VXLAN_*`, ...) with their kernel name, short name and [`AttrType`].
//! A [`MessageSpec`] ties a message type to its family header
//! ([`StructSpec`]) and top-level space. [`Node`] walks a chain through its
//! space: `get("ifname")`, `get_path(&["stats64", "rx_bytes"])`.
//!
//! ```
//! use nlwire::addr::{Add, AddrEntry};
//! use nlwire::{build::Builder, spec::Value, Messages};
//! let entry = AddrEntry::new(1, "127.0.0.1".parse().unwrap(), 8)
//!     .with_label("lo")
//!     .with_lifetimes(u32::MAX, u32::MAX);
//! let mut buf = [0u8; 128];
//! let mut b = Builder::new(&mut buf);
//! b.push(&Add(entry), 1)?;
//! let lo = Messages::new(b.as_bytes()).next().unwrap()?;
//! assert_eq!(lo.get("label")?, Some(Value::Str("lo")));
//! assert_eq!(lo.get("IFA_LOCAL")?, Some(Value::Ip("127.0.0.1".parse().unwrap())));
//! assert_eq!(lo.get_path(&["cacheinfo", "valid_lft"])?, Some(Value::U32(u32::MAX)));
//! assert_eq!(lo.get("prefixlen")?, Some(Value::U8(8))); // a header field
//! # Ok::<(), nlwire::Error>(())
//! ```

use core::net::IpAddr;

use crate::attr::{Attr, Attrs};
use crate::error::{Error, Result};

/// How an attribute payload (or a struct field) is decoded.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum AttrType {
    /// Opaque bytes, shown as hex.
    Bytes,
    /// Empty payload; presence means true.
    Flag,
    /// Native-endian `u8`.
    U8,
    /// Native-endian `u16`.
    U16,
    /// Native-endian `u32`.
    U32,
    /// Native-endian `u64`.
    U64,
    /// Native-endian `i8`.
    S8,
    /// Native-endian `i16`.
    S16,
    /// Native-endian `i32`.
    S32,
    /// Native-endian `i64`.
    S64,
    /// Network-order `u16` (ports).
    Be16,
    /// Network-order `u32`.
    Be32,
    /// Network-order `u64`.
    Be64,
    /// Native-endian unsigned integer of 4 or 8 bytes (the kernel's `uint`).
    Uint,
    /// Native-endian signed integer of 4 or 8 bytes (the kernel's `sint`).
    Sint,
    /// NUL-terminated string.
    Str,
    /// IPv4 or IPv6 address by length.
    Ip,
    /// Link-layer address of any length, shown `aa:bb:cc`.
    Hwaddr,
    /// Unsigned integer laid out as the [`Scalar`] says, with names for values.
    Enum(Scalar, &'static [(u32, &'static str)]),
    /// Unsigned integer laid out as the [`Scalar`] says, a bit set with names for bits.
    Bits(Scalar, &'static [(u32, &'static str)]),
    /// A nested chain decoded with the given space.
    Nested(&'static Space),
    /// A fixed C struct.
    Struct(&'static StructSpec),
    /// A fixed C struct followed by an attribute chain (veth's peer, netem's options).
    Headed(&'static StructSpec, &'static Space),
    /// A nest whose entries are numbered by position, each of this type.
    Array(&'static AttrType),
    /// A type chosen by a sibling attribute or by the message family.
    Select(&'static Selector),
    /// `RTA_MULTIPATH`: a sequence of `struct rtnexthop`, each with attributes.
    Multipath(&'static Space),
}

/// The unsigned integer an [`AttrType::Enum`] or [`AttrType::Bits`] value
/// travels in: its width and byte order, from the spec's `type` and
/// `byte-order`.
///
/// ```
/// use nlwire::attr::Attr;
/// use nlwire::spec::Scalar;
/// // IFLA_VLAN_PROTOCOL is a big-endian u16: 802.1ad reads as 0x88a8.
/// assert_eq!(Scalar::Be16.read(&Attr::from_parts(5, &[0x88, 0xa8], 0)), Ok(0x88a8));
/// assert!(Scalar::U8.read(&Attr::from_parts(5, &[0, 0], 0)).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scalar {
    /// `u8`.
    U8,
    /// Native-endian `u16`.
    U16,
    /// Native-endian `u32`.
    U32,
    /// Native-endian `u64`.
    U64,
    /// Network-order `u16`.
    Be16,
    /// Network-order `u32`.
    Be32,
    /// Network-order `u64`.
    Be64,
    /// Native-endian 4 or 8 bytes (the kernel's `uint`).
    Uint,
}

impl Scalar {
    /// The plain integer type of the same layout (`Scalar::Be16` is
    /// [`AttrType::Be16`]).
    pub const fn ty(self) -> AttrType {
        match self {
            Scalar::U8 => AttrType::U8,
            Scalar::U16 => AttrType::U16,
            Scalar::U32 => AttrType::U32,
            Scalar::U64 => AttrType::U64,
            Scalar::Be16 => AttrType::Be16,
            Scalar::Be32 => AttrType::Be32,
            Scalar::Be64 => AttrType::Be64,
            Scalar::Uint => AttrType::Uint,
        }
    }

    /// The value of `attr`; a payload of another size is
    /// [`Error::AttrSize`], as for the plain integer types.
    pub fn read(self, attr: &Attr<'_>) -> Result<u64> {
        match self {
            Scalar::U8 => attr.u8().map(u64::from),
            Scalar::U16 => attr.u16().map(u64::from),
            Scalar::U32 => attr.u32().map(u64::from),
            Scalar::U64 => attr.u64(),
            Scalar::Be16 => attr.be16().map(u64::from),
            Scalar::Be32 => attr.be32().map(u64::from),
            Scalar::Be64 => attr.be64(),
            Scalar::Uint => attr.uint(),
        }
    }
}

/// One attribute of a [`Space`].
#[derive(Debug, Clone, Copy)]
pub struct AttrSpec {
    /// Numeric type.
    pub id: u16,
    /// The spec's name with `_` for `-`, such as `"macaddr_data"`; the kernel
    /// name is the space's [`Space::prefix`] and this in upper case.
    pub name: &'static str,
    /// How the payload is decoded.
    pub ty: AttrType,
}

/// The attributes of one chain, generated from a netlink spec's attribute set.
#[derive(Debug)]
pub struct Space {
    /// Name of the attribute set in its spec, such as `"linkinfo-vxlan-attrs"`.
    pub name: &'static str,
    /// Prefix of the kernel names, such as `"IFLA_VXLAN_"`.
    pub prefix: &'static str,
    /// Its attributes, sorted by id.
    pub attrs: &'static [AttrSpec],
    /// Hash table of the names: a power-of-two number of slots, each 0
    /// (empty) or a position in `attrs` plus 1 (see [`name_hash`]).
    pub by_name: &'static [u16],
}

impl Space {
    /// The spec of attribute `id`.
    pub fn by_id(&self, id: u16) -> Option<&'static AttrSpec> {
        let attrs: &'static [AttrSpec] = self.attrs;
        // Attribute numbers are nearly always dense: try the direct slot first.
        let first = attrs.first()?.id;
        if let Some(a) = id.checked_sub(first).and_then(|i| attrs.get(usize::from(i))) {
            if a.id == id {
                return Some(a);
            }
        }
        attrs.binary_search_by_key(&id, |a| a.id).ok().and_then(|i| attrs.get(i))
    }

    /// The spec named `name`: the kernel name (`"IFLA_VXLAN_ID"`), the short
    /// name (`"id"`), the spec's dashed name (`"port-range"`) or pyroute2's
    /// name, which keeps the prefix after its first word (`"vxlan_id"`).
    #[inline]
    pub fn by_name(&self, name: &str) -> Option<&'static AttrSpec> {
        // A byte loop: these few bytes cost less than a call to `memcmp`.
        let prefixed = !self.prefix.is_empty()
            && name.len() > self.prefix.len()
            && name.bytes().zip(self.prefix.bytes()).all(|(n, p)| n == p);
        let short = if prefixed { name.get(self.prefix.len()..).unwrap_or(name) } else { name };
        if let Some(a) = self.find_short(short).or_else(|| self.find_short(name)) {
            return Some(a);
        }
        // pyroute2: `brport_state` for IFLA_BRPORT_STATE, `vxlan_id` for IFLA_VXLAN_ID.
        let tails = self.prefix.match_indices('_').filter_map(|(i, _)| self.prefix.get(i + 1..));
        tails.filter(|t| !t.is_empty()).find_map(|tail| {
            let head = name.get(..tail.len())?;
            let rest = name.get(tail.len()..).filter(|r| !r.is_empty())?;
            head.eq_ignore_ascii_case(tail).then(|| self.find_short(rest)).flatten()
        })
    }

    /// Looks a name up in the hash table `by_name`: FNV-1a of the name as
    /// stored (lower case, `_`), open addressing with linear probing.
    fn find_short(&self, query: &str) -> Option<&'static AttrSpec> {
        let attrs: &'static [AttrSpec] = self.attrs;
        let slots = self.by_name;
        let mask = slots.len().checked_sub(1)?;
        let mut slot = name_hash(query) as usize & mask;
        for _ in 0..slots.len() {
            let pos = usize::from(*slots.get(slot)?);
            let attr = attrs.get(pos.checked_sub(1)?)?;
            if same_name(attr.name, query) {
                return Some(attr);
            }
            slot = (slot + 1) & mask;
        }
        None
    }

    /// Writes the kernel name of `attr`, such as `IFLA_VXLAN_ID`.
    pub fn kernel_name(&self, attr: &AttrSpec) -> KernelName {
        KernelName { prefix: self.prefix, name: attr.name }
    }
}

/// Hash of a name as typed, read as stored (lower case, `_` for `-`):
/// FNV-1a (32 bits) over its length and its first, middle and last bytes.
/// Four steps whatever the length, and names of one space rarely share all
/// four (a quarter of a probe more on average than hashing every byte). The
/// generator hashes the stored names the same way.
///
/// ```
/// use nlwire::spec::name_hash;
/// assert_eq!(name_hash("IFNAME"), name_hash("ifname"));
/// assert_eq!(name_hash("port-range"), name_hash("port_range"));
/// ```
pub fn name_hash(name: &str) -> u32 {
    let bytes = name.as_bytes();
    let len = bytes.len();
    let step = |hash: u32, byte: u8| (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193);
    let start = step(0x811c_9dc5, len as u8);
    [0, len / 2, len.wrapping_sub(1)]
        .iter()
        .fold(start, |hash, &i| bytes.get(i).map_or(hash, |&b| step(hash, as_stored(b))))
}

/// Whether a stored short name is the name as typed: case and `-`/`_` do
/// not matter. Names are short, so a byte loop beats a call to `memcmp`.
#[inline]
fn same_name(stored: &str, query: &str) -> bool {
    stored == query
        || stored.len() == query.len() && stored.bytes().zip(query.bytes()).all(|(s, q)| s == as_stored(q))
}

/// A typed name's byte as the tables store it: lower case, `_` for `-`.
#[inline]
const fn as_stored(b: u8) -> u8 {
    if b == b'-' {
        b'_'
    } else {
        b.to_ascii_lowercase()
    }
}

/// The kernel's name of an attribute, written without allocating.
///
/// ```
/// let space = &nlwire::tables::rt_link::LINK_ATTRS;
/// let mtu = space.by_name("mtu").unwrap();
/// assert_eq!(format!("{}", space.kernel_name(mtu)), "IFLA_MTU");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct KernelName {
    prefix: &'static str,
    name: &'static str,
}

impl KernelName {
    /// The whole name in `buf`, the stored name upper-cased: copied in two
    /// pieces, not a character at a time; `None` if it does not fit.
    pub(crate) fn in_buf<'b>(&self, buf: &'b mut [u8; 64]) -> Option<&'b str> {
        let (prefix, name) = (self.prefix.as_bytes(), self.name.as_bytes());
        let whole = buf.get_mut(..prefix.len() + name.len())?;
        let (head, tail) = whole.split_at_mut(prefix.len());
        head.copy_from_slice(prefix);
        tail.copy_from_slice(name);
        tail.make_ascii_uppercase();
        core::str::from_utf8(whole).ok()
    }
}

impl core::fmt::Display for KernelName {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        use core::fmt::Write;
        match self.in_buf(&mut [0; 64]) {
            Some(whole) => f.write_str(whole),
            // Too long for the buffer: a character at a time.
            None => {
                f.write_str(self.prefix)?;
                self.name.chars().try_for_each(|c| f.write_char(c.to_ascii_uppercase()))
            }
        }
    }
}

/// A field of a [`StructSpec`].
#[derive(Debug, Clone, Copy)]
pub struct Field {
    /// Name, such as `"rx_bytes"`.
    pub name: &'static str,
    /// Another name it is found by (pyroute2's), or `""`.
    pub alias: &'static str,
    /// Byte offset in the struct.
    pub offset: usize,
    /// Byte length.
    pub len: usize,
    /// How it is decoded (scalar types, `Enum`, `Bits`, `Ip`, `Hwaddr`, `Bytes`, `Struct`).
    pub ty: AttrType,
}

impl Field {
    /// A field at `offset` of `len` bytes.
    pub const fn new(name: &'static str, offset: usize, len: usize, ty: AttrType) -> Field {
        Field { name, alias: "", offset, len, ty }
    }
    /// A field that is also found by `alias`.
    pub const fn aliased(
        name: &'static str,
        alias: &'static str,
        offset: usize,
        len: usize,
        ty: AttrType,
    ) -> Field {
        Field { name, alias, offset, len, ty }
    }
}

/// A fixed C struct: family headers and struct-valued attributes.
#[derive(Debug)]
pub struct StructSpec {
    /// C name, such as `"ifinfomsg"`.
    pub name: &'static str,
    /// Size in bytes of the struct as C lays it out; a payload may be longer
    /// (a newer kernel's struct), not shorter.
    pub size: usize,
    /// The prefix every field name shares (`"ifi_"`), which lookups may omit.
    pub prefix: &'static str,
    /// Its fields.
    pub fields: &'static [Field],
}

impl StructSpec {
    /// `field`'s name without the struct's prefix (`"index"` for
    /// `ifi_index`), or whole if it lacks it. Compared byte by byte: the
    /// prefixes are short, and the formatter asks for every field it writes.
    pub(crate) fn short_name(&self, field: &Field) -> &'static str {
        let (name, prefix) = (field.name.as_bytes(), self.prefix.as_bytes());
        let prefixed = name.len() >= prefix.len() && name.iter().zip(prefix).all(|(n, p)| n == p);
        match prefixed {
            true => field.name.get(prefix.len()..).unwrap_or(field.name),
            false => field.name,
        }
    }

    /// The field named `name`: its name, its name without the struct's
    /// prefix (`"index"` for `ifi_index`) or its alias.
    pub fn field(&self, name: &str) -> Option<&'static Field> {
        let fields: &'static [Field] = self.fields;
        let unprefixed =
            |f: &Field| !self.prefix.is_empty() && f.name.strip_prefix(self.prefix) == Some(name);
        let alias = |f: &Field| !f.alias.is_empty() && f.alias == name;
        fields.iter().find(|f| same_name(f.name, name) || unprefixed(f) || alias(f))
    }
}

/// `struct nla_bitfield32`: a value and the mask of the bits it sets.
pub static BITFIELD32: StructSpec = StructSpec {
    name: "nla_bitfield32",
    size: 8,
    prefix: "",
    fields: &[Field::new("value", 0, 4, AttrType::U32), Field::new("selector", 4, 4, AttrType::U32)],
};

/// What a [`Selector`] looks at.
#[derive(Debug, Clone, Copy)]
pub enum SelectBy {
    /// The string value of a sibling attribute (`IFLA_INFO_KIND` for `IFLA_INFO_DATA`).
    Sibling(u16),
    /// The string value of an attribute of the enclosing chain (tc's `TCA_KIND`
    /// for `TCA_STATS_APP` inside `TCA_STATS2`).
    Outer(u16),
    /// The address family in the message's family header.
    Family,
}

/// A key of a [`Selector`] choice.
#[derive(Debug, Clone, Copy)]
pub enum Key {
    /// Matches a sibling's string value.
    Str(&'static str),
    /// Matches the family number.
    Num(u8),
}

/// Picks the type of an attribute from context, such as kind-dependent data.
#[derive(Debug)]
pub struct Selector {
    /// What decides.
    pub by: SelectBy,
    /// The choices.
    pub choices: &'static [(Key, AttrType)],
    /// The type when no choice matches.
    pub fallback: AttrType,
}

/// Ties a message layout to its header and attribute space.
#[derive(Debug)]
pub struct MessageSpec {
    /// The netlink spec it comes from, such as `"rt-link"`.
    pub family: &'static str,
    /// The family header.
    pub header: &'static StructSpec,
    /// The top-level attribute space.
    pub space: &'static Space,
}

/// `struct genlmsghdr`: the header of every generic netlink message.
pub static GENLMSGHDR: StructSpec = StructSpec {
    name: "genlmsghdr",
    size: 4,
    prefix: "",
    fields: &[
        Field::new("cmd", 0, 1, AttrType::U8),
        Field::new("version", 1, 1, AttrType::U8),
        Field::new("reserved", 2, 2, AttrType::U16),
    ],
};

/// A generic netlink family: its name (as nlctrl resolves it), multicast
/// groups and commands. Its message type is the id the kernel gave it.
#[derive(Debug)]
pub struct GenlFamily {
    /// Family name, such as `"ethtool"`.
    pub name: &'static str,
    /// Multicast group names.
    pub groups: &'static [&'static str],
    /// Commands user space sends, sorted by number.
    pub to_kernel: &'static [GenlCommand],
    /// Commands the kernel sends (replies, notifications), sorted by number.
    pub from_kernel: &'static [GenlCommand],
}

/// A command of a [`GenlFamily`].
#[derive(Debug)]
pub struct GenlCommand {
    /// `genlmsghdr.cmd`.
    pub cmd: u16,
    /// Kernel name, such as `"ETHTOOL_MSG_FEATURES_GET"`.
    pub name: &'static str,
    /// How its payload is laid out.
    pub spec: &'static MessageSpec,
}

impl GenlFamily {
    /// The command `cmd` as the kernel sends it, or else as user space sends it.
    pub fn command(&self, cmd: u8) -> Option<&'static GenlCommand> {
        let find = |list: &'static [GenlCommand]| list.iter().find(|c| c.cmd == u16::from(cmd));
        find(self.from_kernel).or_else(|| find(self.to_kernel))
    }

    /// The command of `msg`: a request (`NLM_F_REQUEST`) is user space's,
    /// so its command is looked up there first; anything else the kernel's
    /// (where the two number alike, as IOAM6's event and its first command,
    /// the direction tells them apart).
    pub fn command_of(&self, msg: &crate::message::Message<'_>) -> Option<&'static GenlCommand> {
        let cmd = u16::from(*msg.payload().first()?);
        let find = |list: &'static [GenlCommand]| list.iter().find(|c| c.cmd == cmd);
        if msg.flags().contains(crate::message::MsgFlags::REQUEST) {
            find(self.to_kernel).or_else(|| find(self.from_kernel))
        } else {
            find(self.from_kernel).or_else(|| find(self.to_kernel))
        }
    }
}

/// A message type of a protocol, with its name and spec.
#[derive(Debug)]
pub struct MessageType {
    /// `nlmsg_type`.
    pub kind: u16,
    /// Kernel name, such as `"RTM_NEWLINK"`.
    pub name: &'static str,
    /// How its payload is laid out.
    pub spec: &'static MessageSpec,
}

/// A decoded value, borrowed from the message.
///
/// Compare it with plain numbers and text, whatever width and sign the
/// kernel used (`v == 1`, `v == "lo"`), read it with [`as_u32`],
/// [`as_u64`], [`as_i64`], [`as_str`], [`as_ip`] and [`as_mac`], or print
/// it as `ip` would (its `Display`: numbers in decimal, addresses in their
/// usual text, enums and flags by name).
///
/// ```
/// use nlwire::addr::{Add, AddrEntry};
/// use nlwire::{build::Builder, Messages};
/// let mut buf = [0u8; 128];
/// let mut b = Builder::new(&mut buf);
/// b.push(&Add(AddrEntry::new(1, "127.0.0.1".parse().unwrap(), 8).with_label("lo")), 1)?;
/// let lo = Messages::new(b.as_bytes()).next().unwrap()?;
/// let index = lo.get("index")?.unwrap();
/// assert!(index == 1);
/// assert_eq!(index.as_u32(), Some(1));
/// assert!(lo.get("label")?.unwrap() == "lo");
/// assert_eq!(lo.get("local")?.unwrap().to_string(), "127.0.0.1");
/// # Ok::<(), nlwire::Error>(())
/// ```
///
/// [`as_u32`]: Value::as_u32
/// [`as_u64`]: Value::as_u64
/// [`as_i64`]: Value::as_i64
/// [`as_str`]: Value::as_str
/// [`as_ip`]: Value::as_ip
/// [`as_mac`]: Value::as_mac
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Value<'a> {
    /// A flag attribute is present.
    Flag,
    /// Unsigned 8-bit.
    U8(u8),
    /// Unsigned 16-bit.
    U16(u16),
    /// Unsigned 32-bit.
    U32(u32),
    /// Unsigned 64-bit.
    U64(u64),
    /// Signed 8-bit.
    S8(i8),
    /// Signed 16-bit.
    S16(i16),
    /// Signed 32-bit.
    S32(i32),
    /// Signed 64-bit.
    S64(i64),
    /// A string.
    Str(&'a str),
    /// An IP address.
    Ip(IpAddr),
    /// A link-layer address.
    Hwaddr(&'a [u8]),
    /// Raw bytes (unknown attributes, opaque payloads).
    Bytes(&'a [u8]),
    /// An enumerated value and its name when known.
    Enum(u64, Option<&'static str>),
    /// A bit set and the names of its bits.
    Bits(u64, &'static [(u32, &'static str)]),
    /// A nested chain.
    Nested(Node<'a>),
    /// A struct.
    Struct(&'a [u8], &'static StructSpec),
    /// A struct followed by an attribute chain.
    Headed(&'a [u8], &'static StructSpec, Node<'a>),
    /// `RTA_MULTIPATH` payload, iterate with [`crate::rtnl::NextHops`].
    Multipath(&'a [u8], &'static Space),
    /// A nest of entries numbered by position, each of the same type.
    Array(Array<'a>),
}

impl<'a> Value<'a> {
    /// Any integer, enum or bit set, exactly, whatever width and sign the
    /// kernel used.
    fn integer(&self) -> Option<i128> {
        Some(match *self {
            Value::U8(v) => v.into(),
            Value::U16(v) => v.into(),
            Value::U32(v) => v.into(),
            Value::U64(v) | Value::Enum(v, _) | Value::Bits(v, _) => v.into(),
            Value::S8(v) => v.into(),
            Value::S16(v) => v.into(),
            Value::S32(v) => v.into(),
            Value::S64(v) => v.into(),
            _ => return None,
        })
    }

    /// The value as a `u64`, for any integer, enum or bit set that fits
    /// (a negative one does not).
    ///
    /// ```
    /// use nlwire::spec::Value;
    /// assert_eq!(Value::S32(1).as_u64(), Some(1));
    /// assert_eq!(Value::S32(-1).as_u64(), None);
    /// ```
    pub fn as_u64(&self) -> Option<u64> {
        self.integer().and_then(|v| v.try_into().ok())
    }

    /// The value as a `u32`, for any integer, enum or bit set that fits:
    /// the interface index is `S32` in a link message and `U32` in an
    /// address message, and both give `Some(1)` for `lo`.
    ///
    /// ```
    /// use nlwire::spec::Value;
    /// assert_eq!(Value::S32(1).as_u32(), Some(1));
    /// assert_eq!(Value::U64(1 << 32).as_u32(), None);
    /// ```
    pub fn as_u32(&self) -> Option<u32> {
        self.integer().and_then(|v| v.try_into().ok())
    }

    /// The value as an `i64`, for any integer, enum or bit set that fits
    /// (a `U64` above `i64::MAX` does not).
    pub fn as_i64(&self) -> Option<i64> {
        self.integer().and_then(|v| v.try_into().ok())
    }

    /// The text of a string, or the name of an enumerated value
    /// (`"UP"` for `IFLA_OPERSTATE` 6), as pyroute2 gives both.
    pub fn as_str(&self) -> Option<&'a str> {
        match *self {
            Value::Str(s) => Some(s),
            Value::Enum(_, Some(name)) => Some(name),
            _ => None,
        }
    }

    /// The address of an IP address value.
    pub fn as_ip(&self) -> Option<IpAddr> {
        match *self {
            Value::Ip(ip) => Some(ip),
            _ => None,
        }
    }

    /// The address of a link-layer address value of 6 bytes (Ethernet and
    /// most others; see [`Value::Hwaddr`] for the rest).
    pub fn as_mac(&self) -> Option<[u8; 6]> {
        match *self {
            Value::Hwaddr(bytes) => bytes.try_into().ok(),
            _ => None,
        }
    }

    /// Whether the value reads as `text`: a string or an enum's name equal
    /// to it, an IP address equal to the address it parses to, a link-layer
    /// address equal to its `aa:bb:cc` form (either case).
    fn reads_as(&self, text: &str) -> bool {
        match *self {
            Value::Ip(ip) => text.parse::<IpAddr>() == Ok(ip),
            Value::Hwaddr(bytes) => {
                let mut parts = text.split(':');
                let same = bytes.iter().all(|b| parts.next().and_then(hex_byte) == Some(*b));
                same && parts.next().is_none()
            }
            _ => self.as_str() == Some(text),
        }
    }
}

/// One or two hex digits, as a byte of `aa:bb:cc`.
fn hex_byte(digits: &str) -> Option<u8> {
    let ok = (1..=2).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_hexdigit());
    ok.then(|| u8::from_str_radix(digits, 16).ok()).flatten()
}

/// `value == 1`: equal when the value is an integer, enum or bit set of
/// that number, whatever width and sign the kernel sent it with.
macro_rules! eq_integer {
    ($($int:ty),*) => {$(
        impl PartialEq<$int> for Value<'_> {
            fn eq(&self, other: &$int) -> bool {
                matches!(self.integer(), Some(v) if i128::try_from(*other) == Ok(v))
            }
        }
        impl PartialEq<Value<'_>> for $int {
            fn eq(&self, other: &Value<'_>) -> bool {
                other == self
            }
        }
    )*};
}
eq_integer!(u8, u16, u32, u64, usize, i8, i16, i32, i64, isize);

/// `value == "lo"`: a string or an enum's name, an IP address or a
/// link-layer address that reads as the text.
impl PartialEq<str> for Value<'_> {
    fn eq(&self, other: &str) -> bool {
        self.reads_as(other)
    }
}
impl PartialEq<&str> for Value<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.reads_as(other)
    }
}
impl PartialEq<Value<'_>> for str {
    fn eq(&self, other: &Value<'_>) -> bool {
        other.reads_as(self)
    }
}
impl PartialEq<Value<'_>> for &str {
    fn eq(&self, other: &Value<'_>) -> bool {
        other.reads_as(self)
    }
}

/// An attribute chain together with the space that names its attributes.
#[derive(Debug, Clone)]
pub struct Node<'a> {
    /// The chain.
    pub attrs: Attrs<'a>,
    /// Its space.
    pub space: &'static Space,
    /// Address family of the message, for [`SelectBy::Family`].
    pub family: u8,
    /// The chain that holds this one (empty at the top), for [`SelectBy::Outer`].
    pub outer: Attrs<'a>,
}

/// The entries of an indexed array: attribute `i` is entry `i`.
#[derive(Debug, Clone)]
pub struct Array<'a> {
    /// The entries.
    pub attrs: Attrs<'a>,
    /// The type of every entry.
    pub elem: &'static AttrType,
}

impl PartialEq for Array<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.attrs.bytes() == other.attrs.bytes() && core::ptr::eq(self.elem, other.elem)
    }
}

impl PartialEq for Node<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.attrs.bytes() == other.attrs.bytes() && self.space == other.space
    }
}

impl<'a> Node<'a> {
    /// Resolves the type of `attr` in this chain (following selectors).
    #[inline]
    pub fn attr_type(&self, spec: &AttrSpec) -> Result<AttrType> {
        let mut ty = spec.ty;
        while let AttrType::Select(sel) = ty {
            ty = self.select(sel)?;
        }
        Ok(ty)
    }

    fn select(&self, sel: &'static Selector) -> Result<AttrType> {
        let by_kind = |attrs: &Attrs<'a>, id: u16| -> Result<Option<&'static (Key, AttrType)>> {
            let Some(a) = attrs.find(id)? else { return Ok(None) };
            let s = a.str()?;
            Ok(sel.choices.iter().find(|(k, _)| matches!(k, Key::Str(v) if *v == s)))
        };
        let chosen = match sel.by {
            SelectBy::Sibling(id) => by_kind(&self.attrs, id)?,
            SelectBy::Outer(id) => by_kind(&self.outer, id)?,
            SelectBy::Family => {
                sel.choices.iter().find(|(k, _)| matches!(k, Key::Num(f) if *f == self.family))
            }
        };
        Ok(chosen.map_or(sel.fallback, |(_, ty)| *ty))
    }

    /// Decodes `attr` as its spec says; unknown ids decode as bytes.
    pub fn decode(&self, attr: &Attr<'a>) -> Result<Value<'a>> {
        match self.space.by_id(attr.kind()) {
            Some(spec) => self.decode_as(attr, self.attr_type(spec)?),
            None => Ok(Value::Bytes(attr.payload())),
        }
    }

    /// Decodes `attr`, an attribute of this chain, as `ty`.
    #[inline]
    pub fn decode_as(&self, attr: &Attr<'a>, ty: AttrType) -> Result<Value<'a>> {
        decode(attr, ty, self.family, self.attrs.clone())
    }

    /// The first attribute named `name` (kernel, short or dashed name), decoded.
    #[inline]
    pub fn get(&self, name: &str) -> Result<Option<Value<'a>>> {
        let spec = self.space.by_name(name).ok_or(Error::UnknownName)?;
        match self.attrs.find(spec.id)? {
            Some(attr) => self.decode_as(&attr, self.attr_type(spec)?).map(Some),
            None => Ok(None),
        }
    }

    /// Every attribute named `name`, decoded, in order.
    pub fn get_all<'n>(&'n self, name: &str) -> Result<impl Iterator<Item = Result<Value<'a>>> + 'n> {
        let spec = self.space.by_name(name).ok_or(Error::UnknownName)?;
        let ty = self.attr_type(spec)?;
        Ok(self.attrs.find_all(spec.id).map(move |a| a.and_then(|a| self.decode_as(&a, ty))))
    }

    /// Follows `path` through nests and struct fields.
    pub fn get_path(&self, path: &[&str]) -> Result<Option<Value<'a>>> {
        let Some((first, rest)) = path.split_first() else {
            return Ok(Some(Value::Nested(self.clone())));
        };
        match self.get(first)? {
            Some(v) => value_path(v, rest),
            None => Ok(None),
        }
    }
}

/// Continues a path from a value: into a nest or a struct field.
pub(crate) fn value_path<'a>(value: Value<'a>, path: &[&str]) -> Result<Option<Value<'a>>> {
    let Some((first, rest)) = path.split_first() else {
        return Ok(Some(value));
    };
    match value {
        Value::Nested(node) => node.get_path(path),
        Value::Headed(bytes, spec, node) => match spec.field(first) {
            Some(field) => match field_value(bytes, field)? {
                Some(v) => value_path(v, rest),
                None => Ok(None),
            },
            None => node.get_path(path),
        },
        Value::Struct(bytes, spec) => {
            let field = spec.field(first).ok_or(Error::UnknownName)?;
            match field_value(bytes, field)? {
                Some(v) => value_path(v, rest),
                None => Ok(None),
            }
        }
        Value::Array(array) => {
            let index: u16 = first.parse().map_err(|_| Error::UnknownName)?;
            match array.attrs.find(index)? {
                Some(a) => value_path(decode(&a, *array.elem, 0, array.attrs.clone())?, rest),
                None => Ok(None),
            }
        }
        _ => Err(Error::UnknownName),
    }
}

/// Decodes one field of a struct; `None` if the struct is too short for it
/// (an older kernel's shorter struct).
#[inline]
pub fn field_value<'a>(bytes: &'a [u8], field: &Field) -> Result<Option<Value<'a>>> {
    match bytes.get(field.offset..field.offset + field.len) {
        Some(b) => decode(&Attr::from_parts(0, b, 0), field.ty, 0, Attrs::new(&[])).map(Some),
        None => Ok(None),
    }
}

/// Splits a struct-headed payload; a payload shorter than the struct is malformed.
fn headed<'a>(attr: &Attr<'a>, spec: &StructSpec) -> Result<(&'a [u8], Attrs<'a>)> {
    let payload = attr.payload();
    let header = payload.get(..spec.size).ok_or(Error::AttrSize {
        kind: attr.kind(),
        offset: attr.offset(),
        expected: spec.size,
        actual: payload.len(),
    })?;
    let skip = crate::wire::align(spec.size);
    let rest = payload.get(skip..).unwrap_or(&[]);
    Ok((header, Attrs::with_offset(rest, attr.offset() + crate::attr::NLA_HDRLEN + skip)))
}

/// Decodes `attr` as `ty`; `family` is the message's address family and
/// `outer` the chain holding `attr` (both for selectors further down).
#[inline]
pub fn decode<'a>(attr: &Attr<'a>, ty: AttrType, family: u8, outer: Attrs<'a>) -> Result<Value<'a>> {
    let payload = attr.payload();
    Ok(match ty {
        AttrType::Bytes => Value::Bytes(payload),
        AttrType::Flag => attr.flag().map(|_| Value::Flag)?,
        AttrType::U8 => Value::U8(attr.u8()?),
        AttrType::U16 => Value::U16(attr.u16()?),
        AttrType::U32 => Value::U32(attr.u32()?),
        AttrType::U64 => Value::U64(attr.u64()?),
        AttrType::S8 => Value::S8(attr.i8()?),
        AttrType::S16 => Value::S16(attr.i16()?),
        AttrType::S32 => Value::S32(attr.i32()?),
        AttrType::S64 => Value::S64(attr.i64()?),
        AttrType::Be16 => Value::U16(attr.be16()?),
        AttrType::Be32 => Value::U32(attr.be32()?),
        AttrType::Be64 => Value::U64(attr.be64()?),
        AttrType::Uint => Value::U64(attr.uint()?),
        AttrType::Sint => Value::S64(attr.sint()?),
        AttrType::Str => Value::Str(attr.str()?),
        AttrType::Ip => Value::Ip(attr.ip()?),
        AttrType::Hwaddr => Value::Hwaddr(payload),
        AttrType::Enum(scalar, names) => {
            let v = scalar.read(attr)?;
            Value::Enum(v, names.iter().find(|(n, _)| u64::from(*n) == v).map(|(_, s)| *s))
        }
        AttrType::Bits(scalar, names) => Value::Bits(scalar.read(attr)?, names),
        AttrType::Nested(space) => Value::Nested(Node { attrs: attr.nested(), space, family, outer }),
        AttrType::Struct(spec) => {
            if payload.len() < spec.size {
                return Err(Error::AttrSize {
                    kind: attr.kind(),
                    offset: attr.offset(),
                    expected: spec.size,
                    actual: payload.len(),
                });
            }
            Value::Struct(payload, spec)
        }
        AttrType::Headed(spec, space) => {
            let (header, attrs) = headed(attr, spec)?;
            Value::Headed(header, spec, Node { attrs, space, family, outer })
        }
        AttrType::Array(elem) => Value::Array(Array { attrs: attr.nested(), elem }),
        AttrType::Multipath(space) => Value::Multipath(payload, space),
        // A selector is resolved by the node that holds the attribute; one
        // met without context decodes as bytes.
        AttrType::Select(_) => Value::Bytes(payload),
    })
}

// Spec tables are statics: two are equal when they are the same table.
impl PartialEq for Space {
    fn eq(&self, other: &Self) -> bool {
        core::ptr::eq(self, other)
    }
}
impl PartialEq for StructSpec {
    fn eq(&self, other: &Self) -> bool {
        core::ptr::eq(self, other)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tables::rt_link::{
        IFINFOMSG, IFINFO_FLAGS, IPV4_DEVCONF, LINKINFO_IP6TNL_ATTRS, LINKINFO_VLAN_ATTRS,
        LINKINFO_VXLAN_ATTRS, LINK_ATTRS,
    };
    use crate::test_prelude::*;

    /// Every space and every struct reachable from the rtnetlink and
    /// generic netlink tables.
    fn every_space_and_struct() -> (Vec<&'static Space>, Vec<&'static StructSpec>) {
        type Seen = (Vec<&'static Space>, Vec<&'static StructSpec>);
        fn visit_struct(spec: &'static StructSpec, seen: &mut Seen) {
            if !seen.1.iter().any(|s| core::ptr::eq(*s, spec)) {
                seen.1.push(spec);
                spec.fields.iter().for_each(|f| visit_type(&f.ty, seen));
            }
        }
        fn visit_type(ty: &AttrType, seen: &mut Seen) {
            match *ty {
                AttrType::Nested(space) | AttrType::Multipath(space) => visit(space, seen),
                AttrType::Headed(spec, space) => {
                    visit_struct(spec, seen);
                    visit(space, seen);
                }
                AttrType::Struct(spec) => visit_struct(spec, seen),
                AttrType::Array(elem) => visit_type(elem, seen),
                AttrType::Select(sel) => {
                    sel.choices.iter().for_each(|(_, ty)| visit_type(ty, seen));
                    visit_type(&sel.fallback, seen);
                }
                _ => {}
            }
        }
        fn visit(space: &'static Space, seen: &mut Seen) {
            if !seen.0.iter().any(|s| core::ptr::eq(*s, space)) {
                seen.0.push(space);
                space.attrs.iter().for_each(|a| visit_type(&a.ty, seen));
            }
        }
        let mut seen = (Vec::new(), Vec::new());
        let mut visit_message = |spec: &'static MessageSpec| {
            visit_struct(spec.header, &mut seen);
            visit(spec.space, &mut seen);
        };
        crate::registry::message_specs().for_each(&mut visit_message);
        for family in crate::registry::generic_families() {
            family.to_kernel.iter().chain(family.from_kernel).for_each(|c| visit_message(c.spec));
        }
        seen
    }

    /// The formatter writes attribute and field names into JSON strings as
    /// they are: none of them holds a character JSON needs escaped, and
    /// every kernel name fits the buffer it is upper-cased in.
    #[test]
    fn table_names_need_no_json_escape() {
        let (spaces, structs) = every_space_and_struct();
        assert!(structs.len() > 50, "{} structs", structs.len());
        let plain = |name: &str| name.chars().all(|c| c != '"' && c != '\\' && c >= ' ');
        for space in spaces {
            for a in space.attrs {
                assert!(plain(&space.kernel_name(a).to_string()), "{} {}", space.name, a.name);
                // The formatter writes the name from a 64-byte buffer.
                assert!(space.kernel_name(a).in_buf(&mut [0; 64]).is_some(), "{} {}", space.name, a.name);
            }
        }
        for spec in structs {
            spec.fields.iter().for_each(|f| assert!(plain(spec.short_name(f)), "{} {}", spec.name, f.name));
        }
    }

    /// The hash table lookup finds every attribute, colliding ones included,
    /// by its short, dashed and kernel name, and nothing else.
    #[test]
    fn every_attribute_of_every_space_is_found_by_each_of_its_names() {
        let (spaces, _) = every_space_and_struct();
        assert!(spaces.len() > 100, "{} spaces", spaces.len());
        for space in spaces {
            let found = |name: &str| space.by_name(name).map(|a| a.name);
            for a in space.attrs {
                assert_eq!(found(a.name), Some(a.name), "{} {}", space.name, a.name);
                assert_eq!(found(&a.name.replace('_', "-")), Some(a.name), "{} {}", space.name, a.name);
                let kernel = space.kernel_name(a).to_string();
                assert_eq!(found(&kernel), Some(a.name), "{} {kernel}", space.name);
            }
            assert_eq!(found("no_such_attribute"), None, "{}", space.name);
        }
    }

    /// A kernel name is the prefix and the stored name upper-cased: whole
    /// in the buffer, or a character at a time past its 64 bytes.
    #[test]
    fn kernel_names_are_upper_cased_whatever_their_length() {
        let long = "a_name_longer_than_the_sixty_four_bytes_of_the_buffer_that_holds_it";
        assert_eq!(KernelName { prefix: "IFLA_", name: "vxlan_id" }.to_string(), "IFLA_VXLAN_ID");
        assert_eq!(
            KernelName { prefix: "IFLA_", name: long }.to_string(),
            "IFLA_".to_string() + &long.to_ascii_uppercase()
        );
    }

    /// A field is written without the struct's prefix, and whole when it
    /// does not start with it (even when it is the start of the prefix).
    #[test]
    fn fields_are_named_without_the_structs_prefix() {
        static FIELDS: [Field; 4] = [
            Field::new("ifi_index", 0, 4, AttrType::U32),
            Field::new("if", 4, 4, AttrType::U32),
            Field::new("ifx_mtu", 8, 4, AttrType::U32),
            Field::new("ifi_", 12, 4, AttrType::U32),
        ];
        let spec = StructSpec { name: "test", size: 16, prefix: "ifi_", fields: &FIELDS };
        let names: Vec<&str> = FIELDS.iter().map(|f| spec.short_name(f)).collect();
        assert_eq!(names, ["index", "if", "ifx_mtu", ""]);
        let bare = StructSpec { prefix: "", ..spec };
        assert_eq!(bare.short_name(&FIELDS[0]), "ifi_index");
    }

    #[test]
    fn attributes_are_found_by_id_in_sparse_spaces() {
        // if_tunnel.h: IFLA_IPTUN_TTL 4, IFLA_IPTUN_TOS 5 (IPv4 tunnels only),
        // IFLA_IPTUN_ENCAP_LIMIT 6, IFLA_IPTUN_ENCAP_TYPE 15.
        let ip6 = &LINKINFO_IP6TNL_ATTRS;
        let name = |id| ip6.by_id(id).map(|a| a.name);
        assert_eq!((name(4), name(6), name(15)), (Some("ttl"), Some("encap_limit"), Some("encap_type")));
        assert_eq!((name(0), name(5), name(u16::MAX)), (None, None, None));
        // if_link.h: IFLA_MTU 4.
        let mtu = LINK_ATTRS.by_id(4).unwrap();
        assert_eq!((mtu.name, LINK_ATTRS.kernel_name(mtu).to_string()), ("mtu", "IFLA_MTU".to_string()));
    }

    #[test]
    fn pyroute2_names_keep_the_prefix_after_its_first_word() {
        // if_link.h: IFLA_VXLAN_ID 1, IFLA_VXLAN_PORT_RANGE 10.
        let vxlan = &LINKINFO_VXLAN_ATTRS;
        let id = |name| vxlan.by_name(name).map(|a| a.id);
        assert_eq!((id("vxlan_id"), id("VXLAN_PORT_RANGE"), id("port-range")), (Some(1), Some(10), Some(10)));
        assert_eq!((id("vxlan_"), id("vxlan_nope"), id("IFLA_VXLAN_"), id("")), (None, None, None, None));
        assert_eq!(LINK_ATTRS.by_name("IFLA_").map(|a| a.id), None);
    }

    #[test]
    fn struct_fields_by_name_unprefixed_name_or_alias() {
        // struct ifinfomsg: ifi_family (u8) at 0, ifi_type (u16) at 2, ifi_index (s32) at 4.
        let offset = |name| IFINFOMSG.field(name).map(|f| f.offset);
        assert_eq!((offset("ifi_index"), offset("index"), offset("IFI-INDEX")), (Some(4), Some(4), Some(4)));
        assert_eq!((offset("nope"), offset("ifi_"), offset("")), (None, None, None));
        // pyroute2 calls IPV4_DEVCONF_ARPFILTER `arp_filter`.
        let name = |name| IPV4_DEVCONF.field(name).map(|f| f.name);
        assert_eq!((name("arp_filter"), name("arpfilter")), (Some("arpfilter"), Some("arpfilter")));
        assert!(BITFIELD32.field("").is_none());
    }

    #[test]
    fn generic_commands_are_the_kernels_first() {
        // genetlink.h: the kernel answers CTRL_CMD_GETFAMILY (3) with
        // CTRL_CMD_NEWFAMILY (1); CTRL_CMD_DELFAMILY (2) is not in the spec.
        let ctrl = &crate::tables::nlctrl::FAMILY;
        let cmd = |n| ctrl.command(n).map(|c| c.cmd);
        assert_eq!((cmd(1), cmd(3), cmd(10), cmd(2)), (Some(1), Some(3), Some(10), None));
        // ETHTOOL_MSG_LINKINFO_GET and ETHTOOL_MSG_LINKINFO_GET_REPLY are both 2.
        let ethtool = &crate::tables::ethtool::FAMILY;
        assert_eq!(ethtool.command(2).map(|c| c.name), Some("ETHTOOL_MSG_LINKINFO_GET_REPLY"));
        // A message's direction picks: a request (NLM_F_REQUEST) is user
        // space's, anything else the kernel's.
        let request = crate::genl::test_bytes::message(0x14, 0x0001, 1, 2, &[]);
        let reply = crate::genl::test_bytes::message(0x14, 0x0000, 1, 2, &[]);
        let name = |bytes: &[u8]| {
            let msg = crate::Messages::new(bytes).next().unwrap().unwrap();
            ethtool.command_of(&msg).map(|c| c.name)
        };
        assert_eq!(name(&request), Some("ETHTOOL_MSG_LINKINFO_GET"));
        assert_eq!(name(&reply), Some("ETHTOOL_MSG_LINKINFO_GET_REPLY"));
    }

    #[test]
    fn structs_decode_from_their_size_and_their_fields_by_path() {
        let mut bf = [0u8; 8];
        bf[..4].copy_from_slice(&5u32.to_ne_bytes());
        bf[4..].copy_from_slice(&7u32.to_ne_bytes());
        let as_struct = |payload| {
            decode(&Attr::from_parts(9, payload, 12), AttrType::Struct(&BITFIELD32), 0, Attrs::new(&[]))
        };
        let v = as_struct(&bf[..]).unwrap();
        assert_eq!(value_path(v.clone(), &["value"]), Ok(Some(Value::U32(5))));
        assert_eq!(value_path(v.clone(), &["selector"]), Ok(Some(Value::U32(7))));
        assert_eq!(value_path(v.clone(), &["nope"]), Err(Error::UnknownName));
        assert_eq!(value_path(v.clone(), &[]), Ok(Some(v)));
        let short = Error::AttrSize { kind: 9, offset: 12, expected: 8, actual: 7 };
        assert_eq!(as_struct(&bf[..7]), Err(short));
        // A field past the end of an older kernel's shorter struct is absent.
        let selector = BITFIELD32.field("selector").unwrap();
        assert_eq!(
            (field_value(&bf[..6], selector), field_value(&bf, selector)),
            (Ok(None), Ok(Some(Value::U32(7))))
        );
        assert_eq!(value_path(Value::U32(1), &["value"]), Err(Error::UnknownName));
    }

    /// veth's peer: a `struct ifinfomsg` and then link attributes, whose
    /// offsets count from the start of the buffer.
    #[test]
    fn a_headed_payload_reads_its_header_fields_and_its_attributes() {
        let mut payload = [0u8; 16].to_vec();
        payload[4..8].copy_from_slice(&7i32.to_ne_bytes()); // ifi_index
        put_attr(&mut payload, 3, b"veth1\0"); // IFLA_IFNAME
        let peer = Attr::from_parts(1, &payload, 40);
        let ty = AttrType::Headed(&IFINFOMSG, &LINK_ATTRS);
        let v = decode(&peer, ty, 0, Attrs::new(&[])).unwrap();
        assert_eq!(value_path(v.clone(), &["index"]), Ok(Some(Value::S32(7))));
        assert_eq!(value_path(v.clone(), &["ifname"]), Ok(Some(Value::Str("veth1"))));
        let Value::Headed(header, _, mut node) = v else { panic!("{v:?}") };
        assert_eq!(header, &payload[..16]);
        // 40 + the attribute header (4) + ifinfomsg (16).
        assert_eq!(node.attrs.next().unwrap().unwrap().offset(), 60);
        let short = Attr::from_parts(1, &payload[..10], 40);
        let err = Error::AttrSize { kind: 1, offset: 40, expected: 16, actual: 10 };
        assert_eq!(decode(&short, ty, 0, Attrs::new(&[])), Err(err));
    }

    /// An enum reads at the width and byte order of its spec's `type` and
    /// `byte-order`, whatever the host's order.
    #[test]
    fn enums_read_at_their_spec_width_and_byte_order() {
        // if_link.h: IFLA_VLAN_PROTOCOL = 5, a __be16; ETH_P_8021AD = 0x88A8.
        let mut vlan = Vec::new();
        put_attr(&mut vlan, 5, &[0x88, 0xa8]);
        let chain =
            |space, bytes| Node { attrs: Attrs::new(bytes), space, family: 0, outer: Attrs::new(&[]) };
        let node = chain(&LINKINFO_VLAN_ATTRS, &vlan);
        assert_eq!(node.get("protocol"), Ok(Some(Value::Enum(0x88a8, Some("8021ad")))));
        assert_eq!(node.get("IFLA_VLAN_PROTOCOL").unwrap().unwrap().as_u64(), Some(0x88a8));

        // IFLA_VXLAN_DF = 29 is a u8: four bytes of it are malformed, not 1.
        let mut vxlan = Vec::new();
        put_attr(&mut vxlan, 29, &1u32.to_ne_bytes());
        assert_eq!(
            chain(&LINKINFO_VXLAN_ATTRS, &vxlan).get("df"),
            Err(Error::AttrSize { kind: 29, offset: 0, expected: 1, actual: 4 })
        );
        let mut vxlan = Vec::new();
        put_attr(&mut vxlan, 29, &[1]);
        assert_eq!(chain(&LINKINFO_VXLAN_ATTRS, &vxlan).get("df"), Ok(Some(Value::Enum(1, Some("set")))));
    }

    #[test]
    fn array_entries_are_found_by_their_index() {
        static ENTRY: AttrType = AttrType::U32;
        let mut entries = Vec::new();
        put_attr(&mut entries, 1, &10u32.to_ne_bytes());
        put_attr(&mut entries, 2, &20u32.to_ne_bytes());
        let mut nest = Vec::new();
        put_attr(&mut nest, 6, &entries);
        let array =
            decode(&Attrs::new(&nest).next().unwrap().unwrap(), AttrType::Array(&ENTRY), 0, Attrs::new(&[]));
        let array = array.unwrap();
        assert_eq!(value_path(array.clone(), &["2"]), Ok(Some(Value::U32(20))));
        assert_eq!(value_path(array.clone(), &["3"]), Ok(None));
        assert_eq!(value_path(array, &["x"]), Err(Error::UnknownName));
    }

    /// Nodes, arrays and structs are equal when their bytes are and their
    /// tables are the same tables.
    #[test]
    fn equal_bytes_under_the_same_table_are_equal() {
        static ENTRY: AttrType = AttrType::U32;
        static OTHER_ENTRY: AttrType = AttrType::U32;
        let (one, same, two) = ([8u8, 0, 0, 0], [8u8, 0, 0, 0], [9u8, 0, 0, 0]);
        let node = |bytes, space| {
            Value::Nested(Node { attrs: Attrs::new(bytes), space, family: 0, outer: Attrs::new(&[]) })
        };
        assert_eq!(node(&one, &LINK_ATTRS), node(&same, &LINK_ATTRS));
        assert_ne!(node(&one, &LINK_ATTRS), node(&one, &LINKINFO_VXLAN_ATTRS));
        assert_ne!(node(&one, &LINK_ATTRS), node(&two, &LINK_ATTRS));
        let array = |bytes, elem| Value::Array(Array { attrs: Attrs::new(bytes), elem });
        assert_eq!(array(&one, &ENTRY), array(&same, &ENTRY));
        assert_ne!(array(&one, &ENTRY), array(&one, &OTHER_ENTRY));
        assert_ne!(array(&one, &ENTRY), array(&two, &ENTRY));
        assert_eq!(Value::Struct(&one, &GENLMSGHDR), Value::Struct(&same, &GENLMSGHDR));
        assert_ne!(Value::Struct(&one, &GENLMSGHDR), Value::Struct(&one, &BITFIELD32));
    }

    #[test]
    fn integers_compare_by_number_whatever_the_width() {
        let ones = [
            Value::U8(1),
            Value::U16(1),
            Value::U32(1),
            Value::U64(1),
            Value::S8(1),
            Value::S16(1),
            Value::S32(1),
            Value::S64(1),
            Value::Enum(1, None),
            Value::Bits(1, IFINFO_FLAGS),
        ];
        for v in &ones {
            assert!(*v == 1, "{v:?}");
            assert!(1 == *v, "{v:?}");
            assert!(*v == 1u8, "{v:?}");
            assert!(*v == 1i64, "{v:?}");
            assert!(*v == 1usize, "{v:?}");
            assert!(*v != 2, "{v:?}");
            assert!(*v != -1, "{v:?}");
            assert_eq!((v.as_u32(), v.as_u64(), v.as_i64()), (Some(1), Some(1), Some(1)));
        }
        assert!(Value::Str("1") != 1 && Value::Flag != 1 && Value::Bytes(&[1]) != 1);
    }

    #[test]
    fn conversions_are_exact() {
        // A negative number is no unsigned one, and no wider value is cut.
        assert_eq!((Value::S32(-1).as_u32(), Value::S32(-1).as_u64()), (None, None));
        assert_eq!(Value::S32(-1).as_i64(), Some(-1));
        assert!(Value::S32(-1) == -1 && Value::S32(-1) != u32::MAX);
        assert_eq!(Value::U64(u64::from(u32::MAX) + 1).as_u32(), None);
        assert_eq!(Value::U64(u64::MAX).as_i64(), None);
        assert_eq!(Value::U64(u64::MAX).as_u64(), Some(u64::MAX));
        assert!(Value::U64(u64::MAX) == u64::MAX && Value::U64(u64::MAX) != -1);
        assert!(Value::S64(i64::MIN) == i64::MIN);
        assert_eq!(Value::Str("1").as_u64(), None);
    }

    #[test]
    fn text_compares_with_strings_names_and_addresses() {
        assert!(Value::Str("lo") == "lo" && "lo" == Value::Str("lo") && *"lo" == Value::Str("lo"));
        assert!(Value::Str("lo") != "lo0" && Value::Str("lo") != "");
        assert!("lo0" != Value::Str("lo"), "&str == Value");
        assert!(*"lo0" != Value::Str("lo"), "str == Value");
        assert_eq!(Value::Str("lo").as_str(), Some("lo"));
        let up = Value::Enum(6, Some("UP"));
        assert!(up == "UP" && up == 6 && up != "DOWN");
        assert_eq!(up.as_str(), Some("UP"));
        assert!(Value::Enum(6, None) != "6" && Value::U32(6) != "6");
        assert_eq!(Value::Enum(6, None).as_str(), None);

        let ip = Value::Ip("2001:db8::1".parse().unwrap());
        assert!(ip == "2001:db8::1" && ip == "2001:DB8:0::1" && ip != "2001:db8::2" && ip != "x");
        assert_eq!(ip.as_ip(), "2001:db8::1".parse().ok());
        assert_eq!((Value::Str("2001:db8::1").as_ip(), ip.as_str()), (None, None));

        let mac = Value::Hwaddr(&[0x02, 0, 0, 0, 0, 0xab]);
        assert!(mac == "02:00:00:00:00:ab" && mac == "02:00:00:00:00:AB" && mac == "2:0:0:0:0:ab");
        for other in ["02:00:00:00:00", "02:00:00:00:00:ab:00", "02:00:00:00:00:ac", "02:00:00:00:00:+b", ""]
        {
            assert!(mac != other, "{other}");
        }
        assert_eq!(mac.as_mac(), Some([0x02, 0, 0, 0, 0, 0xab]));
        assert_eq!(Value::Hwaddr(&[1, 2, 3, 4]).as_mac(), None);
        assert_eq!(Value::Bytes(&[0x02, 0, 0, 0, 0, 0xab]).as_mac(), None);
        // Each byte is one or two hex digits, nothing else `from_str_radix` takes.
        let mac = Value::Hwaddr(&[0, 0, 0, 0, 0, 0x0b]);
        assert!(mac == "0:0:0:0:0:b" && mac != "0:0:0:0:0:+b" && mac != "0:0:0:0:0:00b");
        assert!(*"0:0:0:0:0:b" == mac, "str == Value");
        assert!(mac == *"0:0:0:0:0:b" && mac != *"0:0:0:0:0:c", "Value == str");
    }
}
