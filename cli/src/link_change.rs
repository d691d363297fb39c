//! `nlw link add|set|del`: read whole before anything is sent, then one
//! `RTM_NEWLINK` (or `RTM_DELLINK`) request with device names resolved.
//!
//! ```text
//! nlw link add mv0 link eth0 type macvlan mode bridge
//! nlw link set br0 up type bridge stp_state 1
//! nlw link add v0 type veth peer name v1 mtu 1400
//! ```

use nlwire::build::{Header, MessageWriter, Request};
use nlwire::link::{ifla, info, veth, IfFlags, IfInfoMsg, NetnsTarget};
use nlwire::tables::rt_link::{self, LINK_ATTRS};
use nlwire::{msg_type, MsgFlags};

use crate::args::{device, duplicate, incomplete, invalid, link_name, mac, on_off, signed, Words};
use crate::kinds::{check_read_time, resolve, KindOptions};
use crate::{CliError, Result};
use nlwire_std::{KindData, KindValue};

/// What a link change asks for: settings, the kind and its options, the
/// peer of a veth pair.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkChange {
    /// `add` or `replace` (creates) or `set`.
    create: bool,
    /// `replace`: `NLM_F_REPLACE` rather than `NLM_F_EXCL`.
    replace: bool,
    /// The link: the new one's name, or the one changed; `None` for `set
    /// group G ...`, which changes every link of the group.
    dev: Option<String>,
    /// `name NEW` of `set`.
    rename: Option<String>,
    /// The settings.
    settings: Settings,
    /// `type KIND OPTIONS...`.
    kind: Option<KindOptions>,
    /// `peer [[name] NAME] SETTINGS...` of a veth pair (the kernel names
    /// a peer without a name).
    peer: Option<Peer>,
}

/// A veth's peer: its name (the kernel's choice without one) and settings.
type Peer = (Option<String>, Settings);

/// Settings of `ip link set` (and `add`), as attributes of the link.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Settings {
    /// `up`/`down`, `promisc on`, `arp off`, ...: the flags set, and
    /// the mask of those changed (`ifi_flags`, `ifi_change`).
    flags: IfFlags,
    change: IfFlags,
    /// `IFLA_*` attributes, in the order given.
    attrs: KindData,
    /// `netns NAME|PID`: where the link goes.
    netns: Option<String>,
    /// `index IDX`: a new link's index (`ifi_index`), or, with `netns`, its
    /// index there (`IFLA_NEW_IFINDEX`).
    index: Option<i32>,
    /// The keywords ip refuses twice, seen so far.
    once: Vec<&'static str>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            flags: IfFlags::empty(),
            change: IfFlags::empty(),
            attrs: KindData::new(&LINK_ATTRS),
            netns: None,
            index: None,
            once: Vec::new(),
        }
    }
}

