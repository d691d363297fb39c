//! Sizes and bytes from linux/xfrm.h, written by hand from the header's
//! layout on x86_64 (offsets as `offsetof` gives them), not from the code
//! under test.
#![allow(clippy::field_reassign_with_default)] // the structs filled field by field, as C fills them

use super::*;
use crate::test_prelude::*;

/// `sizeof` of each struct, as gcc gives it for linux/xfrm.h on x86_64.
#[test]
fn the_structs_have_the_kernels_sizes() {
    use core::mem::size_of;
    assert_eq!(size_of::<Selector>(), 56);
    assert_eq!(size_of::<Id>(), 24);
    assert_eq!(size_of::<LifetimeCfg>(), 64);
    assert_eq!(size_of::<LifetimeCur>(), 32);
    assert_eq!(size_of::<Stats>(), 12);
    assert_eq!(size_of::<UsersaInfo>(), 224);
    assert_eq!(size_of::<UsersaId>(), 24);
    assert_eq!(size_of::<UserpolicyInfo>(), 168);
    assert_eq!(size_of::<UserpolicyId>(), 64);
    assert_eq!(size_of::<UserTmpl>(), 64);
    assert_eq!(size_of::<AlgoHeader>(), 68);
    assert_eq!(size_of::<AlgoLenHeader>(), 72);
    assert_eq!(size_of::<EncapTmpl>(), 24);
    assert_eq!(size_of::<Mark>(), 8);
    assert_eq!(size_of::<UsersaFlush>(), 1);
    assert_eq!(size_of::<UserpolicyType>(), 6);
    assert_eq!(size_of::<ReplayState>(), 12);
    assert_eq!(size_of::<ReplayStateEsn>(), 24);
    assert_eq!(size_of::<AddressFilter>(), 36);
    assert_eq!(size_of::<UserOffload>(), 8);
    assert_eq!(size_of::<UserSecCtx>(), 8);
    assert_eq!(size_of::<SpdInfo>(), 24);
    assert_eq!(size_of::<HashInfo>(), 8);
    assert_eq!(size_of::<SpdHthresh>(), 2);
    assert_eq!(size_of::<UserExpire>(), 232);
    assert_eq!(size_of::<UserspiInfo>(), 232);
    assert_eq!(size_of::<UserpolicyDefault>(), 3);
    assert_eq!(size_of::<UserMapping>(), 64);
    assert_eq!(size_of::<UserPolexpire>(), 176);
    assert_eq!(size_of::<UserAcquire>(), 280);
    assert_eq!(size_of::<UserReport>(), 60);
    assert_eq!(size_of::<AeventId>(), 48);
}

/// The offsets gcc gives (`offsetof`) for the fields a printer reads.
#[test]
fn the_fields_sit_where_the_kernel_puts_them() {
    use core::mem::offset_of;
    assert_eq!(
        [offset_of!(Selector, dport), offset_of!(Selector, family), offset_of!(Selector, prefixlen_d)],
        [32, 40, 42]
    );
    assert_eq!(
        [offset_of!(Selector, proto), offset_of!(Selector, ifindex), offset_of!(Selector, user)],
        [44, 48, 52]
    );
    assert_eq!(
        [offset_of!(UsersaInfo, id), offset_of!(UsersaInfo, saddr), offset_of!(UsersaInfo, lft)],
        [56, 80, 96]
    );
    assert_eq!(
        [offset_of!(UsersaInfo, curlft), offset_of!(UsersaInfo, stats), offset_of!(UsersaInfo, seq)],
        [160, 192, 204]
    );
    assert_eq!([offset_of!(UsersaInfo, family), offset_of!(UsersaInfo, flags)], [212, 216]);
    assert_eq!(
        [
            offset_of!(UserpolicyInfo, lft),
            offset_of!(UserpolicyInfo, curlft),
            offset_of!(UserpolicyInfo, priority)
        ],
        [56, 120, 152]
    );
    assert_eq!([offset_of!(UserpolicyInfo, dir), offset_of!(UserpolicyInfo, share)], [160, 163]);
    assert_eq!([offset_of!(UserpolicyId, index), offset_of!(UserpolicyId, dir)], [56, 60]);
    assert_eq!(
        [offset_of!(UserTmpl, family), offset_of!(UserTmpl, saddr), offset_of!(UserTmpl, reqid)],
        [24, 28, 44]
    );
    assert_eq!(
        [offset_of!(UserTmpl, mode), offset_of!(UserTmpl, optional), offset_of!(UserTmpl, aalgos)],
        [48, 50, 52]
    );
    assert_eq!(
        [offset_of!(UsersaId, spi), offset_of!(UsersaId, family), offset_of!(UsersaId, proto)],
        [16, 20, 22]
    );
    assert_eq!(offset_of!(EncapTmpl, oa), 8);
    assert_eq!(offset_of!(UserpolicyType, reserved2), 4);
    assert_eq!([offset_of!(UserMapping, old_saddr), offset_of!(UserMapping, new_sport)], [28, 62]);
    assert_eq!([offset_of!(UserExpire, hard), offset_of!(UserPolexpire, hard)], [224, 168]);
    assert_eq!(
        [offset_of!(UserAcquire, sel), offset_of!(UserAcquire, policy), offset_of!(UserAcquire, aalgos)],
        [40, 96, 264]
    );
    assert_eq!(
        [offset_of!(UserReport, sel), offset_of!(AeventId, saddr), offset_of!(AeventId, flags)],
        [4, 24, 40]
    );
}

