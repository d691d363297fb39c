//! ethtool over generic netlink (`ETHTOOL_MSG_*`): the request header,
//! typed commands (features, channels, rings, link info and modes, string
//! sets) and views of the kernel's replies and notifications.
//!
//! ethtool numbers its commands per direction: `ETHTOOL_MSG_FEATURES_GET`
//! (11) is answered by `ETHTOOL_MSG_FEATURES_GET_REPLY` (also 11), but
//! `ETHTOOL_MSG_CHANNELS_GET` (17) by `ETHTOOL_MSG_CHANNELS_GET_REPLY` (18):
//! [`cmd`] holds the numbers user space sends, [`reply`] those the kernel
//! sends, both generated from the kernel's spec.
//!
//! Every request starts with a header nest naming the device
//! ([`RequestHeader`]). Address a command with [`To`](crate::genl::To) once
//! the family id is resolved:
//!
//! ```
//! use nlwire::build::Builder;
//! use nlwire::ethtool::{FeaturesSet, RequestHeader};
//! use nlwire::genl::To;
//!
//! // ethtool -K v0 gro off  (the kernel's name of `gro` is `rx-gro`)
//! let set = FeaturesSet::new(RequestHeader::name("v0"), &[("rx-gro", false)]);
//! let mut buf = [0u8; 128];
//! let mut b = Builder::new(&mut buf);
//! b.push(&To { family: 0x15, command: &set }, 1)?;
//! # Ok::<(), nlwire::Error>(())
//! ```

use crate::attr::{try_iter, value_named};
use crate::build::MessageWriter;
use crate::error::{Error, Result};
use crate::genl::{genl_view, Command};
use crate::message::MsgFlags;
use crate::tables::ethtool::{self as t, BitsetBit, StringsetSet};
use crate::tables::ethtool::{
    bitset, bitset_bit, bitset_bits, channels, coalesce, features, header, linkinfo, linkmodes, pause, rings,
    stats, stats_grp, string, stringset_set, stringsets, strset,
};

/// `ETHTOOL_GENL_VERSION`: the interface version requests carry.
pub const GENL_VERSION: u8 = 1;
/// `ETHTOOL_GENL_NAME`: the family name to resolve.
pub const GENL_NAME: &str = "ethtool";
/// `ETHTOOL_MCGRP_MONITOR_NAME`: the multicast group of notifications.
pub const MCGRP_MONITOR: &str = "monitor";
/// `ETH_GSTRING_LEN`: string set entries (feature names) are at most 31 bytes.
pub const GSTRING_LEN: usize = 32;
/// `ETH_SS_FEATURES`: the string set of device feature names.
pub const ETH_SS_FEATURES: u32 = 4;
/// `ETH_SS_LINK_MODES`: the string set of link mode names.
pub const ETH_SS_LINK_MODES: u32 = 9;
/// `ETH_SS_STATS`: a device's driver statistics names (`ethtool -S`).
pub const ETH_SS_STATS: u32 = 1;
/// `ETH_SS_STATS_STD`: the names of the standard statistics groups
/// (`eth-phy`, `eth-mac`, ...), as [`StatsGet`] takes them.
pub const ETH_SS_STATS_STD: u32 = 16;

/// The string sets by id: `enum ethtool_stringset` of linux/ethtool.h,
/// each named as the enum does without `ETH_SS_`, lower case, `_` as `-`
/// (the kernel's spec leaves the enum empty).
///
/// ```
/// use nlwire::ethtool::{string_set_id, string_set_name, ETH_SS_FEATURES};
/// assert_eq!(string_set_id("features"), Some(ETH_SS_FEATURES));
/// assert_eq!(string_set_name(9), Some("link-modes"));
/// ```
pub const STRING_SETS: &[(u32, &str)] = &[
    (0, "test"),
    (ETH_SS_STATS, "stats"),
    (2, "priv-flags"),
    (3, "ntuple-filters"),
    (ETH_SS_FEATURES, "features"),
    (5, "rss-hash-funcs"),
    (6, "tunables"),
    (7, "phy-stats"),
    (8, "phy-tunables"),
    (ETH_SS_LINK_MODES, "link-modes"),
    (10, "msg-classes"),
    (11, "wol-modes"),
    (12, "sof-timestamping"),
    (13, "ts-tx-types"),
    (14, "ts-rx-filters"),
    (15, "udp-tunnel-types"),
    (ETH_SS_STATS_STD, "stats-std"),
    (17, "stats-eth-phy"),
    (18, "stats-eth-mac"),
    (19, "stats-eth-ctrl"),
    (20, "stats-rmon"),
    (21, "stats-phy"),
    (22, "ts-flags"),
];

/// The id of the string set `name` ([`STRING_SETS`]).
pub fn string_set_id(name: &str) -> Option<u32> {
    STRING_SETS.iter().find(|(_, n)| *n == name).map(|(id, _)| *id)
}

/// The name of the string set `id` ([`STRING_SETS`]).
pub fn string_set_name(id: u32) -> Option<&'static str> {
    STRING_SETS.iter().find(|(i, _)| *i == id).map(|(_, n)| *n)
}

/// Commands user space sends (`genlmsghdr.cmd`, `ETHTOOL_MSG_*` of the
/// user-to-kernel enum).
pub use crate::tables::ethtool::cmd;

/// Commands the kernel sends (`ETHTOOL_MSG_*` of the kernel-to-user enum):
/// replies and notifications.
pub use crate::tables::ethtool::reply;

/// `ETHTOOL_FLAG_*`: flags of the request header.
pub use crate::tables::ethtool::header_flags as flags;

/// The device a request is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dev<'n> {
    /// `ETHTOOL_A_HEADER_DEV_NAME`.
    Name(&'n str),
    /// `ETHTOOL_A_HEADER_DEV_INDEX`.
    Index(u32),
}

/// The header nest every request carries (`ETHTOOL_A_*_HEADER`): the device
/// (none for a dump of every device) and [`flags`].
///
/// ```
/// use nlwire::ethtool::{flags, RequestHeader};
/// let h = RequestHeader::name("eth0").compact();
/// assert_eq!(h.flags(), flags::COMPACT_BITSETS);
/// assert!(RequestHeader::all().is_dump());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RequestHeader<'n> {
    dev: Option<Dev<'n>>,
    flags: u32,
}

impl<'n> RequestHeader<'n> {
    /// The device named `name`.
    pub const fn name(name: &'n str) -> Self {
        RequestHeader { dev: Some(Dev::Name(name)), flags: 0 }
    }
    /// The device with interface index `index`.
    pub const fn index(index: u32) -> Self {
        RequestHeader { dev: Some(Dev::Index(index)), flags: 0 }
    }
    /// No device: a get becomes a dump of every device.
    pub const fn all() -> Self {
        RequestHeader { dev: None, flags: 0 }
    }
    /// Adds [`flags::COMPACT_BITSETS`].
    pub const fn compact(self) -> Self {
        self.with_flags(flags::COMPACT_BITSETS)
    }
    /// Adds [`flags::OMIT_REPLY`].
    pub const fn omit_reply(self) -> Self {
        self.with_flags(flags::OMIT_REPLY)
    }
    /// Adds [`flags::STATS`].
    pub const fn stats(self) -> Self {
        self.with_flags(flags::STATS)
    }
    /// Adds `flags` (`ETHTOOL_FLAG_*`).
    pub const fn with_flags(self, flags: u32) -> Self {
        RequestHeader { dev: self.dev, flags: self.flags | flags }
    }
    /// The device.
    pub const fn dev(&self) -> Option<Dev<'n>> {
        self.dev
    }
    /// The flags.
    pub const fn flags(&self) -> u32 {
        self.flags
    }
    /// Whether no device is named (a get is sent as a dump).
    pub const fn is_dump(&self) -> bool {
        self.dev.is_none()
    }

    fn check(&self) -> Result<()> {
        if let Some(Dev::Name(name)) = self.dev {
            if name.is_empty() || name.len() > 15 || name.contains('\0') || name.contains('/') {
                return Err(Error::InvalidValue { what: "interface name (1 to 15 bytes, no NUL or '/')" });
            }
        }
        if self.flags & !(flags::COMPACT_BITSETS | flags::OMIT_REPLY | flags::STATS) != 0 {
            return Err(Error::InvalidValue { what: "ethtool header flag unknown" });
        }
        Ok(())
    }

    /// Writes the nest as attribute `kind` (the command's `HEADER`).
    pub fn emit(&self, m: &mut MessageWriter<'_>, kind: u16) -> Result<()> {
        self.check()?;
        m.nest(kind, |m| {
            match self.dev {
                Some(Dev::Index(i)) => m.u32(header::DEV_INDEX, i)?,
                Some(Dev::Name(n)) => m.str(header::DEV_NAME, n)?,
                None => {}
            }
            if self.flags != 0 {
                m.u32(header::FLAGS, self.flags)?;
            }
            Ok(())
        })
    }

    fn get_flags(&self) -> MsgFlags {
        if self.is_dump() {
            MsgFlags::REQUEST | MsgFlags::DUMP
        } else {
            MsgFlags::REQUEST | MsgFlags::ACK
        }
    }
}

