//! What `ip xfrm` prints of states and policies alike (ipxfrm.c): the
//! id line, the selector, algorithms, lifetimes, templates and the other
//! attributes, into a `String`, as ip 6.1 words them.

use std::fmt::Write;

use nlwire::xfrm::{
    self, xfrma, Address, Id, LifetimeCfg, LifetimeCur, Selector, Stats, XfrmAttrs, XFRM_INF,
};

use super::{proto_name, xfrm_proto_name, MODES};
use crate::names::Names;

/// How much to print: `-s` (ip's `show_stats`), the link names, `nokeys`.
#[derive(Clone, Copy)]
pub struct Style<'a> {
    pub stats: u8,
    pub names: &'a Names,
    pub nokeys: bool,
}

/// `-o`: an object's lines joined by `\\` (ip's `_SL_`), then its line break.
pub fn oneline(out: &mut String) {
    *out = out.replace('\n', "\\");
    out.push('\n');
}

/// ip's `rt_addr_n2a` of an `xfrm_address_t` of `family`.
pub fn addr(family: u16, a: &Address) -> String {
    xfrm::ip(family, a).map_or_else(|| "???".to_owned(), |ip| ip.to_string())
}

/// C's `%#x`: `0x` before a value other than 0.
fn alt_hex(v: u32) -> String {
    if v == 0 {
        "0".to_owned()
    } else {
        format!("{v:#x}")
    }
}

/// ip's `strxf_time`: `-` for 0, else the local time.
fn time(t: u64) -> String {
    if t == 0 {
        return "-".to_owned();
    }
    let utc = i64::try_from(t).unwrap_or(i64::MAX);
    let local = utc.saturating_add(crate::localtime::offset(utc));
    let (days, secs) = (local.div_euclid(86_400), local.rem_euclid(86_400));
    let (y, m, d) = crate::localtime::civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02} {:02}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60)
}

/// ip's `strxf_mask8`: the 8 bits, high first.
fn mask8(v: u8) -> String {
    format!("{v:08b}")
}

/// ip's `XFRM_FLAG_PRINT` over `names`, then what is left in hex.
pub fn flags(out: &mut String, mut flags: u32, names: &[(u32, &str)]) {
    for (bit, name) in names {
        if flags & bit != 0 {
            flags &= !bit;
            out.push_str(name);
            if flags != 0 {
                out.push(' ');
            }
        }
    }
    if flags != 0 {
        let _ = write!(out, "{flags:x}");
    }
}

/// ip's `xfrm_id_info_print`.
#[allow(clippy::too_many_arguments)]
pub fn id_info(
    out: &mut String,
    s: &Style<'_>,
    (saddr, id): (&Address, &Id),
    mode: u8,
    reqid: u32,
    family: u16,
    force_spi: bool,
    prefix: &str,
    title: &str,
) {
    let _ = writeln!(out, "{title}src {} dst {}", addr(family, saddr), addr(family, &id.daddr));
    let _ = write!(out, "{prefix}\tproto {} ", xfrm_proto_name(id.proto));
    let spi = id.spi.get();
    if s.stats > 0 || force_spi || spi != 0 {
        let _ = write!(out, "spi 0x{spi:08x}");
        if s.stats > 0 {
            let _ = write!(out, "({spi})");
        }
        out.push(' ');
    }
    let _ = write!(out, "reqid {reqid}");
    if s.stats > 0 {
        let _ = write!(out, "(0x{reqid:08x})");
    }
    let mode =
        MODES.iter().find(|(_, m)| *m == mode).map_or_else(|| mode.to_string(), |(n, _)| (*n).to_owned());
    let _ = writeln!(out, " mode {mode}");
}

/// ip's `strxf_limit`.
fn limit(v: u64) -> String {
    if v == XFRM_INF {
        "(INF)".to_owned()
    } else {
        v.to_string()
    }
}

/// ip's `xfrm_lifetime_print`.
pub fn lifetime(out: &mut String, cfg: &LifetimeCfg, cur: &LifetimeCur, p: &str) {
    let _ = writeln!(out, "{p}lifetime config:");
    let _ = writeln!(
        out,
        "{p}  limit: soft {}(bytes), hard {}(bytes)",
        limit(cfg.soft_byte_limit.get()),
        limit(cfg.hard_byte_limit.get())
    );
    let _ = writeln!(
        out,
        "{p}  limit: soft {}(packets), hard {}(packets)",
        limit(cfg.soft_packet_limit.get()),
        limit(cfg.hard_packet_limit.get())
    );
    let _ = writeln!(
        out,
        "{p}  expire add: soft {}(sec), hard {}(sec)",
        cfg.soft_add_expires_seconds.get(),
        cfg.hard_add_expires_seconds.get()
    );
    let _ = writeln!(
        out,
        "{p}  expire use: soft {}(sec), hard {}(sec)",
        cfg.soft_use_expires_seconds.get(),
        cfg.hard_use_expires_seconds.get()
    );
    let _ = writeln!(out, "{p}lifetime current:");
    let _ = writeln!(out, "{p}  {}(bytes), {}(packets)", cur.bytes.get(), cur.packets.get());
    let _ = writeln!(out, "{p}  add {} use {}", time(cur.add_time.get()), time(cur.use_time.get()));
}

