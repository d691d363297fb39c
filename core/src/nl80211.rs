//! The `nl80211` generic netlink family (Wi-Fi): the dumps of interfaces
//! (`NL80211_CMD_GET_INTERFACE`), wiphys (`NL80211_CMD_GET_WIPHY`, split as
//! `iw` asks), stations and scan results of one interface
//! (`NL80211_CMD_GET_STATION`, `NL80211_CMD_GET_SCAN`), each reply read with
//! the view generated from the kernel's spec, and the few reads that add
//! meaning: MAC addresses, the SSID as bytes, frequencies, signal in dBm.
//!
//! The kernel's spec has no attribute sets for a station's information
//! (`NL80211_ATTR_STA_INFO`) or a BSS (`NL80211_ATTR_BSS`), so the nested
//! attributes read here are numbered from `linux/nl80211.h`
//! ([`sta_info`], [`bss`]).
//!
//! ```
//! use nlwire::build::Builder;
//! use nlwire::genl::To;
//! use nlwire::nl80211::StationDump;
//!
//! // The stations of the interface with index 3.
//! let mut buf = [0u8; 64];
//! let mut b = Builder::new(&mut buf);
//! b.push(&To { family: 0x1c, command: &StationDump { ifindex: 3 } }, 1)?;
//! assert_eq!(b.len(), 16 + 4 + 8);
//! # Ok::<(), nlwire::Error>(())
//! ```

use crate::attr::{Attr, Attrs};
use crate::build::MessageWriter;
use crate::error::{Error, Result};
use crate::genl::{dump_command, genl_view, Command};
use crate::tables::nl80211::{self as t, commands, nl80211_attrs as attr};

/// The family name to resolve (`NL80211_GENL_NAME`).
pub const FAMILY_NAME: &str = "nl80211";
/// The interface version requests carry (the kernel's `nl80211_fam.version`).
pub const VERSION: u8 = 1;

/// `enum nl80211_sta_info` of `linux/nl80211.h`: the attributes nested in
/// `NL80211_ATTR_STA_INFO`, those read here.
pub mod sta_info {
    /// `NL80211_STA_INFO_INACTIVE_TIME`: ms since the last activity (u32).
    pub const INACTIVE_TIME: u16 = 1;
    /// `NL80211_STA_INFO_RX_BYTES` (u32).
    pub const RX_BYTES: u16 = 2;
    /// `NL80211_STA_INFO_TX_BYTES` (u32).
    pub const TX_BYTES: u16 = 3;
    /// `NL80211_STA_INFO_SIGNAL`: dBm (s8).
    pub const SIGNAL: u16 = 7;
}

/// `enum nl80211_bss` of `linux/nl80211.h`: the attributes nested in
/// `NL80211_ATTR_BSS`, those read here.
pub mod bss {
    /// `NL80211_BSS_BSSID` (6 bytes).
    pub const BSSID: u16 = 1;
    /// `NL80211_BSS_FREQUENCY`: MHz (u32).
    pub const FREQUENCY: u16 = 2;
    /// `NL80211_BSS_INFORMATION_ELEMENTS`: the IEs of the last probe
    /// response or beacon.
    pub const INFORMATION_ELEMENTS: u16 = 6;
    /// `NL80211_BSS_SIGNAL_MBM`: mBm, 100 × dBm (s32).
    pub const SIGNAL_MBM: u16 = 7;
    /// `NL80211_BSS_BEACON_IES`: the IEs of the last beacon.
    pub const BEACON_IES: u16 = 11;
}

/// The information element that holds the SSID (`WLAN_EID_SSID`, IEEE 802.11).
const EID_SSID: u8 = 0;

dump_command!(
    /// `NL80211_CMD_GET_INTERFACE` as a dump: every wireless interface, one
    /// [`Interface`] each.
    InterfaceDump,
    commands::GET_INTERFACE as u8,
    VERSION
);

/// `NL80211_CMD_GET_WIPHY` as a dump, with `NL80211_ATTR_SPLIT_WIPHY_DUMP`
/// as `iw` sends it: each wiphy's description comes in several
/// [`Wiphy`] messages (the whole would not fit one).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct WiphyDump;

impl Command for WiphyDump {
    const CMD: u8 = commands::GET_WIPHY as u8;
    const VERSION: u8 = VERSION;
    const DUMP: bool = true;
    fn emit_attrs(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        m.flag(attr::SPLIT_WIPHY_DUMP)
    }
}