/// The [`Command`] of an ethtool request. `get`: a dump when its header
/// names no device, `|req, m| ...` writes its attributes. `set`: checked,
/// then its header (attribute `$header`), then what `|req, m| ...` writes.
macro_rules! ethtool_command {
    (get $name:ident, $cmd:expr, |$req:ident, $m:ident| $emit:expr) => {
        impl Command for $name<'_> {
            const CMD: u8 = $cmd;
            const VERSION: u8 = GENL_VERSION;
            fn flags(&self) -> MsgFlags {
                self.header.get_flags()
            }
            fn emit_attrs(&self, $m: &mut MessageWriter<'_>) -> Result<()> {
                let $req = self;
                $emit
            }
        }
    };
    (set $name:ident, $cmd:expr, $header:expr, |$req:ident, $m:ident| $emit:expr) => {
        impl Command for $name<'_> {
            const CMD: u8 = $cmd;
            const VERSION: u8 = GENL_VERSION;
            fn emit_attrs(&self, $m: &mut MessageWriter<'_>) -> Result<()> {
                self.check()?;
                self.header.emit($m, $header)?;
                let $req = self;
                $emit
            }
        }
    };
}

macro_rules! get_command {
    ($(#[$m:meta])* $name:ident, $cmd:expr, $header:expr) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct $name<'n> {
            /// The device and flags.
            pub header: RequestHeader<'n>,
        }

        impl<'n> $name<'n> {
            /// Asks about the device(s) `header` names.
            pub const fn new(header: RequestHeader<'n>) -> Self {
                $name { header }
            }
        }

        ethtool_command!(get $name, $cmd, |req, m| req.header.emit(m, $header));
    };
}

get_command!(
    /// `ETHTOOL_MSG_FEATURES_GET`, answered by [`Features`]: `ethtool -k`.
    FeaturesGet,
    cmd::FEATURES_GET,
    features::HEADER
);
get_command!(
    /// `ETHTOOL_MSG_CHANNELS_GET`, answered by [`Channels`]: `ethtool -l`.
    ChannelsGet,
    cmd::CHANNELS_GET,
    channels::HEADER
);
get_command!(
    /// `ETHTOOL_MSG_RINGS_GET`, answered by [`Rings`]: `ethtool -g`.
    RingsGet,
    cmd::RINGS_GET,
    rings::HEADER
);
get_command!(
    /// `ETHTOOL_MSG_LINKINFO_GET`, answered by [`LinkInfo`].
    LinkinfoGet,
    cmd::LINKINFO_GET,
    linkinfo::HEADER
);
get_command!(
    /// `ETHTOOL_MSG_LINKMODES_GET`, answered by [`LinkModes`].
    LinkmodesGet,
    cmd::LINKMODES_GET,
    linkmodes::HEADER
);

get_command!(
    /// `ETHTOOL_MSG_COALESCE_GET`, answered by [`Coalesce`]: `ethtool -c`.
    CoalesceGet,
    cmd::COALESCE_GET,
    coalesce::HEADER
);
get_command!(
    /// `ETHTOOL_MSG_PAUSE_GET`, answered by [`Pause`]: `ethtool -a`. With
    /// [`RequestHeader::stats`], the reply carries `ETHTOOL_A_PAUSE_STATS`.
    PauseGet,
    cmd::PAUSE_GET,
    pause::HEADER
);

/// Writes the `Some` values of `(kind, value)` as `u32` attributes.
fn emit_counts(m: &mut MessageWriter<'_>, counts: &[(u16, Option<u32>)]) -> Result<()> {
    counts.iter().try_for_each(|&(kind, v)| v.map_or(Ok(()), |v| m.u32(kind, v)))
}

/// Declares a set command whose values are optional `u32` counts: the
/// struct (the device, one field per count), `new` (nothing to change),
/// `check` (a device and at least one count, else `$empty`) and its
/// [`Command`], which writes the counts that are `Some`.
macro_rules! counts_set {
    (
        $(#[$doc:meta])* $name:ident, $cmd:expr, $header:expr, $empty:literal,
        { $($(#[$fdoc:meta])* $field:ident: $kind:expr),+ $(,)? }
    ) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct $name<'n> {
            /// The device and flags (a device is required).
            pub header: RequestHeader<'n>,
            $($(#[$fdoc])* pub $field: Option<u32>,)+
        }

        impl<'n> $name<'n> {
            /// Changes nothing yet: set the values to change.
            pub const fn new(header: RequestHeader<'n>) -> Self {
                $name { header, $($field: None),+ }
            }
            /// Validates the request as `emit_attrs` would.
            pub fn check(&self) -> Result<()> {
                check_set(&self.header, false $(|| self.$field.is_some())+, $empty)
            }
        }

        ethtool_command!(set $name, $cmd, $header, |req, m| emit_counts(m, &[$(($kind, req.$field)),+]));
    };
}

/// Checks a set request: a device, and something to set.
fn check_set(header: &RequestHeader<'_>, any: bool, what: &'static str) -> Result<()> {
    header.check()?;
    if header.is_dump() {
        return Err(Error::InvalidValue { what: "ethtool set request needs a device" });
    }
    if !any {
        return Err(Error::InvalidValue { what });
    }
    Ok(())
}

counts_set! {
    /// `ETHTOOL_MSG_RINGS_SET`: `ethtool -G`. Sizes left `None` are unchanged.
    ///
    /// ```
    /// use nlwire::ethtool::{RequestHeader, RingsSet};
    /// let set = RingsSet { rx: Some(512), ..RingsSet::new(RequestHeader::name("eth0")) };
    /// assert!(set.check().is_ok());
    /// assert!(RingsSet::new(RequestHeader::name("eth0")).check().is_err());
    /// ```
    RingsSet, cmd::RINGS_SET, rings::HEADER, "rings set without a size", {
        /// `ETHTOOL_A_RINGS_RX`.
        rx: rings::RX,
        /// `ETHTOOL_A_RINGS_RX_MINI`.
        rx_mini: rings::RX_MINI,
        /// `ETHTOOL_A_RINGS_RX_JUMBO`.
        rx_jumbo: rings::RX_JUMBO,
        /// `ETHTOOL_A_RINGS_TX`.
        tx: rings::TX,
    }
}

/// `ETHTOOL_MSG_LINKMODES_SET`: `ethtool -s DEV autoneg on|off speed N
/// duplex half|full`. Values left `None` are unchanged.
///
/// ```
/// use nlwire::ethtool::{LinkmodesSet, RequestHeader};
/// let set = LinkmodesSet { autoneg: Some(false), speed: Some(1000), duplex: Some(1), ..LinkmodesSet::new(RequestHeader::name("eth0")) };
/// assert!(set.check().is_ok());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LinkmodesSet<'n> {
    /// The device and flags (a device is required).
    pub header: RequestHeader<'n>,
    /// `ETHTOOL_A_LINKMODES_AUTONEG`.
    pub autoneg: Option<bool>,
    /// `ETHTOOL_A_LINKMODES_SPEED` in Mb/s.
    pub speed: Option<u32>,
    /// `ETHTOOL_A_LINKMODES_DUPLEX`: `DUPLEX_HALF` 0, `DUPLEX_FULL` 1.
    pub duplex: Option<u8>,
    /// `ETHTOOL_A_LINKMODES_LANES`.
    pub lanes: Option<u32>,
}

impl<'n> LinkmodesSet<'n> {
    /// Changes nothing yet: set the values to change.
    pub const fn new(header: RequestHeader<'n>) -> Self {
        LinkmodesSet { header, autoneg: None, speed: None, duplex: None, lanes: None }
    }
    /// Validates the request as `emit_attrs` would.
    pub fn check(&self) -> Result<()> {
        let any =
            self.autoneg.is_some() || self.speed.is_some() || self.duplex.is_some() || self.lanes.is_some();
        check_set(&self.header, any, "link modes set without a value")?;
        if matches!(self.duplex, Some(d) if d > 1) {
            return Err(Error::InvalidValue { what: "duplex (0 half, 1 full)" });
        }
        Ok(())
    }
}

ethtool_command!(set LinkmodesSet, cmd::LINKMODES_SET, linkmodes::HEADER, |req, m| req.emit_changes(m));

impl LinkmodesSet<'_> {
    /// What changes, after the header.
    fn emit_changes(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        if let Some(a) = self.autoneg {
            m.u8(linkmodes::AUTONEG, a.into())?;
        }
        emit_counts(m, &[(linkmodes::SPEED, self.speed)])?;
        m.opt(linkmodes::DUPLEX, self.duplex, MessageWriter::u8)?;
        emit_counts(m, &[(linkmodes::LANES, self.lanes)])
    }
}

/// Checks a string set entry such as a feature name.
fn check_gstring(name: &str, what: &'static str) -> Result<()> {
    if name.is_empty() || name.len() >= GSTRING_LEN || name.contains('\0') {
        return Err(Error::InvalidValue { what });
    }
    Ok(())
}

/// `ETHTOOL_MSG_FEATURES_SET` by feature name, as `ethtool -K` sends it:
/// `ETHTOOL_A_FEATURES_WANTED` as a verbose bitset with a mask, one
/// `ETHTOOL_A_BITSET_BITS_BIT` per change (`NAME`, and the `VALUE` flag when
/// on); features not named are left alone.
///
/// Names are the kernel's (`ETH_SS_FEATURES`), such as `rx-gro`,
/// `tx-checksum-ip-generic`, `tx-scatter-gather`; ethtool's legacy names
/// (`gro`, `tx`, `sg`) stand for one or several of those and are not
/// accepted by the kernel.
///
/// ```
/// use nlwire::ethtool::{FeaturesSet, RequestHeader};
/// assert!(FeaturesSet::new(RequestHeader::name("v0"), &[]).check().is_err());
/// assert!(FeaturesSet::new(RequestHeader::name("v0"), &[("rx-gro", true)]).check().is_ok());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FeaturesSet<'a> {
    /// The device and flags (a device is required).
    pub header: RequestHeader<'a>,
    /// (kernel feature name, wanted state), in order.
    pub changes: &'a [(&'a str, bool)],
}

