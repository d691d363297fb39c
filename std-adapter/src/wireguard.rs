//! WireGuard through a [`Genl`](crate::Genl) session: a device read whole (`wg show`)
//! and changed in as many messages as it takes (`wg set`, `wg setconf`).
//!
//! ```no_run
//! use nlwire::wireguard::{AllowedIp, Interface, PeerConfig, SetDevice};
//! use nlwire_std::Genl;
//! let mut genl = Genl::new()?;
//! let mut wg = genl.wireguard();
//! let ips = [AllowedIp::new("10.0.0.2".parse().unwrap(), 32)];
//! let peers = [PeerConfig {
//!     endpoint: Some("192.0.2.1:51820".parse().unwrap()),
//!     allowed_ips: &ips,
//!     ..PeerConfig::new([7; 32])
//! }];
//! wg.set_device(&SetDevice { listen_port: Some(51820), peers: &peers, ..SetDevice::new(Interface::Name("wg0")) })?;
//! let dev = wg.device("wg0")?;
//! for peer in &dev.peers {
//!     println!("{:?} {:?} {:?}", peer.endpoint, peer.allowed_ips, peer.last_handshake);
//! }
//! # Ok::<(), nlwire_std::Error>(())
//! ```

use std::net::SocketAddr;
use std::time::{Duration, SystemTime};

use nlwire::genl::To;
use nlwire::wireguard::{AllowedIp, Device, GetDevice, Key, SetDevice, FAMILY_NAME};
use nlwire::Message;

use crate::error::{Error, Result};
use crate::genl::{family_handle, genl_verbs, present_family_id, request, GenlSession};

/// Bytes per message of a split [`SetDevice`]: its error answer, which
/// echoes the request, still fits the session's 64 KiB receive buffer.
pub const SET_MESSAGE_SIZE: usize = 16 * 1024;

/// What a kernel without the family lacks.
const SERVES: &str = "WireGuard";

/// A WireGuard device, owned: every message of its dump merged.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WgDevice {
    /// `WGDEVICE_A_IFINDEX`.
    pub ifindex: u32,
    /// `WGDEVICE_A_IFNAME`.
    pub ifname: String,
    /// `WGDEVICE_A_PRIVATE_KEY` (absent when none is set, or without
    /// `CAP_NET_ADMIN`).
    pub private_key: Option<Key>,
    /// `WGDEVICE_A_PUBLIC_KEY`.
    pub public_key: Option<Key>,
    /// `WGDEVICE_A_LISTEN_PORT`.
    pub listen_port: u16,
    /// `WGDEVICE_A_FWMARK` (0: off).
    pub fwmark: u32,
    /// The peers, in the kernel's order.
    pub peers: Vec<WgPeer>,
}

/// A peer of a [`WgDevice`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WgPeer {
    /// `WGPEER_A_PUBLIC_KEY`.
    pub public_key: Key,
    /// `WGPEER_A_PRESHARED_KEY` (`None` when all zeros: no preshared key).
    pub preshared_key: Option<Key>,
    /// `WGPEER_A_ENDPOINT`.
    pub endpoint: Option<SocketAddr>,
    /// `WGPEER_A_PERSISTENT_KEEPALIVE_INTERVAL` in seconds (0: off).
    pub persistent_keepalive: u16,
    /// `WGPEER_A_LAST_HANDSHAKE_TIME` (`None`: never).
    pub last_handshake: Option<SystemTime>,
    /// `WGPEER_A_RX_BYTES`.
    pub rx_bytes: u64,
    /// `WGPEER_A_TX_BYTES`.
    pub tx_bytes: u64,
    /// `WGPEER_A_PROTOCOL_VERSION`.
    pub protocol_version: u32,
    /// `WGPEER_A_ALLOWEDIPS`, in the kernel's order.
    pub allowed_ips: Vec<AllowedIp>,
}

impl WgDevice {
    /// Adds one message of a `WG_CMD_GET_DEVICE` dump (in the order
    /// received): the device's fields from the first, the peers from each,
    /// a peer continued from the previous message merged into it. A message
    /// that does not read is [`Error::Malformed`].
    pub fn extend_from_message(&mut self, msg: &Message<'_>) -> Result<()> {
        self.extend(msg).map_err(Error::Malformed)
    }

