//! `nlw -d link show` and `nlw -d address show`: the details `ip -d` adds
//! to a link, as ip 6.1 prints them: counters and limits, the kind (with a
//! bridge's options) and the master's kind (with a bridge port's options).
//!
//! Left out: the data of kinds other than bridge and bridge port (vxlan,
//! macvlan, ...), the bridge's VLAN options (`vlan_protocol`,
//! `vlan_default_pvid`, `vlan_stats_enabled`: this kernel does not send
//! them), `parentbus`/`parentdev`, `gso_ipv4_max_size`/`gro_ipv4_max_size`
//! and VF information.

use std::fmt::Write as _;
use std::io::{self, Write};

use nlwire::attr::{Attr, Attrs};
use nlwire::link::{bridge, brport, ifla, inet6, Link};

use crate::json::Json;
use crate::link::Show;
use crate::names::Names;
use crate::Result;

/// How ip prints an attribute of a kind's data.
#[derive(Clone, Copy)]
enum Form {
    U8,
    U16,
    U32,
    U64,
    /// A `u8` flag: JSON `true`/`false`, text `on`/`off`.
    OnOff,
    /// Hundredths of a second (`u64`): `12.34`, in text `  12.34`.
    Timer,
    /// `struct ifla_bridge_id`: priority in hex, then the address unpadded
    /// as `ether_ntoa` writes it: `8000.2:0:a:0:0:5`.
    BridgeId,
    /// A `u16` as C's `%#x` (`0`, `0x8001`), a string in JSON.
    Hex16,
    /// A hardware address.
    Mac,
    /// A bridge port's STP state by name.
    PortState,
    /// The `u16` group forwarding mask as names: `stp,lldp`, `0x0` for none.
    FwdMaskNames,
    /// One bit of `struct br_boolopt_multi`, as 0 or 1, shown if in its mask.
    BoolOpt(u32),
    /// An interface index, shown by name.
    IfName,
}

/// An attribute of a kind's data: its id, JSON key (`None`: text only),
/// text keyword and form.
type Field = (u16, Option<&'static str>, &'static str, Form);