impl<'a> FeaturesSet<'a> {
    /// Asks for `changes` on the device `header` names.
    pub const fn new(header: RequestHeader<'a>, changes: &'a [(&'a str, bool)]) -> Self {
        FeaturesSet { header, changes }
    }
    /// Validates the request as `emit_attrs` would.
    pub fn check(&self) -> Result<()> {
        check_set(&self.header, !self.changes.is_empty(), "features set without a feature")?;
        self.changes
            .iter()
            .try_for_each(|(name, _)| check_gstring(name, "feature name (1 to 31 bytes, no NUL)"))
    }
}

ethtool_command!(set FeaturesSet, cmd::FEATURES_SET, features::HEADER, |req, m| req.emit_changes(m));

impl FeaturesSet<'_> {
    /// What changes, after the header.
    fn emit_changes(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        m.nest(features::WANTED, |m| {
            m.nest(bitset::BITS, |m| {
                for &(name, on) in self.changes {
                    m.nest(bitset_bits::BIT, |m| {
                        m.str(bitset_bit::NAME, name)?;
                        if on {
                            m.flag(bitset_bit::VALUE)?;
                        }
                        Ok(())
                    })?;
                }
                Ok(())
            })
        })
    }
}

counts_set! {
    /// `ETHTOOL_MSG_CHANNELS_SET`: `ethtool -L`. Counts left `None` are
    /// unchanged.
    ///
    /// ```
    /// use nlwire::ethtool::{ChannelsSet, RequestHeader};
    /// let set = ChannelsSet { combined: Some(2), ..ChannelsSet::new(RequestHeader::name("v0")) };
    /// assert!(set.check().is_ok());
    /// assert!(ChannelsSet::new(RequestHeader::name("v0")).check().is_err());
    /// ```
    ChannelsSet, cmd::CHANNELS_SET, channels::HEADER, "channels set without a count", {
        /// `ETHTOOL_A_CHANNELS_RX_COUNT`.
        rx: channels::RX_COUNT,
        /// `ETHTOOL_A_CHANNELS_TX_COUNT`.
        tx: channels::TX_COUNT,
        /// `ETHTOOL_A_CHANNELS_OTHER_COUNT`.
        other: channels::OTHER_COUNT,
        /// `ETHTOOL_A_CHANNELS_COMBINED_COUNT`.
        combined: channels::COMBINED_COUNT,
    }
}

/// `ETHTOOL_MSG_STRSET_GET` for some string sets (`ETH_SS_*`), answered by
/// [`Strset`]. Per-device sets (features, statistics) need a device.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StrsetGet<'a> {
    /// The device and flags.
    pub header: RequestHeader<'a>,
    /// The sets (`ETH_SS_*`); empty asks for all of them.
    pub sets: &'a [u32],
    /// `ETHTOOL_A_STRSET_COUNTS_ONLY`: sizes without the strings.
    pub counts_only: bool,
}

impl<'a> StrsetGet<'a> {
    /// The sets `sets` of the device `header` names.
    pub const fn new(header: RequestHeader<'a>, sets: &'a [u32]) -> Self {
        StrsetGet { header, sets, counts_only: false }
    }
}

ethtool_command!(get StrsetGet, cmd::STRSET_GET, |req, m| req.emit(m));

impl StrsetGet<'_> {
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        self.header.emit(m, strset::HEADER)?;
        if !self.sets.is_empty() {
            m.nest(strset::STRINGSETS, |m| {
                self.sets
                    .iter()
                    .try_for_each(|&id| m.nest(stringsets::STRINGSET, |m| m.u32(stringset_set::ID, id)))
            })?;
        }
        if self.counts_only {
            m.flag(strset::COUNTS_ONLY)?;
        }
        Ok(())
    }
}

/// `ETHTOOL_A_BITSET_*` in either form the kernel sends: verbose (a list of
/// bits with index and name) or compact (`VALUE` and `MASK` as arrays of
/// 32-bit words, with `SIZE`).
///
/// Without a mask (`NOMASK`), a verbose list holds the bits that are set;
/// with one, the bits of the mask, each with its value.
pub use crate::tables::ethtool::Bitset;

impl<'a> Bitset<'a> {
    /// Whether the set is compact (`VALUE` without `BITS`).
    pub fn is_compact(&self) -> Result<bool> {
        Ok(self.bits()?.is_none() && self.value()?.is_some())
    }

    /// The bits of a verbose set (none for a compact one).
    fn bit_list(&self) -> impl Iterator<Item = Result<BitsetBit<'a>>> + 'a {
        try_iter(self.bits().map(|bits| bits.unwrap_or_default().bit()))
    }

    /// Bit `index` of the word array `words` (`VALUE` or `MASK`, attribute
    /// `kind`).
    fn word_bit(&self, kind: u16, index: u32) -> Result<Option<bool>> {
        let Some(a) = self.0.find(kind)? else { return Ok(None) };
        let words = a.payload();
        if words.len() % 4 != 0 {
            return Err(Error::AttrSize {
                kind,
                offset: a.offset(),
                expected: words.len().next_multiple_of(4),
                actual: words.len(),
            });
        }
        let at = (index / 32) as usize * 4;
        let Some(word) = words.get(at..at + 4) else { return Ok(Some(false)) };
        let mut w = [0u8; 4];
        w.copy_from_slice(word);
        Ok(Some(u32::from_ne_bytes(w) & (1 << (index % 32)) != 0))
    }

    /// The state of the bit with `index` and `name` (either may be unknown):
    /// `Some(value)`, or `None` when the set has a mask that leaves it out.
    /// A compact set is read by index only; a verbose one by index or name.
    pub fn get(&self, index: Option<u32>, name: Option<&str>) -> Result<Option<bool>> {
        let nomask = self.nomask()?;
        if self.is_compact()? {
            let Some(index) = index else {
                return Err(Error::InvalidValue { what: "compact bitset read without bit index" });
            };
            if let Some(size) = self.size()? {
                if index >= size {
                    return Ok(if nomask { Some(false) } else { None });
                }
            }
            if !nomask && self.word_bit(bitset::MASK, index)? != Some(true) {
                return Ok(None);
            }
            return Ok(Some(self.word_bit(bitset::VALUE, index)? == Some(true)));
        }
        for bit in self.bit_list() {
            let bit = bit?;
            let same = match (index, bit.index()?, name, bit.name()?) {
                (Some(a), Some(b), _, _) => a == b,
                (_, _, Some(a), Some(b)) => a == b,
                (_, None, _, None) => return Err(Error::MissingAttr { kind: bitset_bit::NAME }),
                _ => false,
            };
            if same {
                return Ok(Some(nomask || bit.value()?));
            }
        }
        Ok(if nomask { Some(false) } else { None })
    }
}

