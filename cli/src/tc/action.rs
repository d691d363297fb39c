//! The actions of a filter (`TCA_U32_ACT`, ...) as tc prints them: tc's
//! `tc_print_action` (tc/m_action.c) around each kind's printer. nlw
//! decodes `mirred` (tc/m_mirred.c), `gact` (tc/m_gact.c), `police`
//! (tc/m_police.c), `vlan` (tc/m_vlan.c), `skbedit` (tc/m_skbedit.c),
//! `mpls` (tc/m_mpls.c), `ct` (tc/m_ct.c), `sample` (tc/m_sample.c),
//! `tunnel_key` (tc/m_tunnel_key.c), `csum` (tc/m_csum.c), `nat`
//! (tc/m_nat.c) and `connmark` (tc/m_connmark.c); an action of another
//! kind prints its kind alone.
//!
//! ```text
//!         action order 1: mirred (Egress Redirect to device ifb0) stolen
//!         index 1 ref 1 bind 1
//!
//!         action order 2: gact action drop
//!          random type none pass val 0
//!          index 2 ref 1 bind 1
//! ```

use std::io::Write;
use std::net::{IpAddr, Ipv4Addr};

use nlwire::attr::{Attr, Attrs};
use nlwire::tables::tc::{
    act_ct_attrs, act_skbedit_attrs, tunnel_key_enc_opt_geneve_attrs, ActAttrs, ActConnmarkAttrs,
    ActCsumAttrs, ActCtAttrs, ActGactAttrs, ActMirredAttrs, ActMplsAttrs, ActNatAttrs, ActSampleAttrs,
    ActSkbeditAttrs, ActTunnelKeyAttrs, ActVlanAttrs, PoliceAttrs, TcConnmark, TcCsum, TcGact, TcGactP,
    TcMirred, TcMpls, TcNat, TcPolice, TcTunnelKey, TcVlan, TunnelKeyEncOptsAttrs,
    TC_CSUM_UPDATE_FLAGS_NAMES, TC_LINKLAYER,
};
use nlwire::tc::Handle;

use crate::names::{hwaddr, name_or_number, Names};
use crate::sink::Sink;
use crate::tc_units::{xmit_size, Hex0x, ProtocolText, RateText, SizeText};
use crate::Result;

/// Prints the actions nest `actions`, whose entries are numbered by their
/// order: text lines after the filter's, JSON `"actions": [...]`.
pub fn print<W: Write>(s: &mut Sink<'_, W>, actions: Attrs<'_>, names: &Names) -> Result<()> {
    s.open_array("actions")?;
    for entry in actions {
        let entry = entry?;
        let action = ActAttrs(entry.nested());
        match s {
            Sink::Text(out) => write!(out, "\n\taction order {}: ", entry.kind())?,
            Sink::Json(j) => {
                j.begin_object()?;
                j.field_num("order", entry.kind())?;
            }
        }
        let kind = action.kind()?.unwrap_or("");
        let options = action.options()?.map(|o| o.nested());
        let printed = match options {
            Some(o) => print_kind(s, kind, o, names)?.is_some(),
            None => false,
        };
        if !printed {
            s.name("kind", "", kind)?;
        }
        match s {
            Sink::Text(out) => writeln!(out)?,
            Sink::Json(j) => j.end_object()?,
        }
    }
    s.close_array()?;
    Ok(())
}