/// ip's `xfrm_stats_print`.
pub fn stats(out: &mut String, st: &Stats, p: &str) {
    let _ = writeln!(out, "{p}stats:");
    let _ = writeln!(
        out,
        "{p}  replay-window {} replay {} failed {}",
        st.replay_window.get(),
        st.replay.get(),
        st.integrity_failed.get()
    );
}

/// ip's `xfrm_selector_print`: its family, else `family`.
pub fn selector(out: &mut String, s: &Style<'_>, sel: &Selector, family: u16, prefix: &str) {
    const ICMP: u8 = 1;
    const ICMPV6: u8 = 58;
    const GRE: u8 = 47;
    const MH: u8 = 135;
    let f = match sel.family.get() {
        0 => family,
        f => f,
    };
    let _ = write!(out, "{prefix}src {}/{} ", addr(f, &sel.saddr), sel.prefixlen_s);
    let _ = write!(out, "dst {}/{} ", addr(f, &sel.daddr), sel.prefixlen_d);
    if sel.proto != 0 {
        let _ = write!(out, "proto {} ", proto_name(sel.proto));
    }
    let (sport, dport) = (sel.sport.get(), sel.dport.get());
    let (smask, dmask) = (sel.sport_mask.get() != 0, sel.dport_mask.get() != 0);
    match sel.proto {
        ICMP | ICMPV6 => {
            if smask {
                let _ = write!(out, "type {sport} ");
            }
            if dmask {
                let _ = write!(out, "code {dport} ");
            }
        }
        GRE => {
            if smask || dmask {
                let _ = write!(out, "key {} ", (u32::from(sport) << 16) + u32::from(dport));
            }
        }
        MH => {
            if smask {
                let _ = write!(out, "type {sport} ");
            }
            if dmask && s.stats > 0 {
                // ip prints the raw (network order) field.
                let _ = write!(out, "(dport) 0x{:04x} ", u16::from_ne_bytes(sel.dport.to_bytes()));
            }
        }
        _ => {
            if smask {
                let _ = write!(out, "sport {sport} ");
            }
            if dmask {
                let _ = write!(out, "dport {dport} ");
            }
        }
    }
    let ifindex = sel.ifindex.get();
    if ifindex > 0 {
        let _ = write!(out, "dev {} ", s.names.get(ifindex as u32));
    }
    if s.stats > 0 {
        let _ = write!(out, "uid {}", sel.user.get());
    }
    out.push('\n');
}

/// ip's `strxf_algotype`.
fn algo_type(kind: u16) -> &'static str {
    match kind {
        xfrma::ALG_CRYPT => "enc",
        xfrma::ALG_AUTH => "auth",
        xfrma::ALG_COMP => "comp",
        xfrma::ALG_AEAD => "aead",
        _ => "auth-trunc",
    }
}

/// ip's `xfrm_algo_print` (with `auth-trunc`'s and `aead`'s length after).
fn algo(out: &mut String, s: &Style<'_>, attrs: &XfrmAttrs<'_>, kind: u16, prefix: &str) {
    let _ = write!(out, "{prefix}{} ", algo_type(kind));
    match attrs.algo(kind) {
        Ok(Some(a)) => {
            let _ = write!(out, "{} ", a.name);
            // ip prints nothing of an empty key, not even its size.
            if s.nokeys {
                out.push_str("<<Keys hidden>>");
            } else if !a.key.is_empty() {
                out.push_str("0x");
                for b in a.key {
                    let _ = write!(out, "{b:02x}");
                }
            }
            if s.stats > 0 && !a.key.is_empty() {
                let _ = write!(out, " ({} bits)", a.key_bits);
            }
            if kind == xfrma::ALG_AEAD || kind == xfrma::ALG_AUTH_TRUNC {
                let _ = write!(out, " {}", a.len);
            }
        }
        _ => out.push_str("(ERROR truncated)"),
    }
    out.push('\n');
}