impl Settings {
    /// Takes the setting `word` starts, with its value; `false` when `word`
    /// is not a setting's keyword (a device name, then).
    fn take(&mut self, word: &str, words: &mut Words<'_>) -> Result<bool> {
        // ip's switches of a link's flags, and whether `on` sets the flag.
        const SWITCHES: [(&str, IfFlags, bool); 6] = [
            ("promisc", IfFlags::PROMISC, true),
            ("allmulticast", IfFlags::ALLMULTI, true),
            ("multicast", IfFlags::MULTICAST, true),
            ("dynamic", IfFlags::DYNAMIC, true),
            ("arp", IfFlags::NOARP, false),
            ("trailers", IfFlags::NOTRAILERS, false),
        ];
        let (id, value) = match word {
            "up" | "down" => {
                self.flag(IfFlags::UP, word == "up");
                return Ok(true);
            }
            _ if SWITCHES.iter().any(|(keyword, ..)| *keyword == word) => {
                let on = on_off(word, words.value()?)?;
                for (_, flag, set_when_on) in SWITCHES.iter().filter(|(keyword, ..)| *keyword == word) {
                    self.flag(*flag, on == *set_when_on);
                }
                return Ok(true);
            }
            "netns" => {
                let v = words.value()?;
                if self.netns.is_some() {
                    return Err(duplicate("netns", v));
                }
                self.netns = Some(v.to_owned());
                return Ok(true);
            }
            "group" => {
                let v = words.value()?;
                if self.once.contains(&"group") {
                    return Err(duplicate("group", v));
                }
                self.once.push("group");
                (ifla::GROUP, KindValue::U32(group(v)?))
            }
            // ip refuses these twice (`duplicate "mtu"`), the others the
            // last one wins.
            "mtu" | "txqueuelen" | "txqlen" | "qlen" => {
                let (keyword, id) =
                    if word == "mtu" { ("mtu", ifla::MTU) } else { ("txqueuelen", ifla::TXQLEN) };
                let v = words.value()?;
                if self.once.contains(&keyword) {
                    return Err(duplicate(keyword, v));
                }
                self.once.push(keyword);
                (id, KindValue::U32(if word == "mtu" { mtu(v)? } else { txqueuelen(v)? }))
            }
            "index" => {
                let v = words.value()?;
                if self.index.is_some() {
                    return Err(duplicate("index", v));
                }
                // C's `atoi`, as ip reads it.
                let index = crate::args::atoi(v);
                if index <= 0 {
                    return Err(invalid("Invalid \"index\" value", v));
                }
                self.index = Some(index);
                return Ok(true);
            }
            "numtxqueues" | "numrxqueues" => {
                let v = words.value()?;
                let keyword = if word == "numtxqueues" { "numtxqueues" } else { "numrxqueues" };
                if self.once.contains(&keyword) {
                    return Err(duplicate(keyword, v));
                }
                self.once.push(keyword);
                // ip's `get_integer`: a negative count is the kernel's to refuse.
                let n = signed(v).ok_or_else(|| invalid(&format!("Invalid \"{word}\" value\n"), v))?;
                let id = if word == "numtxqueues" { ifla::NUM_TX_QUEUES } else { ifla::NUM_RX_QUEUES };
                (id, KindValue::U32(n as u32))
            }
            "master" => (ifla::MASTER, KindValue::Dev(device(words.value()?)?)),
            "nomaster" => (ifla::MASTER, KindValue::U32(0)),
            "link" => (ifla::LINK, KindValue::Dev(device(words.value()?)?)),
            "alias" => (ifla::IFALIAS, KindValue::Bytes(words.value()?.as_bytes().to_vec())),
            "address" => (ifla::ADDRESS, KindValue::Bytes(mac(words.value()?)?)),
            _ if word == "brd" || crate::matches(word, "broadcast", 1) => {
                (ifla::BROADCAST, KindValue::Bytes(mac(words.value()?)?))
            }
            "carrier" | "protodown" => {
                let on = crate::args::one_of_on_off(word, words.value()?, 22)?;
                (if word == "carrier" { ifla::CARRIER } else { ifla::PROTO_DOWN }, KindValue::U8(on.into()))
            }
            "gso_max_size" | "gso_max_segs" | "gro_max_size" => {
                let v = words.value()?;
                let n = crate::args::unsigned(v)
                    .ok_or_else(|| invalid(&format!("Invalid \"{word}\" value\n"), v))?;
                let id = match word {
                    "gso_max_size" => ifla::GSO_MAX_SIZE,
                    "gso_max_segs" => ifla::GSO_MAX_SEGS,
                    _ => ifla::GRO_MAX_SIZE,
                };
                (id, KindValue::U32(n))
            }
            "addrgenmode" => {
                let v = words.value()?;
                let modes = crate::details::ADDR_GEN_MODES;
                let mode = modes.iter().find(|(_, name)| *name == v).map(|(mode, _)| *mode);
                let mode = mode.ok_or_else(|| invalid("Invalid address generation mode\n", v))?;
                // IFLA_AF_SPEC { AF_INET6 { IFLA_INET6_ADDR_GEN_MODE } }.
                let mut inet6 = KindData::new(&rt_link::IFLA6_ATTRS);
                inet6.push(rt_link::ifla6_attrs::ADDR_GEN_MODE, KindValue::U8(mode));
                let mut af_spec = KindData::new(&rt_link::AF_SPEC_ATTRS);
                af_spec.push(rt_link::af_spec_attrs::INET6, KindValue::Nest(inet6));
                (ifla::AF_SPEC, KindValue::Nest(af_spec))
            }
            _ => return Ok(false),
        };
        self.attrs.push(id, value);
        Ok(true)
    }

    /// Sets `flag` (or clears it), the last word winning as in ip.
    fn flag(&mut self, flag: IfFlags, set: bool) {
        self.flags.set(flag, set);
        self.change |= flag;
    }