    fn extend(&mut self, msg: &Message<'_>) -> nlwire::Result<()> {
        let dev = Device::parse(msg)?;
        self.ifindex = dev.ifindex()?.unwrap_or(self.ifindex);
        if let Some(name) = dev.ifname()? {
            self.ifname = name.to_owned();
        }
        self.private_key = dev.private_key()?.or(self.private_key);
        self.public_key = dev.public_key()?.or(self.public_key);
        self.listen_port = dev.listen_port()?.unwrap_or(self.listen_port);
        self.fwmark = dev.fwmark()?.unwrap_or(self.fwmark);
        for peer in dev.peers() {
            let peer = peer?;
            let key = peer.public_key()?;
            let ips = peer.allowed_ips().collect::<nlwire::Result<Vec<_>>>()?;
            if let Some(last) = self.peers.last_mut().filter(|p| p.public_key == key) {
                last.allowed_ips.extend(ips);
                continue;
            }
            let handshake = peer.last_handshake_time()?.and_then(|t| {
                let nsec = u32::try_from(t.nsec.get()).ok().filter(|n| *n < 1_000_000_000)?;
                let since = Some(Duration::new(t.sec.get(), nsec)).filter(|since| !since.is_zero())?;
                SystemTime::UNIX_EPOCH.checked_add(since)
            });
            self.peers.push(WgPeer {
                public_key: key,
                preshared_key: peer.preshared_key()?.filter(|k| k != &[0; 32]),
                endpoint: peer.endpoint()?,
                persistent_keepalive: peer.persistent_keepalive_interval()?.unwrap_or(0),
                last_handshake: handshake,
                rx_bytes: peer.rx_bytes()?.unwrap_or(0),
                tx_bytes: peer.tx_bytes()?.unwrap_or(0),
                protocol_version: peer.protocol_version()?.unwrap_or(0),
                allowed_ips: ips,
            });
        }
        Ok(())
    }
}

family_handle! {
    /// The WireGuard family of a generic session ([`Genl::wireguard`](crate::Genl::wireguard), or
    /// `AsyncGenl::wireguard`, each verb `.await`ed). Errors carry the kernel's
    /// errno and extended-ACK text; a kernel without WireGuard is
    /// [`Error::NotFound`] naming the family.
    Wireguard, wireguard, "The WireGuard family, resolved on first use: `genl.wireguard().device(\"wg0\")`."
}

/// The device `get` names, read over as many messages as the kernel sends.
async fn device<S: GenlSession>(genl: &mut S, get: GetDevice<'_>) -> Result<WgDevice> {
    let family = present_family_id(genl, FAMILY_NAME, SERVES).await?;
    let mut dev = WgDevice::default();
    for msg in genl.dump_owned(&To { family, command: &get }, 0).await? {
        dev.extend_from_message(&msg.message())?;
    }
    Ok(dev)
}

/// Applies `set`, as [`Wireguard::set_device`] tells.
async fn set_device<S: GenlSession>(genl: &mut S, set: &SetDevice<'_>) -> Result<()> {
    set.check().map_err(Error::Invalid)?;
    present_family_id(genl, FAMILY_NAME, SERVES).await?;
    let mut parts = (0u32..).zip(set.messages(SET_MESSAGE_SIZE)).peekable();
    while let Some((index, part)) = parts.next() {
        let split = index > 0 || parts.peek().is_some();
        match request(genl, FAMILY_NAME, &part.map_err(Error::Invalid)?).await {
            Err(Error::Kernel { errno, message, offset, index: None, failures }) if split => {
                return Err(Error::Kernel { errno, message, offset, index: Some(index), failures });
            }
            result => result?,
        };
    }
    Ok(())
}

