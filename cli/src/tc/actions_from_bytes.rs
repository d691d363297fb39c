//! Actions this kernel lacks (police, vlan, skbedit, mpls, ct, sample,
//! tunnel_key, csum, nat, connmark) on a u32 filter, from messages built
//! here per `linux/tc_act/*.h` and `linux/pkt_sched.h`: nlw's text is what
//! tc 6.1 prints of the same message (`tc monitor file`), its JSON has the
//! keys of tc's printers (tc/m_police.c, m_vlan.c, m_skbedit.c, m_mpls.c,
//! m_ct.c, m_sample.c, m_tunnel_key.c, m_csum.c, m_nat.c, m_connmark.c;
//! `tc monitor` prints no JSON).

use nlwire_tests::wire::{attr, nest, u32_attr, words};
use serde_json::{json, Value};

use super::from_bytes::{check, check_stats, refused, u32_filter, TCA_ACT_KIND, TCA_ACT_OPTIONS};

// TC_ACT_OK, TC_ACT_SHOT, TC_ACT_PIPE (linux/pkt_cls.h).
const PASS: i32 = 0;
const DROP: i32 = 2;
const PIPE: i32 = 3;

/// Action `order` of `kind` with the options `options`.
fn action(order: u16, kind: &str, options: &[u8]) -> Vec<u8> {
    let kind = attr(TCA_ACT_KIND, format!("{kind}\0").as_bytes());
    nest(order, &[kind, nest(TCA_ACT_OPTIONS, options)].concat())
}

/// `struct tc_gen`: index, capab, action, refcnt 1, bindcnt 1; the head
/// of every action's parameters.
fn tc_gen(index: u32, action: i32) -> Vec<u8> {
    words(&[index, 0, action as u32, 1, 1])
}

/// Parameters `kind` that are `struct tc_gen` and one 32-bit word (the
/// `v_action` of tc_vlan, `m_action` of tc_mpls, `t_action` of
/// tc_tunnel_key, `update_flags` of tc_csum).
fn gen_and_word(kind: u16, index: u32, action: i32, word: u32) -> Vec<u8> {
    attr(kind, &[tc_gen(index, action), words(&[word])].concat())
}

/// The counts line tc's JSON has for every action but police.
fn counts(index: u32) -> Value {
    json!({"index": index, "ref": 1, "bind": 1})
}

/// `a` with the keys of `b` added.
fn with(mut a: Value, b: Value) -> Value {
    a.as_object_mut().unwrap().extend(b.as_object().unwrap().clone());
    a
}

// TCA_POLICE_* (linux/pkt_cls.h).
const TCA_POLICE_TBF: u16 = 1;
const TCA_POLICE_AVRATE: u16 = 4;
const TCA_POLICE_RESULT: u16 = 5;
const TCA_POLICE_RATE64: u16 = 8;
const TCA_POLICE_PKTRATE64: u16 = 10;
const TCA_POLICE_PKTBURST64: u16 = 11;

/// `struct tc_ratespec`: cell_log, linklayer, overhead, cell_align, mpu,
/// rate.
fn ratespec(linklayer: u8, overhead: u16, rate: u32) -> Vec<u8> {
    let mut spec = vec![0, linklayer];
    spec.extend_from_slice(&overhead.to_ne_bytes());
    spec.extend_from_slice(&[0; 4]);
    spec.extend_from_slice(&rate.to_ne_bytes());
    spec
}

/// `struct tc_police`: index, action, limit, burst (in ticks of 64 ns),
/// mtu, rate, peakrate, refcnt 1, bindcnt 1, capab.
fn police_tbf(index: u32, action: i32, burst: u32, mtu: u32, rate: Vec<u8>, peak: Vec<u8>) -> Vec<u8> {
    let mut tbf = words(&[index, action as u32, 0, burst, mtu]);
    tbf.extend(rate);
    tbf.extend(peak);
    tbf.extend(words(&[1, 1, 0]));
    attr(TCA_POLICE_TBF, &tbf)
}

/// A 64-bit attribute, in host order.
fn u64_attr(kind: u16, value: u64) -> Vec<u8> {
    attr(kind, &value.to_ne_bytes())
}

