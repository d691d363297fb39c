//! Typed options of the common link kinds, for `ipr.link().add(..)` and
//! `ipr.link().set(..)`: each a [`KindData`] filled by name through the
//! kind's generated spec, with methods whose types say what the kernel
//! takes. `set(name, value)` on each reaches any other option of the kind.
//!
//! ```no_run
//! # let mut ipr = nlwire_std::IPRoute::new()?;
//! use nlwire::link::MacvlanMode;
//! let mac = [0x02, 0, 0, 0, 0, 1];
//! ipr.link().add("mv0").link("eth0").macvlan(|m| m.mode(MacvlanMode::Source).macaddr_add(mac)).send()?;
//! ipr.link().set("mv0").macvlan(|m| m.macaddr_del(mac)).send()?;
//! ipr.link().add("br0").bridge(|b| b.stp(true).priority(4096)).send()?;
//! # Ok::<(), nlwire_std::Error>(())
//! ```

use std::net::IpAddr;

use nlwire::link::{IpvlanMode, MacvlanMode};
use nlwire::spec::Space;
use nlwire::tables::rt_link;

use crate::dev::Dev;
use crate::kind_data::{KindData, Setting};

/// A typed builder over the [`KindData`] of one kind.
pub trait KindOptions: Sized {
    /// The space of the kind's `IFLA_INFO_DATA`.
    const SPACE: &'static Space;
    /// Wraps the kind's options.
    fn wrap(data: KindData) -> Self;
    /// The options given.
    fn into_data(self) -> KindData;
}

/// The options of each kind, with a method per option: `$space` is the
/// kind's space in the generated `rt_link` tables, `$attr` the option's
/// name there (`"v4" | "v6"`: an address option named by its family).
macro_rules! kind_options {
    (@name $value:ident, $attr:literal) => { $attr };
    (@name $value:ident, $v4:literal, $v6:literal) => { if $value.is_ipv4() { $v4 } else { $v6 } };
    ($($(#[$doc:meta])* $name:ident($space:ident) {
        $( $(#[$m:meta])* $method:ident($ty:ty) => $attr:literal $(| $attr6:literal)?; )*
    })*) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone)]
        #[must_use = "options do nothing until given to a builder"]
        pub struct $name(KindData);

        impl KindOptions for $name {
            const SPACE: &'static Space = &rt_link::$space;
            fn wrap(data: KindData) -> Self {
                $name(data)
            }
            fn into_data(self) -> KindData {
                self.0
            }
        }

        impl $name {
            $( $(#[$m])* pub fn $method(self, value: $ty) -> Self {
                self.set(kind_options!(@name value, $attr $(, $attr6)?), value)
            } )*
            /// Any option of the kind by its spec name (`"IFLA_..."` too);
            /// a name or value the spec refuses fails the send.
            pub fn set(mut self, name: &str, value: impl Into<Setting>) -> Self {
                self.0.put(|data| data.set(name, value));
                self
            }
        }
    )*};
}

