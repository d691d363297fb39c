//! `tunnel_key` (tc/m_tunnel_key.c): the tunnel metadata set or released.

use std::io::Write;

use nlwire::attr::Attrs;
use nlwire::tables::tc::{
    tunnel_key_enc_opt_geneve_attrs, ActTunnelKeyAttrs, TcTunnelKey, TunnelKeyEncOptsAttrs,
};

use super::{ipv4, ipv6, tail};
use crate::sink::Sink;
use crate::Result;

/// `tunnel_key`'s options, `None` without `TCA_TUNNEL_KEY_PARMS`.
pub(super) fn print<W: Write>(s: &mut Sink<'_, W>, options: Attrs<'_>) -> Result<Option<()>> {
    let key = ActTunnelKeyAttrs(options);
    key.parms()?.map(|p| print_tunnel_key(s, &key, p)).transpose()
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