/// One device feature as `ethtool -k` shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Feature<'s> {
    /// Bit index in `ETH_SS_FEATURES`, when known.
    pub index: Option<u32>,
    /// The kernel's name, such as `rx-gro`.
    pub name: &'s str,
    /// `ACTIVE`: on now.
    pub active: bool,
    /// `WANTED`: asked for by user space.
    pub wanted: bool,
    /// `HW`: the driver lets user space change it.
    pub hw: bool,
    /// `NOCHANGE`: cannot change (`[fixed]` along with `!hw`).
    pub nochange: bool,
}

impl Feature<'_> {
    /// Whether ethtool shows it `[fixed]`: not changeable.
    pub fn fixed(&self) -> bool {
        !self.hw || self.nochange
    }
}

genl_view! {
    /// `ETHTOOL_MSG_FEATURES_GET_REPLY`, `_SET_REPLY` or `_NTF`.
    ///
    /// A compact reply is read with the names of `ETH_SS_FEATURES` (see
    /// [`Strset`]); a verbose one carries names, but lists only the bits that
    /// are set, so a feature off, unchangeable and not fixed appears in no set:
    /// [`named`](Features::named) cannot list it.
    Features, t::Features, "ethtool features",
    &[reply::FEATURES_GET_REPLY, reply::FEATURES_SET_REPLY, reply::FEATURES_NTF]
}

/// The four bitsets of a features message, in the order `named` merges them.
const FEATURE_SETS: [u16; 4] = [features::HW, features::WANTED, features::ACTIVE, features::NOCHANGE];

impl<'a> Features<'a> {
    fn set(&self, kind: u16) -> Result<Option<Bitset<'a>>> {
        self.attrs.0.read(kind, |a| Ok(Bitset(a.nested())))
    }
    /// The feature with `index` (needed for a compact reply) and `name`.
    /// Bitsets missing from the reply read as off.
    pub fn feature<'s>(&self, index: Option<u32>, name: &'s str) -> Result<Feature<'s>> {
        let read = |set: Option<Bitset<'a>>| -> Result<bool> {
            Ok(match set {
                Some(s) => s.get(index, Some(name))? == Some(true),
                None => false,
            })
        };
        Ok(Feature {
            index,
            name,
            active: read(self.active()?)?,
            wanted: read(self.wanted()?)?,
            hw: read(self.hw()?)?,
            nochange: read(self.nochange()?)?,
        })
    }

    /// Every feature of a compact (or verbose) reply, named by the string
    /// set `names` (`ETH_SS_FEATURES` of the same device), in index order.
    pub fn with_names<'s>(&self, names: &StringsetSet<'s>) -> impl Iterator<Item = Result<Feature<'s>>> + 's
    where
        'a: 's,
    {
        let this = self.clone();
        names.entries().map(move |s| {
            let (index, name) = s?;
            this.feature(Some(index), name)
        })
    }

    /// Every feature a verbose reply names (in any of its four sets), each
    /// once, in index order. The kernel lists each set's bits by ascending
    /// index, so the four lists are merged in one walk each; a list out of
    /// that order, or a bit without index or name, is an error.
    pub fn named(&self) -> impl Iterator<Item = Result<Feature<'a>>> + 'a {
        let (mut lists, mut failed) = match self.set_lists() {
            Ok(lists) => (Some(lists), None),
            Err(e) => (None, Some(e)),
        };
        core::iter::from_fn(move || {
            if let Some(e) = failed.take() {
                return Some(Err(e));
            }
            let item = next_feature(lists.as_mut()?).transpose();
            if !matches!(item, Some(Ok(_))) {
                lists = None;
            }
            item
        })
    }

    /// The four sets' bit lists, in the order of [`FEATURE_SETS`], each at
    /// its first bit.
    fn set_lists(&self) -> Result<[SetList<'a, impl Iterator<Item = Result<BitsetBit<'a>>> + 'a>; 4]> {
        let mut lists = FEATURE_SETS.map(|kind| {
            let set = self.set(kind);
            let nomask = match &set {
                Ok(Some(s)) => s.nomask(),
                _ => Ok(false),
            };
            let rest = set.as_ref().ok().and_then(|s| s.as_ref()).map(|s| s.bit_list()).into_iter().flatten();
            (set, nomask, SetList { rest, nomask: false, head: None })
        });
        for (set, nomask, list) in &mut lists {
            set.as_ref().map_err(|e| *e)?;
            list.nomask = (*nomask)?;
            list.advance()?;
        }
        Ok(lists.map(|(_, _, list)| list))
    }
}

/// One of the bit lists [`Features::named`] merges: the bit at its head
/// (index, name, and whether this set has it on), the bits after it, and
/// whether the set lists only the bits that are on (`NOMASK`).
struct SetList<'a, I> {
    rest: I,
    nomask: bool,
    head: Option<(u32, &'a str, bool)>,
}

impl<'a, I: Iterator<Item = Result<BitsetBit<'a>>>> SetList<'a, I> {
    /// Moves to the next bit, which must have a greater index.
    fn advance(&mut self) -> Result<()> {
        let last = self.head.map(|(index, _, _)| index);
        self.head = match self.rest.next().transpose()? {
            None => None,
            Some(bit) => {
                let name = bit.name()?.ok_or(Error::MissingAttr { kind: bitset_bit::NAME })?;
                let index = bit.index()?.ok_or(Error::MissingAttr { kind: bitset_bit::INDEX })?;
                if last.is_some_and(|last| index <= last) {
                    return Err(Error::InvalidValue {
                        what: "ethtool bitset bits not in ascending index order",
                    });
                }
                Some((index, name, self.nomask || bit.value()?))
            }
        };
        Ok(())
    }
}

/// The feature with the lowest index at the head of `lists` (HW, WANTED,
/// ACTIVE, NOCHANGE), taken off every list that has it.
fn next_feature<'a, I: Iterator<Item = Result<BitsetBit<'a>>>>(
    lists: &mut [SetList<'a, I>; 4],
) -> Result<Option<Feature<'a>>> {
    let Some((index, name, _)) = lists.iter().filter_map(|l| l.head).min_by_key(|&(index, _, _)| index)
    else {
        return Ok(None);
    };
    let mut on = [false; 4];
    for (list, on) in lists.iter_mut().zip(&mut on) {
        if let Some((i, _, value)) = list.head {
            if i == index {
                *on = value;
                list.advance()?;
            }
        }
    }
    let [hw, wanted, active, nochange] = on;
    Ok(Some(Feature { index: Some(index), name, active, wanted, hw, nochange }))
}

genl_view! {
    /// `ETHTOOL_MSG_STRSET_GET_REPLY`: string sets of a device or the system.
    Strset, t::Strset, "ethtool strset", &[reply::STRSET_GET_REPLY]
}

impl<'a> Strset<'a> {
    /// The set `id` (`ETH_SS_*`), if in the reply.
    pub fn set(&self, id: u32) -> Result<Option<StringsetSet<'a>>> {
        for set in self.stringsets()?.unwrap_or_default().stringset() {
            let set = set?;
            if set.id()?.ok_or(Error::MissingAttr { kind: stringset_set::ID })? == id {
                return Ok(Some(set));
            }
        }
        Ok(None)
    }
}

impl<'a> StringsetSet<'a> {
    /// The strings as (index, string), in the kernel's order.
    pub fn entries(&self) -> impl Iterator<Item = Result<(u32, &'a str)>> + 'a {
        self.strings().flat_map(|list| try_iter(list.map(|l| l.string()))).map(|s| {
            let s = s?;
            let index = s.index()?.ok_or(Error::MissingAttr { kind: string::INDEX })?;
            Ok((index, s.value()?.ok_or(Error::MissingAttr { kind: string::VALUE })?))
        })
    }
    /// The string with index `index`.
    pub fn get(&self, index: u32) -> Result<Option<&'a str>> {
        for s in self.entries() {
            let (i, v) = s?;
            if i == index {
                return Ok(Some(v));
            }
        }
        Ok(None)
    }
    /// The index of the string `name`.
    pub fn index_of(&self, name: &str) -> Result<Option<u32>> {
        value_named(self.entries().map(|e| e.map(|(i, v)| (v, i))), name)
    }
}

genl_view! {
    /// `ETHTOOL_MSG_CHANNELS_GET_REPLY` / `_NTF`: `ethtool -l`.
    Channels, t::Channels, "ethtool channels", &[reply::CHANNELS_GET_REPLY, reply::CHANNELS_NTF]
}

genl_view! {
    /// `ETHTOOL_MSG_RINGS_GET_REPLY` / `_NTF`: `ethtool -g`.
    Rings, t::Rings, "ethtool rings", &[reply::RINGS_GET_REPLY, reply::RINGS_NTF]
}

genl_view! {
    /// `ETHTOOL_MSG_LINKINFO_GET_REPLY` / `_NTF`.
    LinkInfo, t::Linkinfo, "ethtool linkinfo", &[reply::LINKINFO_GET_REPLY, reply::LINKINFO_NTF]
}

