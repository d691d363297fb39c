//! The core's tables and structs against the kernel's UAPI headers as
//! linux-raw-sys's bindgen saw them: message types, attribute numbers,
//! flags and struct sizes, family by family.

mod link {
    use linux_raw_sys::netlink as sys;
    use nlwire::link::*;

    #[test]
    fn layouts_match_the_kernel() {
        assert_eq!(core::mem::size_of::<IfInfoMsg>(), core::mem::size_of::<sys::ifinfomsg>());
        assert_eq!(core::mem::size_of::<RtnlLinkStats64>(), core::mem::size_of::<sys::rtnl_link_stats64>());
    }

    #[test]
    fn constants_match_linux_raw_sys() {
        let pairs = [
            (ifla::IFNAME, sys::IFLA_IFNAME as u16),
            (ifla::LINKINFO, sys::IFLA_LINKINFO as u16),
            (ifla::STATS64, sys::IFLA_STATS64 as u16),
            (ifla::AF_SPEC, sys::IFLA_AF_SPEC as u16),
            (ifla::PROP_LIST, sys::IFLA_PROP_LIST as u16),
            (ifla::PERM_ADDRESS, sys::IFLA_PERM_ADDRESS as u16),
            (ifla::GRO_IPV4_MAX_SIZE, sys::IFLA_GRO_IPV4_MAX_SIZE as u16),
            (info::SLAVE_DATA, sys::IFLA_INFO_SLAVE_DATA as u16),
            (vxlan::ID, sys::IFLA_VXLAN_ID as u16),
            (vxlan::PORT, sys::IFLA_VXLAN_PORT as u16),
            (vxlan::LOCAL6, sys::IFLA_VXLAN_LOCAL6 as u16),
            (bridge::VLAN_FILTERING, sys::IFLA_BR_VLAN_FILTERING as u16),
            (bridge::MULTI_BOOLOPT, sys::IFLA_BR_MULTI_BOOLOPT as u16),
            (brport::STATE, sys::IFLA_BRPORT_STATE as u16),
            (brport::BACKUP_PORT, sys::IFLA_BRPORT_BACKUP_PORT as u16),
            (macvlan::MODE, sys::IFLA_MACVLAN_MODE as u16),
            (macvlan::BC_CUTOFF, sys::IFLA_MACVLAN_BC_CUTOFF as u16),
            (vlan::PROTOCOL, sys::IFLA_VLAN_PROTOCOL as u16),
            (bond::MODE, sys::IFLA_BOND_MODE as u16),
            (bond::AD_ACTOR_SYSTEM, sys::IFLA_BOND_AD_ACTOR_SYSTEM as u16),
            (ipvlan::MODE, sys::IFLA_IPVLAN_MODE as u16),
            (vrf::TABLE, sys::IFLA_VRF_TABLE as u16),
            (inet6::ADDR_GEN_MODE, sys::IFLA_INET6_ADDR_GEN_MODE as u16),
            (xdp::EXPECTED_FD, sys::IFLA_XDP_EXPECTED_FD as u16),
        ];
        for (ours, theirs) in pairs {
            assert_eq!(ours, theirs);
        }
        assert_eq!(IfFlags::LOWER_UP.bits(), linux_raw_sys::net::net_device_flags::IFF_LOWER_UP as u32);
        assert_eq!(IfFlags::MULTICAST.bits(), linux_raw_sys::net::net_device_flags::IFF_MULTICAST as u32);
    }
}

mod neigh {
    use linux_raw_sys::netlink as sys;
    use nlwire::neigh::*;

    #[test]
    fn layouts_match_the_kernel() {
        assert_eq!(core::mem::size_of::<NdMsg>(), core::mem::size_of::<sys::ndmsg>());
        assert_eq!(core::mem::size_of::<NdaCacheInfo>(), core::mem::size_of::<sys::nda_cacheinfo>());
    }