/// police at 1mbit, burst 10 ms of it (156,250 ticks: 1250 bytes), then
/// with a peak rate, an average rate, a result verdict and ATM framing,
/// then with a 64-bit rate and a packet rate.
#[test]
fn police_prints_as_tc() {
    let ethernet = police_tbf(1, DROP, 156_250, 2040, ratespec(1, 0, 125_000), ratespec(1, 0, 0));
    let atm = [
        police_tbf(2, PIPE, 156_250, 0, ratespec(2, 4, 125_000), ratespec(1, 0, 250_000)),
        u32_attr(TCA_POLICE_AVRATE, 1000),
        u32_attr(TCA_POLICE_RESULT, PASS as u32),
    ]
    .concat();
    let wide = [
        police_tbf(3, DROP, 15_625, 1500, ratespec(1, 0, u32::MAX), ratespec(1, 0, 0)),
        u64_attr(TCA_POLICE_RATE64, 5_000_000_000),
        u64_attr(TCA_POLICE_PKTRATE64, 1000),
        u64_attr(TCA_POLICE_PKTBURST64, 15_625_000),
    ]
    .concat();
    let actions =
        [action(1, "police", &ethernet), action(2, "police", &atm), action(3, "police", &wide)].concat();
    let police = |index: u32, verdict: &str| json!({"order": index, "kind": "police", "index": index, "control_action": {"type": verdict}});
    check(
        &u32_filter(&actions),
        "/options/actions",
        json!([
            with(police(1, "drop"), json!({"overhead": 0, "ref": 1, "bind": 1})),
            // The result verdict is a second `control_action` key, as tc's
            // print_action_control writes it; the parser keeps the last.
            with(police(2, "pass"), json!({"overhead": 4, "linklayer": "atm", "ref": 1, "bind": 1})),
            with(
                police(3, "drop"),
                json!({"pkts_rate": 1000, "pkts_burst": 1000, "overhead": 0, "ref": 1, "bind": 1})
            ),
        ]),
    );
}

// TCA_VLAN_* and TCA_VLAN_ACT_* (linux/tc_act/tc_vlan.h).
const TCA_VLAN_PARMS: u16 = 2;
const TCA_VLAN_PUSH_VLAN_ID: u16 = 3;
const TCA_VLAN_PUSH_VLAN_PROTOCOL: u16 = 4;
const TCA_VLAN_PUSH_VLAN_PRIORITY: u16 = 6;
const TCA_VLAN_PUSH_ETH_DST: u16 = 7;
const TCA_VLAN_PUSH_ETH_SRC: u16 = 8;
const VLAN_POP: u32 = 1;
const VLAN_PUSH: u32 = 2;
const VLAN_MODIFY: u32 = 3;
const VLAN_PUSH_ETH: u32 = 5;

/// `struct tc_vlan`: tc_gen, then v_action.
fn vlan_parms(index: u32, action: i32, v_action: u32) -> Vec<u8> {
    gen_and_word(TCA_VLAN_PARMS, index, action, v_action)
}

/// vlan pop; push with an id, 802.1ad (network order) and a priority;
/// modify with an id alone; push_eth with both addresses.
#[test]
fn vlan_prints_as_tc() {
    let push = [
        vlan_parms(2, PIPE, VLAN_PUSH),
        attr(TCA_VLAN_PUSH_VLAN_ID, &100u16.to_ne_bytes()),
        attr(TCA_VLAN_PUSH_VLAN_PROTOCOL, &0x88a8u16.to_be_bytes()),
        attr(TCA_VLAN_PUSH_VLAN_PRIORITY, &[5]),
    ]
    .concat();
    let modify =
        [vlan_parms(3, PASS, VLAN_MODIFY), attr(TCA_VLAN_PUSH_VLAN_ID, &7u16.to_ne_bytes())].concat();
    let push_eth = [
        vlan_parms(4, PIPE, VLAN_PUSH_ETH),
        attr(TCA_VLAN_PUSH_ETH_DST, &[2, 0, 0, 0, 0, 1]),
        attr(TCA_VLAN_PUSH_ETH_SRC, &[2, 0, 0, 0, 0, 2]),
    ]
    .concat();
    let actions = [
        action(1, "vlan", &vlan_parms(1, DROP, VLAN_POP)),
        action(2, "vlan", &push),
        action(3, "vlan", &modify),
        action(4, "vlan", &push_eth),
    ]
    .concat();
    let vlan = |order: u32, v: Value, verdict: &str| {
        let head = json!({"order": order, "kind": "vlan"});
        with(with(with(head, v), json!({"control_action": {"type": verdict}})), counts(order))
    };
    check(
        &u32_filter(&actions),
        "/options/actions",
        json!([
            vlan(1, json!({"vlan_action": "pop"}), "drop"),
            vlan(2, json!({"vlan_action": "push", "id": 100, "protocol": "802.1ad", "priority": 5}), "pipe"),
            vlan(3, json!({"vlan_action": "modify", "id": 7}), "pass"),
            vlan(
                4,
                json!({"vlan_action": "push_eth", "dst_mac": "02:00:00:00:00:01", "src_mac": "02:00:00:00:00:02"}),
                "pipe"
            ),
        ]),
    );
}

// TCA_SKBEDIT_* (linux/tc_act/tc_skbedit.h).
const TCA_SKBEDIT_PARMS: u16 = 2;
const TCA_SKBEDIT_PRIORITY: u16 = 3;
const TCA_SKBEDIT_QUEUE_MAPPING: u16 = 4;
const TCA_SKBEDIT_MARK: u16 = 5;
const TCA_SKBEDIT_PTYPE: u16 = 7;
const TCA_SKBEDIT_MASK: u16 = 8;

