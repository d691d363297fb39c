//! Attribute numbers of the link kinds and of the nested spaces of `IFLA_*`
//! (`include/uapi/linux/if_link.h`, `if_bridge.h`).

/// `IFLA_BR_*`: bridge options (kind `bridge`).
pub mod bridge {
    #![allow(missing_docs)]
    pub const FORWARD_DELAY: u16 = 1;
    pub const HELLO_TIME: u16 = 2;
    pub const MAX_AGE: u16 = 3;
    pub const AGEING_TIME: u16 = 4;
    pub const STP_STATE: u16 = 5;
    pub const PRIORITY: u16 = 6;
    pub const VLAN_FILTERING: u16 = 7;
    pub const VLAN_PROTOCOL: u16 = 8;
    pub const GROUP_FWD_MASK: u16 = 9;
    pub const ROOT_ID: u16 = 10;
    pub const BRIDGE_ID: u16 = 11;
    pub const ROOT_PORT: u16 = 12;
    pub const ROOT_PATH_COST: u16 = 13;
    pub const TOPOLOGY_CHANGE: u16 = 14;
    pub const TOPOLOGY_CHANGE_DETECTED: u16 = 15;
    pub const HELLO_TIMER: u16 = 16;
    pub const TCN_TIMER: u16 = 17;
    pub const TOPOLOGY_CHANGE_TIMER: u16 = 18;
    pub const GC_TIMER: u16 = 19;
    pub const GROUP_ADDR: u16 = 20;
    pub const FDB_FLUSH: u16 = 21;
    pub const MCAST_ROUTER: u16 = 22;
    pub const MCAST_SNOOPING: u16 = 23;
    pub const MCAST_QUERY_USE_IFADDR: u16 = 24;
    pub const MCAST_QUERIER: u16 = 25;
    pub const MCAST_HASH_ELASTICITY: u16 = 26;
    pub const MCAST_HASH_MAX: u16 = 27;
    pub const MCAST_LAST_MEMBER_CNT: u16 = 28;
    pub const MCAST_STARTUP_QUERY_CNT: u16 = 29;
    pub const MCAST_LAST_MEMBER_INTVL: u16 = 30;
    pub const MCAST_MEMBERSHIP_INTVL: u16 = 31;
    pub const MCAST_QUERIER_INTVL: u16 = 32;
    pub const MCAST_QUERY_INTVL: u16 = 33;
    pub const MCAST_QUERY_RESPONSE_INTVL: u16 = 34;
    pub const MCAST_STARTUP_QUERY_INTVL: u16 = 35;
    pub const NF_CALL_IPTABLES: u16 = 36;
    pub const NF_CALL_IP6TABLES: u16 = 37;
    pub const NF_CALL_ARPTABLES: u16 = 38;
    pub const VLAN_DEFAULT_PVID: u16 = 39;
    pub const PAD: u16 = 40;
    pub const VLAN_STATS_ENABLED: u16 = 41;
    pub const MCAST_STATS_ENABLED: u16 = 42;
    pub const MCAST_IGMP_VERSION: u16 = 43;
    pub const MCAST_MLD_VERSION: u16 = 44;
    pub const VLAN_STATS_PER_PORT: u16 = 45;
    pub const MULTI_BOOLOPT: u16 = 46;
    pub const MCAST_QUERIER_STATE: u16 = 47;
    pub const FDB_N_LEARNED: u16 = 48;
    pub const FDB_MAX_LEARNED: u16 = 49;
}