fn copy(req: &dyn Request) -> Vec<u8> {
    let (bytes, len) = emitted(req, 7);
    bytes[..len].to_vec()
}

/// ip xfrm state add src 192.0.2.1 dst 192.0.2.2 proto esp spi 0x1000 reqid 5
/// mode tunnel enc cbc(aes) 0x00..0f auth-trunc hmac(sha256) 0x10..2f 128 mark 7 if_id 9
#[test]
fn a_new_state_matches_the_uapi_layout_byte_for_byte() {
    let mut info = UsersaInfo::default();
    info.sel.family = 2.into();
    info.id.daddr = address("192.0.2.2".parse().unwrap());
    info.id.spi = 0x1000.into();
    info.id.proto = IPPROTO_ESP;
    info.saddr = address("192.0.2.1".parse().unwrap());
    info.lft = LifetimeCfg::unlimited();
    info.reqid = 5.into();
    info.family = 2.into();
    info.mode = mode::TUNNEL;
    let enc: Vec<u8> = (0..16).collect();
    let auth: Vec<u8> = (16..48).collect();
    let algos = [
        Algo::new(xfrma::ALG_CRYPT, "cbc(aes)", &enc),
        Algo { len: 128, ..Algo::new(xfrma::ALG_AUTH_TRUNC, "hmac(sha256)", &auth) },
    ];
    let entry = SaEntry {
        algos: &algos,
        mark: Some(Mark { v: 7.into(), m: u32::MAX.into() }),
        if_id: Some(9),
        ..SaEntry::new(info)
    };
    let got = copy(&NewSa(entry));

    let mut sa = vec![0u8; 224];
    sa[40..42].copy_from_slice(&2u16.to_ne_bytes()); // sel.family
    sa[56..60].copy_from_slice(&[192, 0, 2, 2]); // id.daddr
    sa[72..76].copy_from_slice(&0x1000u32.to_be_bytes()); // id.spi
    sa[76] = 50; // id.proto
    sa[80..84].copy_from_slice(&[192, 0, 2, 1]); // saddr
    sa[96..128].fill(0xff); // lft: the four limits XFRM_INF
    sa[208..212].copy_from_slice(&5u32.to_ne_bytes()); // reqid
    sa[212..214].copy_from_slice(&2u16.to_ne_bytes()); // family
    sa[214] = 1; // mode
    let mut body = sa;
    let mut crypt = vec![0u8; 68];
    crypt[..8].copy_from_slice(b"cbc(aes)");
    crypt[64..68].copy_from_slice(&128u32.to_ne_bytes());
    crypt.extend_from_slice(&enc);
    put_attr(&mut body, 2, &crypt); // XFRMA_ALG_CRYPT
    let mut trunc = vec![0u8; 72];
    trunc[..12].copy_from_slice(b"hmac(sha256)");
    trunc[64..68].copy_from_slice(&256u32.to_ne_bytes());
    trunc[68..72].copy_from_slice(&128u32.to_ne_bytes());
    trunc.extend_from_slice(&auth);
    put_attr(&mut body, 20, &trunc); // XFRMA_ALG_AUTH_TRUNC
    let mut mark = 7u32.to_ne_bytes().to_vec();
    mark.extend_from_slice(&u32::MAX.to_ne_bytes());
    put_attr(&mut body, 21, &mark); // XFRMA_MARK
    put_attr(&mut body, 31, &9u32.to_ne_bytes()); // XFRMA_IF_ID
    assert_eq!(got, nlmsg(0x10, 0x0005, 7, &body)); // XFRM_MSG_NEWSA, REQUEST | ACK

    // Read back through the view.
    let msg = Messages::new(&got).next().unwrap().unwrap();
    let v = Sa::parse(&msg).unwrap();
    assert_eq!((v.info().reqid.get(), v.info().id.spi.get()), (5, 0x1000));
    assert_eq!(v.algo(xfrma::ALG_AUTH_TRUNC).unwrap(), Some(Algo { key_bits: 256, ..algos[1] }));
    assert_eq!(v.algo(xfrma::ALG_CRYPT).unwrap().unwrap().key, &enc[..]);
    assert_eq!((v.mark().unwrap().unwrap().v.get(), v.if_id().unwrap()), (7, Some(9)));
}