    #[test]
    fn constants_match_linux_raw_sys() {
        assert_eq!(nda::DST, sys::NDA_DST as u16);
        assert_eq!(nda::LLADDR, sys::NDA_LLADDR as u16);
        assert_eq!(nda::CACHEINFO, sys::NDA_CACHEINFO as u16);
        assert_eq!(nda::VNI, sys::NDA_VNI as u16);
        assert_eq!(nda::MASTER, sys::NDA_MASTER as u16);
        assert_eq!(nda::NH_ID, sys::NDA_NH_ID as u16);
        assert_eq!(nda::FDB_EXT_ATTRS, sys::NDA_FDB_EXT_ATTRS as u16);
        assert_eq!(nda::FLAGS_EXT, sys::NDA_FLAGS_EXT as u16);
        assert_eq!(nda::NDM_FLAGS_MASK, sys::NDA_NDM_FLAGS_MASK as u16);
        assert_eq!(nfea::DONT_REFRESH, sys::NFEA_DONT_REFRESH as u16);
        assert_eq!(u32::from(NudState::INCOMPLETE.bits()), sys::NUD_INCOMPLETE);
        assert_eq!(u32::from(NudState::STALE.bits()), sys::NUD_STALE);
        assert_eq!(u32::from(NudState::FAILED.bits()), sys::NUD_FAILED);
        assert_eq!(u32::from(NudState::NOARP.bits()), sys::NUD_NOARP);
        assert_eq!(u32::from(NudState::PERMANENT.bits()), sys::NUD_PERMANENT);
        assert_eq!(u32::from(NudState::NONE.bits()), sys::NUD_NONE);
        assert_eq!(u32::from(NeighFlags::SELF.bits()), sys::NTF_SELF);
        assert_eq!(u32::from(NeighFlags::PROXY.bits()), sys::NTF_PROXY);
        assert_eq!(u32::from(NeighFlags::STICKY.bits()), sys::NTF_STICKY);
        assert_eq!(u32::from(NeighFlags::ROUTER.bits()), sys::NTF_ROUTER);
        assert_eq!(NeighFlagsExt::MANAGED.bits(), sys::NTF_EXT_MANAGED);
        assert_eq!(NeighFlagsExt::LOCKED.bits(), sys::NTF_EXT_LOCKED);
        assert_eq!(u32::from(AF_BRIDGE), linux_raw_sys::net::AF_BRIDGE);
        for (bit, name) in NUD_NAMES {
            assert!(NudState::from_bits(*bit as u16).is_some(), "{name}");
        }
    }
}

mod rule {
    use linux_raw_sys::netlink as sys;
    use nlwire::rule::*;

    #[test]
    fn constants_match_linux_raw_sys() {
        // linux-raw-sys has no fib_rules.h; the message types and tables it has.
        assert_eq!(table::MAIN, sys::rt_class_t::RT_TABLE_MAIN as u32);
        assert_eq!(table::LOCAL, sys::rt_class_t::RT_TABLE_LOCAL as u32);
        assert_eq!(table::DEFAULT, sys::rt_class_t::RT_TABLE_DEFAULT as u32);
        assert_eq!(table::COMPAT, sys::rt_class_t::RT_TABLE_COMPAT as u32);
        // The drop actions share their numbers with RTN_BLACKHOLE/UNREACHABLE/PROHIBIT.
        assert_eq!(u32::from(action::BLACKHOLE), sys::RTN_BLACKHOLE as u32);
        assert_eq!(u32::from(action::UNREACHABLE), sys::RTN_UNREACHABLE as u32);
        assert_eq!(u32::from(action::PROHIBIT), sys::RTN_PROHIBIT as u32);
    }
}

mod route {
    use linux_raw_sys::netlink as sys;
    use nlwire::route::*;

    #[test]
    fn constants_match_linux_raw_sys() {
        use sys::rtattr_type_t as t;
        assert_eq!(rta::DST, t::RTA_DST as u16);
        assert_eq!(rta::MULTIPATH, t::RTA_MULTIPATH as u16);
        assert_eq!(rta::TABLE, t::RTA_TABLE as u16);
        assert_eq!(rta::VIA, t::RTA_VIA as u16);
        assert_eq!(rta::PREF, t::RTA_PREF as u16);
        assert_eq!(rta::EXPIRES, t::RTA_EXPIRES as u16);
        assert_eq!(rta::NH_ID, t::RTA_NH_ID as u16);
        assert_eq!(rta::FLOWLABEL, t::RTA_FLOWLABEL as u16);
        assert_eq!(rtax::MTU, sys::RTAX_MTU as u16);
        assert_eq!(rtax::HOPLIMIT, sys::RTAX_HOPLIMIT as u16);
        assert_eq!(rtax::CC_ALGO, sys::RTAX_CC_ALGO as u16);
        assert_eq!(rtax::FASTOPEN_NO_COOKIE, sys::RTAX_FASTOPEN_NO_COOKIE as u16);
        assert_eq!(rtax_features::TCP_USEC_TS, sys::RTAX_FEATURE_TCP_USEC_TS);
        assert_eq!(rtn::LOCAL, sys::RTN_LOCAL as u8);
        assert_eq!(rtn::BLACKHOLE, sys::RTN_BLACKHOLE as u8);
        assert_eq!(rtn::XRESOLVE, sys::RTN_XRESOLVE as u8);
        assert_eq!(u32::from(rtprot::BOOT), sys::RTPROT_BOOT);
        assert_eq!(u32::from(rtprot::DHCP), sys::RTPROT_DHCP);
        assert_eq!(u32::from(rtprot::KEEPALIVED), sys::RTPROT_KEEPALIVED);
        assert_eq!(u32::from(rtprot::EIGRP), sys::RTPROT_EIGRP);
        assert_eq!(rt_table::MAIN, sys::rt_class_t::RT_TABLE_MAIN as u32);
        assert_eq!(rt_table::LOCAL, sys::rt_class_t::RT_TABLE_LOCAL as u32);
        assert_eq!(rt_scope::LINK, sys::rt_scope_t::RT_SCOPE_LINK as u8);
        assert_eq!(rt_scope::NOWHERE, sys::rt_scope_t::RT_SCOPE_NOWHERE as u8);
        assert_eq!(RouteFlags::LOOKUP_TABLE.bits(), sys::RTM_F_LOOKUP_TABLE);
        assert_eq!(RouteFlags::RT_OFFLOAD_FAILED.bits(), sys::RTM_F_OFFLOAD_FAILED);
        assert_eq!(RouteFlags::TRAP.bits(), sys::RTNH_F_TRAP);
        assert_eq!(NextHopFlags::UNRESOLVED.bits(), sys::RTNH_F_UNRESOLVED);
    }
}

