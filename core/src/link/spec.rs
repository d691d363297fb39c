//! Spec tables of the link family: `ifinfomsg`, `IFLA_*` and the nested
//! spaces, with kernel names and pyroute2's short names (the kernel name
//! without `IFLA_`, lower case: `ifname`, `vxlan_id`, `br_stp_state`).

use super::kinds::*;
use super::{ifla, info, ARPHRD_NAMES, IFF_NAMES, LINKMODE_NAMES, OPERSTATE_NAMES};
use crate::spec::{AttrSpec, AttrType, Field, Key, MessageSpec, SelectBy, Selector, Space, StructSpec};

/// `AF_INET`, `AF_INET6`, `AF_BRIDGE`.
const AF_INET: u8 = 2;
const AF_INET6: u8 = 10;
const AF_BRIDGE: u8 = 7;

/// Spec of `struct ifinfomsg`.
pub static IFINFOMSG: StructSpec = StructSpec {
    name: "ifinfomsg",
    size: 16,
    fields: &[
        Field { name: "family", offset: 0, len: 1, ty: AttrType::U8 },
        Field { name: "ifi_type", offset: 2, len: 2, ty: AttrType::Enum(ARPHRD_NAMES) },
        Field { name: "index", offset: 4, len: 4, ty: AttrType::S32 },
        Field { name: "flags", offset: 8, len: 4, ty: AttrType::Bits(IFF_NAMES) },
        Field { name: "change", offset: 12, len: 4, ty: AttrType::U32 },
    ],
};

/// Spec of `struct rtnl_link_stats64`.
pub static RTNL_LINK_STATS64: StructSpec = StructSpec {
    name: "rtnl_link_stats64",
    size: 192,
    fields: &[
        Field { name: "rx_packets", offset: 0, len: 8, ty: AttrType::U64 },
        Field { name: "tx_packets", offset: 8, len: 8, ty: AttrType::U64 },
        Field { name: "rx_bytes", offset: 16, len: 8, ty: AttrType::U64 },
        Field { name: "tx_bytes", offset: 24, len: 8, ty: AttrType::U64 },
        Field { name: "rx_errors", offset: 32, len: 8, ty: AttrType::U64 },
        Field { name: "tx_errors", offset: 40, len: 8, ty: AttrType::U64 },
        Field { name: "rx_dropped", offset: 48, len: 8, ty: AttrType::U64 },
        Field { name: "tx_dropped", offset: 56, len: 8, ty: AttrType::U64 },
        Field { name: "multicast", offset: 64, len: 8, ty: AttrType::U64 },
        Field { name: "collisions", offset: 72, len: 8, ty: AttrType::U64 },
        Field { name: "rx_length_errors", offset: 80, len: 8, ty: AttrType::U64 },
        Field { name: "rx_over_errors", offset: 88, len: 8, ty: AttrType::U64 },
        Field { name: "rx_crc_errors", offset: 96, len: 8, ty: AttrType::U64 },
        Field { name: "rx_frame_errors", offset: 104, len: 8, ty: AttrType::U64 },
        Field { name: "rx_fifo_errors", offset: 112, len: 8, ty: AttrType::U64 },
        Field { name: "rx_missed_errors", offset: 120, len: 8, ty: AttrType::U64 },
        Field { name: "tx_aborted_errors", offset: 128, len: 8, ty: AttrType::U64 },
        Field { name: "tx_carrier_errors", offset: 136, len: 8, ty: AttrType::U64 },
        Field { name: "tx_fifo_errors", offset: 144, len: 8, ty: AttrType::U64 },
        Field { name: "tx_heartbeat_errors", offset: 152, len: 8, ty: AttrType::U64 },
        Field { name: "tx_window_errors", offset: 160, len: 8, ty: AttrType::U64 },
        Field { name: "rx_compressed", offset: 168, len: 8, ty: AttrType::U64 },
        Field { name: "tx_compressed", offset: 176, len: 8, ty: AttrType::U64 },
        Field { name: "rx_nohandler", offset: 184, len: 8, ty: AttrType::U64 },
        Field { name: "rx_otherhost_dropped", offset: 192, len: 8, ty: AttrType::U64 },
    ],
};

/// Spec of `struct rtnl_link_stats`.
pub static RTNL_LINK_STATS: StructSpec = StructSpec {
    name: "rtnl_link_stats",
    size: 96,
    fields: &[
        Field { name: "rx_packets", offset: 0, len: 4, ty: AttrType::U32 },
        Field { name: "tx_packets", offset: 4, len: 4, ty: AttrType::U32 },
        Field { name: "rx_bytes", offset: 8, len: 4, ty: AttrType::U32 },
        Field { name: "tx_bytes", offset: 12, len: 4, ty: AttrType::U32 },
        Field { name: "rx_errors", offset: 16, len: 4, ty: AttrType::U32 },
        Field { name: "tx_errors", offset: 20, len: 4, ty: AttrType::U32 },
        Field { name: "rx_dropped", offset: 24, len: 4, ty: AttrType::U32 },
        Field { name: "tx_dropped", offset: 28, len: 4, ty: AttrType::U32 },
        Field { name: "multicast", offset: 32, len: 4, ty: AttrType::U32 },
        Field { name: "collisions", offset: 36, len: 4, ty: AttrType::U32 },
        Field { name: "rx_length_errors", offset: 40, len: 4, ty: AttrType::U32 },
        Field { name: "rx_over_errors", offset: 44, len: 4, ty: AttrType::U32 },
        Field { name: "rx_crc_errors", offset: 48, len: 4, ty: AttrType::U32 },
        Field { name: "rx_frame_errors", offset: 52, len: 4, ty: AttrType::U32 },
        Field { name: "rx_fifo_errors", offset: 56, len: 4, ty: AttrType::U32 },
        Field { name: "rx_missed_errors", offset: 60, len: 4, ty: AttrType::U32 },
        Field { name: "tx_aborted_errors", offset: 64, len: 4, ty: AttrType::U32 },
        Field { name: "tx_carrier_errors", offset: 68, len: 4, ty: AttrType::U32 },
        Field { name: "tx_fifo_errors", offset: 72, len: 4, ty: AttrType::U32 },
        Field { name: "tx_heartbeat_errors", offset: 76, len: 4, ty: AttrType::U32 },
        Field { name: "tx_window_errors", offset: 80, len: 4, ty: AttrType::U32 },
        Field { name: "rx_compressed", offset: 84, len: 4, ty: AttrType::U32 },
        Field { name: "tx_compressed", offset: 88, len: 4, ty: AttrType::U32 },
        Field { name: "rx_nohandler", offset: 92, len: 4, ty: AttrType::U32 },
        Field { name: "rx_otherhost_dropped", offset: 96, len: 4, ty: AttrType::U32 },
    ],
};

/// `struct ifla_bridge_id`: priority and address.
static BRIDGE_ID: StructSpec = StructSpec {
    name: "ifla_bridge_id",
    size: 8,
    fields: &[
        Field { name: "prio", offset: 0, len: 2, ty: AttrType::Bytes },
        Field { name: "addr", offset: 2, len: 6, ty: AttrType::Hwaddr },
    ],
};

/// `struct ifla_vxlan_port_range` (network order).
static VXLAN_PORT_RANGE: StructSpec = StructSpec {
    name: "ifla_vxlan_port_range",
    size: 4,
    fields: &[
        Field { name: "low", offset: 0, len: 2, ty: AttrType::Be16 },
        Field { name: "high", offset: 2, len: 2, ty: AttrType::Be16 },
    ],
};

/// `struct ifla_vlan_flags`.
static VLAN_FLAGS: StructSpec = StructSpec {
    name: "ifla_vlan_flags",
    size: 8,
    fields: &[
        Field { name: "flags", offset: 0, len: 4, ty: AttrType::U32 },
        Field { name: "mask", offset: 4, len: 4, ty: AttrType::U32 },
    ],
};