/// `IFLA_BRPORT_*`: bridge port options (slave kind `bridge`, and `IFLA_PROTINFO` in `AF_BRIDGE` dumps).
pub mod brport {
    #![allow(missing_docs)]
    pub const STATE: u16 = 1;
    pub const PRIORITY: u16 = 2;
    pub const COST: u16 = 3;
    pub const MODE: u16 = 4;
    pub const GUARD: u16 = 5;
    pub const PROTECT: u16 = 6;
    pub const FAST_LEAVE: u16 = 7;
    pub const LEARNING: u16 = 8;
    pub const UNICAST_FLOOD: u16 = 9;
    pub const PROXYARP: u16 = 10;
    pub const LEARNING_SYNC: u16 = 11;
    pub const PROXYARP_WIFI: u16 = 12;
    pub const ROOT_ID: u16 = 13;
    pub const BRIDGE_ID: u16 = 14;
    pub const DESIGNATED_PORT: u16 = 15;
    pub const DESIGNATED_COST: u16 = 16;
    pub const ID: u16 = 17;
    pub const NO: u16 = 18;
    pub const TOPOLOGY_CHANGE_ACK: u16 = 19;
    pub const CONFIG_PENDING: u16 = 20;
    pub const MESSAGE_AGE_TIMER: u16 = 21;
    pub const FORWARD_DELAY_TIMER: u16 = 22;
    pub const HOLD_TIMER: u16 = 23;
    pub const FLUSH: u16 = 24;
    pub const MULTICAST_ROUTER: u16 = 25;
    pub const PAD: u16 = 26;
    pub const MCAST_FLOOD: u16 = 27;
    pub const MCAST_TO_UCAST: u16 = 28;
    pub const VLAN_TUNNEL: u16 = 29;
    pub const BCAST_FLOOD: u16 = 30;
    pub const GROUP_FWD_MASK: u16 = 31;
    pub const NEIGH_SUPPRESS: u16 = 32;
    pub const ISOLATED: u16 = 33;
    pub const BACKUP_PORT: u16 = 34;
    pub const MRP_RING_OPEN: u16 = 35;
    pub const MRP_IN_OPEN: u16 = 36;
    pub const MCAST_EHT_HOSTS_LIMIT: u16 = 37;
    pub const MCAST_EHT_HOSTS_CNT: u16 = 38;
    pub const LOCKED: u16 = 39;
    pub const MAB: u16 = 40;
    pub const MCAST_N_GROUPS: u16 = 41;
    pub const MCAST_MAX_GROUPS: u16 = 42;
    pub const NEIGH_VLAN_SUPPRESS: u16 = 43;
    pub const BACKUP_NHID: u16 = 44;
}

/// `IFLA_MACVLAN_*`: kinds `macvlan` and `macvtap`.
pub mod macvlan {
    #![allow(missing_docs)]
    pub const MODE: u16 = 1;
    pub const FLAGS: u16 = 2;
    pub const MACADDR_MODE: u16 = 3;
    pub const MACADDR: u16 = 4;
    pub const MACADDR_DATA: u16 = 5;
    pub const MACADDR_COUNT: u16 = 6;
    pub const BC_QUEUE_LEN: u16 = 7;
    pub const BC_QUEUE_LEN_USED: u16 = 8;
    pub const BC_CUTOFF: u16 = 9;
}

/// `IFLA_VXLAN_*`: kind `vxlan`.
pub mod vxlan {
    #![allow(missing_docs)]
    pub const ID: u16 = 1;
    pub const GROUP: u16 = 2;
    pub const LINK: u16 = 3;
    pub const LOCAL: u16 = 4;
    pub const TTL: u16 = 5;
    pub const TOS: u16 = 6;
    pub const LEARNING: u16 = 7;
    pub const AGEING: u16 = 8;
    pub const LIMIT: u16 = 9;
    pub const PORT_RANGE: u16 = 10;
    pub const PROXY: u16 = 11;
    pub const RSC: u16 = 12;
    pub const L2MISS: u16 = 13;
    pub const L3MISS: u16 = 14;
    pub const PORT: u16 = 15;
    pub const GROUP6: u16 = 16;
    pub const LOCAL6: u16 = 17;
    pub const UDP_CSUM: u16 = 18;
    pub const UDP_ZERO_CSUM6_TX: u16 = 19;
    pub const UDP_ZERO_CSUM6_RX: u16 = 20;
    pub const REMCSUM_TX: u16 = 21;
    pub const REMCSUM_RX: u16 = 22;
    pub const GBP: u16 = 23;
    pub const REMCSUM_NOPARTIAL: u16 = 24;
    pub const COLLECT_METADATA: u16 = 25;
    pub const LABEL: u16 = 26;
    pub const GPE: u16 = 27;
    pub const TTL_INHERIT: u16 = 28;
    pub const DF: u16 = 29;
    pub const VNIFILTER: u16 = 30;
    pub const LOCALBYPASS: u16 = 31;
    pub const LABEL_POLICY: u16 = 32;
    pub const RESERVED_BITS: u16 = 33;
}

/// `IFLA_VLAN_*`: kind `vlan`.
pub mod vlan {
    #![allow(missing_docs)]
    pub const ID: u16 = 1;
    pub const FLAGS: u16 = 2;
    pub const EGRESS_QOS: u16 = 3;
    pub const INGRESS_QOS: u16 = 4;
    pub const PROTOCOL: u16 = 5;
}