/// skbedit with every field tc 6.1 prints (priority a class, `1:20`;
/// ptype PACKET_HOST, 0), then with an unnamed ptype alone.
#[test]
fn skbedit_prints_as_tc() {
    let every = [
        attr(TCA_SKBEDIT_PARMS, &tc_gen(1, PIPE)),
        attr(TCA_SKBEDIT_QUEUE_MAPPING, &3u16.to_ne_bytes()),
        u32_attr(TCA_SKBEDIT_PRIORITY, 0x0001_0020),
        u32_attr(TCA_SKBEDIT_MARK, 7),
        u32_attr(TCA_SKBEDIT_MASK, 0xff),
        attr(TCA_SKBEDIT_PTYPE, &0u16.to_ne_bytes()),
    ]
    .concat();
    let ptype =
        [attr(TCA_SKBEDIT_PARMS, &tc_gen(2, PASS)), attr(TCA_SKBEDIT_PTYPE, &5u16.to_ne_bytes())].concat();
    let actions = [action(1, "skbedit", &every), action(2, "skbedit", &ptype)].concat();
    check(
        &u32_filter(&actions),
        "/options/actions",
        json!([
            with(
                json!({"order": 1, "kind": "skbedit", "queue_mapping": 3, "priority": "1:20", "mark": 7,
                       "mask": "0xff", "ptype": "host", "control_action": {"type": "pipe"}}),
                counts(1)
            ),
            with(
                json!({"order": 2, "kind": "skbedit", "ptype": 5, "control_action": {"type": "pass"}}),
                counts(2)
            ),
        ]),
    );
}

// TCA_SAMPLE_* (linux/tc_act/tc_sample.h).
const TCA_SAMPLE_PARMS: u16 = 2;
const TCA_SAMPLE_RATE: u16 = 3;
const TCA_SAMPLE_TRUNC_SIZE: u16 = 4;
const TCA_SAMPLE_PSAMPLE_GROUP: u16 = 5;

/// sample with and without a truncation size; one without its group,
/// which tc's printer refuses, prints its kind alone.
#[test]
fn sample_prints_as_tc() {
    let truncated = [
        attr(TCA_SAMPLE_PARMS, &tc_gen(1, PIPE)),
        u32_attr(TCA_SAMPLE_RATE, 100),
        u32_attr(TCA_SAMPLE_PSAMPLE_GROUP, 12),
        u32_attr(TCA_SAMPLE_TRUNC_SIZE, 128),
    ]
    .concat();
    let whole = [
        attr(TCA_SAMPLE_PARMS, &tc_gen(2, PASS)),
        u32_attr(TCA_SAMPLE_RATE, 10),
        u32_attr(TCA_SAMPLE_PSAMPLE_GROUP, 1),
    ]
    .concat();
    let actions = [action(1, "sample", &truncated), action(2, "sample", &whole)].concat();
    check(
        &u32_filter(&actions),
        "/options/actions",
        json!([
            with(
                json!({"order": 1, "kind": "sample", "rate": 100, "group": 12, "trunc_size": 128,
                       "control_action": {"type": "pipe"}}),
                counts(1)
            ),
            with(
                json!({"order": 2, "kind": "sample", "rate": 10, "group": 1, "control_action": {"type": "pass"}}),
                counts(2)
            ),
        ]),
    );
}

// TCA_CT_* and TCA_CT_ACT_* (linux/tc_act/tc_ct.h).
const TCA_CT_PARMS: u16 = 1;
const TCA_CT_ACTION: u16 = 3;
const TCA_CT_ZONE: u16 = 4;
const TCA_CT_MARK: u16 = 5;
const TCA_CT_MARK_MASK: u16 = 6;
const TCA_CT_LABELS: u16 = 7;
const TCA_CT_LABELS_MASK: u16 = 8;
const TCA_CT_NAT_IPV4_MIN: u16 = 9;
const TCA_CT_NAT_IPV4_MAX: u16 = 10;
const TCA_CT_NAT_IPV6_MIN: u16 = 11;
const TCA_CT_NAT_IPV6_MAX: u16 = 12;
const TCA_CT_NAT_PORT_MIN: u16 = 13;
const TCA_CT_NAT_PORT_MAX: u16 = 14;
const CT_COMMIT: u16 = 1;
const CT_FORCE: u16 = 1 << 1;
const CT_CLEAR: u16 = 1 << 2;
const CT_NAT: u16 = 1 << 3;
const CT_NAT_SRC: u16 = 1 << 4;
const CT_NAT_DST: u16 = 1 << 5;

/// A ct action's parameters (`struct tc_ct`: tc_gen) and `TCA_CT_ACTION`.
fn ct(index: u32, verdict: i32, action: u16) -> Vec<u8> {
    [attr(TCA_CT_PARMS, &tc_gen(index, verdict)), attr(TCA_CT_ACTION, &action.to_ne_bytes())].concat()
}

