//! Attribute numbers of the link kinds and of the nested spaces of `IFLA_*`
//! (`include/uapi/linux/if_link.h`, `if_bridge.h`).

/// `IFLA_BR_*`: bridge options (kind `bridge`).
pub use crate::tables::rt_link::linkinfo_bridge_attrs as bridge;

/// `IFLA_BRPORT_*`: bridge port options (slave kind `bridge`, and `IFLA_PROTINFO` in `AF_BRIDGE` dumps).
pub use crate::tables::rt_link::linkinfo_brport_attrs as brport;

/// `IFLA_MACVLAN_*`: kinds `macvlan` and `macvtap`.
pub use crate::tables::rt_link::linkinfo_macvlan_attrs as macvlan;

/// `IFLA_VXLAN_*`: kind `vxlan`.
pub use crate::tables::rt_link::linkinfo_vxlan_attrs as vxlan;

/// `IFLA_VLAN_*`: kind `vlan`.
pub use crate::tables::rt_link::linkinfo_vlan_attrs as vlan;

/// `IFLA_BOND_*`: kind `bond`.
pub use crate::tables::rt_link::linkinfo_bond_attrs as bond;

/// `IFLA_IPVLAN_*`: kinds `ipvlan` and `ipvtap`.
pub use crate::tables::rt_link::linkinfo_ipvlan_attrs as ipvlan;

/// `IFLA_VRF_*`: kind `vrf`.
pub use crate::tables::rt_link::linkinfo_vrf_attrs as vrf;

/// `IFLA_INET_*`: IPv4 data in `IFLA_AF_SPEC`.
pub use crate::tables::rt_link::ifla_attrs as inet;

/// `IFLA_INET6_*`: IPv6 data in `IFLA_AF_SPEC` and `IFLA_PROTINFO`.
pub use crate::tables::rt_link::ifla6_attrs as inet6;

/// `IFLA_BRIDGE_*`: bridge data in `IFLA_AF_SPEC` of `AF_BRIDGE` dumps.
pub use crate::tables::rt_link::link_bridge_af_attrs as bridge_af;

/// `IFLA_XDP_*`.
pub use crate::tables::rt_link::xdp_attrs as xdp;

/// `VETH_INFO_*` (inside `IFLA_INFO_DATA` of a veth): `PEER` is the peer's `ifinfomsg` followed by its attributes.
pub use crate::tables::rt_link::linkinfo_veth_attrs as veth;