/// ip xfrm state get|delete src 198.51.100.1 dst 198.51.100.2 proto ah spi 0x42
#[test]
fn get_and_delete_name_a_state_with_its_source() {
    let mut id = UsersaId::default();
    id.daddr = address("198.51.100.2".parse().unwrap());
    id.spi = 0x42.into();
    id.family = 2.into();
    id.proto = IPPROTO_AH;
    let r = SaRef { id, saddr: address("198.51.100.1".parse().unwrap()), mark: None };
    let mut body = vec![0u8; 24];
    body[..4].copy_from_slice(&[198, 51, 100, 2]);
    body[16..20].copy_from_slice(&0x42u32.to_be_bytes());
    body[20..22].copy_from_slice(&2u16.to_ne_bytes());
    body[22] = 51;
    let mut src = [0u8; 16];
    src[..4].copy_from_slice(&[198, 51, 100, 1]);
    put_attr(&mut body, 13, &src); // XFRMA_SRCADDR
    assert_eq!(copy(&GetSa(r)), nlmsg(0x12, 0x0005, 7, &body));
    assert_eq!(copy(&DeleteSa(r)), nlmsg(0x11, 0x0005, 7, &body));
}

#[test]
fn dumps_flushes_and_counts_match_the_uapi_layout() {
    // A state dump: no header, the filters as attributes.
    let mut filter = AddressFilter::default();
    filter.family = 10.into();
    filter.dplen = 32;
    let mut body = Vec::new();
    put_attr(&mut body, 25, &[50]); // XFRMA_PROTO esp
    put_attr(&mut body, 26, filter.as_bytes()); // XFRMA_ADDRESS_FILTER
    assert_eq!(copy(&SaDump { proto: Some(50), filter: Some(filter) }), nlmsg(0x12, 0x0301, 7, &body));
    assert_eq!(copy(&PolicyDump), nlmsg(0x15, 0x0301, 7, &[]));
    // xfrm_usersa_flush is one byte, padded to 4.
    assert_eq!(copy(&FlushSa { proto: 51 }), nlmsg(0x1c, 0x0005, 7, &[51, 0, 0, 0]));
    let mut ptype = Vec::new();
    put_attr(&mut ptype, 16, &[1, 0, 0, 0, 0, 0]); // XFRMA_POLICY_TYPE sub
    assert_eq!(copy(&FlushPolicy { ptype: Some(policy::TYPE_SUB) }), nlmsg(0x1d, 0x0005, 7, &ptype));
    assert_eq!(copy(&FlushPolicy { ptype: None }), nlmsg(0x1d, 0x0005, 7, &[]));
    assert_eq!(copy(&GetSadInfo), nlmsg(0x23, 0x0005, 7, &[0xff; 4]));
    assert_eq!(copy(&GetSpdInfo), nlmsg(0x25, 0x0005, 7, &[0xff; 4]));
}

