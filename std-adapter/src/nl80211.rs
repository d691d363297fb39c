//! The `nl80211` family (Wi-Fi) through a generic session: interfaces,
//! wiphys, stations and scan results, as lending dumps read with the core's
//! views ([`nlwire::nl80211`]). A kernel without cfg80211 (no Wi-Fi) has no
//! such family: every verb then fails with [`Error::NotFound`](crate::Error::NotFound) naming it.
//!
//! ```no_run
//! use nlwire_std::Genl;
//! let mut genl = Genl::new()?;
//! let mut interfaces = genl.nl80211().interfaces()?;
//! while let Some(i) = interfaces.next()? {
//!     println!("{:?} {:?} MHz, SSID {:?}", i.ifname()?, i.frequency_mhz()?, i.ssid_bytes()?);
//! }
//! drop(interfaces);
//! let mut bsses = genl.nl80211().scan_results(3)?;
//! while let Some(bss) = bsses.next()? {
//!     println!("{:02x?} {:?} dBm", bss.bssid()?, bss.signal_dbm()?);
//! }
//! # Ok::<(), nlwire_std::Error>(())
//! ```

use nlwire::nl80211::{
    Interface, InterfaceDump, ScanDump, ScanResult, Station, StationDump, Wiphy, WiphyDump, FAMILY_NAME,
};

use crate::genl::{family_handle, view_dumps, GenlSession};

family_handle! {
    /// The `nl80211` family of a generic session ([`Genl::nl80211`](crate::Genl::nl80211)). `S` is the
    /// [`GenlSession`]: `&mut Genl` (blocking) or `&AsyncGenl` (`.await`).
    Nl80211, nl80211, "The `nl80211` family (Wi-Fi), resolved on first use: `genl.nl80211().interfaces()`."
}

impl<S: GenlSession> Nl80211<S> {
    view_dumps! { FAMILY_NAME, "Wi-Fi (cfg80211)";
        /// Every wireless interface (`NL80211_CMD_GET_INTERFACE` dump), one
        /// [`Interface`] each.
        interfaces() -> Interface<'static> = InterfaceDump;
        /// Every wiphy (`NL80211_CMD_GET_WIPHY` dump, split as `iw` asks): each
        /// wiphy over several [`Wiphy`] messages.
        wiphys() -> Wiphy<'static> = WiphyDump;
        /// The stations of the interface `ifindex` (`NL80211_CMD_GET_STATION`
        /// dump), one [`Station`] each.
        stations(ifindex: u32) -> Station<'static> = StationDump { ifindex };
        /// The BSSes the last scans of the interface `ifindex` found
        /// (`NL80211_CMD_GET_SCAN` dump), one [`ScanResult`] each.
        scan_results(ifindex: u32) -> ScanResult<'static> = ScanDump { ifindex };
    }
}