/// `IFLA_BOND_*`: kind `bond`.
pub mod bond {
    #![allow(missing_docs)]
    pub const MODE: u16 = 1;
    pub const ACTIVE_SLAVE: u16 = 2;
    pub const MIIMON: u16 = 3;
    pub const UPDELAY: u16 = 4;
    pub const DOWNDELAY: u16 = 5;
    pub const USE_CARRIER: u16 = 6;
    pub const ARP_INTERVAL: u16 = 7;
    pub const ARP_IP_TARGET: u16 = 8;
    pub const ARP_VALIDATE: u16 = 9;
    pub const ARP_ALL_TARGETS: u16 = 10;
    pub const PRIMARY: u16 = 11;
    pub const PRIMARY_RESELECT: u16 = 12;
    pub const FAIL_OVER_MAC: u16 = 13;
    pub const XMIT_HASH_POLICY: u16 = 14;
    pub const RESEND_IGMP: u16 = 15;
    pub const NUM_PEER_NOTIF: u16 = 16;
    pub const ALL_SLAVES_ACTIVE: u16 = 17;
    pub const MIN_LINKS: u16 = 18;
    pub const LP_INTERVAL: u16 = 19;
    pub const PACKETS_PER_SLAVE: u16 = 20;
    pub const AD_LACP_RATE: u16 = 21;
    pub const AD_SELECT: u16 = 22;
    pub const AD_INFO: u16 = 23;
    pub const AD_ACTOR_SYS_PRIO: u16 = 24;
    pub const AD_USER_PORT_KEY: u16 = 25;
    pub const AD_ACTOR_SYSTEM: u16 = 26;
    pub const TLB_DYNAMIC_LB: u16 = 27;
    pub const PEER_NOTIF_DELAY: u16 = 28;
    pub const AD_LACP_ACTIVE: u16 = 29;
    pub const MISSED_MAX: u16 = 30;
    pub const NS_IP6_TARGET: u16 = 31;
    pub const COUPLED_CONTROL: u16 = 32;
}

/// `IFLA_IPVLAN_*`: kinds `ipvlan` and `ipvtap`.
pub mod ipvlan {
    #![allow(missing_docs)]
    pub const MODE: u16 = 1;
    pub const FLAGS: u16 = 2;
}

/// `IFLA_VRF_*`: kind `vrf`.
pub mod vrf {
    #![allow(missing_docs)]
    pub const TABLE: u16 = 1;
}

/// `IFLA_INET_*`: IPv4 data in `IFLA_AF_SPEC`.
pub mod inet {
    #![allow(missing_docs)]
    pub const CONF: u16 = 1;
}

/// `IFLA_INET6_*`: IPv6 data in `IFLA_AF_SPEC` and `IFLA_PROTINFO`.
pub mod inet6 {
    #![allow(missing_docs)]
    pub const FLAGS: u16 = 1;
    pub const CONF: u16 = 2;
    pub const STATS: u16 = 3;
    pub const MCAST: u16 = 4;
    pub const CACHEINFO: u16 = 5;
    pub const ICMP6STATS: u16 = 6;
    pub const TOKEN: u16 = 7;
    pub const ADDR_GEN_MODE: u16 = 8;
    pub const RA_MTU: u16 = 9;
}

/// `IFLA_BRIDGE_*`: bridge data in `IFLA_AF_SPEC` of `AF_BRIDGE` dumps.
pub mod bridge_af {
    #![allow(missing_docs)]
    pub const FLAGS: u16 = 0;
    pub const MODE: u16 = 1;
    pub const VLAN_INFO: u16 = 2;
    pub const VLAN_TUNNEL_INFO: u16 = 3;
    pub const MRP: u16 = 4;
    pub const CFM: u16 = 5;
    pub const MST: u16 = 6;
}

/// `IFLA_XDP_*`.
pub mod xdp {
    #![allow(missing_docs)]
    pub const FD: u16 = 1;
    pub const ATTACHED: u16 = 2;
    pub const FLAGS: u16 = 3;
    pub const PROG_ID: u16 = 4;
    pub const DRV_PROG_ID: u16 = 5;
    pub const SKB_PROG_ID: u16 = 6;
    pub const HW_PROG_ID: u16 = 7;
    pub const EXPECTED_FD: u16 = 8;
}
