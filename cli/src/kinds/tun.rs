//! `tun`: `type tap pi off vnet_hdr off persist on user daemon`, as ip 6.1's
//! `tun_print_opt` prints a tun/tap device (created with `ip tuntap`, not
//! `ip link add`).

use std::io::Write;

use nlwire::attr::Attrs;
use nlwire::tables::rt_link::LinkinfoTunAttrs;
use nlwire_rustix::tuntap::{IFF_TAP, IFF_TUN};

use crate::names::{account_name, Accounts};
use crate::sink::Sink;
use crate::Result;

/// `on`/`off` in text, a boolean in JSON.
fn on_off<W: Write>(p: &mut Sink<'_, W>, key: &str, value: Option<u8>) -> Result<()> {
    if let Some(v) = value {
        p.bool(key, format_args!("{key} {} ", if v != 0 { "on" } else { "off" }), v != 0)?;
    }
    Ok(())
}

/// `user NAME` or `group NAME` (the number when unnamed), unless unset.
fn owner<W: Write>(p: &mut Sink<'_, W>, key: &str, file: Accounts, id: Option<u32>) -> Result<()> {
    if let Some(id) = id.filter(|id| *id != u32::MAX) {
        match account_name(file, id) {
            Some(name) => p.word_str(key, key, &name)?,
            None => p.word_num(key, key, id.into())?,
        }
    }
    Ok(())
}

/// `info_data`.
pub fn print<W: Write>(p: &mut Sink<'_, W>, data: Attrs<'_>) -> Result<()> {
    let data = LinkinfoTunAttrs(data);
    if let Some(t) = data.r#type()? {
        let name = match u16::from(t) {
            IFF_TUN => "tun",
            IFF_TAP => "tap",
            _ => "UNKNOWN",
        };
        p.word_str("type", "type", name)?;
    }
    on_off(p, "pi", data.pi()?)?;
    on_off(p, "vnet_hdr", data.vnet_hdr()?)?;
    match data.multi_queue()? {
        Some(0) => p.bool("multi_queue", format_args!(""), false)?,
        Some(_) => {
            p.bool("multi_queue", format_args!("multi_queue "), true)?;
            if let Some(n) = data.num_queues()? {
                p.word_num("numqueues", "numqueues", n.into())?;
            }
            if let Some(n) = data.num_disabled_queues()? {
                p.word_num("numdisabled", "numdisabled", n.into())?;
            }
        }
        None => {}
    }
    on_off(p, "persist", data.persist()?)?;
    owner(p, "user", Accounts::Users, data.owner()?)?;
    owner(p, "group", Accounts::Groups, data.group()?)?;
    Ok(())
}