/// ct: plain; commit force with a masked mark, a zone and labels; clear;
/// source NAT over an IPv4 and port range (ports in network order);
/// destination NAT to one IPv6 address; NAT alone; labels with a mask.
#[test]
fn ct_prints_as_tc() {
    let v6 = [0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1];
    let marked = [
        ct(2, PIPE, CT_COMMIT | CT_FORCE),
        u32_attr(TCA_CT_MARK, 7),
        u32_attr(TCA_CT_MARK_MASK, 0xff),
        attr(TCA_CT_ZONE, &5u16.to_ne_bytes()),
        attr(TCA_CT_LABELS, &(0..16).collect::<Vec<u8>>()),
        attr(TCA_CT_LABELS_MASK, &[0xff; 16]),
    ]
    .concat();
    let snat = [
        ct(4, PIPE, CT_COMMIT | CT_NAT | CT_NAT_SRC),
        attr(TCA_CT_NAT_IPV4_MIN, &[192, 0, 2, 1]),
        attr(TCA_CT_NAT_IPV4_MAX, &[192, 0, 2, 9]),
        attr(TCA_CT_NAT_PORT_MIN, &1000u16.to_be_bytes()),
        attr(TCA_CT_NAT_PORT_MAX, &2000u16.to_be_bytes()),
    ]
    .concat();
    let dnat = [
        ct(5, PIPE, CT_COMMIT | CT_NAT | CT_NAT_DST),
        attr(TCA_CT_NAT_IPV6_MIN, &v6),
        attr(TCA_CT_NAT_IPV6_MAX, &v6),
    ]
    .concat();
    let mut label_mask = [0xff; 16];
    label_mask[15] = 0;
    let labels = [
        ct(7, PIPE, CT_COMMIT),
        u32_attr(TCA_CT_MARK, 9),
        attr(TCA_CT_LABELS, &[0; 16]),
        attr(TCA_CT_LABELS_MASK, &label_mask),
    ]
    .concat();
    let actions = [
        action(1, "ct", &ct(1, PIPE, 0)),
        action(2, "ct", &marked),
        action(3, "ct", &ct(3, PASS, CT_CLEAR)),
        action(4, "ct", &snat),
        action(5, "ct", &dnat),
        action(6, "ct", &ct(6, PIPE, CT_NAT)),
        action(7, "ct", &labels),
    ]
    .concat();
    let ct = |order: u32, fields: Value, verdict: &str| {
        let head = json!({"order": order, "kind": "ct", "control_action": {"type": verdict}});
        with(with(head, fields), counts(order))
    };
    check(
        &u32_filter(&actions),
        "/options/actions",
        json!([
            ct(1, json!({}), "pipe"),
            ct(
                2,
                json!({"action": "commit force", "mark": "7/0xff", "zone": "5",
                       "label": "000102030405060708090a0b0c0d0e0f"}),
                "pipe"
            ),
            ct(3, json!({"action": "clear"}), "pass"),
            ct(4, json!({"action": "commit", "nat": "src addr 192.0.2.1-192.0.2.9 port 1000-2000"}), "pipe"),
            ct(5, json!({"action": "commit", "nat": "dst addr 2001:db8::1"}), "pipe"),
            ct(6, json!({"nat": ""}), "pipe"),
            ct(
                7,
                json!({"action": "commit", "mark": "9",
                       "label": "00000000000000000000000000000000/ffffffffffffffffffffffffffffff00"}),
                "pipe"
            ),
        ]),
    );
}

// TCA_MPLS_* and TCA_MPLS_ACT_* (linux/tc_act/tc_mpls.h).
const TCA_MPLS_PARMS: u16 = 2;
const TCA_MPLS_PROTO: u16 = 4;
const TCA_MPLS_LABEL: u16 = 5;
const TCA_MPLS_TC: u16 = 6;
const TCA_MPLS_TTL: u16 = 7;
const TCA_MPLS_BOS: u16 = 8;
const MPLS_POP: u32 = 1;
const MPLS_PUSH: u32 = 2;
const MPLS_MODIFY: u32 = 3;
const MPLS_DEC_TTL: u32 = 4;
const MPLS_MAC_PUSH: u32 = 5;

/// `struct tc_mpls`: tc_gen, then m_action.
fn mpls_parms(index: u32, verdict: i32, m_action: u32) -> Vec<u8> {
    gen_and_word(TCA_MPLS_PARMS, index, verdict, m_action)
}

