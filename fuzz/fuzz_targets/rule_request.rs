//! Typed policy rule requests from arbitrary values: a `rule::Add` or
//! `rule::Del` emitted, read back with the rule view, rebuilt from what was
//! read and emitted again gives the same bytes; a request the builder
//! refuses completes nothing.
#![no_main]

mod request;

use std::net::IpAddr;

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use nlwire::rule::{self, action, Rule, RuleAction, RuleEntry, RuleFlags};
use nlwire::tables::rt_rule::FibRuleAttrs;
use nlwire::{msg_type, Message};

#[derive(Arbitrary, Debug)]
struct Input<'a> {
    delete: bool,
    family: u8,
    priority: Option<u32>,
    /// A pick among the actions and the table or priority they take.
    action: Option<(u8, u32)>,
    src: Option<(IpAddr, u8)>,
    dst: Option<(IpAddr, u8)>,
    tos: u8,
    invert: bool,
    fwmark: Option<u32>,
    fwmask: Option<u32>,
    iifname: Option<&'a str>,
    oifname: Option<&'a str>,
    l3mdev: bool,
    uid_range: Option<(u32, u32)>,
    ip_proto: Option<u8>,
    sport: Option<(u16, u16)>,
    dport: Option<(u16, u16)>,
    suppress_prefixlen: Option<u32>,
    suppress_ifgroup: Option<u32>,
    realms: Option<u32>,
    tun_id: Option<u64>,
    dscp: Option<u8>,
    protocol: Option<u8>,
    cut: u16,
}

fn emit(delete: bool, entry: RuleEntry<'_>, cut: u16) -> Option<Vec<u8>> {
    if delete {
        request::emit(&rule::Del(entry), cut)
    } else {
        request::emit(&rule::Add(entry), cut)
    }
}

/// The action a pick names, with `value` as its table or priority.
fn action_chosen((pick, value): (u8, u32)) -> RuleAction {
    let all = [
        RuleAction::Table(value),
        RuleAction::Goto(value),
        RuleAction::Nop,
        RuleAction::Blackhole,
        RuleAction::Unreachable,
        RuleAction::Prohibit,
    ];
    all[usize::from(pick) % all.len()]
}

/// The action a rule was sent with, from the header's code, its table and
/// `FRA_GOTO` (`ip rule add` sends `lookup main` for no action, an l3mdev
/// rule table 0; `ip rule del table N` leaves the code unspecified).
fn action_of(r: &Rule<'_>) -> Option<RuleAction> {
    let table = r.table().expect("table");
    match r.action() {
        action::TO_TBL if table == 0 && r.l3mdev().expect("l3mdev") => None,
        action::TO_TBL => Some(RuleAction::Table(table)),
        action::UNSPEC if table == 0 => None,
        action::UNSPEC => Some(RuleAction::Table(table)),
        action::GOTO => Some(RuleAction::Goto(r.goto().expect("goto").expect("FRA_GOTO sent"))),
        action::NOP => Some(RuleAction::Nop),
        action::BLACKHOLE => Some(RuleAction::Blackhole),
        action::UNREACHABLE => Some(RuleAction::Unreachable),
        action::PROHIBIT => Some(RuleAction::Prohibit),
        other => panic!("action {other} was never sent"),
    }
}

fuzz_target!(|input: Input<'_>| {
    let entry = RuleEntry {
        family: input.family,
        priority: input.priority,
        action: input.action.map(action_chosen),
        src: input.src,
        dst: input.dst,
        tos: input.tos,
        invert: input.invert,
        fwmark: input.fwmark,
        fwmask: input.fwmask,
        iifname: input.iifname,
        oifname: input.oifname,
        l3mdev: input.l3mdev,
        uid_range: input.uid_range,
        ip_proto: input.ip_proto,
        sport: input.sport,
        dport: input.dport,
        suppress_prefixlen: input.suppress_prefixlen,
        suppress_ifgroup: input.suppress_ifgroup,
        realms: input.realms,
        tun_id: input.tun_id,
        dscp: input.dscp,
        protocol: input.protocol,
    };
    let Some(bytes) = emit(input.delete, entry, input.cut) else { return };

    let msg = Message::parse(&bytes).expect("one whole message");
    let r = Rule::parse(&msg).expect("the rule view reads it");
    // The view's suppress reads hide -1 (unset) as `ip` does; a request may send it.
    let attrs = FibRuleAttrs(r.attrs());
    let range = |range: Option<&rule::FibRulePortRange>| range.map(|p| (p.start.get(), p.end.get()));
    let rebuilt = RuleEntry {
        family: r.family(),
        priority: r.priority().expect("priority"),
        action: action_of(&r),
        src: r.src().expect("src").map(|ip| (ip, r.src_len())),
        dst: r.dst().expect("dst").map(|ip| (ip, r.dst_len())),
        tos: r.tos(),
        invert: r.flags().contains(RuleFlags::INVERT),
        fwmark: r.fwmark().expect("fwmark"),
        fwmask: r.fwmask().expect("fwmask"),
        iifname: r.iifname().expect("iifname"),
        oifname: r.oifname().expect("oifname"),
        l3mdev: r.l3mdev().expect("l3mdev"),
        uid_range: r.uid_range().expect("uid_range").map(|u| (u.start.get(), u.end.get())),
        ip_proto: r.ip_proto().expect("ip_proto"),
        sport: range(r.sport_range().expect("sport")),
        dport: range(r.dport_range().expect("dport")),
        suppress_prefixlen: attrs.suppress_prefixlen().expect("suppress_prefixlen").map(|v| v as u32),
        suppress_ifgroup: attrs.suppress_ifgroup().expect("suppress_ifgroup").map(|v| v as u32),
        realms: r.flow().expect("realms"),
        tun_id: r.tun_id().expect("tun_id"),
        dscp: r.dscp().expect("dscp"),
        protocol: r.protocol().expect("protocol"),
    };
    let delete = msg.kind() == msg_type::RTM_DELRULE;
    assert_eq!(
        emit(delete, rebuilt, input.cut).as_deref(),
        Some(&bytes[..]),
        "emit, read, rebuild, emit differs"
    );
});