kind_options! {
    /// `type macvlan|macvtap ...` (`IFLA_MACVLAN_*`).
    Macvlan(LINKINFO_MACVLAN_ATTRS) {
        /// `mode private|vepa|bridge|passthru|source`.
        mode(MacvlanMode) => "mode";
        /// `bcqueuelen N`.
        bcqueuelen(u32) => "bc_queue_len";
        /// `flag nopromisc|nodst|null` as `MACVLAN_FLAG_*` bits.
        flags(u16) => "flags";
    }
    /// `type bridge ...` (`IFLA_BR_*`); times in hundredths of a second.
    Bridge(LINKINFO_BRIDGE_ATTRS) {
        /// `stp_state 0|1`.
        stp(bool) => "stp_state";
        /// `forward_delay`.
        forward_delay(u32) => "forward_delay";
        /// `hello_time`.
        hello_time(u32) => "hello_time";
        /// `max_age`.
        max_age(u32) => "max_age";
        /// `ageing_time`.
        ageing_time(u32) => "ageing_time";
        /// `priority`.
        priority(u16) => "priority";
        /// `vlan_filtering 0|1`.
        vlan_filtering(bool) => "vlan_filtering";
        /// `vlan_default_pvid`.
        vlan_default_pvid(u16) => "vlan_default_pvid";
        /// `mcast_snooping 0|1`.
        mcast_snooping(bool) => "mcast_snooping";
    }
    /// `type vxlan ...` (`IFLA_VXLAN_*`).
    Vxlan(LINKINFO_VXLAN_ATTRS) {
        /// `id VNI`, below 2^24.
        id(u32) => "id";
        /// `dstport PORT` (4789 is IANA's; the kernel's default is 8472).
        port(u16) => "port";
        /// `ttl N`.
        ttl(u8) => "ttl";
        /// `[no]learning`.
        learning(bool) => "learning";
        /// `dev DEV`: the underlying link.
        dev(Dev) => "link";
        /// `remote|group IP`: `group` or `group6` by family.
        remote(IpAddr) => "group" | "group6";
        /// `local IP`: `local` or `local6` by family.
        local(IpAddr) => "local" | "local6";
    }
    /// `type vlan ...` (`IFLA_VLAN_*`) on the parent given by `.link(..)`.
    Vlan(LINKINFO_VLAN_ATTRS) {
        /// `id ID`, 0 to 4094.
        id(u16) => "id";
        /// `protocol 802.1Q|802.1ad` as the EtherType (0x8100, 0x88a8).
        protocol(u16) => "protocol";
    }
    /// `type bond ...` (`IFLA_BOND_*`).
    Bond(LINKINFO_BOND_ATTRS) {
        /// `mode` as `BOND_MODE_*` (0 balance-rr ... 6 balance-alb).
        mode(u8) => "mode";
        /// `miimon MS`.
        miimon(u32) => "miimon";
        /// `primary DEV`.
        primary(Dev) => "primary";
    }
    /// `type ipvlan|ipvtap ...` (`IFLA_IPVLAN_*`) on the parent given by `.link(..)`.
    Ipvlan(LINKINFO_IPVLAN_ATTRS) {
        /// `mode l2|l3|l3s`.
        mode(IpvlanMode) => "mode";
        /// `bridge|private|vepa` as `IPVLAN_F_*` bits.
        flags(u16) => "flags";
    }
    /// `type vrf ...` (`IFLA_VRF_*`).
    Vrf(LINKINFO_VRF_ATTRS) {
        /// `table ID`.
        table(u32) => "table";
    }
    /// `type geneve ...` (`IFLA_GENEVE_*`).
    Geneve(LINKINFO_GENEVE_ATTRS) {
        /// `id VNI`.
        id(u32) => "id";
        /// `dstport PORT`.
        port(u16) => "port";
        /// `ttl N`.
        ttl(u8) => "ttl";
        /// `remote IP`: `remote` or `remote6` by family.
        remote(IpAddr) => "remote" | "remote6";
    }
    /// `type ipip|sit ...` (`IFLA_IPTUN_*`).
    Iptun(LINKINFO_IPTUN_ATTRS) {
        /// `local IP`.
        local(IpAddr) => "local";
        /// `remote IP`.
        remote(IpAddr) => "remote";
        /// `ttl N`.
        ttl(u8) => "ttl";
        /// `dev DEV`: the underlying link.
        dev(Dev) => "link";
    }
    /// `type gre|gretap ...` (`IFLA_GRE_*`).
    Gre(LINKINFO_GRE_ATTRS) {
        /// `local IP`.
        local(IpAddr) => "local";
        /// `remote IP`.
        remote(IpAddr) => "remote";
        /// `ttl N`.
        ttl(u8) => "ttl";
        /// `dev DEV`: the underlying link.
        dev(Dev) => "link";
    }
    /// A bond port's options (`IFLA_BOND_SLAVE_*`), as
    /// `ip link set DEV type bond_slave ...` sends them.
    BondPort(BOND_SLAVE_ATTRS) {
        /// `queue_id ID`: the transmit queue of the port's traffic.
        queue_id(u16) => "queue_id";
        /// `prio N`: the port's priority as the active port.
        prio(i32) => "prio";
    }
}

impl Macvlan {
    /// `macaddr add MAC` (source mode): one more allowed source.
    pub fn macaddr_add(self, mac: [u8; 6]) -> Self {
        self.set("macaddr_mode", "add").set("macaddr", mac)
    }
    /// `macaddr del MAC`.
    pub fn macaddr_del(self, mac: [u8; 6]) -> Self {
        self.set("macaddr_mode", "del").set("macaddr", mac)
    }
    /// `macaddr set MAC...`: exactly these sources.
    pub fn macaddr_set(mut self, macs: &[[u8; 6]]) -> Self {
        self.0.put(|data| {
            data.set("macaddr_mode", "set")?.nest("macaddr_data", |n| {
                for mac in macs {
                    n.add("macaddr", *mac)?;
                }
                Ok(n)
            })
        });
        self
    }
    /// `macaddr flush`: no sources.
    pub fn macaddr_flush(self) -> Self {
        self.set("macaddr_mode", "flush")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kind_data::KindValue;

    /// The options given, as (attribute number, value), none refused.
    fn given(options: impl KindOptions) -> Vec<(u16, KindValue)> {
        let data = options.into_data();
        data.check().unwrap();
        data.attrs().to_vec()
    }

    #[test]
    fn an_address_goes_in_the_option_of_its_family() {
        let (v4, v6): (IpAddr, IpAddr) = ("192.0.2.1".parse().unwrap(), "2001:db8::1".parse().unwrap());
        let (a, b) = (KindValue::Ip(v4), KindValue::Ip(v6));
        // linux/if_link.h: IFLA_VXLAN_GROUP 2, IFLA_VXLAN_LOCAL 4, IFLA_VXLAN_GROUP6 16,
        // IFLA_VXLAN_LOCAL6 17.
        let vxlan = Vxlan::wrap(KindData::new(Vxlan::SPACE)).remote(v4).local(v4).remote(v6).local(v6);
        assert_eq!(given(vxlan), [(2, a.clone()), (4, a.clone()), (16, b.clone()), (17, b.clone())]);
        // IFLA_GENEVE_REMOTE 2, IFLA_GENEVE_REMOTE6 7.
        let geneve = Geneve::wrap(KindData::new(Geneve::SPACE)).remote(v4).remote(v6);
        assert_eq!(given(geneve), [(2, a), (7, b)]);
    }
}