/// The options of an action of `kind` as its tc printer writes them;
/// `None` (nothing written) for a kind nlw does not decode or options
/// without the parameters the kind's printer needs.
fn print_kind<W: Write>(s: &mut Sink<'_, W>, kind: &str, o: Attrs<'_>, names: &Names) -> Result<Option<()>> {
    let printed = match kind {
        "mirred" => ActMirredAttrs(o).parms()?.map(|p| print_mirred(s, p, names)),
        "gact" => {
            let gact = ActGactAttrs(o);
            gact.parms()?.map(|p| print_gact(s, p, &gact))
        }
        "police" => {
            let police = PoliceAttrs(o);
            police.tbf()?.map(|p| print_police(s, p, &police))
        }
        "vlan" => {
            let vlan = ActVlanAttrs(o);
            vlan.parms()?.map(|p| print_vlan(s, &vlan, p))
        }
        "skbedit" => {
            let skbedit = ActSkbeditAttrs(o);
            let parms = skbedit.0.read(act_skbedit_attrs::PARMS, Attr::as_struct::<TcGact>)?;
            parms.map(|p| print_skbedit(s, &skbedit, p))
        }
        "mpls" => {
            let mpls = ActMplsAttrs(o);
            mpls.parms()?.map(|p| print_mpls(s, &mpls, p))
        }
        "ct" => {
            let ct = ActCtAttrs(o);
            let parms = ct.0.read(act_ct_attrs::PARMS, Attr::as_struct::<TcGact>)?;
            parms.map(|p| print_ct(s, &ct, p))
        }
        "sample" => {
            let sample = ActSampleAttrs(o);
            match (sample.parms()?, sample.rate()?, sample.psample_group()?) {
                (Some(p), Some(rate), Some(group)) => Some(print_sample(s, &sample, p, rate, group)),
                _ => None,
            }
        }
        "tunnel_key" => {
            let key = ActTunnelKeyAttrs(o);
            key.parms()?.map(|p| print_tunnel_key(s, &key, p))
        }
        "csum" => ActCsumAttrs(o).parms()?.map(|p| print_csum(s, p)),
        "nat" => ActNatAttrs(o).parms()?.map(|p| print_nat(s, p)),
        "connmark" => ActConnmarkAttrs(o).parms()?.map(|p| print_connmark(s, p)),
        _ => None,
    };
    printed.transpose()
}

/// `mirred (Egress Redirect to device ifb0) stolen` and the counts line.
fn print_mirred<W: Write>(s: &mut Sink<'_, W>, p: &TcMirred, names: &Names) -> Result<()> {
    // TCA_EGRESS_REDIR 1, TCA_EGRESS_MIRROR 2, TCA_INGRESS_REDIR 3,
    // TCA_INGRESS_MIRROR 4 (linux/tc_act/tc_mirred.h), named as tc names them.
    let (text, direction, action) = match p.eaction.get() {
        1 => ("Egress Redirect", "egress", "redirect"),
        2 => ("Egress Mirror", "egress", "mirror"),
        3 => ("Ingress Redirect", "ingress", "redirect"),
        4 => ("Ingress Mirror", "ingress", "mirror"),
        _ => ("unknown", "unknown", "unknown"),
    };
    let dev = names.get(p.ifindex.get());
    let (index, refcnt, bindcnt) = (p.index.get(), p.refcnt.get(), p.bindcnt.get());
    match s {
        Sink::Text(out) => {
            write!(out, "mirred ({text} to device {dev})")?;
        }
        Sink::Json(j) => {
            j.field_str("kind", "mirred")?;
            j.field_str("mirred_action", action)?;
            j.field_str("direction", direction)?;
            j.field_str("to_dev", &dev)?;
        }
    }
    control_action(s, " ", Verdict(p.action.get()), "")?;
    counts(s, "\n\t", index, refcnt, bindcnt)
}

/// `gact action drop`, its random verdict (`random type netrand pass val
/// 10`: with probability 1/10, `pass` instead) and the counts line, as
/// tc 6.1's `print_gact`; a gact without `TCA_GACT_PROB` prints tc's
/// placeholder, `random type none pass val 0`.
fn print_gact<W: Write>(s: &mut Sink<'_, W>, p: &TcGact, gact: &ActGactAttrs<'_>) -> Result<()> {
    let random = gact.prob()?.copied().unwrap_or(TcGactP::default());
    s.name("kind", "", "gact")?;
    control_action(s, "action ", Verdict(p.action.get()), "")?;
    s.open("prob")?;
    // PGACT_NONE, PGACT_NETRAND, PGACT_DETERM (linux/tc_act/tc_gact.h).
    let random_type = match random.ptype.get() {
        1 => "netrand",
        2 => "determ",
        _ => "none",
    };
    s.string("random_type", format_args!("\n\t random type {random_type}"), &random_type)?;
    control_action(s, " ", Verdict(random.paction.get()), " ")?;
    s.fmt_num("val", format_args!("val {}", random.pval.get()), random.pval.get())?;
    s.close()?;
    counts(s, "\n\t ", p.index.get(), p.refcnt.get(), p.bindcnt.get())
}