genl_view! {
    /// `ETHTOOL_MSG_PAUSE_GET_REPLY` / `_NTF`: `ethtool -a`.
    Pause, t::Pause, "ethtool pause", &[reply::PAUSE_GET_REPLY, reply::PAUSE_NTF]
}

impl Pause<'_> {
    /// `AUTONEG`, a `u8` the kernel uses as a boolean.
    pub fn autoneg(&self) -> Result<Option<bool>> {
        Ok(self.attrs.autoneg()?.map(|v| v != 0))
    }
    /// `RX`, a `u8` the kernel uses as a boolean.
    pub fn rx(&self) -> Result<Option<bool>> {
        Ok(self.attrs.rx()?.map(|v| v != 0))
    }
    /// `TX`, a `u8` the kernel uses as a boolean.
    pub fn tx(&self) -> Result<Option<bool>> {
        Ok(self.attrs.tx()?.map(|v| v != 0))
    }
}

genl_view! {
    /// `ETHTOOL_MSG_COALESCE_GET_REPLY` / `_NTF`: `ethtool -c`. The kernel
    /// sends only the parameters the driver supports.
    Coalesce, t::Coalesce, "ethtool coalesce", &[reply::COALESCE_GET_REPLY, reply::COALESCE_NTF]
}

genl_view! {
    /// `ETHTOOL_MSG_LINKMODES_GET_REPLY` / `_NTF`: `OURS` holds the supported
    /// (mask) and advertised (value) modes of `ETH_SS_LINK_MODES`, `SPEED` is
    /// in Mb/s (`SPEED_UNKNOWN` is `u32::MAX`), `DUPLEX` 0 half, 1 full,
    /// 0xff unknown.
    LinkModes, t::Linkmodes, "ethtool linkmodes", &[reply::LINKMODES_GET_REPLY, reply::LINKMODES_NTF]
}

/// `ETHTOOL_MSG_STATS_GET`: standard statistics groups of a device
/// (`ethtool -S DEV --groups eth-mac rmon`), answered by [`Stats`].
/// `groups` are names of the `ETH_SS_STATS_STD` set (`eth-phy`, `eth-mac`,
/// `eth-ctrl`, `rmon`, ...), sent as a verbose bitset without a mask.
///
/// ```
/// use nlwire::ethtool::{RequestHeader, StatsGet};
/// assert!(StatsGet::new(RequestHeader::name("v0"), &["rmon"]).check().is_ok());
/// assert!(StatsGet::new(RequestHeader::name("v0"), &[]).check().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatsGet<'a> {
    /// The device and flags.
    pub header: RequestHeader<'a>,
    /// The groups, by name (at least one: the kernel refuses none).
    pub groups: &'a [&'a str],
    /// `ETHTOOL_A_STATS_SRC`: which MAC's counters (`ETHTOOL_MAC_STATS_SRC_*`;
    /// `None`: the kernel's default, aggregated).
    pub src: Option<u32>,
}

impl<'a> StatsGet<'a> {
    /// The groups `groups` of the device `header` names.
    pub const fn new(header: RequestHeader<'a>, groups: &'a [&'a str]) -> Self {
        StatsGet { header, groups, src: None }
    }
    /// Validates the request as `emit_attrs` would.
    pub fn check(&self) -> Result<()> {
        self.header.check()?;
        if self.groups.is_empty() {
            return Err(Error::InvalidValue { what: "ethtool stats request without a group" });
        }
        self.groups.iter().try_for_each(|g| check_gstring(g, "statistics group name (1 to 31 bytes, no NUL)"))
    }
}

ethtool_command!(get StatsGet, cmd::STATS_GET, |req, m| req.emit(m));

impl StatsGet<'_> {
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        self.check()?;
        self.header.emit(m, stats::HEADER)?;
        m.nest(stats::GROUPS, |m| {
            m.flag(bitset::NOMASK)?;
            m.nest(bitset::BITS, |m| {
                self.groups.iter().try_for_each(|g| m.nest(bitset_bits::BIT, |m| m.str(bitset_bit::NAME, g)))
            })
        })?;
        self.src.map_or(Ok(()), |src| m.u32(stats::SRC, src))
    }
}

genl_view! {
    /// `ETHTOOL_MSG_STATS_GET_REPLY`: one `ETHTOOL_A_STATS_GRP` per group
    /// the driver answered ([`answered`](Stats::answered)); none when it
    /// keeps no standard statistics.
    Stats, t::Stats, "ethtool stats", &[reply::STATS_GET_REPLY]
}

impl<'a> Stats<'a> {
    /// The groups answered, in the kernel's order.
    pub fn answered(&self) -> impl Iterator<Item = Result<StatsGroup<'a>>> + 'a {
        self.attrs.0.find_all(stats::GRP).map(|grp| {
            let attrs = grp?.nested();
            let group = t::StatsGrp(attrs.clone());
            Ok(StatsGroup {
                id: group.id()?.ok_or(Error::MissingAttr { kind: stats_grp::ID })?,
                ss_id: group.ss_id()?.ok_or(Error::MissingAttr { kind: stats_grp::SS_ID })?,
                attrs,
            })
        })
    }
}

/// One statistics group of a [`Stats`] reply (`ETHTOOL_A_STATS_GRP`).
#[derive(Clone, Debug)]
pub struct StatsGroup<'a> {
    /// `ETHTOOL_A_STATS_GRP_ID`: the group's index in `ETH_SS_STATS_STD`.
    pub id: u32,
    /// `ETHTOOL_A_STATS_GRP_SS_ID`: the string set naming its counters.
    pub ss_id: u32,
    attrs: crate::attr::Attrs<'a>,
}

impl<'a> StatsGroup<'a> {
    /// The counters the driver reported, as (index in the set [`ss_id`](Self::ss_id),
    /// value): each `ETHTOOL_A_STATS_GRP_STAT` is a nest of one `u64`
    /// whose type is the index.
    pub fn counters(&self) -> impl Iterator<Item = Result<(u32, u64)>> + 'a {
        self.attrs.find_all(stats_grp::STAT).map(|stat| {
            let inner = stat?.nested().next().ok_or(Error::MissingAttr { kind: stats_grp::STAT })??;
            Ok((inner.kind().into(), inner.u64()?))
        })
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;
    use crate::genl::To;
    use crate::tables::ethtool::FAMILY;
    use crate::test_prelude::*;

    const ID: u16 = 0x15;
    const NESTED: u16 = 0x8000;

    fn u32a(out: &mut Vec<u8>, kind: u16, v: u32) {
        put_attr(out, kind, &v.to_ne_bytes());
    }
    fn nest(out: &mut Vec<u8>, kind: u16, body: impl FnOnce(&mut Vec<u8>)) {
        let mut inner = Vec::new();
        body(&mut inner);
        put_attr(out, kind | NESTED, &inner);
    }
    /// A whole message: nlmsghdr (type ID, `flags`, seq 1), genlmsghdr, `body`.
    fn message(flags: u16, cmd: u8, body: &[u8]) -> Vec<u8> {
        crate::genl::test_bytes::message(ID, flags, 1, cmd, body)
    }
    /// A reply `cmd` about device v0 (index 5), with what `fill` adds.
    fn reply_v0(cmd: u8, fill: impl FnOnce(&mut Vec<u8>)) -> Vec<u8> {
        let mut body = Vec::new();
        header_v0(&mut body);
        fill(&mut body);
        message(0, cmd, &body)
    }
    fn built(command: &impl Command) -> Result<Vec<u8>> {
        let mut buf = [0u8; 512];
        let mut b = Builder::new(&mut buf);
        b.push(&To { family: ID, command }, 1)?;
        Ok(b.as_bytes().to_vec())
    }
    const REQUEST_ACK: u16 = 0x01 | 0x04;
    const REQUEST_DUMP: u16 = 0x01 | 0x300;

    #[test]
    fn reply_numbers_are_the_kernels() {
        // ETHTOOL_MSG_*_REPLY and _NTF of include/uapi/linux/ethtool_netlink_generated.h
        // (6.18): the generator counts them apart from the requests.
        let uapi = [
            (reply::STRSET_GET_REPLY, 1),
            (reply::LINKINFO_GET_REPLY, 2),
            (reply::LINKINFO_NTF, 3),
            (reply::LINKMODES_GET_REPLY, 4),
            (reply::LINKMODES_NTF, 5),
            (reply::FEATURES_GET_REPLY, 11),
            (reply::FEATURES_SET_REPLY, 12),
            (reply::FEATURES_NTF, 13),
            (reply::RINGS_GET_REPLY, 16),
            (reply::RINGS_NTF, 17),
            (reply::CHANNELS_GET_REPLY, 18),
            (reply::CHANNELS_NTF, 19),
            (reply::COALESCE_GET_REPLY, 20),
            (reply::COALESCE_NTF, 21),
            (reply::PAUSE_GET_REPLY, 22),
            (reply::PAUSE_NTF, 23),
        ];
        for (ours, kernel) in uapi {
            assert_eq!(ours, kernel);
        }
        assert!(FAMILY.groups.contains(&MCGRP_MONITOR));
    }

