//! Link kinds: what `ip -d link show` prints of a link's `IFLA_LINKINFO`
//! (its kind, the kind's data, its master's kind and the port's data), and
//! the options `ip link add|set ... type KIND OPTIONS` takes; one module
//! per kind, each owning both.
//!
//! ```text
//! nlw link add vx0 type vxlan id 42 dstport 4789    parse("vxlan", ["id", "42", ...])
//! nlw -d link show vx0                               "    vxlan id 42 ... dstport 4789 ..."
//! ```

mod bond;
mod bridge;
mod data;
mod geneve;
mod ipvlan;
mod macvlan;
mod tun;
mod tunnel;
mod vlan;
mod vrf;
mod vxlan;

use std::io::Write;

use nlwire::attr::Attrs;
use nlwire::build::MessageWriter;
use nlwire::link::{info, LinkInfo};
use nlwire::tables::rt_link::{BOND_SLAVE_ATTRS, LINKINFO_ATTRS, LINKINFO_BRPORT_ATTRS};
use nlwire_std::KindData;

pub use bridge::{port_flag, print_protinfo};
pub use data::{check_read_time, resolve, unknown};

use crate::args::Words;
use crate::names::Names;
use crate::sink::Sink;
use crate::Result;

/// How one kind prints its data.
type Printer<W> = fn(&mut Sink<'_, W>, Attrs<'_>, &Names) -> Result<()>;

/// Writes `key` (`info_data`) as a JSON object holding what `print` writes
/// of `data` (nothing without data, as ip).
fn object<W: Write>(
    p: &mut Sink<'_, W>,
    key: &str,
    data: Option<Attrs<'_>>,
    names: &Names,
    print: Printer<W>,
) -> Result<()> {
    p.open(key)?;
    if let Some(data) = data {
        print(p, data, names)?;
    }
    p.close()?;
    Ok(())
}

/// A kind's data, for the kinds ip 6.1 has a printer for; nothing for the
/// others (veth, ifb, ...).
fn kind_data<W: Write>(
    p: &mut Sink<'_, W>,
    kind: &str,
    data: Option<Attrs<'_>>,
    names: &Names,
) -> Result<()> {
    let print: Printer<W> = match kind {
        "bridge" => |p, d, names| bridge::print(p, &d, names),
        "macvlan" | "macvtap" => |p, d, _| macvlan::print(p, d),
        "vxlan" => vxlan::print,
        "tun" => |p, d, _| tun::print(p, d),
        "vlan" => |p, d, _| vlan::print(p, d),
        "bond" => bond::print,
        "ipvlan" | "ipvtap" => |p, d, _| ipvlan::print(p, d),
        "vrf" => |p, d, _| vrf::print(p, d),
        "geneve" => |p, d, _| geneve::print(p, d),
        "gre" | "gretap" => tunnel::print_gre,
        "ipip" | "sit" => tunnel::print_iptun,
        _ => return Ok(()),
    };
    object(p, "info_data", data, names, print)
}

/// `tos 0x10 ` (`tos inherit ` for 1, nothing for 0), as ip prints a
/// tunnel's TOS.
fn print_tos<W: Write>(p: &mut Sink<'_, W>, tos: Option<u8>) -> Result<()> {
    match tos.unwrap_or(0) {
        0 => {}
        1 => p.string("tos", format_args!("tos inherit "), &"0x1")?,
        tos => p.string("tos", format_args!("tos {tos:#x} "), &format_args!("{tos:#x}"))?,
    }
    Ok(())
}

/// `flowlabel 0x5 ` when set.
fn print_flowlabel<W: Write>(p: &mut Sink<'_, W>, label: Option<u32>) -> Result<()> {
    if let Some(label) = label.filter(|l| *l != 0) {
        p.string("label", format_args!("flowlabel {label:#x} "), &format_args!("{label:#x}"))?;
    }
    Ok(())
}

/// The switches of `table` (attribute, JSON key, word) found in `attrs`,
/// as `WORD ` when on and `noWORD ` when off.
fn print_switches<W: Write>(
    p: &mut Sink<'_, W>,
    attrs: &Attrs<'_>,
    table: &[(u16, &str, &str)],
) -> Result<()> {
    for &(id, key, word) in table {
        if let Some(on) = attrs.find(id)?.and_then(|a| a.u8().ok()) {
            let no = if on == 0 { "no" } else { "" };
            p.bool(key, format_args!("{no}{word} "), on != 0)?;
        }
    }
    Ok(())
}