/// mpls: pop to IPv4, push a whole label stack entry (protocols in
/// network order, `mpls_uc` 0x8847), modify a label, dec_ttl, mac_push.
#[test]
fn mpls_prints_as_tc() {
    let pop = [mpls_parms(1, PIPE, MPLS_POP), attr(TCA_MPLS_PROTO, &0x0800u16.to_be_bytes())].concat();
    let push = [
        mpls_parms(2, PIPE, MPLS_PUSH),
        attr(TCA_MPLS_PROTO, &0x8847u16.to_be_bytes()),
        u32_attr(TCA_MPLS_LABEL, 100),
        attr(TCA_MPLS_TC, &[3]),
        attr(TCA_MPLS_BOS, &[1]),
        attr(TCA_MPLS_TTL, &[64]),
    ]
    .concat();
    let modify = [mpls_parms(3, PASS, MPLS_MODIFY), u32_attr(TCA_MPLS_LABEL, 7)].concat();
    let mac_push = [mpls_parms(5, PIPE, MPLS_MAC_PUSH), u32_attr(TCA_MPLS_LABEL, 9)].concat();
    let actions = [
        action(1, "mpls", &pop),
        action(2, "mpls", &push),
        action(3, "mpls", &modify),
        action(4, "mpls", &mpls_parms(4, PIPE, MPLS_DEC_TTL)),
        action(5, "mpls", &mac_push),
    ]
    .concat();
    let mpls = |order: u32, fields: Value, verdict: &str| {
        let head = json!({"order": order, "kind": "mpls", "control_action": {"type": verdict}});
        with(with(head, fields), counts(order))
    };
    check(
        &u32_filter(&actions),
        "/options/actions",
        json!([
            mpls(1, json!({"mpls_action": "pop", "protocol": "ip"}), "pipe"),
            mpls(
                2,
                json!({"mpls_action": "push", "protocol": "mpls_uc", "label": 100, "tc": 3, "bos": 1, "ttl": 64}),
                "pipe"
            ),
            mpls(3, json!({"mpls_action": "modify", "label": 7}), "pass"),
            mpls(4, json!({"mpls_action": "dec_ttl"}), "pipe"),
            mpls(5, json!({"mpls_action": "mac_push", "label": 9}), "pipe"),
        ]),
    );
}

// TCA_TUNNEL_KEY_* and TCA_TUNNEL_KEY_ACT_* (linux/tc_act/tc_tunnel_key.h).
const TCA_TUNNEL_KEY_PARMS: u16 = 2;
const TCA_TUNNEL_KEY_ENC_IPV4_SRC: u16 = 3;
const TCA_TUNNEL_KEY_ENC_IPV4_DST: u16 = 4;
const TCA_TUNNEL_KEY_ENC_IPV6_SRC: u16 = 5;
const TCA_TUNNEL_KEY_ENC_IPV6_DST: u16 = 6;
const TCA_TUNNEL_KEY_ENC_KEY_ID: u16 = 7;
const TCA_TUNNEL_KEY_ENC_DST_PORT: u16 = 9;
const TCA_TUNNEL_KEY_NO_CSUM: u16 = 10;
const TCA_TUNNEL_KEY_ENC_OPTS: u16 = 11;
const TCA_TUNNEL_KEY_ENC_TOS: u16 = 12;
const TCA_TUNNEL_KEY_ENC_TTL: u16 = 13;
const TUNNEL_KEY_SET: u32 = 1;
const TUNNEL_KEY_RELEASE: u32 = 2;

// TCA_TUNNEL_KEY_ENC_OPTS_* and the attributes of each kind of option.
const ENC_OPTS_GENEVE: u16 = 1;
const ENC_OPTS_VXLAN: u16 = 2;
const ENC_OPTS_ERSPAN: u16 = 3;
const GENEVE_CLASS: u16 = 1;
const GENEVE_TYPE: u16 = 2;
const GENEVE_DATA: u16 = 3;
const VXLAN_GBP: u16 = 1;
const ERSPAN_VER: u16 = 1;
const ERSPAN_INDEX: u16 = 2;
const ERSPAN_DIR: u16 = 3;
const ERSPAN_HWID: u16 = 4;

/// One geneve option: class (network order), type, data.
fn geneve_opt(class: u16, kind: u8, data: &[u8]) -> Vec<u8> {
    [attr(GENEVE_CLASS, &class.to_be_bytes()), attr(GENEVE_TYPE, &[kind]), attr(GENEVE_DATA, data)].concat()
}

/// A tunnel_key set to 192.0.2.1 with the options `opts` (one nest of
/// `TCA_TUNNEL_KEY_ENC_OPTS_*`).
fn tunnel_key_with_opts(index: u32, opts: Vec<u8>) -> Vec<u8> {
    [
        tunnel_key_parms(index, PIPE, TUNNEL_KEY_SET),
        attr(TCA_TUNNEL_KEY_ENC_IPV4_DST, &[192, 0, 2, 1]),
        nest(TCA_TUNNEL_KEY_ENC_OPTS, &opts),
    ]
    .concat()
}

/// `struct tc_tunnel_key`: tc_gen, then t_action.
fn tunnel_key_parms(index: u32, verdict: i32, t_action: u32) -> Vec<u8> {
    gen_and_word(TCA_TUNNEL_KEY_PARMS, index, verdict, t_action)
}