/// ip's `xfrm_output_mark_print`.
fn output_mark(out: &mut String, attrs: &XfrmAttrs<'_>, v: u32) {
    let _ = write!(out, "output-mark 0x{v:x}");
    if let Ok(Some(m)) = attrs.u32(xfrma::SET_MARK_MASK) {
        let _ = write!(out, "/0x{m:x}");
    }
}

/// ip's `xfrm_xfrma_print`: the attributes of a state or policy, each on
/// its line after `prefix`; `family` is the state's or selector's.
pub fn xfrma(out: &mut String, s: &Style<'_>, attrs: &XfrmAttrs<'_>, family: u16, prefix: &str) {
    let present = |kind| attrs.attrs().find(kind).ok().flatten().is_some();
    let set_mark = attrs.u32(xfrma::SET_MARK).ok().flatten();
    if let Ok(Some(m)) = attrs.mark() {
        let _ = write!(out, "\tmark {}/{} ", alt_hex(m.v.get()), alt_hex(m.m.get()));
        if let Some(v) = set_mark {
            output_mark(out, attrs, v);
        }
        out.push('\n');
    } else if let Some(v) = set_mark {
        out.push('\t');
        output_mark(out, attrs, v);
        out.push('\n');
    }
    if present(xfrma::ALG_AUTH) && !present(xfrma::ALG_AUTH_TRUNC) {
        algo(out, s, attrs, xfrma::ALG_AUTH, prefix);
    }
    for kind in [xfrma::ALG_AUTH_TRUNC, xfrma::ALG_AEAD, xfrma::ALG_CRYPT, xfrma::ALG_COMP] {
        if present(kind) {
            algo(out, s, attrs, kind, prefix);
        }
    }
    if present(xfrma::ENCAP) {
        let _ = write!(out, "{prefix}encap ");
        let Ok(Some(e)) = attrs.encap() else {
            out.push_str("(ERROR truncated)\n");
            return;
        };
        let kind = match e.encap_type.get() {
            xfrm::UDP_ENCAP_ESPINUDP_NON_IKE => "espinudp-nonike".to_owned(),
            xfrm::UDP_ENCAP_ESPINUDP => "espinudp".to_owned(),
            xfrm::TCP_ENCAP_ESPINTCP => "espintcp".to_owned(),
            other => other.to_string(),
        };
        let _ = writeln!(
            out,
            "type {kind} sport {} dport {} addr {}",
            e.sport.get(),
            e.dport.get(),
            addr(family, &e.oa)
        );
    }
    if present(xfrma::TMPL) {
        templates(out, s, attrs, prefix);
    }
    if let Ok(Some(coa)) = attrs.attrs().find(xfrma::COADDR) {
        let _ = write!(out, "{prefix}coa ");
        match <[u8; 16]>::try_from(coa.payload().get(..16).unwrap_or_default()) {
            Ok(a) => {
                let _ = writeln!(out, "{}", addr(family, &a));
            }
            Err(_) => {
                out.push_str("(ERROR truncated)\n");
                return;
            }
        }
    }
    if present(xfrma::LASTUSED) {
        let _ = write!(out, "{prefix}lastused ");
        match attrs.lastused() {
            Ok(Some(t)) => {
                let _ = writeln!(out, "{}", time(t));
            }
            _ => {
                out.push_str("(ERROR truncated)\n");
                return;
            }
        }
    }
    if present(xfrma::REPLAY_VAL) {
        let _ = write!(out, "{prefix}anti-replay context: ");
        let Ok(Some(r)) = attrs.get::<xfrm::ReplayState>(xfrma::REPLAY_VAL) else {
            out.push_str("(ERROR truncated)\n");
            return;
        };
        let _ = writeln!(
            out,
            "seq 0x{:x}, oseq 0x{:x}, bitmap 0x{:08x}",
            r.seq.get(),
            r.oseq.get(),
            r.bitmap.get()
        );
    }
    if let Ok(Some(a)) = attrs.attrs().find(xfrma::REPLAY_ESN_VAL) {
        let _ = write!(out, "{prefix}anti-replay esn context:");
        let bmp = a.payload().get(core::mem::size_of::<xfrm::ReplayStateEsn>()..).unwrap_or_default();
        let Ok(Some(r)) = attrs.get::<xfrm::ReplayStateEsn>(xfrma::REPLAY_ESN_VAL) else {
            out.push_str("(ERROR truncated)\n");
            return;
        };
        let _ = writeln!(
            out,
            "\n{prefix} seq-hi 0x{:x}, seq 0x{:x}, oseq-hi 0x{:x}, oseq 0x{:x}",
            r.seq_hi.get(),
            r.seq.get(),
            r.oseq_hi.get(),
            r.oseq.get()
        );
        let _ = write!(
            out,
            "{prefix} replay_window {}, bitmap-length {}",
            r.replay_window.get(),
            r.bmp_len.get()
        );
        let words: Vec<u32> =
            bmp.chunks_exact(4).filter_map(|w| w.try_into().ok().map(u32::from_ne_bytes)).collect();
        // The words the attribute holds, at most: a length past them (ip
        // reads on into other memory) must not make nlw print billions.
        let shown = (r.bmp_len.get() as usize).min(words.len().max(xfrm::REPLAY_ESN_MAX as usize / 32));
        for (j, i) in (1..=shown).rev().enumerate() {
            if j % 8 == 0 {
                let _ = write!(out, "\n{prefix} ");
            }
            let _ = write!(out, "{:08x} ", words.get(i - 1).copied().unwrap_or(0));
        }
        out.push('\n');
    }
    if present(xfrma::OFFLOAD_DEV) {
        let _ = write!(out, "{prefix}crypto offload parameters: ");
        let Ok(Some(o)) = attrs.get::<xfrm::UserOffload>(xfrma::OFFLOAD_DEV) else {
            out.push_str("(ERROR truncated)\n");
            return;
        };
        let dir = if o.flags & xfrm::offload::INBOUND != 0 { "in" } else { "out" };
        let _ = writeln!(out, "dev {} dir {dir}", s.names.get(o.ifindex.get() as u32));
    }
    if let Ok(Some(id)) = attrs.if_id() {
        let _ = writeln!(out, "{prefix}if_id {}", alt_hex(id));
    }
    if let Ok(Some(pad)) = attrs.u32(xfrma::TFCPAD) {
        let _ = writeln!(out, "{prefix}tfcpad {pad}");
    }
}