/// Declares a dump of the objects of one interface (`NL80211_ATTR_IFINDEX`).
macro_rules! dump_of_interface {
    ($(#[$doc:meta])* $name:ident, $cmd:expr) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct $name {
            /// The interface.
            pub ifindex: u32,
        }

        impl Command for $name {
            const CMD: u8 = $cmd as u8;
            const VERSION: u8 = VERSION;
            const DUMP: bool = true;
            fn emit_attrs(&self, m: &mut MessageWriter<'_>) -> Result<()> {
                m.u32(attr::IFINDEX, self.ifindex)
            }
        }
    };
}

dump_of_interface!(
    /// `NL80211_CMD_GET_STATION` as a dump: the stations the interface
    /// knows (peers of an AP, the AP of a station), one [`Station`] each.
    StationDump,
    commands::GET_STATION
);

dump_of_interface!(
    /// `NL80211_CMD_GET_SCAN` as a dump: the BSSes the interface's last
    /// scans found, one [`ScanResult`] each.
    ScanDump,
    commands::GET_SCAN
);

genl_view! {
    /// An interface (`NL80211_CMD_NEW_INTERFACE`, the answer to
    /// `GET_INTERFACE`): `ifindex`, `ifname`, `iftype`, `wiphy`, ...
    Interface, t::Nl80211Attrs, "nl80211 interface", &[commands::NEW_INTERFACE as u8]
}

genl_view! {
    /// A part of a wiphy's description (`NL80211_CMD_NEW_WIPHY`): `wiphy`,
    /// `wiphy_name`, bands, ... (a split dump spreads one wiphy over
    /// several messages).
    Wiphy, t::Nl80211Attrs, "nl80211 wiphy", &[commands::NEW_WIPHY as u8]
}

genl_view! {
    /// A station (`NL80211_CMD_NEW_STATION`, the answer to `GET_STATION`).
    Station, t::Nl80211Attrs, "nl80211 station", &[commands::NEW_STATION as u8]
}

genl_view! {
    /// A BSS the interface found (`NL80211_CMD_NEW_SCAN_RESULTS`, the answer
    /// to `GET_SCAN`).
    ScanResult, t::Nl80211Attrs, "nl80211 scan result", &[commands::NEW_SCAN_RESULTS as u8]
}

/// `NL80211_ATTR_MAC` of `attrs`, as a MAC address.
fn mac_of(attrs: &Attrs<'_>) -> Result<Option<[u8; 6]>> {
    attrs.read(attr::MAC, Attr::mac)
}

impl Interface<'_> {
    /// The interface's MAC address (`NL80211_ATTR_MAC`).
    pub fn mac_address(&self) -> Result<Option<[u8; 6]>> {
        mac_of(&self.attrs())
    }
    /// The SSID it is connected to or serves (`NL80211_ATTR_SSID`): bytes,
    /// as an SSID need not be text.
    pub fn ssid_bytes(&self) -> Result<Option<&[u8]>> {
        self.ssid()
    }
    /// The channel's frequency in MHz (`NL80211_ATTR_WIPHY_FREQ`).
    pub fn frequency_mhz(&self) -> Result<Option<u32>> {
        self.wiphy_freq()
    }
}

impl<'a> Station<'a> {
    /// The station's MAC address (`NL80211_ATTR_MAC`).
    pub fn mac_address(&self) -> Result<Option<[u8; 6]>> {
        mac_of(&self.attrs())
    }
    /// The attributes nested in `NL80211_ATTR_STA_INFO` ([`sta_info`]).
    pub fn info(&self) -> Result<Option<Attrs<'a>>> {
        self.attrs().read(attr::STA_INFO, |a| Ok(a.nested()))
    }
    /// The signal of the last frame received, in dBm (`NL80211_STA_INFO_SIGNAL`).
    pub fn signal_dbm(&self) -> Result<Option<i8>> {
        Ok(self.info()?.map(|info| info.read(sta_info::SIGNAL, Attr::i8)).transpose()?.flatten())
    }
    /// Milliseconds since the station was last active (`NL80211_STA_INFO_INACTIVE_TIME`).
    pub fn inactive_ms(&self) -> Result<Option<u32>> {
        Ok(self.info()?.map(|info| info.read(sta_info::INACTIVE_TIME, Attr::u32)).transpose()?.flatten())
    }
}