/// ip xfrm policy add src 192.0.2.0/24 dst 198.51.100.0/24 dir out priority 10
/// tmpl src 192.0.2.1 dst 198.51.100.1 proto esp reqid 3 mode tunnel
#[test]
fn a_new_policy_matches_the_uapi_layout_byte_for_byte() {
    let mut info = UserpolicyInfo::default();
    info.sel.family = 2.into();
    info.sel.saddr = address("192.0.2.0".parse().unwrap());
    info.sel.prefixlen_s = 24;
    info.sel.daddr = address("198.51.100.0".parse().unwrap());
    info.sel.prefixlen_d = 24;
    info.lft = LifetimeCfg::unlimited();
    info.priority = 10.into();
    info.dir = policy::OUT;
    let mut t = UserTmpl::default();
    t.id.daddr = address("198.51.100.1".parse().unwrap());
    t.id.proto = IPPROTO_ESP;
    t.family = 2.into();
    t.saddr = address("192.0.2.1".parse().unwrap());
    t.reqid = 3.into();
    t.mode = mode::TUNNEL;
    t.aalgos = u32::MAX.into();
    t.ealgos = u32::MAX.into();
    t.calgos = u32::MAX.into();
    let templates = [t];
    let got = copy(&NewPolicy(PolicyEntry { templates: &templates, ..PolicyEntry::new(info) }));

    let mut body = vec![0u8; 168];
    body[..3].copy_from_slice(&[198, 51, 100]); // sel.daddr
    body[16..19].copy_from_slice(&[192, 0, 2]); // sel.saddr
    body[40..42].copy_from_slice(&2u16.to_ne_bytes());
    body[42] = 24;
    body[43] = 24;
    body[56..88].fill(0xff);
    body[152..156].copy_from_slice(&10u32.to_ne_bytes());
    body[160] = 1;
    let mut tmpl = vec![0u8; 64];
    tmpl[..4].copy_from_slice(&[198, 51, 100, 1]);
    tmpl[20] = 50;
    tmpl[24..26].copy_from_slice(&2u16.to_ne_bytes());
    tmpl[28..32].copy_from_slice(&[192, 0, 2, 1]);
    tmpl[44..48].copy_from_slice(&3u32.to_ne_bytes());
    tmpl[48] = 1;
    tmpl[52..64].fill(0xff);
    put_attr(&mut body, 5, &tmpl); // XFRMA_TMPL
    assert_eq!(got, nlmsg(0x13, 0x0005, 7, &body));

    let msg = Messages::new(&got).next().unwrap().unwrap();
    let p = Policy::parse(&msg).unwrap();
    assert_eq!((p.info().priority.get(), p.info().dir), (10, policy::OUT));
    let ts: Vec<&UserTmpl> = p.templates().unwrap().collect();
    assert_eq!(ts, [&t]);
    assert_eq!(p.policy_type().unwrap(), None);
}

/// ip xfrm policy delete dir in index 8 ptype sub
#[test]
fn a_policy_is_named_by_index_and_type() {
    let mut id = UserpolicyId::default();
    id.index = 8.into();
    id.sel.family = 2.into();
    let r = PolicyRef { id, ptype: Some(policy::TYPE_SUB), mark: None, if_id: Some(4), ctx: None };
    let mut body = vec![0u8; 64];
    body[40..42].copy_from_slice(&2u16.to_ne_bytes());
    body[56..60].copy_from_slice(&8u32.to_ne_bytes());
    put_attr(&mut body, 16, &[1, 0, 0, 0, 0, 0]);
    put_attr(&mut body, 31, &4u32.to_ne_bytes());
    assert_eq!(copy(&DeletePolicy(r)), nlmsg(0x14, 0x0005, 7, &body));
    assert_eq!(copy(&GetPolicy(r)), nlmsg(0x15, 0x0005, 7, &body));
}

#[test]
fn bad_values_write_nothing_and_short_attributes_are_errors() {
    let long = "x".repeat(64);
    let algos = [Algo::new(xfrma::ALG_CRYPT, &long, &[])];
    let mut buf = [0u8; 512];
    let mut b = Builder::new(&mut buf);
    let entry = SaEntry { algos: &algos, ..SaEntry::new(UsersaInfo::default()) };
    assert!(matches!(b.push(&NewSa(entry), 1), Err(Error::InvalidValue { .. })));
    let esn = ReplayStateEsn { bmp_len: 129.into(), ..ReplayStateEsn::default() };
    let entry = SaEntry { replay_esn: Some(esn), ..SaEntry::new(UsersaInfo::default()) };
    assert!(matches!(b.push(&NewSa(entry), 1), Err(Error::InvalidValue { .. })));
    assert!(b.is_empty());

    // An algorithm whose key length says more than the attribute holds.
    let mut crypt = vec![0u8; 68];
    crypt[64..68].copy_from_slice(&128u32.to_ne_bytes());
    crypt.extend_from_slice(&[1, 2, 3]);
    let mut body = vec![0u8; 224];
    put_attr(&mut body, 2, &crypt);
    put_attr(&mut body, 21, &[1, 2, 3]); // a short mark
    let m = nlmsg(0x10, 0, 1, &body);
    let msg = Messages::new(&m).next().unwrap().unwrap();
    let sa = Sa::parse(&msg).unwrap();
    assert!(matches!(sa.algo(xfrma::ALG_CRYPT), Err(Error::Truncated { .. })));
    assert!(matches!(sa.mark(), Err(Error::Truncated { .. })));
    // Not a state, and a short header.
    assert!(Policy::parse(&msg).is_err());
    let m = nlmsg(0x10, 0, 1, &[0u8; 100]);
    assert!(Sa::parse(&Messages::new(&m).next().unwrap().unwrap()).is_err());
}