    #[test]
    fn stats_get_is_byte_exact() {
        // ETHTOOL_MSG_STATS_GET (32): HEADER (2) { DEV_NAME (2) "v0" },
        // GROUPS (3) { NOMASK (1), BITS (3) { BIT (1) { NAME (2) "rmon" } } },
        // SRC (5) = 1 (ETHTOOL_A_STATS_* of ethtool_netlink_generated.h,
        // PAD being 1).
        let mut body = Vec::new();
        nest(&mut body, 2, |h| put_attr(h, 2, b"v0\0"));
        nest(&mut body, 3, |g| {
            put_attr(g, 1, &[]);
            nest(g, 3, |bits| nest(bits, 1, |bit| put_attr(bit, 2, b"rmon\0")));
        });
        u32a(&mut body, 5, 1);
        let get = StatsGet { src: Some(1), ..StatsGet::new(RequestHeader::name("v0"), &["rmon"]) };
        assert_eq!(built(&get).unwrap(), message(REQUEST_ACK, 32, &body));
        let none = StatsGet::new(RequestHeader::name("v0"), &[]);
        assert!(matches!(built(&none), Err(Error::InvalidValue { .. })), "no group: refused before sending");
        let long = ["a-group-name-of-thirty-two-bytes"];
        assert!(matches!(
            built(&StatsGet::new(RequestHeader::name("v0"), &long)),
            Err(Error::InvalidValue { .. })
        ));
    }

    #[test]
    fn reads_the_groups_of_a_stats_reply() {
        // As net/ethtool/stats.c fills it: per group, ID (2), SS_ID (3) and
        // one STAT (4) nest per counter holding a u64 whose type is its index.
        let u64a = |out: &mut Vec<u8>, kind: u16, v: u64| put_attr(out, kind, &v.to_ne_bytes());
        let mut body = Vec::new();
        nest(&mut body, 2, |h| u32a(h, 1, 2));
        nest(&mut body, 4, |g| {
            u32a(g, 2, 3); // ETHTOOL_STATS_RMON
            u32a(g, 3, 20); // ETH_SS_STATS_RMON
            nest(g, 4, |s| u64a(s, 0, 7));
            nest(g, 4, |s| u64a(s, 5, 9));
        });
        nest(&mut body, 4, |g| {
            u32a(g, 2, 1);
            u32a(g, 3, 18);
        });
        let bytes = message(0, reply::STATS_GET_REPLY, &body);
        let msg = Messages::new(&bytes).next().unwrap().unwrap();
        let groups: Vec<_> = Stats::parse(&msg).unwrap().answered().collect::<Result<_>>().unwrap();
        assert_eq!(groups.iter().map(|g| (g.id, g.ss_id)).collect::<Vec<_>>(), [(3, 20), (1, 18)]);
        assert_eq!(groups[0].counters().collect::<Result<Vec<_>>>().unwrap(), [(0, 7), (5, 9)]);
        assert_eq!(groups[1].counters().count(), 0);
        assert_eq!(string_set_name(groups[0].ss_id), Some("stats-rmon"));
    }

    #[test]
    fn features_get_is_byte_exact() {
        // header nest (ETHTOOL_A_FEATURES_HEADER = 1): DEV_NAME (2) "v0",
        // FLAGS (3) = compact bitsets.
        let mut body = Vec::new();
        nest(&mut body, 1, |h| {
            put_attr(h, 2, b"v0\0");
            u32a(h, 3, 1);
        });
        let got = built(&FeaturesGet::new(RequestHeader::name("v0").compact())).unwrap();
        assert_eq!(got, message(REQUEST_ACK, 11, &body));
        // No device: a dump, an empty header nest.
        let mut body = Vec::new();
        nest(&mut body, 1, |_| {});
        assert_eq!(built(&FeaturesGet::new(RequestHeader::all())).unwrap(), message(REQUEST_DUMP, 11, &body));
        // By index.
        let mut body = Vec::new();
        nest(&mut body, 1, |h| u32a(h, 1, 7));
        assert_eq!(
            built(&ChannelsGet::new(RequestHeader::index(7))).unwrap(),
            message(REQUEST_ACK, 17, &body)
        );
        assert_eq!(built(&RingsGet::new(RequestHeader::index(7))).unwrap(), message(REQUEST_ACK, 15, &body));
        assert_eq!(
            built(&LinkinfoGet::new(RequestHeader::index(7))).unwrap(),
            message(REQUEST_ACK, 2, &body)
        );
        assert_eq!(
            built(&LinkmodesGet::new(RequestHeader::index(7))).unwrap(),
            message(REQUEST_ACK, 4, &body)
        );
    }

    #[test]
    fn features_set_is_byte_exact() {
        // ETHTOOL_A_FEATURES_WANTED (3) { BITS (3) { BIT (1) { NAME (2), [VALUE (3)] } ... } }
        let mut body = Vec::new();
        nest(&mut body, 1, |h| put_attr(h, 2, b"v0\0"));
        nest(&mut body, 3, |w| {
            nest(w, 3, |bits| {
                nest(bits, 1, |b| put_attr(b, 2, b"rx-gro\0"));
                nest(bits, 1, |b| {
                    put_attr(b, 2, b"tx-checksum-ip-generic\0");
                    put_attr(b, 3, &[]);
                });
            })
        });
        let set = FeaturesSet::new(
            RequestHeader::name("v0"),
            &[("rx-gro", false), ("tx-checksum-ip-generic", true)],
        );
        assert_eq!(built(&set).unwrap(), message(REQUEST_ACK, 12, &body));
    }

    #[test]
    fn channels_set_and_strset_get_are_byte_exact() {
        let mut body = Vec::new();
        nest(&mut body, 1, |h| put_attr(h, 2, b"v0\0"));
        u32a(&mut body, 6, 1); // RX_COUNT
        u32a(&mut body, 9, 2); // COMBINED_COUNT
        let set =
            ChannelsSet { rx: Some(1), combined: Some(2), ..ChannelsSet::new(RequestHeader::name("v0")) };
        assert_eq!(built(&set).unwrap(), message(REQUEST_ACK, 18, &body));

        // STRINGSETS (2) { STRINGSET (1) { ID (1) = 4 } }
        let mut body = Vec::new();
        nest(&mut body, 1, |h| put_attr(h, 2, b"v0\0"));
        nest(&mut body, 2, |s| nest(s, 1, |set| u32a(set, 1, ETH_SS_FEATURES)));
        let get = StrsetGet::new(RequestHeader::name("v0"), &[ETH_SS_FEATURES]);
        assert_eq!(built(&get).unwrap(), message(REQUEST_ACK, 1, &body));
        let mut body = Vec::new();
        nest(&mut body, 1, |_| {});
        put_attr(&mut body, 3, &[]);
        let counts = StrsetGet { counts_only: true, ..StrsetGet::new(RequestHeader::all(), &[]) };
        assert_eq!(built(&counts).unwrap(), message(REQUEST_DUMP, 1, &body));
    }

    #[test]
    fn rings_linkmodes_pause_coalesce_requests_are_byte_exact() {
        let mut hdr = Vec::new();
        nest(&mut hdr, 1, |h| put_attr(h, 2, b"v0\0"));
        // RINGS_SET: RX (6) = 512, TX (9) = 256.
        let mut body = hdr.clone();
        u32a(&mut body, 6, 512);
        u32a(&mut body, 9, 256);
        let set = RingsSet { rx: Some(512), tx: Some(256), ..RingsSet::new(RequestHeader::name("v0")) };
        assert_eq!(built(&set).unwrap(), message(REQUEST_ACK, 16, &body));
        // LINKMODES_SET: AUTONEG (2) = 0, SPEED (5) = 1000, DUPLEX (6) = 1.
        let mut body = hdr.clone();
        put_attr(&mut body, 2, &[0]);
        u32a(&mut body, 5, 1000);
        put_attr(&mut body, 6, &[1]);
        let set = LinkmodesSet {
            autoneg: Some(false),
            speed: Some(1000),
            duplex: Some(1),
            ..LinkmodesSet::new(RequestHeader::name("v0"))
        };
        assert_eq!(built(&set).unwrap(), message(REQUEST_ACK, 5, &body));
        // PAUSE_GET with statistics: FLAGS (3) = ETHTOOL_FLAG_STATS (4).
        let mut body = Vec::new();
        nest(&mut body, 1, |h| {
            put_attr(h, 2, b"v0\0");
            u32a(h, 3, 4);
        });
        assert_eq!(
            built(&PauseGet::new(RequestHeader::name("v0").stats())).unwrap(),
            message(REQUEST_ACK, 21, &body)
        );
        assert_eq!(
            built(&CoalesceGet::new(RequestHeader::name("v0"))).unwrap(),
            message(REQUEST_ACK, 19, &hdr)
        );
        for bad in [
            built(&RingsSet::new(RequestHeader::name("v0"))),
            built(&LinkmodesSet::new(RequestHeader::name("v0"))),
            built(&LinkmodesSet { duplex: Some(2), ..LinkmodesSet::new(RequestHeader::name("v0")) }),
            built(&RingsSet { rx: Some(1), ..RingsSet::new(RequestHeader::all()) }),
        ] {
            assert!(matches!(bad, Err(Error::InvalidValue { .. })), "{bad:?}");
        }
    }