/// `struct ifla_cacheinfo` (IPv6).
static IFLA_CACHEINFO: StructSpec = StructSpec {
    name: "ifla_cacheinfo",
    size: 16,
    fields: &[
        Field { name: "max_reasm_len", offset: 0, len: 4, ty: AttrType::U32 },
        Field { name: "tstamp", offset: 4, len: 4, ty: AttrType::U32 },
        Field { name: "reachable_time", offset: 8, len: 4, ty: AttrType::U32 },
        Field { name: "retrans_time", offset: 12, len: 4, ty: AttrType::U32 },
    ],
};

/// `struct bridge_vlan_info`.
static BRIDGE_VLAN_INFO: StructSpec = StructSpec {
    name: "bridge_vlan_info",
    size: 4,
    fields: &[
        Field { name: "flags", offset: 0, len: 2, ty: AttrType::U16 },
        Field { name: "vid", offset: 2, len: 2, ty: AttrType::U16 },
    ],
};

/// `BR_STATE_*` with the names `bridge link` prints.
static BRPORT_STATE_NAMES: &[(u32, &str)] =
    &[(0, "disabled"), (1, "listening"), (2, "learning"), (3, "forwarding"), (4, "blocking")];
/// `MACVLAN_MODE_*`.
static MACVLAN_MODE_NAMES: &[(u32, &str)] =
    &[(1, "private"), (2, "vepa"), (4, "bridge"), (8, "passthru"), (16, "source")];
/// `BOND_MODE_*`.
static BOND_MODE_NAMES: &[(u32, &str)] = &[
    (0, "balance-rr"),
    (1, "active-backup"),
    (2, "balance-xor"),
    (3, "broadcast"),
    (4, "802.3ad"),
    (5, "balance-tlb"),
    (6, "balance-alb"),
];
/// `IPVLAN_MODE_*`.
static IPVLAN_MODE_NAMES: &[(u32, &str)] = &[(0, "l2"), (1, "l3"), (2, "l3s")];

/// `IFLA_INFO_DATA`, chosen by `IFLA_INFO_KIND`.
static INFO_DATA: Selector = Selector {
    by: SelectBy::Sibling(info::KIND),
    choices: &[
        (Key::Str("bridge"), AttrType::Nested(&BRIDGE)),
        (Key::Str("macvlan"), AttrType::Nested(&MACVLAN)),
        (Key::Str("macvtap"), AttrType::Nested(&MACVLAN)),
        (Key::Str("vxlan"), AttrType::Nested(&VXLAN)),
        (Key::Str("vlan"), AttrType::Nested(&VLAN)),
        (Key::Str("bond"), AttrType::Nested(&BOND)),
        (Key::Str("ipvlan"), AttrType::Nested(&IPVLAN)),
        (Key::Str("ipvtap"), AttrType::Nested(&IPVLAN)),
        (Key::Str("vrf"), AttrType::Nested(&VRF)),
    ],
    // veth's data is a whole ifinfomsg and attributes: see `Link::veth_peer`.
    fallback: AttrType::Bytes,
};

/// `IFLA_INFO_SLAVE_DATA`, chosen by `IFLA_INFO_SLAVE_KIND`.
static INFO_SLAVE_DATA: Selector = Selector {
    by: SelectBy::Sibling(info::SLAVE_KIND),
    choices: &[(Key::Str("bridge"), AttrType::Nested(&BRPORT))],
    fallback: AttrType::Bytes,
};

/// `IFLA_INFO_*`.
pub static LINKINFO: Space = Space {
    name: "linkinfo",
    attrs: &[
        AttrSpec { id: info::KIND, name: "IFLA_INFO_KIND", short: "kind", ty: AttrType::Str },
        AttrSpec { id: info::DATA, name: "IFLA_INFO_DATA", short: "data", ty: AttrType::Select(&INFO_DATA) },
        AttrSpec { id: info::XSTATS, name: "IFLA_INFO_XSTATS", short: "xstats", ty: AttrType::Bytes },
        AttrSpec {
            id: info::SLAVE_KIND,
            name: "IFLA_INFO_SLAVE_KIND",
            short: "slave_kind",
            ty: AttrType::Str,
        },
        AttrSpec {
            id: info::SLAVE_DATA,
            name: "IFLA_INFO_SLAVE_DATA",
            short: "slave_data",
            ty: AttrType::Select(&INFO_SLAVE_DATA),
        },
    ],
};

/// `IFLA_AF_SPEC` of an `AF_UNSPEC` dump: one nest per address family.
static AF_SPEC_FAMILIES: Space = Space {
    name: "af_spec",
    attrs: &[
        AttrSpec { id: AF_INET as u16, name: "AF_INET", short: "inet", ty: AttrType::Nested(&INET) },
        AttrSpec { id: AF_INET6 as u16, name: "AF_INET6", short: "inet6", ty: AttrType::Nested(&INET6) },
    ],
};

/// `IFLA_AF_SPEC`: bridge attributes in `AF_BRIDGE` dumps, else per family.
static AF_SPEC: Selector = Selector {
    by: SelectBy::Family,
    choices: &[(Key::Num(AF_BRIDGE), AttrType::Nested(&BRIDGE_AF))],
    fallback: AttrType::Nested(&AF_SPEC_FAMILIES),
};

/// `IFLA_PROTINFO`: bridge port attributes (`AF_BRIDGE`) or IPv6 (`AF_INET6`).
static PROTINFO: Selector = Selector {
    by: SelectBy::Family,
    choices: &[
        (Key::Num(AF_BRIDGE), AttrType::Nested(&BRPORT)),
        (Key::Num(AF_INET6), AttrType::Nested(&INET6)),
    ],
    fallback: AttrType::Bytes,
};

/// `IFLA_PROP_LIST`: alternative names.
static PROP_LIST: Space = Space {
    name: "prop_list",
    attrs: &[AttrSpec {
        id: ifla::ALT_IFNAME,
        name: "IFLA_ALT_IFNAME",
        short: "alt_ifname",
        ty: AttrType::Str,
    }],
};