/// A bridge's options (`IFLA_BR_*`), in ip's order.
const BRIDGE: &[Field] = &[
    (bridge::FORWARD_DELAY, Some("forward_delay"), "forward_delay", Form::U32),
    (bridge::HELLO_TIME, Some("hello_time"), "hello_time", Form::U32),
    (bridge::MAX_AGE, Some("max_age"), "max_age", Form::U32),
    (bridge::AGEING_TIME, Some("ageing_time"), "ageing_time", Form::U32),
    (bridge::STP_STATE, Some("stp_state"), "stp_state", Form::U32),
    (bridge::PRIORITY, Some("priority"), "priority", Form::U16),
    (bridge::VLAN_FILTERING, Some("vlan_filtering"), "vlan_filtering", Form::U8),
    (bridge::BRIDGE_ID, Some("bridge_id"), "bridge_id", Form::BridgeId),
    (bridge::ROOT_ID, Some("root_id"), "designated_root", Form::BridgeId),
    (bridge::ROOT_PORT, Some("root_port"), "root_port", Form::U16),
    (bridge::ROOT_PATH_COST, Some("root_path_cost"), "root_path_cost", Form::U32),
    (bridge::TOPOLOGY_CHANGE, Some("topology_change"), "topology_change", Form::U8),
    (
        bridge::TOPOLOGY_CHANGE_DETECTED,
        Some("topology_change_detected"),
        "topology_change_detected",
        Form::U8,
    ),
    (bridge::HELLO_TIMER, Some("hello_timer"), "hello_timer", Form::Timer),
    (bridge::TCN_TIMER, Some("tcn_timer"), "tcn_timer", Form::Timer),
    (bridge::TOPOLOGY_CHANGE_TIMER, Some("topology_change_timer"), "topology_change_timer", Form::Timer),
    (bridge::GC_TIMER, Some("gc_timer"), "gc_timer", Form::Timer),
    (bridge::GROUP_FWD_MASK, Some("group_fwd_mask"), "group_fwd_mask", Form::Hex16),
    (bridge::GROUP_ADDR, Some("group_addr"), "group_address", Form::Mac),
    (bridge::MCAST_SNOOPING, Some("mcast_snooping"), "mcast_snooping", Form::U8),
    (bridge::MULTI_BOOLOPT, Some("no_linklocal_learn"), "no_linklocal_learn", Form::BoolOpt(0)),
    (bridge::MULTI_BOOLOPT, Some("mcast_vlan_snooping"), "mcast_vlan_snooping", Form::BoolOpt(1)),
    (bridge::MCAST_ROUTER, Some("mcast_router"), "mcast_router", Form::U8),
    (bridge::MCAST_QUERY_USE_IFADDR, Some("mcast_query_use_ifaddr"), "mcast_query_use_ifaddr", Form::U8),
    (bridge::MCAST_QUERIER, Some("mcast_querier"), "mcast_querier", Form::U8),
    (bridge::MCAST_HASH_ELASTICITY, Some("mcast_hash_elasticity"), "mcast_hash_elasticity", Form::U32),
    (bridge::MCAST_HASH_MAX, Some("mcast_hash_max"), "mcast_hash_max", Form::U32),
    (bridge::MCAST_LAST_MEMBER_CNT, Some("mcast_last_member_cnt"), "mcast_last_member_count", Form::U32),
    (
        bridge::MCAST_STARTUP_QUERY_CNT,
        Some("mcast_startup_query_cnt"),
        "mcast_startup_query_count",
        Form::U32,
    ),
    (
        bridge::MCAST_LAST_MEMBER_INTVL,
        Some("mcast_last_member_intvl"),
        "mcast_last_member_interval",
        Form::U64,
    ),
    (bridge::MCAST_MEMBERSHIP_INTVL, Some("mcast_membership_intvl"), "mcast_membership_interval", Form::U64),
    (bridge::MCAST_QUERIER_INTVL, Some("mcast_querier_intvl"), "mcast_querier_interval", Form::U64),
    (bridge::MCAST_QUERY_INTVL, Some("mcast_query_intvl"), "mcast_query_interval", Form::U64),
    (
        bridge::MCAST_QUERY_RESPONSE_INTVL,
        Some("mcast_query_response_intvl"),
        "mcast_query_response_interval",
        Form::U64,
    ),
    (
        bridge::MCAST_STARTUP_QUERY_INTVL,
        Some("mcast_startup_query_intvl"),
        "mcast_startup_query_interval",
        Form::U64,
    ),
    (bridge::MCAST_STATS_ENABLED, Some("mcast_stats_enabled"), "mcast_stats_enabled", Form::U8),
    (bridge::MCAST_IGMP_VERSION, Some("mcast_igmp_version"), "mcast_igmp_version", Form::U8),
    (bridge::MCAST_MLD_VERSION, Some("mcast_mld_version"), "mcast_mld_version", Form::U8),
    (bridge::NF_CALL_IPTABLES, Some("nf_call_iptables"), "nf_call_iptables", Form::U8),
    (bridge::NF_CALL_IP6TABLES, Some("nf_call_ip6tables"), "nf_call_ip6tables", Form::U8),
    (bridge::NF_CALL_ARPTABLES, Some("nf_call_arptables"), "nf_call_arptables", Form::U8),
];

