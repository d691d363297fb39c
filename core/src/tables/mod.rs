//! The core's tables, one module per netlink spec, and the registry of
//! rtnetlink message types.
//!
//! Written by `cargo run -p nlwire-gen`: do not edit.

use crate::spec::{GenlFamily, MessageType};

pub mod ethtool;
pub mod mptcp_pm;
pub mod netdev;
pub mod nl80211;
pub mod nlctrl;
pub mod rt_addr;
pub mod rt_link;
pub mod rt_mdb;
pub mod rt_neigh;
pub mod rt_netconf;
pub mod rt_nexthop;
pub mod rt_nsid;
pub mod rt_route;
pub mod rt_rule;
pub mod tc;
pub mod tcp_metrics;
pub mod wireguard;

/// rtnetlink message types (`nlmsg_type`).
pub mod msg_type {
    /// `RTM_NEWLINK`.
    pub const RTM_NEWLINK: u16 = 16;
    /// `RTM_DELLINK`.
    pub const RTM_DELLINK: u16 = 17;
    /// `RTM_GETLINK`.
    pub const RTM_GETLINK: u16 = 18;
    /// `RTM_SETLINK`.
    pub const RTM_SETLINK: u16 = 19;
    /// `RTM_NEWADDR`.
    pub const RTM_NEWADDR: u16 = 20;
    /// `RTM_DELADDR`.
    pub const RTM_DELADDR: u16 = 21;
    /// `RTM_GETADDR`.
    pub const RTM_GETADDR: u16 = 22;
    /// `RTM_NEWROUTE`.
    pub const RTM_NEWROUTE: u16 = 24;
    /// `RTM_DELROUTE`.
    pub const RTM_DELROUTE: u16 = 25;
    /// `RTM_GETROUTE`.
    pub const RTM_GETROUTE: u16 = 26;
    /// `RTM_NEWNEIGH`.
    pub const RTM_NEWNEIGH: u16 = 28;
    /// `RTM_DELNEIGH`.
    pub const RTM_DELNEIGH: u16 = 29;
    /// `RTM_GETNEIGH`.
    pub const RTM_GETNEIGH: u16 = 30;
    /// `RTM_NEWRULE`.
    pub const RTM_NEWRULE: u16 = 32;
    /// `RTM_DELRULE`.
    pub const RTM_DELRULE: u16 = 33;
    /// `RTM_GETRULE`.
    pub const RTM_GETRULE: u16 = 34;
    /// `RTM_NEWQDISC`.
    pub const RTM_NEWQDISC: u16 = 36;
    /// `RTM_DELQDISC`.
    pub const RTM_DELQDISC: u16 = 37;
    /// `RTM_GETQDISC`.
    pub const RTM_GETQDISC: u16 = 38;
    /// `RTM_NEWTCLASS`.
    pub const RTM_NEWTCLASS: u16 = 40;
    /// `RTM_DELTCLASS`.
    pub const RTM_DELTCLASS: u16 = 41;
    /// `RTM_GETTCLASS`.
    pub const RTM_GETTCLASS: u16 = 42;
    /// `RTM_NEWTFILTER`.
    pub const RTM_NEWTFILTER: u16 = 44;
    /// `RTM_DELTFILTER`.
    pub const RTM_DELTFILTER: u16 = 45;
    /// `RTM_GETTFILTER`.
    pub const RTM_GETTFILTER: u16 = 46;
    /// `RTM_GETMULTICAST`.
    pub const RTM_GETMULTICAST: u16 = 58;
    /// `RTM_NEWNEIGHTBL`.
    pub const RTM_NEWNEIGHTBL: u16 = 64;
    /// `RTM_GETNEIGHTBL`.
    pub const RTM_GETNEIGHTBL: u16 = 66;
    /// `RTM_SETNEIGHTBL`.
    pub const RTM_SETNEIGHTBL: u16 = 67;
    /// `RTM_NEWNETCONF`.
    pub const RTM_NEWNETCONF: u16 = 80;
    /// `RTM_DELNETCONF`.
    pub const RTM_DELNETCONF: u16 = 81;
    /// `RTM_GETNETCONF`.
    pub const RTM_GETNETCONF: u16 = 82;
    /// `RTM_NEWMDB`.
    pub const RTM_NEWMDB: u16 = 84;
    /// `RTM_DELMDB`.
    pub const RTM_DELMDB: u16 = 85;
    /// `RTM_GETMDB`.
    pub const RTM_GETMDB: u16 = 86;
    /// `RTM_NEWNSID`.
    pub const RTM_NEWNSID: u16 = 88;
    /// `RTM_DELNSID`.
    pub const RTM_DELNSID: u16 = 89;
    /// `RTM_GETNSID`.
    pub const RTM_GETNSID: u16 = 90;
    /// `RTM_NEWSTATS`.
    pub const RTM_NEWSTATS: u16 = 92;
    /// `RTM_GETSTATS`.
    pub const RTM_GETSTATS: u16 = 94;
    /// `RTM_NEWCHAIN`.
    pub const RTM_NEWCHAIN: u16 = 100;
    /// `RTM_DELCHAIN`.
    pub const RTM_DELCHAIN: u16 = 101;
    /// `RTM_GETCHAIN`.
    pub const RTM_GETCHAIN: u16 = 102;
    /// `RTM_NEWNEXTHOP`.
    pub const RTM_NEWNEXTHOP: u16 = 104;
    /// `RTM_DELNEXTHOP`.
    pub const RTM_DELNEXTHOP: u16 = 105;
    /// `RTM_GETNEXTHOP`.
    pub const RTM_GETNEXTHOP: u16 = 106;
    /// `RTM_NEWVLAN`.
    pub const RTM_NEWVLAN: u16 = 112;
    /// `RTM_DELVLAN`.
    pub const RTM_DELVLAN: u16 = 113;
    /// `RTM_GETVLAN`.
    pub const RTM_GETVLAN: u16 = 114;
    /// `RTM_NEWNEXTHOPBUCKET`.
    pub const RTM_NEWNEXTHOPBUCKET: u16 = 116;
    /// `RTM_DELNEXTHOPBUCKET`.
    pub const RTM_DELNEXTHOPBUCKET: u16 = 117;
    /// `RTM_GETNEXTHOPBUCKET`.
    pub const RTM_GETNEXTHOPBUCKET: u16 = 118;
}