/// `IFLA_*`: the top-level link attributes.
pub static IFLA: Space = Space {
    name: "link",
    attrs: &[
        AttrSpec { id: ifla::ADDRESS, name: "IFLA_ADDRESS", short: "address", ty: AttrType::Hwaddr },
        AttrSpec { id: ifla::BROADCAST, name: "IFLA_BROADCAST", short: "broadcast", ty: AttrType::Hwaddr },
        AttrSpec { id: ifla::IFNAME, name: "IFLA_IFNAME", short: "ifname", ty: AttrType::Str },
        AttrSpec { id: ifla::MTU, name: "IFLA_MTU", short: "mtu", ty: AttrType::U32 },
        AttrSpec { id: ifla::LINK, name: "IFLA_LINK", short: "link", ty: AttrType::S32 },
        AttrSpec { id: ifla::QDISC, name: "IFLA_QDISC", short: "qdisc", ty: AttrType::Str },
        AttrSpec {
            id: ifla::STATS,
            name: "IFLA_STATS",
            short: "stats",
            ty: AttrType::Struct(&RTNL_LINK_STATS),
        },
        AttrSpec { id: ifla::COST, name: "IFLA_COST", short: "cost", ty: AttrType::U32 },
        AttrSpec { id: ifla::PRIORITY, name: "IFLA_PRIORITY", short: "priority", ty: AttrType::U32 },
        AttrSpec { id: ifla::MASTER, name: "IFLA_MASTER", short: "master", ty: AttrType::U32 },
        AttrSpec { id: ifla::WIRELESS, name: "IFLA_WIRELESS", short: "wireless", ty: AttrType::Bytes },
        AttrSpec {
            id: ifla::PROTINFO,
            name: "IFLA_PROTINFO",
            short: "protinfo",
            ty: AttrType::Select(&PROTINFO),
        },
        AttrSpec { id: ifla::TXQLEN, name: "IFLA_TXQLEN", short: "txqlen", ty: AttrType::U32 },
        AttrSpec { id: ifla::MAP, name: "IFLA_MAP", short: "map", ty: AttrType::Bytes },
        AttrSpec { id: ifla::WEIGHT, name: "IFLA_WEIGHT", short: "weight", ty: AttrType::U32 },
        AttrSpec {
            id: ifla::OPERSTATE,
            name: "IFLA_OPERSTATE",
            short: "operstate",
            ty: AttrType::Enum(OPERSTATE_NAMES),
        },
        AttrSpec {
            id: ifla::LINKMODE,
            name: "IFLA_LINKMODE",
            short: "linkmode",
            ty: AttrType::Enum(LINKMODE_NAMES),
        },
        AttrSpec {
            id: ifla::LINKINFO,
            name: "IFLA_LINKINFO",
            short: "linkinfo",
            ty: AttrType::Nested(&LINKINFO),
        },
        AttrSpec { id: ifla::NET_NS_PID, name: "IFLA_NET_NS_PID", short: "net_ns_pid", ty: AttrType::U32 },
        AttrSpec { id: ifla::IFALIAS, name: "IFLA_IFALIAS", short: "ifalias", ty: AttrType::Str },
        AttrSpec { id: ifla::NUM_VF, name: "IFLA_NUM_VF", short: "num_vf", ty: AttrType::U32 },
        AttrSpec {
            id: ifla::VFINFO_LIST,
            name: "IFLA_VFINFO_LIST",
            short: "vfinfo_list",
            ty: AttrType::Bytes,
        },
        AttrSpec {
            id: ifla::STATS64,
            name: "IFLA_STATS64",
            short: "stats64",
            ty: AttrType::Struct(&RTNL_LINK_STATS64),
        },
        AttrSpec { id: ifla::VF_PORTS, name: "IFLA_VF_PORTS", short: "vf_ports", ty: AttrType::Bytes },
        AttrSpec { id: ifla::PORT_SELF, name: "IFLA_PORT_SELF", short: "port_self", ty: AttrType::Bytes },
        AttrSpec {
            id: ifla::AF_SPEC,
            name: "IFLA_AF_SPEC",
            short: "af_spec",
            ty: AttrType::Select(&AF_SPEC),
        },
        AttrSpec { id: ifla::GROUP, name: "IFLA_GROUP", short: "group", ty: AttrType::U32 },
        AttrSpec { id: ifla::NET_NS_FD, name: "IFLA_NET_NS_FD", short: "net_ns_fd", ty: AttrType::U32 },
        AttrSpec { id: ifla::EXT_MASK, name: "IFLA_EXT_MASK", short: "ext_mask", ty: AttrType::U32 },
        AttrSpec { id: ifla::PROMISCUITY, name: "IFLA_PROMISCUITY", short: "promiscuity", ty: AttrType::U32 },
        AttrSpec {
            id: ifla::NUM_TX_QUEUES,
            name: "IFLA_NUM_TX_QUEUES",
            short: "num_tx_queues",
            ty: AttrType::U32,
        },
        AttrSpec {
            id: ifla::NUM_RX_QUEUES,
            name: "IFLA_NUM_RX_QUEUES",
            short: "num_rx_queues",
            ty: AttrType::U32,
        },
        AttrSpec { id: ifla::CARRIER, name: "IFLA_CARRIER", short: "carrier", ty: AttrType::U8 },
        AttrSpec {
            id: ifla::PHYS_PORT_ID,
            name: "IFLA_PHYS_PORT_ID",
            short: "phys_port_id",
            ty: AttrType::Bytes,
        },
        AttrSpec {
            id: ifla::CARRIER_CHANGES,
            name: "IFLA_CARRIER_CHANGES",
            short: "carrier_changes",
            ty: AttrType::U32,
        },
        AttrSpec {
            id: ifla::PHYS_SWITCH_ID,
            name: "IFLA_PHYS_SWITCH_ID",
            short: "phys_switch_id",
            ty: AttrType::Bytes,
        },
        AttrSpec {
            id: ifla::LINK_NETNSID,
            name: "IFLA_LINK_NETNSID",
            short: "link_netnsid",
            ty: AttrType::S32,
        },
        AttrSpec {
            id: ifla::PHYS_PORT_NAME,
            name: "IFLA_PHYS_PORT_NAME",
            short: "phys_port_name",
            ty: AttrType::Str,
        },
        AttrSpec { id: ifla::PROTO_DOWN, name: "IFLA_PROTO_DOWN", short: "proto_down", ty: AttrType::U8 },
        AttrSpec {
            id: ifla::GSO_MAX_SEGS,
            name: "IFLA_GSO_MAX_SEGS",
            short: "gso_max_segs",
            ty: AttrType::U32,
        },
        AttrSpec {
            id: ifla::GSO_MAX_SIZE,
            name: "IFLA_GSO_MAX_SIZE",
            short: "gso_max_size",
            ty: AttrType::U32,
        },
        AttrSpec { id: ifla::PAD, name: "IFLA_PAD", short: "pad", ty: AttrType::Bytes },
        AttrSpec { id: ifla::XDP, name: "IFLA_XDP", short: "xdp", ty: AttrType::Nested(&XDP) },
        AttrSpec { id: ifla::EVENT, name: "IFLA_EVENT", short: "event", ty: AttrType::U32 },
        AttrSpec { id: ifla::NEW_NETNSID, name: "IFLA_NEW_NETNSID", short: "new_netnsid", ty: AttrType::S32 },
        AttrSpec {
            id: ifla::TARGET_NETNSID,
            name: "IFLA_TARGET_NETNSID",
            short: "target_netnsid",
            ty: AttrType::S32,
        },
        AttrSpec {
            id: ifla::CARRIER_UP_COUNT,
            name: "IFLA_CARRIER_UP_COUNT",
            short: "carrier_up_count",
            ty: AttrType::U32,
        },
        AttrSpec {
            id: ifla::CARRIER_DOWN_COUNT,
            name: "IFLA_CARRIER_DOWN_COUNT",
            short: "carrier_down_count",
            ty: AttrType::U32,
        },
        AttrSpec { id: ifla::NEW_IFINDEX, name: "IFLA_NEW_IFINDEX", short: "new_ifindex", ty: AttrType::S32 },
        AttrSpec { id: ifla::MIN_MTU, name: "IFLA_MIN_MTU", short: "min_mtu", ty: AttrType::U32 },
        AttrSpec { id: ifla::MAX_MTU, name: "IFLA_MAX_MTU", short: "max_mtu", ty: AttrType::U32 },
        AttrSpec {
            id: ifla::PROP_LIST,
            name: "IFLA_PROP_LIST",
            short: "prop_list",
            ty: AttrType::Nested(&PROP_LIST),
        },
        AttrSpec { id: ifla::ALT_IFNAME, name: "IFLA_ALT_IFNAME", short: "alt_ifname", ty: AttrType::Str },
        AttrSpec {
            id: ifla::PERM_ADDRESS,
            name: "IFLA_PERM_ADDRESS",
            short: "perm_address",
            ty: AttrType::Hwaddr,
        },
        AttrSpec {
            id: ifla::PROTO_DOWN_REASON,
            name: "IFLA_PROTO_DOWN_REASON",
            short: "proto_down_reason",
            ty: AttrType::Bytes,
        },
        AttrSpec {
            id: ifla::PARENT_DEV_NAME,
            name: "IFLA_PARENT_DEV_NAME",
            short: "parent_dev_name",
            ty: AttrType::Str,
        },
        AttrSpec {
            id: ifla::PARENT_DEV_BUS_NAME,
            name: "IFLA_PARENT_DEV_BUS_NAME",
            short: "parent_dev_bus_name",
            ty: AttrType::Str,
        },
        AttrSpec {
            id: ifla::GRO_MAX_SIZE,
            name: "IFLA_GRO_MAX_SIZE",
            short: "gro_max_size",
            ty: AttrType::U32,
        },
        AttrSpec {
            id: ifla::TSO_MAX_SIZE,
            name: "IFLA_TSO_MAX_SIZE",
            short: "tso_max_size",
            ty: AttrType::U32,
        },
        AttrSpec {
            id: ifla::TSO_MAX_SEGS,
            name: "IFLA_TSO_MAX_SEGS",
            short: "tso_max_segs",
            ty: AttrType::U32,
        },
        AttrSpec { id: ifla::ALLMULTI, name: "IFLA_ALLMULTI", short: "allmulti", ty: AttrType::U32 },
        AttrSpec {
            id: ifla::DEVLINK_PORT,
            name: "IFLA_DEVLINK_PORT",
            short: "devlink_port",
            ty: AttrType::Bytes,
        },
        AttrSpec {
            id: ifla::GSO_IPV4_MAX_SIZE,
            name: "IFLA_GSO_IPV4_MAX_SIZE",
            short: "gso_ipv4_max_size",
            ty: AttrType::U32,
        },
        AttrSpec {
            id: ifla::GRO_IPV4_MAX_SIZE,
            name: "IFLA_GRO_IPV4_MAX_SIZE",
            short: "gro_ipv4_max_size",
            ty: AttrType::U32,
        },
    ],
};