/// ` police 0x1 rate 1Mbit burst 1250b mtu 2Kb action drop overhead 0b`,
/// then `ref 1 bind 1` on a line of its own, as tc 6.1's `print_police`:
/// rates and sizes in text only, the kind in JSON only.
fn print_police<W: Write>(s: &mut Sink<'_, W>, p: &TcPolice, police: &PoliceAttrs<'_>) -> Result<()> {
    let index = p.index.get();
    if let Sink::Json(j) = s {
        j.field_str("kind", "police")?;
    }
    s.fmt_num("index", format_args!(" police {:#x} ", index), index)?;
    let rate = police.rate64()?.unwrap_or(p.rate.rate.get().into());
    s.fmt_text(format_args!("rate {} ", RateText(rate)))?;
    s.fmt_text(format_args!("burst {} ", SizeText(xmit_size(rate, p.burst.get()))))?;
    s.fmt_text(format_args!("mtu {} ", SizeText(p.mtu.get())))?;
    let peak = police.peakrate64()?.unwrap_or(p.peakrate.rate.get().into());
    if peak != 0 {
        s.fmt_text(format_args!("peakrate {} ", RateText(peak)))?;
    }
    if let Some(avrate) = police.avrate()? {
        s.fmt_text(format_args!("avrate {} ", RateText(avrate.into())))?;
    }
    if let (Some(pps), Some(burst)) = (police.pktrate64()?, police.pktburst64()?) {
        s.fmt_num("pkts_rate", format_args!("pkts_rate {pps} "), pps)?;
        let burst = u64::from(xmit_size(pps, burst as u32));
        s.fmt_num("pkts_burst", format_args!("pkts_burst {burst} "), burst)?;
    }
    control_action(s, "action ", Verdict(p.action.get()), "")?;
    match police.result()? {
        Some(result) => control_action(s, "/", Verdict(result as i32), " ")?,
        None => s.text(" ")?,
    }
    let overhead = p.rate.overhead.get();
    s.fmt_num("overhead", format_args!("overhead {} ", SizeText(overhead.into())), overhead)?;
    // TC_LINKLAYER_MASK; named when above TC_LINKLAYER_ETHERNET.
    let linklayer = u32::from(p.rate.linklayer & 0x0F);
    if linklayer > 1 {
        let name = name_or_number(TC_LINKLAYER, linklayer);
        s.string("linklayer", format_args!("linklayer {name} "), &name)?;
    }
    s.fmt_num("ref", format_args!("\n\tref {} ", p.refcnt.get()), p.refcnt.get())?;
    s.fmt_num("bind", format_args!("bind {} ", p.bindcnt.get()), p.bindcnt.get())?;
    Ok(())
}

/// `vlan  push id 100 protocol 802.1Q priority 5 pipe`, as tc 6.1's
/// `print_vlan`, and the counts line.
fn print_vlan<W: Write>(s: &mut Sink<'_, W>, vlan: &ActVlanAttrs<'_>, p: &TcVlan) -> Result<()> {
    s.name("kind", "", "vlan")?;
    // TCA_VLAN_ACT_* (linux/tc_act/tc_vlan.h), named as tc's action_names.
    let v_action = p.v_action.get();
    let name = match v_action {
        1 => "pop",
        2 => "push",
        3 => "modify",
        4 => "pop_eth",
        5 => "push_eth",
        _ => "",
    };
    s.string("vlan_action", format_args!(" {name}"), &name)?;
    if matches!(v_action, 2 | 3) {
        if let Some(id) = vlan.push_vlan_id()? {
            s.fmt_num("id", format_args!(" id {id}"), id)?;
        }
        if let Some(protocol) = vlan.push_vlan_protocol()? {
            // Sent in network order.
            let protocol = ProtocolText(u16::from_be(protocol));
            s.string("protocol", format_args!(" protocol {protocol}"), &protocol)?;
        }
        if let Some(priority) = vlan.push_vlan_priority()? {
            s.fmt_num("priority", format_args!(" priority {priority}"), priority)?;
        }
    } else if v_action == 5 {
        // ETH_ALEN bytes each.
        for (key, mac) in [("dst_mac", vlan.push_eth_dst()?), ("src_mac", vlan.push_eth_src()?)] {
            if let Some(mac) = mac.filter(|m| m.len() == 6).map(hwaddr) {
                s.string(key, format_args!(" {key} {mac}"), &mac)?;
            }
        }
    }
    tail(s, p.action.get(), p.index.get(), p.refcnt.get(), p.bindcnt.get())
}