/// A port's data, by its master's kind.
fn port_data<W: Write>(
    p: &mut Sink<'_, W>,
    kind: &str,
    data: Option<Attrs<'_>>,
    names: &Names,
) -> Result<()> {
    let print: Printer<W> = match kind {
        "bridge" => |p, d, names| bridge::print_port(p, &d, names),
        "bond" => |p, d, _| bond::print_port(p, d),
        "vrf" => |p, d, _| vrf::print_port(p, d),
        _ => return Ok(()),
    };
    object(p, "info_slave_data", data, names, print)
}

/// `linkinfo`, as ip 6.1's `print_linktype`: text `\n    KIND DATA...`
/// then `\n    KIND_slave DATA...`.
pub fn print<W: Write>(p: &mut Sink<'_, W>, info: &LinkInfo<'_>, names: &Names) -> Result<()> {
    p.open("linkinfo")?;
    if let Some(kind) = info.kind()? {
        p.string("info_kind", format_args!("\n    {kind} "), &kind)?;
        kind_data(p, kind, info.data()?, names)?;
    }
    if let Some(kind) = info.slave_kind()? {
        p.string("info_slave_kind", format_args!("\n    {kind}_slave "), &kind)?;
        port_data(p, kind, info.slave_data()?, names)?;
    }
    p.close()?;
    Ok(())
}

/// `type KIND OPTIONS...`: the kind (`bridge_slave` for a bridge port's
/// options) and what its options became.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KindOptions {
    /// `IFLA_INFO_KIND`, as given.
    pub kind: String,
    /// The options' attributes.
    pub data: KindData,
}

impl KindOptions {
    /// Reads the options of `kind` from `words` (for a new link with
    /// `create`); a kind nlw has no options for takes none.
    pub fn parse(kind: &str, words: &mut Words<'_>, create: bool) -> Result<Self> {
        let mut data = match kind {
            "bridge_slave" => KindData::new(&LINKINFO_BRPORT_ATTRS),
            "bond_slave" => KindData::new(&BOND_SLAVE_ATTRS),
            // A kind without a spec of its data takes no options here.
            _ => KindData::for_kind(kind).unwrap_or_else(|_| KindData::new(&LINKINFO_ATTRS)),
        };
        match kind {
            "bridge" => bridge::parse(words, &mut data)?,
            "bridge_slave" => bridge::parse_port(words, &mut data)?,
            "macvlan" | "macvtap" => macvlan::parse(kind, words, &mut data)?,
            "vxlan" => vxlan::parse(words, &mut data)?,
            "vlan" => vlan::parse(words, &mut data)?,
            "bond" => bond::parse(words, &mut data)?,
            "bond_slave" => bond::parse_port(words, &mut data)?,
            "ipvlan" | "ipvtap" => ipvlan::parse(words, &mut data)?,
            "vrf" => vrf::parse(words, &mut data)?,
            "geneve" => geneve::parse(words, &mut data, create)?,
            "gre" | "gretap" => tunnel::parse_gre(kind, words, &mut data)?,
            "ipip" | "sit" => tunnel::parse_iptun(kind, words, &mut data)?,
            _ => {
                if let Some(word) = words.next() {
                    return Err(unknown(kind, word));
                }
            }
        }
        Ok(KindOptions { kind: kind.to_owned(), data })
    }

    /// The same, with device names resolved.
    pub fn resolve(&self, ifindex: &mut dyn FnMut(&str) -> Result<u32>) -> Result<Self> {
        Ok(KindOptions { kind: self.kind.clone(), data: resolve(&self.data, ifindex)? })
    }

    /// Writes `IFLA_INFO_KIND` and the data, as ip does: a port's options
    /// (`KIND_slave`) go in `IFLA_INFO_SLAVE_DATA`, nothing when there are
    /// none.
    pub fn emit(&self, m: &mut MessageWriter<'_>) -> nlwire::Result<()> {
        m.str(info::KIND, &self.kind)?;
        if self.data.is_empty() {
            return Ok(());
        }
        let id = if self.kind.ends_with("_slave") { info::SLAVE_DATA } else { info::DATA };
        m.nest(id, |m| self.data.emit(m))
    }
}

#[cfg(test)]
mod tests;