/// Spec of link messages.
pub static MESSAGE: MessageSpec = MessageSpec { family: "link", header: &IFINFOMSG, space: &IFLA };

/// `IFLA_BR_*`: bridge options (kind `bridge`).
pub static BRIDGE: Space = Space {
    name: "bridge",
    attrs: &[
        AttrSpec {
            id: bridge::FORWARD_DELAY,
            name: "IFLA_BR_FORWARD_DELAY",
            short: "br_forward_delay",
            ty: AttrType::U32,
        },
        AttrSpec {
            id: bridge::HELLO_TIME,
            name: "IFLA_BR_HELLO_TIME",
            short: "br_hello_time",
            ty: AttrType::U32,
        },
        AttrSpec { id: bridge::MAX_AGE, name: "IFLA_BR_MAX_AGE", short: "br_max_age", ty: AttrType::U32 },
        AttrSpec {
            id: bridge::AGEING_TIME,
            name: "IFLA_BR_AGEING_TIME",
            short: "br_ageing_time",
            ty: AttrType::U32,
        },
        AttrSpec {
            id: bridge::STP_STATE,
            name: "IFLA_BR_STP_STATE",
            short: "br_stp_state",
            ty: AttrType::U32,
        },
        AttrSpec { id: bridge::PRIORITY, name: "IFLA_BR_PRIORITY", short: "br_priority", ty: AttrType::U16 },
        AttrSpec {
            id: bridge::VLAN_FILTERING,
            name: "IFLA_BR_VLAN_FILTERING",
            short: "br_vlan_filtering",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: bridge::VLAN_PROTOCOL,
            name: "IFLA_BR_VLAN_PROTOCOL",
            short: "br_vlan_protocol",
            ty: AttrType::Be16,
        },
        AttrSpec {
            id: bridge::GROUP_FWD_MASK,
            name: "IFLA_BR_GROUP_FWD_MASK",
            short: "br_group_fwd_mask",
            ty: AttrType::U16,
        },
        AttrSpec {
            id: bridge::ROOT_ID,
            name: "IFLA_BR_ROOT_ID",
            short: "br_root_id",
            ty: AttrType::Struct(&BRIDGE_ID),
        },
        AttrSpec {
            id: bridge::BRIDGE_ID,
            name: "IFLA_BR_BRIDGE_ID",
            short: "br_bridge_id",
            ty: AttrType::Struct(&BRIDGE_ID),
        },
        AttrSpec {
            id: bridge::ROOT_PORT,
            name: "IFLA_BR_ROOT_PORT",
            short: "br_root_port",
            ty: AttrType::U16,
        },
        AttrSpec {
            id: bridge::ROOT_PATH_COST,
            name: "IFLA_BR_ROOT_PATH_COST",
            short: "br_root_path_cost",
            ty: AttrType::U32,
        },
        AttrSpec {
            id: bridge::TOPOLOGY_CHANGE,
            name: "IFLA_BR_TOPOLOGY_CHANGE",
            short: "br_topology_change",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: bridge::TOPOLOGY_CHANGE_DETECTED,
            name: "IFLA_BR_TOPOLOGY_CHANGE_DETECTED",
            short: "br_topology_change_detected",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: bridge::HELLO_TIMER,
            name: "IFLA_BR_HELLO_TIMER",
            short: "br_hello_timer",
            ty: AttrType::U64,
        },
        AttrSpec {
            id: bridge::TCN_TIMER,
            name: "IFLA_BR_TCN_TIMER",
            short: "br_tcn_timer",
            ty: AttrType::U64,
        },
        AttrSpec {
            id: bridge::TOPOLOGY_CHANGE_TIMER,
            name: "IFLA_BR_TOPOLOGY_CHANGE_TIMER",
            short: "br_topology_change_timer",
            ty: AttrType::U64,
        },
        AttrSpec { id: bridge::GC_TIMER, name: "IFLA_BR_GC_TIMER", short: "br_gc_timer", ty: AttrType::U64 },
        AttrSpec {
            id: bridge::GROUP_ADDR,
            name: "IFLA_BR_GROUP_ADDR",
            short: "br_group_addr",
            ty: AttrType::Hwaddr,
        },
        AttrSpec {
            id: bridge::FDB_FLUSH,
            name: "IFLA_BR_FDB_FLUSH",
            short: "br_fdb_flush",
            ty: AttrType::Flag,
        },
        AttrSpec {
            id: bridge::MCAST_ROUTER,
            name: "IFLA_BR_MCAST_ROUTER",
            short: "br_mcast_router",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: bridge::MCAST_SNOOPING,
            name: "IFLA_BR_MCAST_SNOOPING",
            short: "br_mcast_snooping",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: bridge::MCAST_QUERY_USE_IFADDR,
            name: "IFLA_BR_MCAST_QUERY_USE_IFADDR",
            short: "br_mcast_query_use_ifaddr",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: bridge::MCAST_QUERIER,
            name: "IFLA_BR_MCAST_QUERIER",
            short: "br_mcast_querier",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: bridge::MCAST_HASH_ELASTICITY,
            name: "IFLA_BR_MCAST_HASH_ELASTICITY",
            short: "br_mcast_hash_elasticity",
            ty: AttrType::U32,
        },
        AttrSpec {
            id: bridge::MCAST_HASH_MAX,
            name: "IFLA_BR_MCAST_HASH_MAX",
            short: "br_mcast_hash_max",
            ty: AttrType::U32,
        },
        AttrSpec {
            id: bridge::MCAST_LAST_MEMBER_CNT,
            name: "IFLA_BR_MCAST_LAST_MEMBER_CNT",
            short: "br_mcast_last_member_cnt",
            ty: AttrType::U32,
        },
        AttrSpec {
            id: bridge::MCAST_STARTUP_QUERY_CNT,
            name: "IFLA_BR_MCAST_STARTUP_QUERY_CNT",
            short: "br_mcast_startup_query_cnt",
            ty: AttrType::U32,
        },
        AttrSpec {
            id: bridge::MCAST_LAST_MEMBER_INTVL,
            name: "IFLA_BR_MCAST_LAST_MEMBER_INTVL",
            short: "br_mcast_last_member_intvl",
            ty: AttrType::U64,
        },
        AttrSpec {
            id: bridge::MCAST_MEMBERSHIP_INTVL,
            name: "IFLA_BR_MCAST_MEMBERSHIP_INTVL",
            short: "br_mcast_membership_intvl",
            ty: AttrType::U64,
        },
        AttrSpec {
            id: bridge::MCAST_QUERIER_INTVL,
            name: "IFLA_BR_MCAST_QUERIER_INTVL",
            short: "br_mcast_querier_intvl",
            ty: AttrType::U64,
        },
        AttrSpec {
            id: bridge::MCAST_QUERY_INTVL,
            name: "IFLA_BR_MCAST_QUERY_INTVL",
            short: "br_mcast_query_intvl",
            ty: AttrType::U64,
        },
        AttrSpec {
            id: bridge::MCAST_QUERY_RESPONSE_INTVL,
            name: "IFLA_BR_MCAST_QUERY_RESPONSE_INTVL",
            short: "br_mcast_query_response_intvl",
            ty: AttrType::U64,
        },
        AttrSpec {
            id: bridge::MCAST_STARTUP_QUERY_INTVL,
            name: "IFLA_BR_MCAST_STARTUP_QUERY_INTVL",
            short: "br_mcast_startup_query_intvl",
            ty: AttrType::U64,
        },
        AttrSpec {
            id: bridge::NF_CALL_IPTABLES,
            name: "IFLA_BR_NF_CALL_IPTABLES",
            short: "br_nf_call_iptables",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: bridge::NF_CALL_IP6TABLES,
            name: "IFLA_BR_NF_CALL_IP6TABLES",
            short: "br_nf_call_ip6tables",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: bridge::NF_CALL_ARPTABLES,
            name: "IFLA_BR_NF_CALL_ARPTABLES",
            short: "br_nf_call_arptables",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: bridge::VLAN_DEFAULT_PVID,
            name: "IFLA_BR_VLAN_DEFAULT_PVID",
            short: "br_vlan_default_pvid",
            ty: AttrType::U16,
        },
        AttrSpec { id: bridge::PAD, name: "IFLA_BR_PAD", short: "br_pad", ty: AttrType::Bytes },
        AttrSpec {
            id: bridge::VLAN_STATS_ENABLED,
            name: "IFLA_BR_VLAN_STATS_ENABLED",
            short: "br_vlan_stats_enabled",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: bridge::MCAST_STATS_ENABLED,
            name: "IFLA_BR_MCAST_STATS_ENABLED",
            short: "br_mcast_stats_enabled",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: bridge::MCAST_IGMP_VERSION,
            name: "IFLA_BR_MCAST_IGMP_VERSION",
            short: "br_mcast_igmp_version",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: bridge::MCAST_MLD_VERSION,
            name: "IFLA_BR_MCAST_MLD_VERSION",
            short: "br_mcast_mld_version",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: bridge::VLAN_STATS_PER_PORT,
            name: "IFLA_BR_VLAN_STATS_PER_PORT",
            short: "br_vlan_stats_per_port",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: bridge::MULTI_BOOLOPT,
            name: "IFLA_BR_MULTI_BOOLOPT",
            short: "br_multi_boolopt",
            ty: AttrType::Bytes,
        },
        AttrSpec {
            id: bridge::MCAST_QUERIER_STATE,
            name: "IFLA_BR_MCAST_QUERIER_STATE",
            short: "br_mcast_querier_state",
            ty: AttrType::Bytes,
        },
        AttrSpec {
            id: bridge::FDB_N_LEARNED,
            name: "IFLA_BR_FDB_N_LEARNED",
            short: "br_fdb_n_learned",
            ty: AttrType::U32,
        },
        AttrSpec {
            id: bridge::FDB_MAX_LEARNED,
            name: "IFLA_BR_FDB_MAX_LEARNED",
            short: "br_fdb_max_learned",
            ty: AttrType::U32,
        },
    ],
};