mod tc {
    use linux_raw_sys::netlink as sys;
    use nlwire::tc::*;

    #[test]
    fn constants_match_linux_raw_sys() {
        assert_eq!(tca::KIND, sys::TCA_KIND as u16);
        assert_eq!(tca::OPTIONS, sys::TCA_OPTIONS as u16);
        assert_eq!(tca::STATS, sys::TCA_STATS as u16);
        assert_eq!(tca::XSTATS, sys::TCA_XSTATS as u16);
        assert_eq!(tca::RATE, sys::TCA_RATE as u16);
        assert_eq!(tca::FCNT, sys::TCA_FCNT as u16);
        assert_eq!(tca::STATS2, sys::TCA_STATS2 as u16);
        assert_eq!(tca::STAB, sys::TCA_STAB as u16);
        assert_eq!(tca::PAD, sys::TCA_PAD as u16);
        assert_eq!(tca::DUMP_INVISIBLE, sys::TCA_DUMP_INVISIBLE as u16);
        assert_eq!(tca::CHAIN, sys::TCA_CHAIN as u16);
        assert_eq!(tca::HW_OFFLOAD, sys::TCA_HW_OFFLOAD as u16);
        assert_eq!(tca::INGRESS_BLOCK, sys::TCA_INGRESS_BLOCK as u16);
        assert_eq!(tca::EGRESS_BLOCK, sys::TCA_EGRESS_BLOCK as u16);
        assert_eq!(tca::DUMP_FLAGS, sys::TCA_DUMP_FLAGS as u16);
        assert_eq!(tca::EXT_WARN_MSG, sys::TCA_EXT_WARN_MSG as u16);
        assert_eq!(core::mem::size_of::<sys::tcmsg>(), core::mem::size_of::<TcMsg>());
    }
}

mod message {
    use linux_raw_sys::netlink as sys;
    use nlwire::message::*;

