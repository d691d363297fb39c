//! `vlan` (tc/m_vlan.c): a VLAN tag pushed, popped or modified.

use std::io::Write;

use nlwire::attr::Attrs;
use nlwire::tables::tc::{ActVlanAttrs, TcVlan};

use super::tail;
use crate::names::hwaddr;
use crate::sink::Sink;
use crate::tc::units::ProtocolText;
use crate::Result;

/// `vlan`'s options, `None` without `TCA_VLAN_PARMS`.
pub(super) fn print<W: Write>(s: &mut Sink<'_, W>, options: Attrs<'_>) -> Result<Option<()>> {
    let vlan = ActVlanAttrs(options);
    vlan.parms()?.map(|p| print_vlan(s, &vlan, p)).transpose()
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