/// `IFLA_BRPORT_*`: bridge port options (slave kind `bridge`, and `IFLA_PROTINFO` in `AF_BRIDGE` dumps).
pub static BRPORT: Space = Space {
    name: "brport",
    attrs: &[
        AttrSpec {
            id: brport::STATE,
            name: "IFLA_BRPORT_STATE",
            short: "brport_state",
            ty: AttrType::Enum(BRPORT_STATE_NAMES),
        },
        AttrSpec {
            id: brport::PRIORITY,
            name: "IFLA_BRPORT_PRIORITY",
            short: "brport_priority",
            ty: AttrType::U16,
        },
        AttrSpec { id: brport::COST, name: "IFLA_BRPORT_COST", short: "brport_cost", ty: AttrType::U32 },
        AttrSpec { id: brport::MODE, name: "IFLA_BRPORT_MODE", short: "brport_mode", ty: AttrType::U8 },
        AttrSpec { id: brport::GUARD, name: "IFLA_BRPORT_GUARD", short: "brport_guard", ty: AttrType::U8 },
        AttrSpec {
            id: brport::PROTECT,
            name: "IFLA_BRPORT_PROTECT",
            short: "brport_protect",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: brport::FAST_LEAVE,
            name: "IFLA_BRPORT_FAST_LEAVE",
            short: "brport_fast_leave",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: brport::LEARNING,
            name: "IFLA_BRPORT_LEARNING",
            short: "brport_learning",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: brport::UNICAST_FLOOD,
            name: "IFLA_BRPORT_UNICAST_FLOOD",
            short: "brport_unicast_flood",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: brport::PROXYARP,
            name: "IFLA_BRPORT_PROXYARP",
            short: "brport_proxyarp",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: brport::LEARNING_SYNC,
            name: "IFLA_BRPORT_LEARNING_SYNC",
            short: "brport_learning_sync",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: brport::PROXYARP_WIFI,
            name: "IFLA_BRPORT_PROXYARP_WIFI",
            short: "brport_proxyarp_wifi",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: brport::ROOT_ID,
            name: "IFLA_BRPORT_ROOT_ID",
            short: "brport_root_id",
            ty: AttrType::Struct(&BRIDGE_ID),
        },
        AttrSpec {
            id: brport::BRIDGE_ID,
            name: "IFLA_BRPORT_BRIDGE_ID",
            short: "brport_bridge_id",
            ty: AttrType::Struct(&BRIDGE_ID),
        },
        AttrSpec {
            id: brport::DESIGNATED_PORT,
            name: "IFLA_BRPORT_DESIGNATED_PORT",
            short: "brport_designated_port",
            ty: AttrType::U16,
        },
        AttrSpec {
            id: brport::DESIGNATED_COST,
            name: "IFLA_BRPORT_DESIGNATED_COST",
            short: "brport_designated_cost",
            ty: AttrType::U16,
        },
        AttrSpec { id: brport::ID, name: "IFLA_BRPORT_ID", short: "brport_id", ty: AttrType::U16 },
        AttrSpec { id: brport::NO, name: "IFLA_BRPORT_NO", short: "brport_no", ty: AttrType::U16 },
        AttrSpec {
            id: brport::TOPOLOGY_CHANGE_ACK,
            name: "IFLA_BRPORT_TOPOLOGY_CHANGE_ACK",
            short: "brport_topology_change_ack",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: brport::CONFIG_PENDING,
            name: "IFLA_BRPORT_CONFIG_PENDING",
            short: "brport_config_pending",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: brport::MESSAGE_AGE_TIMER,
            name: "IFLA_BRPORT_MESSAGE_AGE_TIMER",
            short: "brport_message_age_timer",
            ty: AttrType::U64,
        },
        AttrSpec {
            id: brport::FORWARD_DELAY_TIMER,
            name: "IFLA_BRPORT_FORWARD_DELAY_TIMER",
            short: "brport_forward_delay_timer",
            ty: AttrType::U64,
        },
        AttrSpec {
            id: brport::HOLD_TIMER,
            name: "IFLA_BRPORT_HOLD_TIMER",
            short: "brport_hold_timer",
            ty: AttrType::U64,
        },
        AttrSpec { id: brport::FLUSH, name: "IFLA_BRPORT_FLUSH", short: "brport_flush", ty: AttrType::Flag },
        AttrSpec {
            id: brport::MULTICAST_ROUTER,
            name: "IFLA_BRPORT_MULTICAST_ROUTER",
            short: "brport_multicast_router",
            ty: AttrType::U8,
        },
        AttrSpec { id: brport::PAD, name: "IFLA_BRPORT_PAD", short: "brport_pad", ty: AttrType::Bytes },
        AttrSpec {
            id: brport::MCAST_FLOOD,
            name: "IFLA_BRPORT_MCAST_FLOOD",
            short: "brport_mcast_flood",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: brport::MCAST_TO_UCAST,
            name: "IFLA_BRPORT_MCAST_TO_UCAST",
            short: "brport_mcast_to_ucast",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: brport::VLAN_TUNNEL,
            name: "IFLA_BRPORT_VLAN_TUNNEL",
            short: "brport_vlan_tunnel",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: brport::BCAST_FLOOD,
            name: "IFLA_BRPORT_BCAST_FLOOD",
            short: "brport_bcast_flood",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: brport::GROUP_FWD_MASK,
            name: "IFLA_BRPORT_GROUP_FWD_MASK",
            short: "brport_group_fwd_mask",
            ty: AttrType::U16,
        },
        AttrSpec {
            id: brport::NEIGH_SUPPRESS,
            name: "IFLA_BRPORT_NEIGH_SUPPRESS",
            short: "brport_neigh_suppress",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: brport::ISOLATED,
            name: "IFLA_BRPORT_ISOLATED",
            short: "brport_isolated",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: brport::BACKUP_PORT,
            name: "IFLA_BRPORT_BACKUP_PORT",
            short: "brport_backup_port",
            ty: AttrType::U32,
        },
        AttrSpec {
            id: brport::MRP_RING_OPEN,
            name: "IFLA_BRPORT_MRP_RING_OPEN",
            short: "brport_mrp_ring_open",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: brport::MRP_IN_OPEN,
            name: "IFLA_BRPORT_MRP_IN_OPEN",
            short: "brport_mrp_in_open",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: brport::MCAST_EHT_HOSTS_LIMIT,
            name: "IFLA_BRPORT_MCAST_EHT_HOSTS_LIMIT",
            short: "brport_mcast_eht_hosts_limit",
            ty: AttrType::U32,
        },
        AttrSpec {
            id: brport::MCAST_EHT_HOSTS_CNT,
            name: "IFLA_BRPORT_MCAST_EHT_HOSTS_CNT",
            short: "brport_mcast_eht_hosts_cnt",
            ty: AttrType::U32,
        },
        AttrSpec { id: brport::LOCKED, name: "IFLA_BRPORT_LOCKED", short: "brport_locked", ty: AttrType::U8 },
        AttrSpec { id: brport::MAB, name: "IFLA_BRPORT_MAB", short: "brport_mab", ty: AttrType::U8 },
        AttrSpec {
            id: brport::MCAST_N_GROUPS,
            name: "IFLA_BRPORT_MCAST_N_GROUPS",
            short: "brport_mcast_n_groups",
            ty: AttrType::U32,
        },
        AttrSpec {
            id: brport::MCAST_MAX_GROUPS,
            name: "IFLA_BRPORT_MCAST_MAX_GROUPS",
            short: "brport_mcast_max_groups",
            ty: AttrType::U32,
        },
        AttrSpec {
            id: brport::NEIGH_VLAN_SUPPRESS,
            name: "IFLA_BRPORT_NEIGH_VLAN_SUPPRESS",
            short: "brport_neigh_vlan_suppress",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: brport::BACKUP_NHID,
            name: "IFLA_BRPORT_BACKUP_NHID",
            short: "brport_backup_nhid",
            ty: AttrType::U32,
        },
    ],
};