/// `skbedit queue_mapping 3 priority 1:20 mark 7/0xff ptype host pipe`,
/// as tc 6.1's `print_skbedit`, and the counts line.
fn print_skbedit<W: Write>(s: &mut Sink<'_, W>, skbedit: &ActSkbeditAttrs<'_>, p: &TcGact) -> Result<()> {
    s.name("kind", "", "skbedit")?;
    if let Some(queue) = skbedit.queue_mapping()? {
        s.fmt_num("queue_mapping", format_args!("queue_mapping {queue}"), queue)?;
    }
    if let Some(priority) = skbedit.priority()? {
        let class = Handle(priority);
        s.string("priority", format_args!(" priority {class}"), &class)?;
    }
    if let Some(mark) = skbedit.mark()? {
        s.fmt_num("mark", format_args!(" mark {mark}"), mark)?;
    }
    if let Some(mask) = skbedit.mask()? {
        let mask = Hex0x(mask);
        s.string("mask", format_args!("/{mask}"), &mask)?;
    }
    if let Some(ptype) = skbedit.ptype()? {
        // PACKET_HOST, _BROADCAST, _MULTICAST, _OTHERHOST (linux/if_packet.h).
        match ["host", "broadcast", "multicast", "otherhost"].get(usize::from(ptype)) {
            Some(name) => s.string("ptype", format_args!(" ptype {name}"), name)?,
            None => s.fmt_num("ptype", format_args!(" ptype {ptype}"), ptype)?,
        }
    }
    tail(s, p.action.get(), p.index.get(), p.refcnt.get(), p.bindcnt.get())
}

/// `mpls  push protocol mpls_uc label 100 tc 3 bos 1 ttl 64 pipe`, as tc
/// 6.1's `print_mpls`, and the counts line.
fn print_mpls<W: Write>(s: &mut Sink<'_, W>, mpls: &ActMplsAttrs<'_>, p: &TcMpls) -> Result<()> {
    s.name("kind", "", "mpls")?;
    // TCA_MPLS_ACT_* (linux/tc_act/tc_mpls.h), named as tc's action_names.
    let m_action = p.m_action.get();
    let name = match m_action {
        1 => "pop",
        2 => "push",
        3 => "modify",
        4 => "dec_ttl",
        5 => "mac_push",
        _ => "",
    };
    s.string("mpls_action", format_args!(" {name}"), &name)?;
    // Pop and the pushes name the protocol; the pushes and modify the label stack entry.
    if let Some(protocol) = mpls.proto()?.filter(|_| matches!(m_action, 1 | 2 | 5)) {
        let protocol = ProtocolText(protocol);
        s.string("protocol", format_args!(" protocol {protocol}"), &protocol)?;
    }
    if matches!(m_action, 2 | 3 | 5) {
        if let Some(label) = mpls.label()? {
            s.fmt_num("label", format_args!(" label {label}"), label)?;
        }
        for (key, value) in [("tc", mpls.tc()?), ("bos", mpls.bos()?), ("ttl", mpls.ttl()?)] {
            if let Some(value) = value {
                s.fmt_num(key, format_args!(" {key} {value}"), value)?;
            }
        }
    }
    tail(s, p.action.get(), p.index.get(), p.refcnt.get(), p.bindcnt.get())
}