impl<'a> ScanResult<'a> {
    /// The attributes nested in `NL80211_ATTR_BSS` ([`bss`]).
    pub fn bss_attrs(&self) -> Result<Option<Attrs<'a>>> {
        self.attrs().read(attr::BSS, |a| Ok(a.nested()))
    }
    /// Reads the attribute `kind` of the BSS with `read`.
    fn bss_read<T>(&self, kind: u16, read: crate::attr::Read<'a, T>) -> Result<Option<T>> {
        Ok(self.bss_attrs()?.map(|b| b.read(kind, read)).transpose()?.flatten())
    }
    /// The BSSID (`NL80211_BSS_BSSID`).
    pub fn bssid(&self) -> Result<Option<[u8; 6]>> {
        self.bss_read(bss::BSSID, Attr::mac)
    }
    /// The channel's frequency in MHz (`NL80211_BSS_FREQUENCY`).
    pub fn frequency_mhz(&self) -> Result<Option<u32>> {
        self.bss_read(bss::FREQUENCY, Attr::u32)
    }
    /// The signal in dBm (`NL80211_BSS_SIGNAL_MBM` / 100).
    pub fn signal_dbm(&self) -> Result<Option<f32>> {
        Ok(self.bss_read(bss::SIGNAL_MBM, Attr::i32)?.map(|mbm| mbm as f32 / 100.0))
    }
    /// The SSID (information element 0 of `NL80211_BSS_INFORMATION_ELEMENTS`,
    /// else of `NL80211_BSS_BEACON_IES`), as bytes; a hidden network's is empty.
    pub fn ssid(&self) -> Result<Option<&'a [u8]>> {
        let ies = match self.bss_read(bss::INFORMATION_ELEMENTS, |a| Ok(a.payload()))? {
            Some(ies) => Some(ies),
            None => self.bss_read(bss::BEACON_IES, |a| Ok(a.payload()))?,
        };
        ies.map_or(Ok(None), |ies| information_element(ies, EID_SSID))
    }
}