    fn resolve(&self, ifindex: &mut dyn FnMut(&str) -> Result<u32>) -> Result<Settings> {
        Ok(Settings {
            attrs: resolve(&self.attrs, ifindex)?,
            netns: self.netns.clone(),
            once: Vec::new(),
            ..*self
        })
    }

    /// The `ifinfomsg` for `index` with these settings' flags.
    fn header(&self, index: i32) -> IfInfoMsg {
        IfInfoMsg {
            ifi_index: index.into(),
            ifi_flags: self.flags.bits().into(),
            ifi_change: self.change.bits().into(),
            ..Default::default()
        }
    }
}

/// ip's `duparg2("dev", ...)`: a second device name, or a word it does not know.
fn garbage(word: &str) -> CliError {
    CliError::usage(format!("Error: either \"dev\" is duplicate, or \"{word}\" is a garbage."))
}

fn no_dev() -> CliError {
    CliError::usage("Not enough information: \"dev\" argument is required.")
}

impl LinkChange {
    /// `add [name NAME | [dev] NAME] SETTING... type KIND [OPTIONS]`;
    /// `replace` the same words, the link replaced if it is there.
    pub fn parse_add(args: &[String], replace: bool) -> Result<Self> {
        let Some(type_at) = args.iter().position(|a| a == "type") else {
            // ip asks for the type first, with exit 1.
            return Err(CliError::rejected("Not enough information: \"type\" argument is required"));
        };
        let (before, after) = args.split_at(type_at);
        let (mut dev, mut new_name) = (None, None);
        let mut settings = Settings::default();
        let mut words = Words::new(before);
        while let Some(word) = words.next() {
            if word == "name" {
                let value = words.value()?;
                if new_name.is_some() {
                    return Err(duplicate("name", value));
                }
                new_name = Some(link_name(value, true)?);
            } else if !settings.take(word, &mut words)? {
                let value = if word == "dev" { words.value()? } else { word };
                if dev.is_some() {
                    return Err(garbage(value));
                }
                dev = Some(link_name(value, false)?);
            }
        }
        let dev = match (dev, new_name) {
            (Some(_), Some(_)) => {
                return Err(CliError::usage(
                    "both \"name\" and \"dev\" cannot be used when creating devices.",
                ))
            }
            (Some(n), None) | (None, Some(n)) => n,
            (None, None) => return Err(no_dev()),
        };
        let (kind, peer) = Self::parse_type(after, true)?;
        Ok(LinkChange { create: true, replace, dev: Some(dev), rename: None, settings, kind, peer })
    }

    /// `set [dev] DEV SETTING... [type KIND [OPTIONS]]`, or `set group G
    /// SETTING...` for every link of group G.
    pub fn parse_set(args: &[String]) -> Result<Self> {
        let type_at = args.iter().position(|a| a == "type").unwrap_or(args.len());
        let (before, after) = args.split_at(type_at);
        let (mut dev, mut rename) = (None, None);
        let mut settings = Settings::default();
        let mut words = Words::new(before);
        while let Some(word) = words.next() {
            if word == "name" {
                let value = words.value()?;
                if rename.is_some() {
                    return Err(duplicate("name", value));
                }
                rename = Some(link_name(value, true)?);
            } else if !settings.take(word, &mut words)? {
                let value = if word == "dev" { words.value()? } else { word };
                if dev.is_some() {
                    return Err(garbage(value));
                }
                dev = Some(device(value)?);
            }
        }
        // As ip: `name NAME` without a device is the device; without
        // either, `group G` picks the links (a kind without options is
        // ignored then).
        let dev = dev.or_else(|| rename.take());
        if dev.is_none() {
            if !settings.once.contains(&"group") {
                return Err(no_dev());
            }
            if let Some(option) = after.get(2) {
                return Err(CliError::usage(format!(
                    "Garbage instead of arguments \"{option} ...\". Try \"nlw link help\"."
                )));
            }
        }
        if settings.index.is_some() && settings.netns.is_none() {
            return Err(CliError::usage(
                "index can be used only when creating devices or when moving device to another netns.",
            ));
        }
        let (kind, peer) = match (&dev, after.len()) {
            (_, 0) | (None, 2) => (None, None),
            _ => Self::parse_type(after, false)?,
        };
        Ok(LinkChange { create: false, replace: false, dev, rename, settings, kind, peer })
    }