/// tunnel_key unset; set over IPv4 with a key id, a port, no checksum, a
/// tos and a ttl (addresses, key and port in network order); set over
/// IPv6 with the checksum on and a zero tos and ttl, which tc leaves out;
/// with two geneve options, a vxlan group policy, erspan versions 1 and 2.
#[test]
fn tunnel_key_prints_as_tc() {
    let v4 = [
        tunnel_key_parms(2, PIPE, TUNNEL_KEY_SET),
        attr(TCA_TUNNEL_KEY_ENC_IPV4_SRC, &[192, 0, 2, 1]),
        attr(TCA_TUNNEL_KEY_ENC_IPV4_DST, &[198, 51, 100, 2]),
        attr(TCA_TUNNEL_KEY_ENC_KEY_ID, &42u32.to_be_bytes()),
        attr(TCA_TUNNEL_KEY_ENC_DST_PORT, &4789u16.to_be_bytes()),
        attr(TCA_TUNNEL_KEY_NO_CSUM, &[1]),
        attr(TCA_TUNNEL_KEY_ENC_TOS, &[0x10]),
        attr(TCA_TUNNEL_KEY_ENC_TTL, &[64]),
    ]
    .concat();
    let src6 = [0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1];
    let dst6 = [0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2];
    let v6 = [
        tunnel_key_parms(3, PASS, TUNNEL_KEY_SET),
        attr(TCA_TUNNEL_KEY_ENC_IPV6_SRC, &src6),
        attr(TCA_TUNNEL_KEY_ENC_IPV6_DST, &dst6),
        attr(TCA_TUNNEL_KEY_NO_CSUM, &[0]),
        attr(TCA_TUNNEL_KEY_ENC_TOS, &[0]),
        attr(TCA_TUNNEL_KEY_ENC_TTL, &[0]),
    ]
    .concat();
    let geneve =
        [geneve_opt(0x0102, 0x80, &[0, 0x88, 0, 0x22]), geneve_opt(0xffff, 1, &[1, 2, 3, 4, 5, 6, 7, 8])]
            .concat();
    let erspan1 = [attr(ERSPAN_VER, &[1]), attr(ERSPAN_INDEX, &7u32.to_be_bytes())].concat();
    let erspan2 = [attr(ERSPAN_VER, &[2]), attr(ERSPAN_DIR, &[1]), attr(ERSPAN_HWID, &[5])].concat();
    let actions = [
        action(1, "tunnel_key", &tunnel_key_parms(1, PIPE, TUNNEL_KEY_RELEASE)),
        action(2, "tunnel_key", &v4),
        action(3, "tunnel_key", &v6),
        action(4, "tunnel_key", &tunnel_key_with_opts(4, nest(ENC_OPTS_GENEVE, &geneve))),
        action(
            5,
            "tunnel_key",
            &tunnel_key_with_opts(5, nest(ENC_OPTS_VXLAN, &u32_attr(VXLAN_GBP, 0x800ff))),
        ),
        action(6, "tunnel_key", &tunnel_key_with_opts(6, nest(ENC_OPTS_ERSPAN, &erspan1))),
        action(7, "tunnel_key", &tunnel_key_with_opts(7, nest(ENC_OPTS_ERSPAN, &erspan2))),
    ]
    .concat();
    let opts = |key: &str, opts: Value| json!({"mode": "set", "dst_ip": "192.0.2.1", key: opts});
    let key = |order: u32, fields: Value, verdict: &str| {
        let head = json!({"order": order, "kind": "tunnel_key", "control_action": {"type": verdict}});
        with(with(head, fields), counts(order))
    };
    check(
        &u32_filter(&actions),
        "/options/actions",
        json!([
            key(1, json!({"mode": "unset"}), "pipe"),
            key(
                2,
                json!({"mode": "set", "src_ip": "192.0.2.1", "dst_ip": "198.51.100.2", "key_id": 42,
                       "dst_port": 4789, "flag": "nocsum", "tos": 16, "ttl": 64}),
                "pipe"
            ),
            key(
                3,
                json!({"mode": "set", "src_ip": "2001:db8::1", "dst_ip": "2001:db8::2", "flag": "csum"}),
                "pass"
            ),
            key(
                4,
                opts(
                    "geneve_opts",
                    json!([{"class": 0x0102, "type": 0x80, "data": [0, 0x88, 0, 0x22]},
                           {"class": 0xffff, "type": 1, "data": [1, 2, 3, 4, 5, 6, 7, 8]}])
                ),
                "pipe"
            ),
            key(5, opts("vxlan_opts", json!([{"gbp": 0x800ff}])), "pipe"),
            key(6, opts("erspan_opts", json!([{"ver": 1, "index": 7, "dir": 0, "hwid": 0}])), "pipe"),
            key(7, opts("erspan_opts", json!([{"ver": 2, "index": 0, "dir": 1, "hwid": 5}])), "pipe"),
        ]),
    );
}