/// XFRM_MSG_NEWSADINFO as xfrm_user.c's build_sadinfo writes it: the flags
/// word, XFRMA_SAD_CNT, XFRMA_SAD_HINFO.
#[test]
fn reads_the_kernels_counts() {
    let mut body = 0u32.to_ne_bytes().to_vec();
    put_attr(&mut body, 1, &3u32.to_ne_bytes());
    let mut h = 8u32.to_ne_bytes().to_vec();
    h.extend_from_slice(&1024u32.to_ne_bytes());
    put_attr(&mut body, 2, &h);
    let m = nlmsg(0x22, 0, 1, &body);
    let info = Info::parse(&Messages::new(&m).next().unwrap().unwrap()).unwrap();
    assert_eq!(info.sad_count().unwrap(), Some(3));
    let h = info.hash_info().unwrap().unwrap();
    assert_eq!((h.count.get(), h.max.get()), (8, 1024));
}

#[test]
fn addresses_convert_both_ways() {
    for ip in ["192.0.2.7", "2001:db8::1"] {
        let ip: IpAddr = ip.parse().unwrap();
        let family = if ip.is_ipv4() { 2 } else { 10 };
        assert_eq!(super::ip(family, &address(ip)), Some(ip));
    }
    assert_eq!(super::ip(0, &[0; 16]), None);
}

/// The registry names xfrm's messages, fields and attributes, and the
/// formatter prints them (`Protocol::Xfrm`).
#[test]
fn the_formatter_names_xfrm_messages() {
    use crate::registry::Protocol;
    let mut info = UsersaInfo::default();
    info.reqid = 5.into();
    info.id.proto = IPPROTO_ESP;
    info.family = 2.into();
    let entry =
        SaEntry { if_id: Some(9), mark: Some(Mark { v: 7.into(), m: 0xff.into() }), ..SaEntry::new(info) };
    let (bytes, len) = emitted(&NewSa(entry), 3);
    let msg = Messages::new(&bytes[..len]).next().unwrap().unwrap();
    assert_eq!(Protocol::Xfrm.message_type(msg.kind()).map(|t| t.name), Some("XFRM_MSG_NEWSA"));
    assert_eq!(msg.get_in(Protocol::Xfrm, "if_id"), Ok(Some(Value::U32(9))));
    assert_eq!(msg.get_in(Protocol::Xfrm, "reqid"), Ok(Some(Value::U32(5))));
    assert_eq!(msg.get_path_in(Protocol::Xfrm, &["mark", "v"]), Ok(Some(Value::U32(7))));
    let mut text = String::new();
    crate::fmt::write_text_in(Protocol::Xfrm, &msg, &mut text).unwrap();
    assert!(text.starts_with("XFRM_MSG_NEWSA seq 3"), "{text}");
    assert!(text.contains("XFRMA_IF_ID: 9") && text.contains("reqid 5, family 2"), "{text}");
    let mut json = String::new();
    crate::fmt::write_json_in(Protocol::Xfrm, &msg, &mut json).unwrap();
    assert!(json.starts_with("{\"type\":\"XFRM_MSG_NEWSA\""), "{json}");
    // Types xfrm lacks, and rtnetlink's numbers, are not xfrm's.
    assert!(Protocol::Xfrm.message_type(0x30).is_none());
    assert!(Protocol::Xfrm.message_type(crate::msg_type::RTM_NEWROUTE).is_none());
    let (bytes, len) = emitted(&GetSpdInfo, 1);
    let msg = Messages::new(&bytes[..len]).next().unwrap().unwrap();
    let mut text = String::new();
    crate::fmt::write_text_in(Protocol::Xfrm, &msg, &mut text).unwrap();
    assert!(text.starts_with("XFRM_MSG_GETSPDINFO"), "{text}");
}