    /// `type KIND [OPTIONS]` (of a new link with `create`); a veth's
    /// options are its peer's.
    fn parse_type(args: &[String], create: bool) -> Result<(Option<KindOptions>, Option<Peer>)> {
        let mut words = Words::new(args);
        words.next();
        let kind = words.next().ok_or_else(incomplete)?;
        if kind != "veth" {
            return Ok((Some(KindOptions::parse(kind, &mut words, create)?), None));
        }
        let kind = KindOptions::parse(kind, &mut Words::new(&[]), create)?;
        let Some(word) = words.next() else { return Ok((Some(kind), None)) };
        if word != "peer" {
            return Err(crate::kinds::unknown("veth", word));
        }
        let (mut peer, mut settings) = (None, Settings::default());
        while let Some(word) = words.next() {
            if settings.take(word, &mut words)? {
                continue;
            }
            let named = word == "name" || word == "dev";
            let value = if named { words.value()? } else { word };
            if peer.is_some() {
                return Err(garbage(value));
            }
            peer = Some(link_name(value, named)?);
        }
        Ok((Some(kind), Some((peer, settings))))
    }

    /// The request, with device names resolved by `ifindex`.
    pub fn prepare(&self, ifindex: &mut dyn FnMut(&str) -> Result<u32>) -> Result<LinkRequest> {
        check_read_time(&self.settings.attrs, ifindex)?;
        let index = match (&self.dev, self.create) {
            (Some(dev), false) => ifindex(dev)?,
            // A new link, or the links of a group (`IFLA_GROUP` picks them).
            _ => 0,
        };
        let index = match self.settings.index {
            Some(new) if self.create => new as u32,
            _ => index,
        };
        let index = i32::try_from(index).map_err(|_| CliError::usage("Error: interface index too large"))?;
        let peer = match &self.peer {
            Some((name, settings)) => Some((name.clone(), settings.resolve(ifindex)?)),
            None => None,
        };
        let peer_netns =
            self.peer.as_ref().and_then(|(_, s)| s.netns.as_deref()).map(NetnsMove::open).transpose()?;
        Ok(LinkRequest {
            create: self.create,
            replace: self.replace,
            index,
            name: if self.create { self.dev.clone() } else { self.rename.clone() },
            settings: self.settings.resolve(ifindex)?,
            netns: self.settings.netns.as_deref().map(NetnsMove::open).transpose()?,
            kind: self.kind.as_ref().map(|k| k.resolve(ifindex)).transpose()?,
            peer,
            peer_netns,
        })
    }

    /// The link changed, for ip's "Cannot find device".
    pub fn dev(&self) -> &str {
        self.dev.as_deref().unwrap_or_default()
    }
}

/// `netns NAME|PID` as ip finds it (`netns_get_fd`, then a process id):
/// the namespace file `/run/netns/NAME` (or the path given), open until
/// the request is sent.
#[derive(Debug)]
struct NetnsMove {
    target: NetnsTarget,
    /// The file `target` names by its descriptor, kept open.
    _file: Option<rustix::fd::OwnedFd>,
}

impl NetnsMove {
    fn open(word: &str) -> Result<NetnsMove> {
        use nlwire_rustix::{netns, Netns};
        use rustix::fd::AsRawFd;
        let file = match word.contains('/') {
            true => std::ffi::CString::new(word).ok().and_then(|path| netns::open(Netns::Path(&path)).ok()),
            false => netns::open(Netns::Name(word)).ok(),
        };
        if let Some(file) = file {
            return Ok(NetnsMove { target: NetnsTarget::Fd(file.as_raw_fd() as u32), _file: Some(file) });
        }
        crate::names::c_number(word)
            .and_then(|pid| u32::try_from(pid).ok())
            .map(|pid| NetnsMove { target: NetnsTarget::Pid(pid), _file: None })
            .ok_or_else(|| invalid("Invalid \"netns\" value", word))
    }
}

/// A link change ready to send: `RTM_NEWLINK`, with `NLM_F_CREATE |
/// NLM_F_EXCL` for `add`.
#[derive(Debug)]
pub struct LinkRequest {
    create: bool,
    replace: bool,
    index: i32,
    name: Option<String>,
    settings: Settings,
    netns: Option<NetnsMove>,
    kind: Option<KindOptions>,
    peer: Option<Peer>,
    peer_netns: Option<NetnsMove>,
}