/// `ct commit force mark 7/0xff zone 5 label HEX nat src addr A-B port
/// P-Q pipe`, as tc 6.1's `print_ct` (which names no helper), and the
/// counts line.
fn print_ct<W: Write>(s: &mut Sink<'_, W>, ct: &ActCtAttrs<'_>, p: &TcGact) -> Result<()> {
    // TCA_CT_ACT_COMMIT, _FORCE, _CLEAR, _NAT, _NAT_SRC, _NAT_DST
    // (linux/tc_act/tc_ct.h).
    const COMMIT: u16 = 1;
    const FORCE: u16 = 1 << 1;
    const CLEAR: u16 = 1 << 2;
    const NAT: u16 = 1 << 3;
    const NAT_SRC: u16 = 1 << 4;
    const NAT_DST: u16 = 1 << 5;
    s.string("kind", format_args!("ct"), &"ct")?;
    let action = ct.action()?.unwrap_or(0);
    let verb = match (action & COMMIT != 0, action & FORCE != 0, action & CLEAR != 0) {
        (true, true, _) => Some("commit force"),
        (true, false, _) => Some("commit"),
        (false, _, true) => Some("clear"),
        _ => None,
    };
    if let Some(verb) = verb {
        s.string("action", format_args!(" {verb}"), &verb)?;
    }
    if let Some(mark) = ct.mark()? {
        let masked = match ct.mark_mask()?.filter(|&mask| mask != u32::MAX) {
            Some(mask) => format!("{mark}/{mask:#x}"),
            None => mark.to_string(),
        };
        s.string("mark", format_args!(" mark {masked}"), &masked)?;
    }
    if let Some(zone) = ct.zone()? {
        s.string("zone", format_args!(" zone {zone}"), &zone)?;
    }
    if let Some(labels) = ct.labels()? {
        let hex = |bytes: &[u8]| bytes.iter().map(|b| format!("{b:02x}")).collect::<String>();
        let mask = ct.labels_mask()?.unwrap_or(&[]);
        let mut label = hex(labels);
        // tc reads the mask as long as the labels.
        if labels.len() != 16 || mask.iter().take(labels.len()).any(|&b| b != 0xff) {
            label = format!("{label}/{}", hex(mask.get(..labels.len()).unwrap_or(mask)));
        }
        s.string("label", format_args!(" label {label}"), &label)?;
    }
    if action & NAT != 0 {
        let nat = ct_nat(ct, action & NAT_SRC != 0, action & NAT_DST != 0)?;
        let space = if nat.is_empty() { "" } else { " " };
        s.string("nat", format_args!(" nat{space}{nat}"), &nat)?;
    }
    tail(s, p.action.get(), p.index.get(), p.refcnt.get(), p.bindcnt.get())
}

/// tc's `ct_print_nat` after `nat`: `src addr A[-B] [port P[-Q]]` (or
/// `dst ...`), empty for neither.
fn ct_nat(ct: &ActCtAttrs<'_>, src: bool, dst: bool) -> Result<String> {
    use std::fmt::Write as _;
    let mut out = String::new();
    match (src, dst) {
        (true, _) => out.push_str("src"),
        (false, true) => out.push_str("dst"),
        _ => return Ok(out),
    }
    let (min4, max4) = (ipv4(ct.nat_ipv4_min()?), ipv4(ct.nat_ipv4_max()?));
    let (min6, max6) = (ipv6(ct.nat_ipv6_min()?), ipv6(ct.nat_ipv6_max()?));
    for min in [min4, min6].into_iter().flatten() {
        let _ = write!(out, " addr {min}");
    }
    // The upper end when it differs, IPv4's first, as tc compares them.
    let upper =
        |min: Option<IpAddr>, max: Option<IpAddr>| max.filter(|&max| min.is_some_and(|min| min != max));
    if let Some(max) = upper(min4, max4).or_else(|| upper(min6, max6)) {
        let _ = write!(out, "-{max}");
    }
    if let Some(min) = ct.nat_port_min()? {
        let _ = write!(out, " port {min}");
        if let Some(max) = ct.nat_port_max()?.filter(|&max| max != min) {
            let _ = write!(out, "-{max}");
        }
    }
    Ok(out)
}

/// `sample rate 1/100 group 12 trunc_size 128 pipe`, as tc 6.1's
/// `print_sample`, and the counts line.
fn print_sample<W: Write>(
    s: &mut Sink<'_, W>,
    sample: &ActSampleAttrs<'_>,
    p: &TcGact,
    rate: u32,
    group: u32,
) -> Result<()> {
    s.name("kind", "", "sample")?;
    s.fmt_num("rate", format_args!("rate 1/{rate} "), rate)?;
    s.fmt_num("group", format_args!("group {group}"), group)?;
    if let Some(size) = sample.trunc_size()? {
        s.fmt_num("trunc_size", format_args!(" trunc_size {size}"), size)?;
    }
    tail(s, p.action.get(), p.index.get(), p.refcnt.get(), p.bindcnt.get())
}