/// A bridge port's options (`IFLA_BRPORT_*`), in ip's order.
const BRIDGE_PORT: &[Field] = &[
    (brport::STATE, Some("state"), "state", Form::PortState),
    (brport::PRIORITY, Some("priority"), "priority", Form::U16),
    (brport::COST, Some("cost"), "cost", Form::U32),
    (brport::MODE, Some("hairpin"), "hairpin", Form::OnOff),
    (brport::GUARD, Some("guard"), "guard", Form::OnOff),
    (brport::PROTECT, Some("root_block"), "root_block", Form::OnOff),
    (brport::FAST_LEAVE, Some("fastleave"), "fastleave", Form::OnOff),
    (brport::LEARNING, Some("learning"), "learning", Form::OnOff),
    (brport::UNICAST_FLOOD, Some("flood"), "flood", Form::OnOff),
    (brport::ID, Some("id"), "port_id", Form::Hex16),
    (brport::NO, Some("no"), "port_no", Form::Hex16),
    (brport::DESIGNATED_PORT, Some("designated_port"), "designated_port", Form::U16),
    (brport::DESIGNATED_COST, Some("designated_cost"), "designated_cost", Form::U16),
    (brport::BRIDGE_ID, Some("bridge_id"), "designated_bridge", Form::BridgeId),
    (brport::ROOT_ID, Some("root_id"), "designated_root", Form::BridgeId),
    (brport::HOLD_TIMER, Some("hold_timer"), "hold_timer", Form::Timer),
    (brport::MESSAGE_AGE_TIMER, Some("message_age_timer"), "message_age_timer", Form::Timer),
    (brport::FORWARD_DELAY_TIMER, Some("forward_delay_timer"), "forward_delay_timer", Form::Timer),
    (brport::TOPOLOGY_CHANGE_ACK, Some("topology_change_ack"), "topology_change_ack", Form::U8),
    (brport::CONFIG_PENDING, Some("config_pending"), "config_pending", Form::U8),
    (brport::PROXYARP, Some("proxy_arp"), "proxy_arp", Form::OnOff),
    (brport::PROXYARP_WIFI, Some("proxy_arp_wifi"), "proxy_arp_wifi", Form::OnOff),
    (brport::MULTICAST_ROUTER, Some("multicast_router"), "mcast_router", Form::U8),
    // ip shows the fast-leave flag twice in text, once in JSON.
    (brport::FAST_LEAVE, None, "mcast_fast_leave", Form::OnOff),
    (brport::MCAST_FLOOD, Some("mcast_flood"), "mcast_flood", Form::OnOff),
    (brport::BCAST_FLOOD, Some("bcast_flood"), "bcast_flood", Form::OnOff),
    (brport::MCAST_TO_UCAST, Some("mcast_to_unicast"), "mcast_to_unicast", Form::OnOff),
    (brport::NEIGH_SUPPRESS, Some("neigh_suppress"), "neigh_suppress", Form::OnOff),
    (brport::GROUP_FWD_MASK, Some("group_fwd_mask"), "group_fwd_mask", Form::Hex16),
    (brport::GROUP_FWD_MASK, Some("group_fwd_mask_str"), "group_fwd_mask_str", Form::FwdMaskNames),
    (brport::VLAN_TUNNEL, Some("vlan_tunnel"), "vlan_tunnel", Form::OnOff),
    (brport::ISOLATED, Some("isolated"), "isolated", Form::OnOff),
    (brport::BACKUP_PORT, Some("backup_port"), "backup_port", Form::IfName),
    (brport::LOCKED, Some("locked"), "locked", Form::OnOff),
];

/// A value ready to print.
enum Value {
    Num(u64),
    Str(heapless::String<64>),
    OnOff(bool),
    Timer(u64),
}

/// One detail: JSON key (`None`: text only), text keyword, value.
struct Detail(Option<&'static str>, &'static str, Value);

/// A string value (all of ours fit 64 bytes).
fn string(args: std::fmt::Arguments<'_>) -> Value {
    let mut s = heapless::String::new();
    let _ = s.write_fmt(args);
    Value::Str(s)
}

/// The value of `attr` in `form`; `None` when ip would not show it or the
/// attribute has an unexpected size (a newer kernel's is skipped, not fatal).
fn value(attr: &Attr<'_>, form: Form, names: &Names) -> Option<Value> {
    Some(match form {
        Form::U8 => Value::Num(attr.u8().ok()?.into()),
        Form::U16 => Value::Num(attr.u16().ok()?.into()),
        Form::U32 => Value::Num(attr.u32().ok()?.into()),
        Form::U64 => Value::Num(attr.u64().ok()?),
        Form::OnOff => Value::OnOff(attr.u8().ok()? != 0),
        Form::Timer => Value::Timer(attr.u64().ok()?),
        Form::BridgeId => {
            let [p0, p1, a0, a1, a2, a3, a4, a5] = attr.array::<8>().ok()?;
            string(format_args!("{p0:02x}{p1:02x}.{a0:x}:{a1:x}:{a2:x}:{a3:x}:{a4:x}:{a5:x}"))
        }
        // C's `%#x` writes zero without the `0x`.
        Form::Hex16 => match attr.u16().ok()? {
            0 => string(format_args!("0")),
            v => string(format_args!("{v:#x}")),
        },
        Form::Mac => string(format_args!("{}", crate::names::hwaddr(attr.payload()))),
        // The kernel has no state above `blocking`.
        Form::PortState => {
            let states = ["disabled", "listening", "learning", "forwarding", "blocking"];
            string(format_args!("{}", states.get(usize::from(attr.u8().ok()?))?))
        }
        Form::FwdMaskNames => {
            let mask = attr.u16().ok()?;
            let mut names = heapless::String::<64>::new();
            for bit in (0..16).filter(|b| mask & (1 << b) != 0) {
                let sep = if names.is_empty() { "" } else { "," };
                let _ = match bit {
                    0 => write!(names, "{sep}stp"),
                    2 => write!(names, "{sep}lacp"),
                    14 => write!(names, "{sep}lldp"),
                    b => write!(names, "{sep}{:#x}", 1u32 << b),
                };
            }
            if names.is_empty() {
                let _ = names.push_str("0x0");
            }
            Value::Str(names)
        }
        Form::BoolOpt(bit) => {
            let raw = attr.array::<8>().ok()?;
            let [v0, v1, v2, v3, m0, m1, m2, m3] = raw;
            let (value, mask) = (u32::from_ne_bytes([v0, v1, v2, v3]), u32::from_ne_bytes([m0, m1, m2, m3]));
            if mask & (1 << bit) == 0 {
                return None;
            }
            Value::Num(u64::from(value & (1 << bit) != 0))
        }
        Form::IfName => string(format_args!("{}", names.get(attr.u32().ok()?))),
    })
}