/// ip's security context line (`XFRMA_SEC_CTX`): the context's text, up
/// to its NUL, after `struct xfrm_user_sec_ctx`.
pub fn sec_ctx(out: &mut String, attrs: &XfrmAttrs<'_>) {
    let Ok(Some(a)) = attrs.attrs().find(xfrma::SEC_CTX) else { return };
    out.push_str("\tsecurity context ");
    let header = core::mem::size_of::<xfrm::UserSecCtx>();
    if a.payload().len() < header {
        out.push_str("(ERROR truncated)");
    }
    let text = a.payload().get(header..).unwrap_or_default();
    let end = text.iter().position(|b| *b == 0).unwrap_or(text.len());
    let _ = writeln!(out, "{} ", String::from_utf8_lossy(text.get(..end).unwrap_or_default()));
}

/// ip's `xfrm_tmpl_print`.
fn templates(out: &mut String, s: &Style<'_>, attrs: &XfrmAttrs<'_>, prefix: &str) {
    let tmpls: Vec<&xfrm::UserTmpl> = attrs.templates().map(Iterator::collect).unwrap_or_default();
    if tmpls.is_empty() {
        let _ = writeln!(out, "{prefix}(ERROR \"tmpl\" truncated)");
        return;
    }
    for t in tmpls {
        out.push_str(prefix);
        id_info(out, s, (&t.saddr, &t.id), t.mode, t.reqid.get(), t.family.get(), false, prefix, "tmpl ");
        if s.stats > 0 || t.optional != 0 {
            let _ = write!(out, "{prefix}\t");
            match t.optional {
                0 => {
                    if s.stats > 0 {
                        out.push_str("level required ");
                    }
                }
                1 => out.push_str("level use "),
                other => {
                    let _ = write!(out, "level {other} ");
                }
            }
            if s.stats > 0 {
                let _ = write!(out, "share {} ", share(t.share));
            }
            out.push('\n');
        }
        if s.stats > 0 {
            let _ = writeln!(
                out,
                "{prefix}\tenc-mask {:08x} auth-mask {:08x} comp-mask {:08x}",
                t.ealgos.get(),
                t.aalgos.get(),
                t.calgos.get()
            );
        }
    }
}

/// ip's `strxf_share`.
pub fn share(v: u8) -> String {
    match v {
        xfrm::share::ANY => "any".to_owned(),
        xfrm::share::SESSION => "session".to_owned(),
        xfrm::share::USER => "user".to_owned(),
        xfrm::share::UNIQUE => "unique".to_owned(),
        other => other.to_string(),
    }
}

/// ip's `(0x%s)` of `strxf_mask8` after the flags (with `-s`).
pub fn flags_bits(out: &mut String, v: u8) {
    let _ = write!(out, " (0x{})", mask8(v));
}