    #[test]
    fn every_message_type_matches_linux_raw_sys() {
        let pairs = [
            (msg_type::RTM_NEWLINK, sys::RTM_NEWLINK as u16),
            (msg_type::RTM_DELLINK, sys::RTM_DELLINK as u16),
            (msg_type::RTM_GETLINK, sys::RTM_GETLINK as u16),
            (msg_type::RTM_SETLINK, sys::RTM_SETLINK as u16),
            (msg_type::RTM_NEWADDR, sys::RTM_NEWADDR as u16),
            (msg_type::RTM_DELADDR, sys::RTM_DELADDR as u16),
            (msg_type::RTM_GETADDR, sys::RTM_GETADDR as u16),
            (msg_type::RTM_NEWROUTE, sys::RTM_NEWROUTE as u16),
            (msg_type::RTM_DELROUTE, sys::RTM_DELROUTE as u16),
            (msg_type::RTM_GETROUTE, sys::RTM_GETROUTE as u16),
            (msg_type::RTM_NEWNEIGH, sys::RTM_NEWNEIGH as u16),
            (msg_type::RTM_DELNEIGH, sys::RTM_DELNEIGH as u16),
            (msg_type::RTM_GETNEIGH, sys::RTM_GETNEIGH as u16),
            (msg_type::RTM_NEWRULE, sys::RTM_NEWRULE as u16),
            (msg_type::RTM_DELRULE, sys::RTM_DELRULE as u16),
            (msg_type::RTM_GETRULE, sys::RTM_GETRULE as u16),
            (msg_type::RTM_NEWQDISC, sys::RTM_NEWQDISC as u16),
            (msg_type::RTM_DELQDISC, sys::RTM_DELQDISC as u16),
            (msg_type::RTM_GETQDISC, sys::RTM_GETQDISC as u16),
            (msg_type::RTM_NEWTCLASS, sys::RTM_NEWTCLASS as u16),
            (msg_type::RTM_DELTCLASS, sys::RTM_DELTCLASS as u16),
            (msg_type::RTM_GETTCLASS, sys::RTM_GETTCLASS as u16),
            (msg_type::RTM_NEWTFILTER, sys::RTM_NEWTFILTER as u16),
            (msg_type::RTM_DELTFILTER, sys::RTM_DELTFILTER as u16),
            (msg_type::RTM_GETTFILTER, sys::RTM_GETTFILTER as u16),
            (msg_type::RTM_GETMULTICAST, sys::RTM_GETMULTICAST as u16),
            (msg_type::RTM_NEWNEIGHTBL, sys::RTM_NEWNEIGHTBL as u16),
            (msg_type::RTM_GETNEIGHTBL, sys::RTM_GETNEIGHTBL as u16),
            (msg_type::RTM_SETNEIGHTBL, sys::RTM_SETNEIGHTBL as u16),
            (msg_type::RTM_NEWNETCONF, sys::RTM_NEWNETCONF as u16),
            (msg_type::RTM_DELNETCONF, sys::RTM_DELNETCONF as u16),
            (msg_type::RTM_GETNETCONF, sys::RTM_GETNETCONF as u16),
            (msg_type::RTM_NEWMDB, sys::RTM_NEWMDB as u16),
            (msg_type::RTM_DELMDB, sys::RTM_DELMDB as u16),
            (msg_type::RTM_GETMDB, sys::RTM_GETMDB as u16),
            (msg_type::RTM_NEWNSID, sys::RTM_NEWNSID as u16),
            (msg_type::RTM_DELNSID, sys::RTM_DELNSID as u16),
            (msg_type::RTM_GETNSID, sys::RTM_GETNSID as u16),
            (msg_type::RTM_NEWSTATS, sys::RTM_NEWSTATS as u16),
            (msg_type::RTM_GETSTATS, sys::RTM_GETSTATS as u16),
            (msg_type::RTM_NEWCHAIN, sys::RTM_NEWCHAIN as u16),
            (msg_type::RTM_DELCHAIN, sys::RTM_DELCHAIN as u16),
            (msg_type::RTM_GETCHAIN, sys::RTM_GETCHAIN as u16),
            (msg_type::RTM_NEWNEXTHOP, sys::RTM_NEWNEXTHOP as u16),
            (msg_type::RTM_DELNEXTHOP, sys::RTM_DELNEXTHOP as u16),
            (msg_type::RTM_GETNEXTHOP, sys::RTM_GETNEXTHOP as u16),
            (msg_type::RTM_NEWVLAN, sys::RTM_NEWVLAN as u16),
            (msg_type::RTM_DELVLAN, sys::RTM_DELVLAN as u16),
            (msg_type::RTM_GETVLAN, sys::RTM_GETVLAN as u16),
            (msg_type::RTM_NEWNEXTHOPBUCKET, sys::RTM_NEWNEXTHOPBUCKET as u16),
            (msg_type::RTM_DELNEXTHOPBUCKET, sys::RTM_DELNEXTHOPBUCKET as u16),
            (msg_type::RTM_GETNEXTHOPBUCKET, sys::RTM_GETNEXTHOPBUCKET as u16),
            // Written by hand (no spec).
            (msg_type::RTM_NEWPREFIX, sys::RTM_NEWPREFIX as u16),
            (msg_type::RTM_NEWADDRLABEL, sys::RTM_NEWADDRLABEL as u16),
            (msg_type::RTM_DELADDRLABEL, sys::RTM_DELADDRLABEL as u16),
            (msg_type::RTM_GETADDRLABEL, sys::RTM_GETADDRLABEL as u16),
            (msg_type::RTM_NEWLINKPROP, sys::RTM_NEWLINKPROP as u16),
            (msg_type::RTM_DELLINKPROP, sys::RTM_DELLINKPROP as u16),
        ];
        for (ours, theirs) in pairs {
            assert_eq!(ours, theirs);
        }
    }
}