/// The details of a kind's data, in `fields` order.
fn fields(data: &Attrs<'_>, fields: &[Field], names: &Names) -> Result<Vec<Detail>> {
    let mut out = Vec::new();
    for &(id, json, text, form) in fields {
        if let Some(attr) = data.find(id)? {
            if let Some(v) = value(&attr, form, names) {
                out.push(Detail(json, text, v));
            }
        }
    }
    Ok(out)
}

/// The options of a kind ip formats (`bridge`, `bridge` port); none for others.
fn kind_details(kind: &str, data: Option<Attrs<'_>>, table: &[Field], names: &Names) -> Result<Vec<Detail>> {
    match data {
        Some(data) if kind == "bridge" => fields(&data, table, names),
        _ => Ok(Vec::new()),
    }
}

/// `inet6_addr_gen_mode`: from `IFLA_AF_SPEC`'s IPv6 part.
fn addr_gen_mode(l: &Link<'_>) -> Result<Option<&'static str>> {
    const AF_INET6: u16 = 10;
    let Some(inet6) = l.af_spec()?.map(|spec| spec.find(AF_INET6)).transpose()?.flatten() else {
        return Ok(None);
    };
    let Some(mode) = inet6.nested().find(inet6::ADDR_GEN_MODE)? else {
        return Ok(None);
    };
    Ok(Some(match mode.u8()? {
        0 => "eui64",
        1 => "none",
        2 => "stable_secret",
        3 => "random",
        _ => "unknown",
    }))
}

/// A top-level number by JSON key and text keyword.
type Count = (&'static str, &'static str, Option<u32>);

/// Everything `-d` adds, gathered once for JSON or text.
struct Details {
    before_kind: Vec<Count>,
    kind: Option<(String, Vec<Detail>)>,
    slave: Option<(String, Vec<Detail>)>,
    gen_mode: Option<&'static str>,
    after_kind: Vec<Count>,
}

/// The details of `l` for `show` (`addrgenmode` in `link show` only).
fn details(l: &Link<'_>, names: &Names, show: Show) -> Result<Details> {
    let u32_of = |id| -> Result<Option<u32>> { Ok(l.attrs().find(id)?.and_then(|a| a.u32().ok())) };
    let before_kind = vec![
        ("promiscuity", "promiscuity", l.promiscuity()?),
        ("allmulti", "allmulti", u32_of(ifla::ALLMULTI)?),
        ("min_mtu", "minmtu", l.min_mtu()?),
        ("max_mtu", "maxmtu", l.max_mtu()?),
    ];
    let (mut kind, mut slave) = (None, None);
    if let Some(info) = l.linkinfo()? {
        if let Some(k) = info.kind()? {
            kind = Some((k.to_owned(), kind_details(k, info.data()?, BRIDGE, names)?));
        }
        if let Some(k) = info.slave_kind()? {
            slave = Some((k.to_owned(), kind_details(k, info.slave_data()?, BRIDGE_PORT, names)?));
        }
    }
    let after_kind = vec![
        ("num_tx_queues", "numtxqueues", l.num_tx_queues()?),
        ("num_rx_queues", "numrxqueues", l.num_rx_queues()?),
        ("gso_max_size", "gso_max_size", l.gso_max_size()?),
        ("gso_max_segs", "gso_max_segs", l.gso_max_segs()?),
        ("tso_max_size", "tso_max_size", u32_of(ifla::TSO_MAX_SIZE)?),
        ("tso_max_segs", "tso_max_segs", u32_of(ifla::TSO_MAX_SEGS)?),
        ("gro_max_size", "gro_max_size", l.gro_max_size()?),
    ];
    let gen_mode = if show.address() { None } else { addr_gen_mode(l)? };
    Ok(Details { before_kind, kind, slave, gen_mode, after_kind })
}

fn json_object<W: Write>(j: &mut Json<W>, list: &[Detail]) -> io::Result<()> {
    j.begin_object()?;
    for Detail(key, _, value) in list {
        let Some(key) = key else { continue };
        match value {
            Value::Num(n) => j.field_num(key, *n)?,
            Value::Str(s) => j.field_str(key, s)?,
            Value::OnOff(b) => {
                j.key(key)?;
                j.raw(format_args!("{b}"))?;
            }
            Value::Timer(t) => {
                j.key(key)?;
                j.raw(format_args!("{}.{:02}", t / 100, t % 100))?;
            }
        }
    }
    j.end_object()
}

/// The `-d` keys of a link, in ip's order.
pub fn json<W: Write>(j: &mut Json<W>, l: &Link<'_>, names: &Names, show: Show) -> Result<()> {
    let d = details(l, names, show)?;
    for (key, _, v) in &d.before_kind {
        if let Some(v) = v {
            j.field_num(key, *v)?;
        }
    }
    if d.kind.is_some() || d.slave.is_some() {
        j.key("linkinfo")?;
        j.begin_object()?;
        for (kind_key, data_key, part) in
            [("info_kind", "info_data", &d.kind), ("info_slave_kind", "info_slave_data", &d.slave)]
        {
            if let Some((kind, data)) = part {
                j.field_str(kind_key, kind)?;
                if !data.is_empty() {
                    j.key(data_key)?;
                    json_object(j, data)?;
                }
            }
        }
        j.end_object()?;
    }
    if let Some(mode) = d.gen_mode {
        j.field_str("inet6_addr_gen_mode", mode)?;
    }
    for (key, _, v) in &d.after_kind {
        if let Some(v) = v {
            j.field_num(key, *v)?;
        }
    }
    Ok(())
}

fn text_list<W: Write>(out: &mut W, list: &[Detail]) -> io::Result<()> {
    for Detail(_, keyword, value) in list {
        match value {
            Value::Num(n) => write!(out, "{keyword} {n} ")?,
            Value::Str(s) => write!(out, "{keyword} {s} ")?,
            Value::OnOff(b) => write!(out, "{keyword} {} ", if *b { "on" } else { "off" })?,
            Value::Timer(t) => write!(out, "{keyword} {:4}.{:02} ", t / 100, t % 100)?,
        }
    }
    Ok(())
}

/// The `-d` text of a link, after its `link/` line's addresses (no newline).
pub fn text<W: Write>(out: &mut W, l: &Link<'_>, names: &Names, show: Show) -> Result<()> {
    let d = details(l, names, show)?;
    for (i, (_, keyword, v)) in d.before_kind.iter().enumerate() {
        if let Some(v) = v {
            // ip: " promiscuity N  allmulti N minmtu N ..."
            let lead = if i < 2 { " " } else { "" };
            write!(out, "{lead}{keyword} {v} ")?;
        }
    }
    if let Some((kind, data)) = &d.kind {
        write!(out, "\n    {kind} ")?;
        text_list(out, data)?;
    }
    if let Some((kind, data)) = &d.slave {
        write!(out, "\n    {kind}_slave ")?;
        text_list(out, data)?;
    }
    if let Some(mode) = d.gen_mode {
        write!(out, "addrgenmode {mode} ")?;
    }
    for (_, keyword, v) in &d.after_kind {
        if let Some(v) = v {
            write!(out, "{keyword} {v} ")?;
        }
    }
    Ok(())
}