/// `tunnel_key  set`, then one line each for the outer addresses, key id,
/// destination port, checksum flag, tos and ttl (the nonzero ones), as tc
/// 6.1's `print_tunnel_key`, and the counts line.
fn print_tunnel_key<W: Write>(
    s: &mut Sink<'_, W>,
    key: &ActTunnelKeyAttrs<'_>,
    p: &TcTunnelKey,
) -> Result<()> {
    s.name("kind", "", "tunnel_key")?;
    // TCA_TUNNEL_KEY_ACT_SET 1, _RELEASE 2 (linux/tc_act/tc_tunnel_key.h).
    match p.t_action.get() {
        2 => s.string("mode", format_args!(" unset"), &"unset")?,
        1 => {
            s.string("mode", format_args!(" set"), &"set")?;
            let addresses = [
                ("src_ip", ipv4(key.enc_ipv4_src()?)),
                ("dst_ip", ipv4(key.enc_ipv4_dst()?)),
                ("src_ip", ipv6(key.enc_ipv6_src()?)),
                ("dst_ip", ipv6(key.enc_ipv6_dst()?)),
            ];
            for (name, address) in addresses {
                if let Some(address) = address {
                    s.string(name, format_args!("\n\t{name} {address}"), &address)?;
                }
            }
            if let Some(id) = key.enc_key_id()? {
                s.fmt_num("key_id", format_args!("\n\tkey_id {id}"), id)?;
            }
            if let Some(port) = key.enc_dst_port()? {
                s.fmt_num("dst_port", format_args!("\n\tdst_port {port}"), port)?;
            }
            if let Some(opts) = key.enc_opts()? {
                print_tunnel_opts(s, &opts)?;
            }
            if let Some(no_csum) = key.no_csum()? {
                let flag = if no_csum != 0 { "nocsum" } else { "csum" };
                s.string("flag", format_args!("\n\t{flag}"), &flag)?;
            }
            if let Some(tos) = key.enc_tos()?.filter(|&tos| tos != 0) {
                s.fmt_num("tos", format_args!("\n\ttos {tos:#x}"), tos)?;
            }
            if let Some(ttl) = key.enc_ttl()?.filter(|&ttl| ttl != 0) {
                s.fmt_num("ttl", format_args!("\n\tttl {ttl}"), ttl)?;
            }
        }
        _ => {}
    }
    tail(s, p.action.get(), p.index.get(), p.refcnt.get(), p.bindcnt.get())
}

/// tc's `tunnel_key_print_key_opt`: on a line of its own, the geneve
/// options (`geneve_opts 0102:80:00880022,...`), else the vxlan ones
/// (`vxlan_opts GBP`), else the erspan ones (`erspan_opts VER:INDEX:DIR:HWID`);
/// JSON an array of one object per option.
fn print_tunnel_opts<W: Write>(s: &mut Sink<'_, W>, opts: &TunnelKeyEncOptsAttrs<'_>) -> Result<()> {
    if let Some(geneve) = opts.geneve()? {
        s.open_array("geneve_opts")?;
        s.text("\n\tgeneve_opts ")?;
        // One option is the triple class, type, data, in that order.
        let mut first = true;
        let mut class = 0;
        let mut kind = 0;
        for a in geneve.0 {
            let a = a?;
            match a.kind() {
                tunnel_key_enc_opt_geneve_attrs::CLASS => class = a.be16()?,
                tunnel_key_enc_opt_geneve_attrs::TYPE => kind = a.u8()?,
                tunnel_key_enc_opt_geneve_attrs::DATA => {
                    let data = a.payload();
                    let hex: String = data.iter().map(|b| format!("{b:02x}")).collect();
                    let comma = if first { "" } else { "," };
                    first = false;
                    s.text(&format!("{comma}{class:04x}:{kind:02x}:{hex}"))?;
                    if let Sink::Json(j) = s {
                        j.begin_object()?;
                        j.field_num("class", class)?;
                        j.field_num("type", kind)?;
                        j.key("data")?;
                        j.begin_array()?;
                        for &b in data {
                            j.raw(format_args!("{b}"))?;
                        }
                        j.end_array()?;
                        j.end_object()?;
                    }
                }
                _ => {}
            }
        }
        s.close_array()?;
    } else if let Some(vxlan) = opts.vxlan()? {
        let gbp = vxlan.gbp()?.unwrap_or(0);
        s.open_array("vxlan_opts")?;
        s.text("\n\tvxlan_opts ")?;
        s.open_element()?;
        s.fmt_num("gbp", format_args!("{gbp}"), gbp)?;
        s.close()?;
        s.close_array()?;
    } else if let Some(erspan) = opts.erspan()? {
        let ver = erspan.ver()?.unwrap_or(0);
        // Version 1 carries an index, version 2 a direction and a hardware id.
        let (index, dir, hwid) = match ver {
            1 => (erspan.index()?.unwrap_or(0), 0, 0),
            _ => (0, erspan.dir()?.unwrap_or(0), erspan.hwid()?.unwrap_or(0)),
        };
        s.open_array("erspan_opts")?;
        s.text("\n\terspan_opts ")?;
        s.open_element()?;
        s.fmt_num("ver", format_args!("{ver}"), ver)?;
        s.fmt_num("index", format_args!(":{index}"), index)?;
        s.fmt_num("dir", format_args!(":{dir}"), dir)?;
        s.fmt_num("hwid", format_args!(":{hwid}"), hwid)?;
        s.close()?;
        s.close_array()?;
    }
    Ok(())
}