// TCA_CSUM_PARMS and TCA_CSUM_UPDATE_FLAG_* (linux/tc_act/tc_csum.h).
const TCA_CSUM_PARMS: u16 = 1;
const CSUM_IPV4HDR: u32 = 1;
const CSUM_TCP: u32 = 8;
const CSUM_UDP: u32 = 16;
const CSUM_SCTP: u32 = 64;

/// `struct tc_csum`: tc_gen, then update_flags.
fn csum_parms(index: u32, verdict: i32, flags: u32) -> Vec<u8> {
    gen_and_word(TCA_CSUM_PARMS, index, verdict, flags)
}

/// csum of the IPv4 header and TCP, of UDP and SCTP, and of nothing.
#[test]
fn csum_prints_as_tc() {
    let actions = [
        action(1, "csum", &csum_parms(1, PIPE, CSUM_IPV4HDR | CSUM_TCP)),
        action(2, "csum", &csum_parms(2, PASS, CSUM_UDP | CSUM_SCTP)),
        action(3, "csum", &csum_parms(3, DROP, 0)),
    ]
    .concat();
    let csum = |order: u32, flags: &str, verdict: &str| {
        let head =
            json!({"order": order, "kind": "csum", "csum": flags, "control_action": {"type": verdict}});
        with(head, counts(order))
    };
    check(
        &u32_filter(&actions),
        "/options/actions",
        json!([csum(1, "iph, tcp", "pipe"), csum(2, "udp, sctp", "pass"), csum(3, "?empty", "drop")]),
    );
}

// TCA_NAT_PARMS and TCA_NAT_FLAG_EGRESS (linux/tc_act/tc_nat.h).
const TCA_NAT_PARMS: u16 = 1;
const NAT_EGRESS: u32 = 1;

/// `struct tc_nat`: tc_gen, old_addr, new_addr and mask (network order),
/// flags.
fn nat_parms(index: u32, verdict: i32, old: [u8; 4], new: [u8; 4], mask: [u8; 4], flags: u32) -> Vec<u8> {
    let body = [tc_gen(index, verdict), [old, new, mask].concat(), words(&[flags])].concat();
    attr(TCA_NAT_PARMS, &body)
}

/// nat ingress of one address; nat egress of a /24, whose prefix tc 6.1
/// reads as 33 - ffs() of the network-order mask taken as a host word:
/// 24 on big-endian hosts, 32 on little-endian ones.
#[test]
fn nat_prints_as_tc() {
    let one = nat_parms(1, PASS, [192, 0, 2, 1], [198, 51, 100, 1], [255; 4], 0);
    let net = nat_parms(2, PIPE, [192, 0, 2, 0], [203, 0, 113, 0], [255, 255, 255, 0], NAT_EGRESS);
    let actions = [action(1, "nat", &one), action(2, "nat", &net)].concat();
    let net_old = if cfg!(target_endian = "big") { "192.0.2.0/24" } else { "192.0.2.0/32" };
    let nat = |order: u32, fields: Value, verdict: &str| {
        let head = json!({"order": order, "type": "nat", "control_action": {"type": verdict}});
        with(with(head, fields), counts(order))
    };
    check(
        &u32_filter(&actions),
        "/options/actions",
        json!([
            nat(
                1,
                json!({"direction": "ingress", "old_addr": "192.0.2.1/32", "new_addr": "198.51.100.1"}),
                "pass"
            ),
            nat(2, json!({"direction": "egress", "old_addr": net_old, "new_addr": "203.0.113.0"}), "pipe"),
        ]),
    );
}

// TCA_CONNMARK_PARMS (linux/tc_act/tc_connmark.h).
const TCA_CONNMARK_PARMS: u16 = 1;

/// `struct tc_connmark`: tc_gen, zone, two bytes of padding.
fn connmark_parms(index: u32, verdict: i32, zone: u16) -> Vec<u8> {
    attr(TCA_CONNMARK_PARMS, &[tc_gen(index, verdict), zone.to_ne_bytes().to_vec(), vec![0; 2]].concat())
}

/// connmark in the default zone and in zone 5.
#[test]
fn connmark_prints_as_tc() {
    let actions = [
        action(1, "connmark", &connmark_parms(1, PIPE, 0)),
        action(2, "connmark", &connmark_parms(2, PASS, 5)),
    ]
    .concat();
    let connmark = |order: u32, zone: u16, verdict: &str| {
        let head =
            json!({"order": order, "kind": "connmark", "zone": zone, "control_action": {"type": verdict}});
        with(head, counts(order))
    };
    check(&u32_filter(&actions), "/options/actions", json!([connmark(1, 0, "pipe"), connmark(2, 5, "pass")]));
}