/// `IFLA_MACVLAN_*`: kinds `macvlan` and `macvtap`.
pub static MACVLAN: Space = Space {
    name: "macvlan",
    attrs: &[
        AttrSpec {
            id: macvlan::MODE,
            name: "IFLA_MACVLAN_MODE",
            short: "macvlan_mode",
            ty: AttrType::Enum(MACVLAN_MODE_NAMES),
        },
        AttrSpec {
            id: macvlan::FLAGS,
            name: "IFLA_MACVLAN_FLAGS",
            short: "macvlan_flags",
            ty: AttrType::U16,
        },
        AttrSpec {
            id: macvlan::MACADDR_MODE,
            name: "IFLA_MACVLAN_MACADDR_MODE",
            short: "macvlan_macaddr_mode",
            ty: AttrType::U32,
        },
        AttrSpec {
            id: macvlan::MACADDR,
            name: "IFLA_MACVLAN_MACADDR",
            short: "macvlan_macaddr",
            ty: AttrType::Hwaddr,
        },
        AttrSpec {
            id: macvlan::MACADDR_DATA,
            name: "IFLA_MACVLAN_MACADDR_DATA",
            short: "macvlan_macaddr_data",
            ty: AttrType::Bytes,
        },
        AttrSpec {
            id: macvlan::MACADDR_COUNT,
            name: "IFLA_MACVLAN_MACADDR_COUNT",
            short: "macvlan_macaddr_count",
            ty: AttrType::U32,
        },
        AttrSpec {
            id: macvlan::BC_QUEUE_LEN,
            name: "IFLA_MACVLAN_BC_QUEUE_LEN",
            short: "macvlan_bc_queue_len",
            ty: AttrType::U32,
        },
        AttrSpec {
            id: macvlan::BC_QUEUE_LEN_USED,
            name: "IFLA_MACVLAN_BC_QUEUE_LEN_USED",
            short: "macvlan_bc_queue_len_used",
            ty: AttrType::U32,
        },
        AttrSpec {
            id: macvlan::BC_CUTOFF,
            name: "IFLA_MACVLAN_BC_CUTOFF",
            short: "macvlan_bc_cutoff",
            ty: AttrType::S32,
        },
    ],
};

/// `IFLA_VXLAN_*`: kind `vxlan`.
pub static VXLAN: Space = Space {
    name: "vxlan",
    attrs: &[
        AttrSpec { id: vxlan::ID, name: "IFLA_VXLAN_ID", short: "vxlan_id", ty: AttrType::U32 },
        AttrSpec { id: vxlan::GROUP, name: "IFLA_VXLAN_GROUP", short: "vxlan_group", ty: AttrType::Ip },
        AttrSpec { id: vxlan::LINK, name: "IFLA_VXLAN_LINK", short: "vxlan_link", ty: AttrType::U32 },
        AttrSpec { id: vxlan::LOCAL, name: "IFLA_VXLAN_LOCAL", short: "vxlan_local", ty: AttrType::Ip },
        AttrSpec { id: vxlan::TTL, name: "IFLA_VXLAN_TTL", short: "vxlan_ttl", ty: AttrType::U8 },
        AttrSpec { id: vxlan::TOS, name: "IFLA_VXLAN_TOS", short: "vxlan_tos", ty: AttrType::U8 },
        AttrSpec {
            id: vxlan::LEARNING,
            name: "IFLA_VXLAN_LEARNING",
            short: "vxlan_learning",
            ty: AttrType::U8,
        },
        AttrSpec { id: vxlan::AGEING, name: "IFLA_VXLAN_AGEING", short: "vxlan_ageing", ty: AttrType::U32 },
        AttrSpec { id: vxlan::LIMIT, name: "IFLA_VXLAN_LIMIT", short: "vxlan_limit", ty: AttrType::U32 },
        AttrSpec {
            id: vxlan::PORT_RANGE,
            name: "IFLA_VXLAN_PORT_RANGE",
            short: "vxlan_port_range",
            ty: AttrType::Struct(&VXLAN_PORT_RANGE),
        },
        AttrSpec { id: vxlan::PROXY, name: "IFLA_VXLAN_PROXY", short: "vxlan_proxy", ty: AttrType::U8 },
        AttrSpec { id: vxlan::RSC, name: "IFLA_VXLAN_RSC", short: "vxlan_rsc", ty: AttrType::U8 },
        AttrSpec { id: vxlan::L2MISS, name: "IFLA_VXLAN_L2MISS", short: "vxlan_l2miss", ty: AttrType::U8 },
        AttrSpec { id: vxlan::L3MISS, name: "IFLA_VXLAN_L3MISS", short: "vxlan_l3miss", ty: AttrType::U8 },
        AttrSpec { id: vxlan::PORT, name: "IFLA_VXLAN_PORT", short: "vxlan_port", ty: AttrType::Be16 },
        AttrSpec { id: vxlan::GROUP6, name: "IFLA_VXLAN_GROUP6", short: "vxlan_group6", ty: AttrType::Ip },
        AttrSpec { id: vxlan::LOCAL6, name: "IFLA_VXLAN_LOCAL6", short: "vxlan_local6", ty: AttrType::Ip },
        AttrSpec {
            id: vxlan::UDP_CSUM,
            name: "IFLA_VXLAN_UDP_CSUM",
            short: "vxlan_udp_csum",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: vxlan::UDP_ZERO_CSUM6_TX,
            name: "IFLA_VXLAN_UDP_ZERO_CSUM6_TX",
            short: "vxlan_udp_zero_csum6_tx",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: vxlan::UDP_ZERO_CSUM6_RX,
            name: "IFLA_VXLAN_UDP_ZERO_CSUM6_RX",
            short: "vxlan_udp_zero_csum6_rx",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: vxlan::REMCSUM_TX,
            name: "IFLA_VXLAN_REMCSUM_TX",
            short: "vxlan_remcsum_tx",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: vxlan::REMCSUM_RX,
            name: "IFLA_VXLAN_REMCSUM_RX",
            short: "vxlan_remcsum_rx",
            ty: AttrType::U8,
        },
        AttrSpec { id: vxlan::GBP, name: "IFLA_VXLAN_GBP", short: "vxlan_gbp", ty: AttrType::Flag },
        AttrSpec {
            id: vxlan::REMCSUM_NOPARTIAL,
            name: "IFLA_VXLAN_REMCSUM_NOPARTIAL",
            short: "vxlan_remcsum_nopartial",
            ty: AttrType::Flag,
        },
        AttrSpec {
            id: vxlan::COLLECT_METADATA,
            name: "IFLA_VXLAN_COLLECT_METADATA",
            short: "vxlan_collect_metadata",
            ty: AttrType::U8,
        },
        AttrSpec { id: vxlan::LABEL, name: "IFLA_VXLAN_LABEL", short: "vxlan_label", ty: AttrType::Be32 },
        AttrSpec { id: vxlan::GPE, name: "IFLA_VXLAN_GPE", short: "vxlan_gpe", ty: AttrType::Flag },
        AttrSpec {
            id: vxlan::TTL_INHERIT,
            name: "IFLA_VXLAN_TTL_INHERIT",
            short: "vxlan_ttl_inherit",
            ty: AttrType::U8,
        },
        AttrSpec { id: vxlan::DF, name: "IFLA_VXLAN_DF", short: "vxlan_df", ty: AttrType::U8 },
        AttrSpec {
            id: vxlan::VNIFILTER,
            name: "IFLA_VXLAN_VNIFILTER",
            short: "vxlan_vnifilter",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: vxlan::LOCALBYPASS,
            name: "IFLA_VXLAN_LOCALBYPASS",
            short: "vxlan_localbypass",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: vxlan::LABEL_POLICY,
            name: "IFLA_VXLAN_LABEL_POLICY",
            short: "vxlan_label_policy",
            ty: AttrType::U32,
        },
        AttrSpec {
            id: vxlan::RESERVED_BITS,
            name: "IFLA_VXLAN_RESERVED_BITS",
            short: "vxlan_reserved_bits",
            ty: AttrType::Bytes,
        },
    ],
};