impl Request for LinkRequest {
    fn header(&self, seq: u32) -> Header {
        let flags = match (self.create, self.replace) {
            (true, true) => MsgFlags::CREATE | MsgFlags::REPLACE,
            (true, false) => MsgFlags::CREATE | MsgFlags::EXCL,
            (false, _) => MsgFlags::empty(),
        };
        Header::new(msg_type::RTM_NEWLINK, flags | MsgFlags::REQUEST | MsgFlags::ACK, seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> nlwire::Result<()> {
        m.family_header(&self.settings.header(self.index))?;
        if let Some(name) = &self.name {
            m.str(ifla::IFNAME, name)?;
        }
        self.settings.attrs.emit(m)?;
        self.netns.as_ref().map_or(Ok(()), |netns| netns.target.emit(m))?;
        if let Some(index) = self.settings.index.filter(|_| !self.create) {
            m.u32(ifla::NEW_IFINDEX, index as u32)?;
        }
        let Some(kind) = &self.kind else { return Ok(()) };
        m.nest(ifla::LINKINFO, |m| {
            kind.emit(m)?;
            let Some((peer, settings)) = &self.peer else { return Ok(()) };
            m.nest(info::DATA, |m| {
                m.nest(veth::PEER, |m| {
                    m.family_header(&settings.header(settings.index.unwrap_or(0)))?;
                    if let Some(peer) = peer {
                        m.str(ifla::IFNAME, peer)?;
                    }
                    settings.attrs.emit(m)?;
                    self.peer_netns.as_ref().map_or(Ok(()), |netns| netns.target.emit(m))
                })
            })
        })
    }
}

/// `group G` as ip reads it (`rtnl_group_a2n`): `default` (0) or a
/// number in C's bases.
fn group(value: &str) -> Result<u32> {
    crate::names::group_number(value).ok_or_else(|| invalid("Invalid \"group\" value\n", value))
}

/// `mtu N` as ip reads it (`get_integer`): a negative one ip sends and the
/// kernel refuses (exit 2); nlw refuses it before sending.
fn mtu(s: &str) -> Result<u32> {
    let mtu = signed(s).ok_or_else(|| invalid("Invalid \"mtu\" value", s))?;
    u32::try_from(mtu).map_err(|_| {
        CliError::kernel_would_refuse(format!("Error: argument \"{s}\" is wrong: an MTU cannot be negative."))
    })
}

/// `txqueuelen N` as ip reads it (`get_integer`) and sends it: `-1` is
/// 4294967295, which the kernel takes.
fn txqueuelen(s: &str) -> Result<u32> {
    Ok(signed(s).ok_or_else(|| invalid("Invalid \"txqueuelen\" value", s))? as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `link set group 5 down mtu 1400`: the bytes ip 6.1 sent (seen with
    /// strace), built here from `<linux/rtnetlink.h>` and `<linux/if_link.h>`:
    /// `RTM_NEWLINK` (16), `NLM_F_REQUEST | NLM_F_ACK`, an `ifinfomsg` of
    /// index 0 changing `IFF_UP` to off, `IFLA_GROUP` (27) 5, `IFLA_MTU` (4) 1400.
    #[test]
    fn a_group_is_set_by_one_request_of_index_0() {
        let words: Vec<String> = "group 5 down mtu 1400".split(' ').map(str::to_owned).collect();
        let change = LinkChange::parse_set(&words).unwrap();
        let request = change.prepare(&mut |dev| panic!("no device is looked up: {dev}")).unwrap();
        let mut buf = [0u8; 128];
        let mut builder = nlwire::build::Builder::new(&mut buf);
        builder.push(&request, 1).unwrap();
        let u32s = |values: &[u32]| values.iter().flat_map(|v| v.to_ne_bytes()).collect::<Vec<u8>>();
        let u16s = |values: &[u16]| values.iter().flat_map(|v| v.to_ne_bytes()).collect::<Vec<u8>>();
        let expected = [
            u32s(&[48]),
            u16s(&[16, 0x0005]),
            u32s(&[1, 0]),
            // ifi_family, pad, ifi_type; ifi_index; ifi_flags; ifi_change
            vec![0, 0, 0, 0],
            u32s(&[0, 0, 1]),
            u16s(&[8, 27]),
            u32s(&[5]),
            u16s(&[8, 4]),
            u32s(&[1400]),
        ]
        .concat();
        assert_eq!(builder.as_bytes(), expected);
    }
}