/// Parameters shorter than their struct (a tc_nat without its flags, a
/// tc_connmark without its zone) and a geneve class of one byte are
/// refused with an error giving the size expected, not read past.
#[test]
fn short_action_parameters_are_refused() {
    let nat = attr(
        TCA_NAT_PARMS,
        &[tc_gen(1, PASS), vec![192, 0, 2, 1, 198, 51, 100, 1, 255, 255, 255, 255]].concat(),
    );
    let connmark = attr(TCA_CONNMARK_PARMS, &tc_gen(2, PIPE));
    let geneve = [attr(GENEVE_CLASS, &[1]), attr(GENEVE_TYPE, &[1]), attr(GENEVE_DATA, &[0; 4])].concat();
    let tunnel_key = tunnel_key_with_opts(3, nest(ENC_OPTS_GENEVE, &geneve));
    // sizeof(struct tc_nat) 36, sizeof(struct tc_connmark) 24, a be16 2.
    let cases = [
        ("nat", nat, "expected 36"),
        ("connmark", connmark, "expected 24"),
        ("tunnel_key", tunnel_key, "expected 2"),
    ];
    for (kind, options, expected) in cases {
        let error = refused(&u32_filter(&action(1, kind, &options)));
        assert!(error.contains(expected), "{kind}: {error}");
    }
}

// TCA_ACT_STATS (linux/pkt_cls.h); TCA_VLAN_TM (linux/tc_act/tc_vlan.h),
// TCA_CSUM_TM (linux/tc_act/tc_csum.h); TCA_STATS_BASIC and
// TCA_STATS_QUEUE (linux/gen_stats.h).
const TCA_ACT_STATS: u16 = 4;
const TCA_VLAN_TM: u16 = 1;
const TCA_CSUM_TM: u16 = 2;
const TCA_STATS_BASIC: u16 = 1;
const TCA_STATS_QUEUE: u16 = 3;

/// `struct tcf_t`: install, lastuse, expires, firstuse, in hundredths of a
/// second.
fn tcf_t(install: u64, lastuse: u64, expires: u64, firstuse: u64) -> Vec<u8> {
    [install, lastuse, expires, firstuse].iter().flat_map(|t| t.to_ne_bytes()).collect()
}

/// An action's `TCA_ACT_STATS`: `gnet_stats_basic` (as a 64-bit kernel
/// pads it) and `gnet_stats_queue` (qlen, backlog, drops, requeues,
/// overlimits).
fn act_stats(bytes: u64, packets: u32, drops: u32, overlimits: u32) -> Vec<u8> {
    let basic = [bytes.to_ne_bytes().to_vec(), words(&[packets, 0])].concat();
    let queue = words(&[0, 0, drops, 0, overlimits]);
    attr(TCA_ACT_STATS, &[attr(TCA_STATS_BASIC, &basic), attr(TCA_STATS_QUEUE, &queue)].concat())
}

/// Action `order` of `kind` with `options` and, after them, `extra`.
fn action_with(order: u16, kind: &str, options: &[u8], extra: &[u8]) -> Vec<u8> {
    let kind = attr(TCA_ACT_KIND, format!("{kind}\0").as_bytes());
    nest(order, &[kind, nest(TCA_ACT_OPTIONS, options), extra.to_vec()].concat())
}

/// `tc -s`: each action's times (only those set; `expires` 0 is left out)
/// from its kind's own `TM` attribute, wherever the kind numbers it, and
/// its counters under `Action statistics:`.
#[test]
fn action_times_and_counters_print_as_tc_s() {
    let vlan = [attr(TCA_VLAN_TM, &tcf_t(1234, 567, 0, 890)), vlan_parms(1, DROP, VLAN_POP)].concat();
    let csum = [gen_and_word(TCA_CSUM_PARMS, 2, PASS, 1), attr(TCA_CSUM_TM, &tcf_t(250, 0, 0, 0))].concat();
    let actions = [
        action_with(1, "vlan", &vlan, &act_stats(1000, 10, 2, 1)),
        action_with(2, "csum", &csum, &act_stats(0, 0, 0, 0)),
    ]
    .concat();
    check_stats(
        &u32_filter(&actions),
        "/options/actions",
        json!([
            with(
                with(
                    json!({"order": 1, "kind": "vlan", "vlan_action": "pop", "control_action": {"type": "drop"}}),
                    counts(1)
                ),
                json!({"installed": 12, "last_used": 5, "first_used": 8, "stats": {
                    "bytes": 1000, "packets": 10, "drops": 2, "overlimits": 1, "requeues": 0, "backlog": 0, "qlen": 0
                }})
            ),
            with(
                with(
                    json!({"order": 2, "kind": "csum", "csum": "iph", "control_action": {"type": "pass"}}),
                    counts(2)
                ),
                json!({"installed": 2, "stats": {
                    "bytes": 0, "packets": 0, "drops": 0, "overlimits": 0, "requeues": 0, "backlog": 0, "qlen": 0
                }})
            ),
        ]),
    );
}