    #[test]
    fn reads_pause_and_coalesce() {
        let bytes = reply_v0(reply::PAUSE_GET_REPLY, |body| {
            put_attr(body, 2, &[1]);
            put_attr(body, 3, &[0]);
        });
        let p = Pause::parse(&Messages::new(&bytes).next().unwrap().unwrap()).unwrap();
        assert_eq!((p.autoneg().unwrap(), p.rx().unwrap(), p.tx().unwrap()), (Some(true), Some(false), None));
        assert_eq!(p.header().unwrap().unwrap().dev_index().unwrap(), Some(5));

        let bytes = reply_v0(reply::COALESCE_NTF, |body| {
            u32a(body, 2, 50); // RX_USECS
            u32a(body, 7, 64); // TX_MAX_FRAMES
            put_attr(body, 11, &[1]); // USE_ADAPTIVE_RX
        });
        let msg = Messages::new(&bytes).next().unwrap().unwrap();
        let c = Coalesce::parse(&msg).unwrap();
        assert_eq!(
            (c.rx_usecs().unwrap(), c.rx_max_frames().unwrap(), c.tx_max_frames().unwrap()),
            (Some(50), None, Some(64))
        );
        assert_eq!((c.use_adaptive_rx().unwrap(), c.use_adaptive_tx().unwrap()), (Some(1), None));
        assert_eq!(c.header().unwrap().unwrap().dev_name().unwrap(), Some("v0"));
        assert!(matches!(Pause::parse(&msg), Err(Error::WrongMessageType { .. })));
        // A flag of the wrong size.
        let mut body = Vec::new();
        u32a(&mut body, 3, 1);
        let bytes = message(0, reply::PAUSE_NTF, &body);
        let msg = Messages::new(&bytes).next().unwrap().unwrap();
        assert!(matches!(Pause::parse(&msg).unwrap().rx(), Err(Error::AttrSize { .. })));
    }

    #[test]
    fn bad_requests_are_refused_before_writing() {
        let long = "a-feature-name-of-32-bytes-long!";
        let cases: [(&str, Result<Vec<u8>>); 8] = [
            ("no change", built(&FeaturesSet::new(RequestHeader::name("v0"), &[]))),
            ("no device", built(&FeaturesSet::new(RequestHeader::all(), &[("rx-gro", true)]))),
            ("empty name", built(&FeaturesSet::new(RequestHeader::name("v0"), &[("", true)]))),
            ("long name", built(&FeaturesSet::new(RequestHeader::name("v0"), &[(long, true)]))),
            ("nul", built(&FeaturesSet::new(RequestHeader::name("v0"), &[("rx\0gro", true)]))),
            ("no count", built(&ChannelsSet::new(RequestHeader::name("v0")))),
            ("bad ifname", built(&FeaturesGet::new(RequestHeader::name("sixteen-bytes-xx")))),
            ("bad flag", built(&FeaturesGet::new(RequestHeader::name("v0").with_flags(8)))),
        ];
        for (what, r) in cases {
            assert!(matches!(r, Err(Error::InvalidValue { .. })), "{what}: {r:?}");
        }
        let mut buf = [0u8; 64];
        let mut b = Builder::new(&mut buf);
        assert!(b
            .push(&To { family: ID, command: &ChannelsSet::new(RequestHeader::name("v0")) }, 1)
            .is_err());
        assert!(b.is_empty());
    }

    fn header_v0(out: &mut Vec<u8>) {
        nest(out, 1, |h| {
            u32a(h, 1, 5);
            put_attr(h, 2, b"v0\0");
        });
    }

    /// A verbose FEATURES_GET_REPLY: lists without mask of the bits set.
    /// hw: rx-gro (41), tx-checksum-ip-generic (3); wanted and active:
    /// rx-gro; nochange: tx-lockless (15).
    fn verbose_reply() -> Vec<u8> {
        let list = |out: &mut Vec<u8>, kind: u16, bits: &[(u32, &str)]| {
            nest(out, kind, |s| {
                put_attr(s, 1, &[]); // NOMASK
                u32a(s, 2, 64); // SIZE
                nest(s, 3, |l| {
                    for &(i, name) in bits {
                        nest(l, 1, |b| {
                            u32a(b, 1, i);
                            let mut n = name.as_bytes().to_vec();
                            n.push(0);
                            put_attr(b, 2, &n);
                        });
                    }
                });
            })
        };
        let mut body = Vec::new();
        header_v0(&mut body);
        list(&mut body, 2, &[(3, "tx-checksum-ip-generic"), (41, "rx-gro")]);
        list(&mut body, 3, &[(41, "rx-gro")]);
        list(&mut body, 4, &[(41, "rx-gro")]);
        list(&mut body, 5, &[(15, "tx-lockless")]);
        message(0, reply::FEATURES_GET_REPLY, &body)
    }

    #[test]
    fn reads_verbose_features() {
        let bytes = verbose_reply();
        let msg = Messages::new(&bytes).next().unwrap().unwrap();
        let f = Features::parse(&msg).unwrap();
        let h = f.header().unwrap().unwrap();
        assert_eq!((h.dev_index().unwrap(), h.dev_name().unwrap()), (Some(5), Some("v0")));
        let all: Vec<Feature<'_>> = f.named().collect::<Result<_>>().unwrap();
        let brief: Vec<_> =
            all.iter().map(|x| (x.name, x.active, x.wanted, x.hw, x.nochange, x.fixed())).collect();
        assert_eq!(
            brief,
            [
                ("tx-checksum-ip-generic", false, false, true, false, false),
                ("tx-lockless", false, false, false, true, true),
                ("rx-gro", true, true, true, false, false),
            ]
        );
        let absent = f.feature(None, "rx-lro").unwrap();
        assert!(!absent.active && absent.fixed());
        assert_eq!(f.active().unwrap().unwrap().get(Some(41), None).unwrap(), Some(true));
    }

    /// A compact reply (hw with a mask, to read masks too) and the string
    /// set naming its bits.
    fn compact_reply() -> (Vec<u8>, Vec<u8>) {
        let words = |out: &mut Vec<u8>, kind: u16, nomask: bool, value: [u32; 2], mask: [u32; 2]| {
            nest(out, kind, |s| {
                if nomask {
                    put_attr(s, 1, &[]);
                }
                u32a(s, 2, 64);
                let v: Vec<u8> = value.iter().flat_map(|w| w.to_ne_bytes()).collect();
                put_attr(s, 4, &v);
                if !nomask {
                    let m: Vec<u8> = mask.iter().flat_map(|w| w.to_ne_bytes()).collect();
                    put_attr(s, 5, &m);
                }
            })
        };
        let mut body = Vec::new();
        header_v0(&mut body);
        // hw: bit 3 on, bit 41 in the mask but off.
        words(&mut body, 2, false, [1 << 3, 0], [1 << 3, 1 << 9]);
        words(&mut body, 3, true, [0, 1 << 9], [0; 2]);
        words(&mut body, 4, true, [1 << 3, 1 << 9], [0; 2]);
        words(&mut body, 5, true, [1 << 15, 0], [0; 2]);
        let features = message(0, reply::FEATURES_NTF, &body);
        let mut body = Vec::new();
        header_v0(&mut body);
        nest(&mut body, 2, |sets| {
            nest(sets, 1, |set| {
                u32a(set, 1, ETH_SS_FEATURES);
                u32a(set, 2, 3);
                nest(set, 3, |strings| {
                    for (i, s) in
                        [(3u32, &b"tx-checksum-ip-generic\0"[..]), (15, b"tx-lockless\0"), (41, b"rx-gro\0")]
                    {
                        nest(strings, 1, |st| {
                            u32a(st, 1, i);
                            put_attr(st, 2, s);
                        });
                    }
                });
            })
        });
        (features, message(0, reply::STRSET_GET_REPLY, &body))
    }