/// Every rtnetlink message type with its spec, sorted by number.
pub static ROUTE: &[MessageType] = &[
    MessageType { kind: 16, name: "RTM_NEWLINK", spec: &rt_link::LINK_ATTRS_MESSAGE },
    MessageType { kind: 17, name: "RTM_DELLINK", spec: &rt_link::LINK_ATTRS_MESSAGE },
    MessageType { kind: 18, name: "RTM_GETLINK", spec: &rt_link::LINK_ATTRS_MESSAGE },
    MessageType { kind: 19, name: "RTM_SETLINK", spec: &rt_link::LINK_ATTRS_MESSAGE },
    MessageType { kind: 20, name: "RTM_NEWADDR", spec: &rt_addr::ADDR_ATTRS_MESSAGE },
    MessageType { kind: 21, name: "RTM_DELADDR", spec: &rt_addr::ADDR_ATTRS_MESSAGE },
    MessageType { kind: 22, name: "RTM_GETADDR", spec: &rt_addr::ADDR_ATTRS_MESSAGE },
    MessageType { kind: 24, name: "RTM_NEWROUTE", spec: &rt_route::ROUTE_ATTRS_MESSAGE },
    MessageType { kind: 25, name: "RTM_DELROUTE", spec: &rt_route::ROUTE_ATTRS_MESSAGE },
    MessageType { kind: 26, name: "RTM_GETROUTE", spec: &rt_route::ROUTE_ATTRS_MESSAGE },
    MessageType { kind: 28, name: "RTM_NEWNEIGH", spec: &rt_neigh::NEIGHBOUR_ATTRS_MESSAGE },
    MessageType { kind: 29, name: "RTM_DELNEIGH", spec: &rt_neigh::NEIGHBOUR_ATTRS_MESSAGE },
    MessageType { kind: 30, name: "RTM_GETNEIGH", spec: &rt_neigh::NEIGHBOUR_ATTRS_MESSAGE },
    MessageType { kind: 32, name: "RTM_NEWRULE", spec: &rt_rule::FIB_RULE_ATTRS_MESSAGE },
    MessageType { kind: 33, name: "RTM_DELRULE", spec: &rt_rule::FIB_RULE_ATTRS_MESSAGE },
    MessageType { kind: 34, name: "RTM_GETRULE", spec: &rt_rule::FIB_RULE_ATTRS_MESSAGE },
    MessageType { kind: 36, name: "RTM_NEWQDISC", spec: &tc::ATTRS_MESSAGE },
    MessageType { kind: 37, name: "RTM_DELQDISC", spec: &tc::ATTRS_MESSAGE },
    MessageType { kind: 38, name: "RTM_GETQDISC", spec: &tc::ATTRS_MESSAGE },
    MessageType { kind: 40, name: "RTM_NEWTCLASS", spec: &tc::ATTRS_MESSAGE },
    MessageType { kind: 41, name: "RTM_DELTCLASS", spec: &tc::ATTRS_MESSAGE },
    MessageType { kind: 42, name: "RTM_GETTCLASS", spec: &tc::ATTRS_MESSAGE },
    MessageType { kind: 44, name: "RTM_NEWTFILTER", spec: &tc::ATTRS_MESSAGE },
    MessageType { kind: 45, name: "RTM_DELTFILTER", spec: &tc::ATTRS_MESSAGE },
    MessageType { kind: 46, name: "RTM_GETTFILTER", spec: &tc::ATTRS_MESSAGE },
    MessageType { kind: 58, name: "RTM_GETMULTICAST", spec: &rt_addr::ADDR_ATTRS_MESSAGE },
    MessageType { kind: 64, name: "RTM_NEWNEIGHTBL", spec: &rt_neigh::NDT_ATTRS_MESSAGE },
    MessageType { kind: 66, name: "RTM_GETNEIGHTBL", spec: &rt_neigh::NDT_ATTRS_MESSAGE },
    MessageType { kind: 67, name: "RTM_SETNEIGHTBL", spec: &rt_neigh::NDT_ATTRS_MESSAGE },
    MessageType { kind: 80, name: "RTM_NEWNETCONF", spec: &rt_netconf::NETCONF_ATTRS_MESSAGE },
    MessageType { kind: 81, name: "RTM_DELNETCONF", spec: &rt_netconf::NETCONF_ATTRS_MESSAGE },
    MessageType { kind: 82, name: "RTM_GETNETCONF", spec: &rt_netconf::NETCONF_ATTRS_MESSAGE },
    MessageType { kind: 84, name: "RTM_NEWMDB", spec: &rt_mdb::MDBA_ATTRS_MESSAGE },
    MessageType { kind: 85, name: "RTM_DELMDB", spec: &rt_mdb::MDBA_ATTRS_MESSAGE },
    MessageType { kind: 86, name: "RTM_GETMDB", spec: &rt_mdb::MDBA_ATTRS_MESSAGE },
    MessageType { kind: 88, name: "RTM_NEWNSID", spec: &rt_nsid::NSID_ATTRS_MESSAGE },
    MessageType { kind: 89, name: "RTM_DELNSID", spec: &rt_nsid::NSID_ATTRS_MESSAGE },
    MessageType { kind: 90, name: "RTM_GETNSID", spec: &rt_nsid::NSID_ATTRS_MESSAGE },
    MessageType { kind: 92, name: "RTM_NEWSTATS", spec: &rt_link::STATS_ATTRS_MESSAGE },
    MessageType { kind: 94, name: "RTM_GETSTATS", spec: &rt_link::STATS_ATTRS_MESSAGE },
    MessageType { kind: 100, name: "RTM_NEWCHAIN", spec: &tc::ATTRS_MESSAGE },
    MessageType { kind: 101, name: "RTM_DELCHAIN", spec: &tc::ATTRS_MESSAGE },
    MessageType { kind: 102, name: "RTM_GETCHAIN", spec: &tc::ATTRS_MESSAGE },
    MessageType { kind: 104, name: "RTM_NEWNEXTHOP", spec: &rt_nexthop::NEXTHOP_ATTRS_MESSAGE },
    MessageType { kind: 105, name: "RTM_DELNEXTHOP", spec: &rt_nexthop::NEXTHOP_ATTRS_MESSAGE },
    MessageType { kind: 106, name: "RTM_GETNEXTHOP", spec: &rt_nexthop::NEXTHOP_ATTRS_MESSAGE },
    MessageType { kind: 112, name: "RTM_NEWVLAN", spec: &rt_link::BRIDGE_VLANDB_ATTRS_MESSAGE },
    MessageType { kind: 113, name: "RTM_DELVLAN", spec: &rt_link::BRIDGE_VLANDB_ATTRS_MESSAGE },
    MessageType { kind: 114, name: "RTM_GETVLAN", spec: &rt_link::BRIDGE_VLANDB_DUMP_ATTRS_MESSAGE },
    MessageType { kind: 116, name: "RTM_NEWNEXTHOPBUCKET", spec: &rt_nexthop::NEXTHOP_ATTRS_MESSAGE },
    MessageType { kind: 117, name: "RTM_DELNEXTHOPBUCKET", spec: &rt_nexthop::NEXTHOP_ATTRS_MESSAGE },
    MessageType { kind: 118, name: "RTM_GETNEXTHOPBUCKET", spec: &rt_nexthop::NEXTHOP_ATTRS_MESSAGE },
];

/// Position in [`ROUTE`] plus 1 of each message type, 0 for none: a lookup without a search.
pub static ROUTE_BY_KIND: [u16; 119] = [
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 0, 8, 9, 10, 0, 11, 12, 13, 0, 14,
    15, 16, 0, 17, 18, 19, 0, 20, 21, 22, 0, 23, 24, 25, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 26, 0, 0, 0, 0, 0,
    27, 0, 28, 29, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 30, 31, 32, 0, 33, 34, 35, 0, 36, 37, 38, 0, 39, 0,
    40, 0, 0, 0, 0, 0, 41, 42, 43, 0, 44, 45, 46, 0, 0, 0, 0, 0, 47, 48, 49, 0, 50, 51, 52,
];

/// The generic netlink families the core has tables for.
pub static GENERIC: &[&GenlFamily] = &[
    &nlctrl::FAMILY,
    &ethtool::FAMILY,
    &netdev::FAMILY,
    &mptcp_pm::FAMILY,
    &wireguard::FAMILY,
    &nl80211::FAMILY,
    &tcp_metrics::FAMILY,
];