impl<S: GenlSession> Wireguard<S> {
    genl_verbs! { genl:
        /// The family id the kernel assigned to `wireguard`. A kernel without
        /// it (no module) is [`Error::NotFound`] rather than a bare `ENOENT`.
        family_id() -> u16 = present_family_id(genl, FAMILY_NAME, SERVES);
        /// The device named `name`, its peers and their allowed IPs
        /// (`wg show NAME`), read over as many messages as the kernel sends.
        device(name: &'a str) -> WgDevice = device(genl, GetDevice::by_name(name));
        /// The device with index `ifindex`.
        device_by_index(ifindex: u32) -> WgDevice = device(genl, GetDevice::by_index(ifindex));
        /// Applies `set` (`wg set`, or `wg setconf` with
        /// [`DeviceFlags::REPLACE_PEERS`](nlwire::wireguard::DeviceFlags::REPLACE_PEERS)),
        /// split into messages of [`SET_MESSAGE_SIZE`] as `wg` splits them,
        /// each sent after the previous one was acknowledged. Every value is
        /// checked before the first is sent. A refusal stops there; when the
        /// change took several messages its `index` says which (the ones before
        /// were applied).
        set_device(set: &'a SetDevice<'a>) -> () = set_device(genl, set);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use nlwire::wireguard::{Interface, PeerConfig};
    use nlwire::Messages;

    fn nla(kind: u16, payload: &[u8]) -> Vec<u8> {
        let mut out = ((4 + payload.len()) as u16).to_ne_bytes().to_vec();
        out.extend_from_slice(&kind.to_ne_bytes());
        out.extend_from_slice(payload);
        out.resize(out.len().next_multiple_of(4), 0);
        out
    }
    fn nest(kind: u16, parts: &[Vec<u8>]) -> Vec<u8> {
        nla(kind | 0x8000, &parts.concat())
    }
    fn message(attrs: &[Vec<u8>]) -> Vec<u8> {
        let body = attrs.concat();
        let mut out = ((20 + body.len()) as u32).to_ne_bytes().to_vec();
        out.extend_from_slice(&0x1eu16.to_ne_bytes());
        out.extend_from_slice(&2u16.to_ne_bytes());
        out.extend_from_slice(&[0; 8]);
        out.extend_from_slice(&[0, 1, 0, 0]);
        out.extend_from_slice(&body);
        out
    }
    fn ip4(a: [u8; 4], cidr: u8) -> Vec<u8> {
        nest(0, &[nla(3, &[cidr]), nla(1, &2u16.to_ne_bytes()), nla(2, &a)])
    }

    #[test]
    fn a_dump_over_two_messages_merges_into_one_device() {
        let mut hs = 1_700_000_000i64.to_ne_bytes().to_vec();
        hs.extend_from_slice(&5i64.to_ne_bytes());
        let mut sa = 2u16.to_ne_bytes().to_vec();
        sa.extend_from_slice(&[0xCA, 0x6C, 192, 0, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
        let first = message(&[
            nla(6, &51820u16.to_ne_bytes()),
            nla(7, &0u32.to_ne_bytes()),
            nla(1, &4u32.to_ne_bytes()),
            nla(2, b"wg0\0"),
            nest(
                8,
                &[nest(
                    0,
                    &[
                        nla(1, &[0xAA; 32]),
                        nla(2, &[0; 32]),
                        nla(6, &hs),
                        nla(5, &25u16.to_ne_bytes()),
                        nla(8, &7u64.to_ne_bytes()),
                        nla(7, &9u64.to_ne_bytes()),
                        nla(10, &1u32.to_ne_bytes()),
                        nla(4, &sa),
                        nest(9, &[ip4([10, 0, 0, 1], 32)]),
                    ],
                )],
            ),
        ]);
        // The same peer continued (key and allowed IPs), then a new one that
        // never shook hands.
        let zero = [0u8; 16];
        let second = message(&[nest(
            8,
            &[
                nest(0, &[nla(1, &[0xAA; 32]), nest(9, &[ip4([10, 0, 0, 2], 32)])]),
                nest(0, &[nla(1, &[0xBB; 32]), nla(2, &[3; 32]), nla(6, &zero)]),
            ],
        )]);
        let mut dev = WgDevice::default();
        for bytes in [&first, &second] {
            let msg = Messages::new(bytes).next().unwrap().unwrap();
            dev.extend_from_message(&msg).unwrap();
        }
        assert_eq!((dev.ifindex, dev.ifname.as_str(), dev.listen_port, dev.fwmark), (4, "wg0", 51820, 0));
        assert_eq!(dev.private_key, None);
        assert_eq!(dev.peers.len(), 2);
        let a = &dev.peers[0];
        assert_eq!(a.preshared_key, None);
        assert_eq!(a.endpoint, Some("192.0.2.1:51820".parse().unwrap()));
        assert_eq!(a.last_handshake, Some(SystemTime::UNIX_EPOCH + Duration::new(1_700_000_000, 5)));
        assert_eq!((a.tx_bytes, a.rx_bytes, a.persistent_keepalive, a.protocol_version), (7, 9, 25, 1));
        assert_eq!(
            a.allowed_ips,
            [
                AllowedIp::new("10.0.0.1".parse().unwrap(), 32),
                AllowedIp::new("10.0.0.2".parse().unwrap(), 32)
            ]
        );
        let b = &dev.peers[1];
        assert_eq!((b.preshared_key, b.last_handshake, b.endpoint), (Some([3; 32]), None, None));
        assert!(b.allowed_ips.is_empty());
    }

    #[test]
    fn malformed_dump_messages_are_malformed_errors() {
        let bad_key = message(&[nest(8, &[nest(0, &[nla(1, &[0xAA; 31])])])]);
        let msg = Messages::new(&bad_key).next().unwrap().unwrap();
        assert!(matches!(
            WgDevice::default().extend_from_message(&msg),
            Err(Error::Malformed(nlwire::Error::AttrSize { .. }))
        ));
    }

    #[test]
    fn the_missing_family_error_names_it() {
        let e = crate::genl::missing_family(FAMILY_NAME, "WireGuard");
        assert!(matches!(&e, Error::NotFound(what) if what.contains("\"wireguard\"")));
        assert_eq!(
            e.to_string(),
            "generic netlink family \"wireguard\" (no WireGuard in this kernel) not found"
        );
        // Values are refused before anything is sent.
        let bad = [AllowedIp::new("10.0.0.0".parse().unwrap(), 40)];
        let peers = [PeerConfig { allowed_ips: &bad, ..PeerConfig::new([1; 32]) }];
        let set = SetDevice { peers: &peers, ..SetDevice::new(Interface::Name("wg0")) };
        assert!(matches!(set.check(), Err(nlwire::Error::InvalidValue { .. })));
    }
}