/// `IFLA_VLAN_*`: kind `vlan`.
pub static VLAN: Space = Space {
    name: "vlan",
    attrs: &[
        AttrSpec { id: vlan::ID, name: "IFLA_VLAN_ID", short: "vlan_id", ty: AttrType::U16 },
        AttrSpec {
            id: vlan::FLAGS,
            name: "IFLA_VLAN_FLAGS",
            short: "vlan_flags",
            ty: AttrType::Struct(&VLAN_FLAGS),
        },
        AttrSpec {
            id: vlan::EGRESS_QOS,
            name: "IFLA_VLAN_EGRESS_QOS",
            short: "vlan_egress_qos",
            ty: AttrType::Bytes,
        },
        AttrSpec {
            id: vlan::INGRESS_QOS,
            name: "IFLA_VLAN_INGRESS_QOS",
            short: "vlan_ingress_qos",
            ty: AttrType::Bytes,
        },
        AttrSpec {
            id: vlan::PROTOCOL,
            name: "IFLA_VLAN_PROTOCOL",
            short: "vlan_protocol",
            ty: AttrType::Be16,
        },
    ],
};

/// `IFLA_BOND_*`: kind `bond`.
pub static BOND: Space = Space {
    name: "bond",
    attrs: &[
        AttrSpec {
            id: bond::MODE,
            name: "IFLA_BOND_MODE",
            short: "bond_mode",
            ty: AttrType::Enum(BOND_MODE_NAMES),
        },
        AttrSpec {
            id: bond::ACTIVE_SLAVE,
            name: "IFLA_BOND_ACTIVE_SLAVE",
            short: "bond_active_slave",
            ty: AttrType::U32,
        },
        AttrSpec { id: bond::MIIMON, name: "IFLA_BOND_MIIMON", short: "bond_miimon", ty: AttrType::U32 },
        AttrSpec { id: bond::UPDELAY, name: "IFLA_BOND_UPDELAY", short: "bond_updelay", ty: AttrType::U32 },
        AttrSpec {
            id: bond::DOWNDELAY,
            name: "IFLA_BOND_DOWNDELAY",
            short: "bond_downdelay",
            ty: AttrType::U32,
        },
        AttrSpec {
            id: bond::USE_CARRIER,
            name: "IFLA_BOND_USE_CARRIER",
            short: "bond_use_carrier",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: bond::ARP_INTERVAL,
            name: "IFLA_BOND_ARP_INTERVAL",
            short: "bond_arp_interval",
            ty: AttrType::U32,
        },
        AttrSpec {
            id: bond::ARP_IP_TARGET,
            name: "IFLA_BOND_ARP_IP_TARGET",
            short: "bond_arp_ip_target",
            ty: AttrType::Bytes,
        },
        AttrSpec {
            id: bond::ARP_VALIDATE,
            name: "IFLA_BOND_ARP_VALIDATE",
            short: "bond_arp_validate",
            ty: AttrType::U32,
        },
        AttrSpec {
            id: bond::ARP_ALL_TARGETS,
            name: "IFLA_BOND_ARP_ALL_TARGETS",
            short: "bond_arp_all_targets",
            ty: AttrType::U32,
        },
        AttrSpec { id: bond::PRIMARY, name: "IFLA_BOND_PRIMARY", short: "bond_primary", ty: AttrType::U32 },
        AttrSpec {
            id: bond::PRIMARY_RESELECT,
            name: "IFLA_BOND_PRIMARY_RESELECT",
            short: "bond_primary_reselect",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: bond::FAIL_OVER_MAC,
            name: "IFLA_BOND_FAIL_OVER_MAC",
            short: "bond_fail_over_mac",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: bond::XMIT_HASH_POLICY,
            name: "IFLA_BOND_XMIT_HASH_POLICY",
            short: "bond_xmit_hash_policy",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: bond::RESEND_IGMP,
            name: "IFLA_BOND_RESEND_IGMP",
            short: "bond_resend_igmp",
            ty: AttrType::U32,
        },
        AttrSpec {
            id: bond::NUM_PEER_NOTIF,
            name: "IFLA_BOND_NUM_PEER_NOTIF",
            short: "bond_num_peer_notif",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: bond::ALL_SLAVES_ACTIVE,
            name: "IFLA_BOND_ALL_SLAVES_ACTIVE",
            short: "bond_all_slaves_active",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: bond::MIN_LINKS,
            name: "IFLA_BOND_MIN_LINKS",
            short: "bond_min_links",
            ty: AttrType::U32,
        },
        AttrSpec {
            id: bond::LP_INTERVAL,
            name: "IFLA_BOND_LP_INTERVAL",
            short: "bond_lp_interval",
            ty: AttrType::U32,
        },
        AttrSpec {
            id: bond::PACKETS_PER_SLAVE,
            name: "IFLA_BOND_PACKETS_PER_SLAVE",
            short: "bond_packets_per_slave",
            ty: AttrType::U32,
        },
        AttrSpec {
            id: bond::AD_LACP_RATE,
            name: "IFLA_BOND_AD_LACP_RATE",
            short: "bond_ad_lacp_rate",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: bond::AD_SELECT,
            name: "IFLA_BOND_AD_SELECT",
            short: "bond_ad_select",
            ty: AttrType::U8,
        },
        AttrSpec { id: bond::AD_INFO, name: "IFLA_BOND_AD_INFO", short: "bond_ad_info", ty: AttrType::Bytes },
        AttrSpec {
            id: bond::AD_ACTOR_SYS_PRIO,
            name: "IFLA_BOND_AD_ACTOR_SYS_PRIO",
            short: "bond_ad_actor_sys_prio",
            ty: AttrType::U16,
        },
        AttrSpec {
            id: bond::AD_USER_PORT_KEY,
            name: "IFLA_BOND_AD_USER_PORT_KEY",
            short: "bond_ad_user_port_key",
            ty: AttrType::U16,
        },
        AttrSpec {
            id: bond::AD_ACTOR_SYSTEM,
            name: "IFLA_BOND_AD_ACTOR_SYSTEM",
            short: "bond_ad_actor_system",
            ty: AttrType::Hwaddr,
        },
        AttrSpec {
            id: bond::TLB_DYNAMIC_LB,
            name: "IFLA_BOND_TLB_DYNAMIC_LB",
            short: "bond_tlb_dynamic_lb",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: bond::PEER_NOTIF_DELAY,
            name: "IFLA_BOND_PEER_NOTIF_DELAY",
            short: "bond_peer_notif_delay",
            ty: AttrType::U32,
        },
        AttrSpec {
            id: bond::AD_LACP_ACTIVE,
            name: "IFLA_BOND_AD_LACP_ACTIVE",
            short: "bond_ad_lacp_active",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: bond::MISSED_MAX,
            name: "IFLA_BOND_MISSED_MAX",
            short: "bond_missed_max",
            ty: AttrType::U8,
        },
        AttrSpec {
            id: bond::NS_IP6_TARGET,
            name: "IFLA_BOND_NS_IP6_TARGET",
            short: "bond_ns_ip6_target",
            ty: AttrType::Bytes,
        },
        AttrSpec {
            id: bond::COUPLED_CONTROL,
            name: "IFLA_BOND_COUPLED_CONTROL",
            short: "bond_coupled_control",
            ty: AttrType::U8,
        },
    ],
};