/// ip xfrm state allocspi src 192.0.2.1 dst 192.0.2.2 proto esp min 0x100 max 0x200 mark 5
#[test]
fn allocspi_matches_the_uapi_layout_byte_for_byte() {
    let mut info = UsersaInfo::default();
    info.id.daddr = address("192.0.2.2".parse().unwrap());
    info.id.proto = IPPROTO_ESP;
    info.saddr = address("192.0.2.1".parse().unwrap());
    info.family = 2.into();
    let spi = UserspiInfo { info, min: 0x100.into(), max: 0x200.into() };
    let got = copy(&AllocSpi { spi, mark: Some(Mark { v: 5.into(), m: u32::MAX.into() }) });
    let mut body = vec![0u8; 232];
    body[56..60].copy_from_slice(&[192, 0, 2, 2]);
    body[76] = 50;
    body[80..84].copy_from_slice(&[192, 0, 2, 1]);
    body[212..214].copy_from_slice(&2u16.to_ne_bytes());
    body[224..228].copy_from_slice(&0x100u32.to_ne_bytes()); // min
    body[228..232].copy_from_slice(&0x200u32.to_ne_bytes()); // max
    put_attr(&mut body, 21, &[5u32.to_ne_bytes(), u32::MAX.to_ne_bytes()].concat());
    assert_eq!(got, nlmsg(0x16, 0x0005, 7, &body)); // XFRM_MSG_ALLOCSPI
}

/// ip xfrm policy set hthresh4 24 16; setdefault in block fwd accept; getdefault
#[test]
fn spd_settings_match_the_uapi_layout_byte_for_byte() {
    let set = SetSpdInfo { hthresh4: Some(SpdHthresh { lbits: 24, rbits: 16 }), hthresh6: None };
    let mut body = vec![0xff; 4];
    put_attr(&mut body, 3, &[24, 16]); // XFRMA_SPD_IPV4_HTHRESH
    assert_eq!(copy(&set), nlmsg(0x24, 0x0005, 7, &body)); // XFRM_MSG_NEWSPDINFO
    let d = UserpolicyDefault { dir_in: default_policy::BLOCK, fwd: default_policy::ACCEPT, out: 0 };
    assert_eq!(copy(&SetDefault(d)), nlmsg(0x27, 0x0005, 7, &[1, 2, 0, 0])); // XFRM_MSG_SETDEFAULT
    assert_eq!(copy(&GetDefault), nlmsg(0x28, 0x0005, 7, &[0, 0, 0, 0])); // XFRM_MSG_GETDEFAULT
}

/// ip xfrm policy add src 192.0.2.1 dir in ctx system_u:x: `struct
/// xfrm_user_sec_ctx` (len, exttype XFRMA_SEC_CTX, alg 1, doi 1, ctx_len)
/// and the text with its NUL.
#[test]
fn a_security_context_matches_the_uapi_layout() {
    let mut info = UserpolicyInfo::default();
    info.sel.family = 2.into();
    let got = copy(&NewPolicy(PolicyEntry { ctx: Some("system_u:x"), ..PolicyEntry::new(info) }));
    let mut body = vec![0u8; 168];
    body[40..42].copy_from_slice(&2u16.to_ne_bytes());
    let mut ctx = Vec::new();
    ctx.extend_from_slice(&19u16.to_ne_bytes()); // 8 + 11
    ctx.extend_from_slice(&8u16.to_ne_bytes());
    ctx.extend_from_slice(&[1, 1]);
    ctx.extend_from_slice(&11u16.to_ne_bytes());
    ctx.extend_from_slice(b"system_u:x\0");
    put_attr(&mut body, 8, &ctx);
    assert_eq!(got, nlmsg(0x13, 0x0005, 7, &body));
    let mut buf = [0u8; 512];
    let bad = PolicyEntry { ctx: Some("a\0b"), ..PolicyEntry::new(info) };
    assert!(matches!(Builder::new(&mut buf).push(&NewPolicy(bad), 1), Err(Error::InvalidValue { .. })));
}

/// ip xfrm state add ... offload dev lo dir in: `struct xfrm_user_offload`
/// (ifindex, flags XFRM_OFFLOAD_INBOUND, padding).
#[test]
fn an_offload_matches_the_uapi_layout() {
    let off = UserOffload { ifindex: 1.into(), flags: offload::INBOUND, ..UserOffload::default() };
    let got = copy(&NewSa(SaEntry { offload: Some(off), ..SaEntry::new(UsersaInfo::default()) }));
    let mut body = vec![0u8; 224];
    put_attr(&mut body, 28, &[1i32.to_ne_bytes().as_slice(), &[2, 0, 0, 0]].concat()); // XFRMA_OFFLOAD_DEV
    assert_eq!(got, nlmsg(0x10, 0x0005, 7, &body));
}