/// `csum (iph, tcp) action pipe`, then `index N ref N bind N`, as tc
/// 6.1's `print_csum`; no flag at all reads `?empty`.
fn print_csum<W: Write>(s: &mut Sink<'_, W>, p: &TcCsum) -> Result<()> {
    s.name("kind", "", "csum")?;
    let flags = p.update_flags.get();
    let names: Vec<&str> = TC_CSUM_UPDATE_FLAGS_NAMES
        .iter()
        .filter(|&&(bit, _)| flags & bit != 0)
        .map(|&(_, name)| name)
        .collect();
    let names = if names.is_empty() { "?empty".to_owned() } else { names.join(", ") };
    s.string("csum", format_args!("({names}) "), &names)?;
    control_action(s, "action ", Verdict(p.action.get()), "\n")?;
    counts(s, "\t", p.index.get(), p.refcnt.get(), p.bindcnt.get())
}

/// ` nat ingress 192.0.2.1/32 198.51.100.1 pass`, as tc 6.1's
/// `print_nat`, and the counts line.
fn print_nat<W: Write>(s: &mut Sink<'_, W>, p: &TcNat) -> Result<()> {
    // TCA_NAT_FLAG_EGRESS (linux/tc_act/tc_nat.h).
    const EGRESS: u32 = 1;
    s.string("type", format_args!(" nat "), &"nat")?;
    let direction = if p.flags.get() & EGRESS != 0 { "egress" } else { "ingress" };
    s.string("direction", format_args!("{direction}"), &direction)?;
    // tc's prefix length: 33 - ffs(mask), ffs reading the network-order
    // mask as a host word (a /24 reads /32 on little-endian hosts).
    let mask = u32::from_ne_bytes(p.mask.get().to_be_bytes());
    let prefix = if mask == 0 { 0 } else { 32 - mask.trailing_zeros() };
    let old = format!("{}/{prefix}", Ipv4Addr::from(p.old_addr.get()));
    s.string("old_addr", format_args!(" {old}"), &old)?;
    let new = Ipv4Addr::from(p.new_addr.get());
    s.string("new_addr", format_args!(" {new}"), &new)?;
    tail(s, p.action.get(), p.index.get(), p.refcnt.get(), p.bindcnt.get())
}

/// `connmark zone 5 pipe`, as tc 6.1's `print_connmark`, and the counts
/// line.
fn print_connmark<W: Write>(s: &mut Sink<'_, W>, p: &TcConnmark) -> Result<()> {
    s.name("kind", "", "connmark")?;
    let zone = p.zone.get();
    s.fmt_num("zone", format_args!("zone {zone}"), zone)?;
    tail(s, p.action.get(), p.index.get(), p.refcnt.get(), p.bindcnt.get())
}

/// An IPv4 address attribute (read in host order) as an address.
fn ipv4(value: Option<u32>) -> Option<IpAddr> {
    value.map(|a| IpAddr::from(a.to_be_bytes()))
}