/// `IFLA_IPVLAN_*`: kinds `ipvlan` and `ipvtap`.
pub static IPVLAN: Space = Space {
    name: "ipvlan",
    attrs: &[
        AttrSpec {
            id: ipvlan::MODE,
            name: "IFLA_IPVLAN_MODE",
            short: "ipvlan_mode",
            ty: AttrType::Enum(IPVLAN_MODE_NAMES),
        },
        AttrSpec { id: ipvlan::FLAGS, name: "IFLA_IPVLAN_FLAGS", short: "ipvlan_flags", ty: AttrType::U16 },
    ],
};

/// `IFLA_VRF_*`: kind `vrf`.
pub static VRF: Space = Space {
    name: "vrf",
    attrs: &[AttrSpec { id: vrf::TABLE, name: "IFLA_VRF_TABLE", short: "vrf_table", ty: AttrType::U32 }],
};

/// `IFLA_INET_*`: IPv4 data in `IFLA_AF_SPEC`.
pub static INET: Space = Space {
    name: "inet",
    attrs: &[AttrSpec { id: inet::CONF, name: "IFLA_INET_CONF", short: "inet_conf", ty: AttrType::Bytes }],
};

/// `IFLA_INET6_*`: IPv6 data in `IFLA_AF_SPEC` and `IFLA_PROTINFO`.
pub static INET6: Space = Space {
    name: "inet6",
    attrs: &[
        AttrSpec { id: inet6::FLAGS, name: "IFLA_INET6_FLAGS", short: "inet6_flags", ty: AttrType::U32 },
        AttrSpec { id: inet6::CONF, name: "IFLA_INET6_CONF", short: "inet6_conf", ty: AttrType::Bytes },
        AttrSpec { id: inet6::STATS, name: "IFLA_INET6_STATS", short: "inet6_stats", ty: AttrType::Bytes },
        AttrSpec { id: inet6::MCAST, name: "IFLA_INET6_MCAST", short: "inet6_mcast", ty: AttrType::Bytes },
        AttrSpec {
            id: inet6::CACHEINFO,
            name: "IFLA_INET6_CACHEINFO",
            short: "inet6_cacheinfo",
            ty: AttrType::Struct(&IFLA_CACHEINFO),
        },
        AttrSpec {
            id: inet6::ICMP6STATS,
            name: "IFLA_INET6_ICMP6STATS",
            short: "inet6_icmp6stats",
            ty: AttrType::Bytes,
        },
        AttrSpec { id: inet6::TOKEN, name: "IFLA_INET6_TOKEN", short: "inet6_token", ty: AttrType::Ip },
        AttrSpec {
            id: inet6::ADDR_GEN_MODE,
            name: "IFLA_INET6_ADDR_GEN_MODE",
            short: "inet6_addr_gen_mode",
            ty: AttrType::U8,
        },
        AttrSpec { id: inet6::RA_MTU, name: "IFLA_INET6_RA_MTU", short: "inet6_ra_mtu", ty: AttrType::U32 },
    ],
};

/// `IFLA_BRIDGE_*`: bridge data in `IFLA_AF_SPEC` of `AF_BRIDGE` dumps.
pub static BRIDGE_AF: Space = Space {
    name: "bridge_af",
    attrs: &[
        AttrSpec {
            id: bridge_af::FLAGS,
            name: "IFLA_BRIDGE_FLAGS",
            short: "bridge_flags",
            ty: AttrType::U16,
        },
        AttrSpec { id: bridge_af::MODE, name: "IFLA_BRIDGE_MODE", short: "bridge_mode", ty: AttrType::U16 },
        AttrSpec {
            id: bridge_af::VLAN_INFO,
            name: "IFLA_BRIDGE_VLAN_INFO",
            short: "bridge_vlan_info",
            ty: AttrType::Struct(&BRIDGE_VLAN_INFO),
        },
        AttrSpec {
            id: bridge_af::VLAN_TUNNEL_INFO,
            name: "IFLA_BRIDGE_VLAN_TUNNEL_INFO",
            short: "bridge_vlan_tunnel_info",
            ty: AttrType::Bytes,
        },
        AttrSpec { id: bridge_af::MRP, name: "IFLA_BRIDGE_MRP", short: "bridge_mrp", ty: AttrType::Bytes },
        AttrSpec { id: bridge_af::CFM, name: "IFLA_BRIDGE_CFM", short: "bridge_cfm", ty: AttrType::Bytes },
        AttrSpec { id: bridge_af::MST, name: "IFLA_BRIDGE_MST", short: "bridge_mst", ty: AttrType::Bytes },
    ],
};

/// `IFLA_XDP_*`.
pub static XDP: Space = Space {
    name: "xdp",
    attrs: &[
        AttrSpec { id: xdp::FD, name: "IFLA_XDP_FD", short: "xdp_fd", ty: AttrType::S32 },
        AttrSpec { id: xdp::ATTACHED, name: "IFLA_XDP_ATTACHED", short: "xdp_attached", ty: AttrType::U8 },
        AttrSpec { id: xdp::FLAGS, name: "IFLA_XDP_FLAGS", short: "xdp_flags", ty: AttrType::U32 },
        AttrSpec { id: xdp::PROG_ID, name: "IFLA_XDP_PROG_ID", short: "xdp_prog_id", ty: AttrType::U32 },
        AttrSpec {
            id: xdp::DRV_PROG_ID,
            name: "IFLA_XDP_DRV_PROG_ID",
            short: "xdp_drv_prog_id",
            ty: AttrType::U32,
        },
        AttrSpec {
            id: xdp::SKB_PROG_ID,
            name: "IFLA_XDP_SKB_PROG_ID",
            short: "xdp_skb_prog_id",
            ty: AttrType::U32,
        },
        AttrSpec {
            id: xdp::HW_PROG_ID,
            name: "IFLA_XDP_HW_PROG_ID",
            short: "xdp_hw_prog_id",
            ty: AttrType::U32,
        },
        AttrSpec {
            id: xdp::EXPECTED_FD,
            name: "IFLA_XDP_EXPECTED_FD",
            short: "xdp_expected_fd",
            ty: AttrType::S32,
        },
    ],
};