/// The body of the first information element `id` in `ies` (each: id,
/// length, body); a length past the end is an error.
fn information_element(mut ies: &[u8], id: u8) -> Result<Option<&[u8]>> {
    while let [eid, len, rest @ ..] = ies {
        let body = rest
            .get(..usize::from(*len))
            .ok_or(Error::InvalidValue { what: "an 802.11 information element longer than its list" })?;
        if *eid == id {
            return Ok(Some(body));
        }
        ies = rest.get(usize::from(*len)..).unwrap_or(&[]);
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;
    use crate::genl::test_bytes::message;
    use crate::genl::To;
    use crate::test_prelude::*;

    fn built(command: &impl Command) -> Vec<u8> {
        let mut buf = [0u8; 64];
        let mut b = Builder::new(&mut buf);
        b.push(&To { family: 0x1c, command }, 9).unwrap();
        b.as_bytes().to_vec()
    }

    #[test]
    fn dump_requests_are_byte_exact() {
        // NLM_F_REQUEST | NLM_F_DUMP = 0x301; NL80211_CMD_GET_WIPHY 1,
        // _GET_INTERFACE 5, _GET_STATION 17, _GET_SCAN 32;
        // NL80211_ATTR_IFINDEX 3, NL80211_ATTR_SPLIT_WIPHY_DUMP 174 (a flag).
        assert_eq!(built(&InterfaceDump), message(0x1c, 0x301, 9, 5, &[]));
        assert_eq!(built(&WiphyDump), message(0x1c, 0x301, 9, 1, &nla(174, &[])));
        assert_eq!(
            built(&StationDump { ifindex: 4 }),
            message(0x1c, 0x301, 9, 17, &nla(3, &4u32.to_ne_bytes()))
        );
        assert_eq!(
            built(&ScanDump { ifindex: 4 }),
            message(0x1c, 0x301, 9, 32, &nla(3, &4u32.to_ne_bytes()))
        );
    }

    const MAC: [u8; 6] = [0x02, 0x00, 0x5e, 0x10, 0x20, 0x30];

    #[test]
    fn reads_an_interface() {
        // NL80211_ATTR_IFINDEX 3, _IFNAME 4, _IFTYPE 5 (NL80211_IFTYPE_STATION
        // 2), _MAC 6, _WIPHY 1, _WIPHY_FREQ 38, _SSID 52; NL80211_CMD_NEW_INTERFACE 7.
        let mut body = nla(3, &5u32.to_ne_bytes());
        body.extend(nla(4, b"wlan0\0"));
        body.extend(nla(5, &2u32.to_ne_bytes()));
        body.extend(nla(6, &MAC));
        body.extend(nla(1, &0u32.to_ne_bytes()));
        body.extend(nla(38, &2412u32.to_ne_bytes()));
        body.extend(nla(52, b"caf\xe9"));
        let bytes = message(0x1c, 2, 9, 7, &body);
        let msg = Messages::new(&bytes).next().unwrap().unwrap();
        let i = Interface::parse(&msg).unwrap();
        assert_eq!((i.ifindex().unwrap(), i.ifname().unwrap()), (Some(5), Some("wlan0")));
        assert_eq!((i.iftype().unwrap(), i.wiphy().unwrap()), (Some(2), Some(0)));
        assert_eq!(i.mac_address().unwrap(), Some(MAC));
        assert_eq!(i.frequency_mhz().unwrap(), Some(2412));
        assert_eq!(i.ssid_bytes().unwrap(), Some(&b"caf\xe9"[..]), "an SSID that is not UTF-8");
        assert!(matches!(Station::parse(&msg), Err(Error::WrongMessageType { .. })));
        // Decoded by name through the registry, as the spec names them.
        let nl80211 = crate::registry::Protocol::Generic(&t::FAMILY);
        assert_eq!(msg.get_in(nl80211, "ifname").unwrap().and_then(|v| v.as_str()), Some("wlan0"));
        assert_eq!(msg.get_in(nl80211, "wiphy-freq").unwrap().and_then(|v| v.as_u32()), Some(2412));
    }

    #[test]
    fn reads_a_station() {
        // NL80211_ATTR_STA_INFO 21 holding NL80211_STA_INFO_INACTIVE_TIME 1,
        // _SIGNAL 7 (s8: -42 dBm); NL80211_CMD_NEW_STATION 19.
        let mut info = nla(1, &340u32.to_ne_bytes());
        info.extend(nla(7, &(-42i8).to_ne_bytes()));
        let mut body = nla(3, &5u32.to_ne_bytes());
        body.extend(nla(6, &MAC));
        body.extend(nla(21 | 0x8000, &info));
        let bytes = message(0x1c, 2, 9, 19, &body);
        let msg = Messages::new(&bytes).next().unwrap().unwrap();
        let s = Station::parse(&msg).unwrap();
        assert_eq!(s.mac_address().unwrap(), Some(MAC));
        assert_eq!(s.signal_dbm().unwrap(), Some(-42));
        assert_eq!(s.inactive_ms().unwrap(), Some(340));
    }

    #[test]
    fn reads_a_scan_result() {
        // NL80211_ATTR_BSS 47 holding NL80211_BSS_BSSID 1, _FREQUENCY 2,
        // _INFORMATION_ELEMENTS 6 (a rates IE 1, then the SSID IE 0),
        // _SIGNAL_MBM 7 (-6500 mBm); NL80211_CMD_NEW_SCAN_RESULTS 34.
        let ies = [1, 2, 0x82, 0x84, 0, 4, b'n', b'e', b't', 0xff];
        let mut bss_attrs = nla(1, &MAC);
        bss_attrs.extend(nla(2, &5180u32.to_ne_bytes()));
        bss_attrs.extend(nla(6, &ies));
        bss_attrs.extend(nla(7, &(-6500i32).to_ne_bytes()));
        let mut body = nla(3, &5u32.to_ne_bytes());
        body.extend(nla(47 | 0x8000, &bss_attrs));
        let bytes = message(0x1c, 2, 9, 34, &body);
        let msg = Messages::new(&bytes).next().unwrap().unwrap();
        let r = ScanResult::parse(&msg).unwrap();
        assert_eq!(r.bssid().unwrap(), Some(MAC));
        assert_eq!(r.frequency_mhz().unwrap(), Some(5180));
        assert_eq!(r.signal_dbm().unwrap(), Some(-65.0));
        assert_eq!(r.ssid().unwrap(), Some(&b"net\xff"[..]));

        // An element whose length runs past the list is an error, not a panic.
        let mut bad = nla(47, &nla(6, &[0, 9, b'x']));
        bad.extend(nla(3, &5u32.to_ne_bytes()));
        let bytes = message(0x1c, 2, 9, 34, &bad);
        let msg = Messages::new(&bytes).next().unwrap().unwrap();
        assert!(matches!(ScanResult::parse(&msg).unwrap().ssid(), Err(Error::InvalidValue { .. })));
    }
}