/// An IPv6 address attribute (16 bytes) as an address; `None` for
/// another length, which tc leaves out.
fn ipv6(bytes: Option<&[u8]>) -> Option<IpAddr> {
    bytes.and_then(|b| <[u8; 16]>::try_from(b).ok()).map(IpAddr::from)
}

/// The end of most actions: ` VERDICT`, then `index N ref N bind N` on a
/// line of its own.
fn tail<W: Write>(s: &mut Sink<'_, W>, action: i32, index: u32, refcnt: i32, bindcnt: i32) -> Result<()> {
    control_action(s, " ", Verdict(action), "")?;
    counts(s, "\n\t ", index, refcnt, bindcnt)
}

/// tc's `print_action_control`: text `PREFIX VERDICT SUFFIX`, JSON
/// `"control_action": {"type": ..., "chain"|"jump": N}`.
fn control_action<W: Write>(s: &mut Sink<'_, W>, prefix: &str, verdict: Verdict, suffix: &str) -> Result<()> {
    match s {
        Sink::Text(out) => write!(out, "{prefix}{verdict}{suffix}")?,
        Sink::Json(j) => {
            j.key("control_action")?;
            j.begin_object()?;
            j.field_str("type", &verdict.name())?;
            match verdict.extension() {
                Some(("goto", chain)) => j.field_num("chain", chain)?,
                Some((_, target)) => j.field_num("jump", target)?,
                None => {}
            }
            j.end_object()?;
        }
    }
    Ok(())
}

/// An action's `index N ref N bind N`, on its own line (after `newline`).
fn counts<W: Write>(s: &mut Sink<'_, W>, newline: &str, index: u32, refcnt: i32, bindcnt: i32) -> Result<()> {
    s.fmt_num("index", format_args!("{newline}index {index}"), index)?;
    s.fmt_num("ref", format_args!(" ref {refcnt}"), refcnt)?;
    s.fmt_num("bind", format_args!(" bind {bindcnt}"), bindcnt)?;
    Ok(())
}

/// A `TC_ACT_*` verdict (linux/pkt_cls.h) as tc's `print_action_control`
/// writes it: `pipe`, `goto chain 3`, `jump 2`, or the number.
struct Verdict(i32);

impl Verdict {
    /// `TC_ACT_EXT_SHIFT`: the opcode of `jump` and `goto chain` sits above.
    const EXT_SHIFT: u32 = 28;

    /// `TC_ACT_JUMP` (1 << 28) and `TC_ACT_GOTO_CHAIN` (2 << 28) with
    /// their value below the opcode.
    fn extension(&self) -> Option<(&'static str, u32)> {
        let bits = self.0 as u32;
        let value = bits & ((1 << Self::EXT_SHIFT) - 1);
        match bits >> Self::EXT_SHIFT {
            1 => Some(("jump", value)),
            2 => Some(("goto", value)),
            _ => None,
        }
    }

    /// tc's `action_n2a`: the word, or the number.
    fn name(&self) -> String {
        let word = match (self.extension(), self.0) {
            (Some((name, _)), _) => name,
            (None, -1) => "continue",
            (None, 0) => "pass",
            (None, 1) => "reclassify",
            (None, 2) => "drop",
            (None, 3) => "pipe",
            (None, 4) => "stolen",
            (None, 8) => "trap",
            (None, number) => return number.to_string(),
        };
        word.to_owned()
    }
}

impl std::fmt::Display for Verdict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.extension() {
            Some(("goto", chain)) => write!(f, "goto chain {chain}"),
            Some((name, target)) => write!(f, "{name} {target}"),
            None => f.write_str(&self.name()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Verdict;

    #[test]
    fn verdicts_read_as_tc_writes_them() {
        let text = |v: i32| Verdict(v).to_string();
        // The values of linux/pkt_cls.h, the words of tc's action_n2a.
        assert_eq!(text(-1), "continue");
        assert_eq!(text(0), "pass");
        assert_eq!(text(2), "drop");
        assert_eq!(text(3), "pipe");
        assert_eq!(text(4), "stolen");
        assert_eq!(text(8), "trap");
        assert_eq!(text(7), "7");
        assert_eq!(text((2 << 28) | 5), "goto chain 5");
        assert_eq!(text((1 << 28) | 2), "jump 2");
    }
}