    #[test]
    fn reads_compact_features_with_their_names() {
        let (features, strings) = compact_reply();
        let msg = Messages::new(&features).next().unwrap().unwrap();
        let f = Features::parse(&msg).unwrap();
        assert_eq!(f.cmd(), reply::FEATURES_NTF);
        let smsg = Messages::new(&strings).next().unwrap().unwrap();
        let s = Strset::parse(&smsg).unwrap();
        let names = s.set(ETH_SS_FEATURES).unwrap().unwrap();
        assert_eq!(
            (names.count().unwrap(), names.get(41).unwrap(), names.index_of("tx-lockless").unwrap()),
            (Some(3), Some("rx-gro"), Some(15))
        );
        assert!(s.set(1).unwrap().is_none());
        let all: Vec<_> = f.with_names(&names).collect::<Result<Vec<_>>>().unwrap();
        let brief: Vec<_> =
            all.iter().map(|x| (x.index, x.name, x.active, x.wanted, x.hw, x.fixed())).collect();
        assert_eq!(
            brief,
            [
                (Some(3), "tx-checksum-ip-generic", true, false, true, false),
                (Some(15), "tx-lockless", false, false, false, true),
                (Some(41), "rx-gro", true, true, false, true),
            ]
        );
        let hw = f.hw().unwrap().unwrap();
        assert!(hw.is_compact().unwrap() && !hw.nomask().unwrap());
        assert_eq!(hw.get(Some(41), None).unwrap(), Some(false)); // in the mask, off
        assert_eq!(hw.get(Some(15), None).unwrap(), None); // outside the mask
        assert_eq!(hw.get(Some(64), None).unwrap(), None); // beyond SIZE
        assert!(matches!(hw.get(None, Some("rx-gro")), Err(Error::InvalidValue { .. })));
    }

    #[test]
    fn reads_channels_rings_and_link_info() {
        let bytes = reply_v0(reply::CHANNELS_GET_REPLY, |body| {
            u32a(body, 2, 8); // RX_MAX
            u32a(body, 3, 8); // TX_MAX
            u32a(body, 6, 1);
            u32a(body, 7, 1);
        });
        let c = Channels::parse(&Messages::new(&bytes).next().unwrap().unwrap()).unwrap();
        assert_eq!(
            (c.rx_max().unwrap(), c.tx_max().unwrap(), c.combined_max().unwrap()),
            (Some(8), Some(8), None)
        );
        assert_eq!(
            (c.rx_count().unwrap(), c.tx_count().unwrap(), c.combined_count().unwrap()),
            (Some(1), Some(1), None)
        );
        assert_eq!(c.header().unwrap().unwrap().dev_name().unwrap(), Some("v0"));

        let bytes = reply_v0(reply::RINGS_GET_REPLY, |body| {
            u32a(body, 2, 256); // RX_MAX
            u32a(body, 6, 256); // RX
            put_attr(body, 11, &[2]); // TCP_DATA_SPLIT enabled
        });
        let r = Rings::parse(&Messages::new(&bytes).next().unwrap().unwrap()).unwrap();
        assert_eq!(
            (r.rx_max().unwrap(), r.rx().unwrap(), r.tx().unwrap(), r.tcp_data_split().unwrap()),
            (Some(256), Some(256), None, Some(2))
        );

        let bytes = reply_v0(reply::LINKINFO_GET_REPLY, |body| {
            put_attr(body, 2, &[0xef]); // PORT_NONE
        });
        let l = LinkInfo::parse(&Messages::new(&bytes).next().unwrap().unwrap()).unwrap();
        assert_eq!((l.port().unwrap(), l.phyaddr().unwrap()), (Some(0xef), None));

        let bytes = reply_v0(reply::LINKMODES_GET_REPLY, |body| {
            put_attr(body, 2, &[1]); // AUTONEG
            u32a(body, 5, 10000); // SPEED
            put_attr(body, 6, &[1]); // DUPLEX full
        });
        let m = LinkModes::parse(&Messages::new(&bytes).next().unwrap().unwrap()).unwrap();
        assert_eq!(
            (m.autoneg().unwrap(), m.speed().unwrap(), m.duplex().unwrap(), m.lanes().unwrap()),
            (Some(1), Some(10000), Some(1), None)
        );
        assert!(m.ours().unwrap().is_none());
    }

    #[test]
    fn malformed_replies_are_errors() {
        // Another command.
        let mut bytes = verbose_reply();
        bytes[16] = reply::CHANNELS_GET_REPLY;
        let msg = Messages::new(&bytes).next().unwrap().unwrap();
        assert!(matches!(Features::parse(&msg), Err(Error::WrongMessageType { .. })));
        let c = Channels::parse(&msg).unwrap();
        assert!(matches!(c.rx_max(), Err(Error::AttrSize { .. }))); // nests where counts go
        assert!(matches!(Rings::parse(&msg), Err(Error::WrongMessageType { .. })));

        // A bit with neither index nor name.
        let mut body = Vec::new();
        nest(&mut body, 4, |s| nest(s, 3, |l| nest(l, 1, |_| {})));
        let bytes = message(0, reply::FEATURES_GET_REPLY, &body);
        let msg = Messages::new(&bytes).next().unwrap().unwrap();
        let f = Features::parse(&msg).unwrap();
        assert!(matches!(f.named().next(), Some(Err(Error::MissingAttr { .. }))));
        assert!(f.feature(None, "rx-gro").is_err());

        // Bits out of ascending index order (the kernel sends them in order).
        let mut body = Vec::new();
        nest(&mut body, 4, |s| {
            put_attr(s, 1, &[]); // NOMASK
            nest(s, 3, |l| {
                for (i, name) in [(5u32, b"highdma\0".as_slice()), (3, b"tx-checksum-ip-generic\0")] {
                    nest(l, 1, |b| {
                        u32a(b, 1, i);
                        put_attr(b, 2, name);
                    });
                }
            })
        });
        let bytes = message(0, reply::FEATURES_GET_REPLY, &body);
        let msg = Messages::new(&bytes).next().unwrap().unwrap();
        let named: Vec<_> = Features::parse(&msg).unwrap().named().collect();
        assert!(matches!(named[..], [Err(Error::InvalidValue { .. })]), "{named:?}");

        // A name without NUL.
        let mut body = Vec::new();
        nest(&mut body, 4, |s| nest(s, 3, |l| nest(l, 1, |b| put_attr(b, 2, b"rx-gro"))));
        let bytes = message(0, reply::FEATURES_GET_REPLY, &body);
        let msg = Messages::new(&bytes).next().unwrap().unwrap();
        assert!(matches!(Features::parse(&msg).unwrap().named().next(), Some(Err(Error::BadString { .. }))));

        // A compact value that is not whole words.
        let mut body = Vec::new();
        nest(&mut body, 4, |s| {
            put_attr(s, 1, &[]);
            put_attr(s, 4, &[1, 0, 0]);
        });
        let bytes = message(0, reply::FEATURES_GET_REPLY, &body);
        let msg = Messages::new(&bytes).next().unwrap().unwrap();
        let f = Features::parse(&msg).unwrap();
        assert!(matches!(f.feature(Some(0), "x"), Err(Error::AttrSize { .. })));

        // A nest whose length runs past its parent.
        let mut body = Vec::new();
        nest(&mut body, 4, |s| s.extend_from_slice(&[40, 0, 3, 0x80]));
        let bytes = message(0, reply::FEATURES_GET_REPLY, &body);
        let msg = Messages::new(&bytes).next().unwrap().unwrap();
        assert!(Features::parse(&msg).unwrap().feature(Some(1), "x").is_err());

        // A channel count of the wrong size, a string set entry without a value.
        let mut body = Vec::new();
        put_attr(&mut body, 9, &[1, 0]);
        let bytes = message(0, reply::CHANNELS_GET_REPLY, &body);
        let msg = Messages::new(&bytes).next().unwrap().unwrap();
        assert!(matches!(Channels::parse(&msg).unwrap().combined_count(), Err(Error::AttrSize { .. })));
        let mut body = Vec::new();
        nest(&mut body, 2, |sets| {
            nest(sets, 1, |set| {
                u32a(set, 1, 4);
                nest(set, 3, |st| nest(st, 1, |s| u32a(s, 1, 0)));
            })
        });
        let bytes = message(0, reply::STRSET_GET_REPLY, &body);
        let msg = Messages::new(&bytes).next().unwrap().unwrap();
        let set = Strset::parse(&msg).unwrap().set(4).unwrap().unwrap();
        assert!(matches!(set.get(0), Err(Error::MissingAttr { .. })));
    }
}
