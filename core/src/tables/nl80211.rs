//! Tables of the `nl80211` netlink spec.
//!
//! Written by `cargo run -p nlwire-gen` from the kernel's YAML spec (and
//! `gen/specs/`): do not edit.

#[allow(unused_imports)]
use crate::error::Result;
#[allow(unused_imports)]
use crate::spec::{
    AttrSpec, AttrType, Field, GenlCommand, GenlFamily, Key, MessageSpec, Scalar, SelectBy, Selector, Space,
    StructSpec,
};
use crate::wire::NeU32;
use core::mem::{offset_of, size_of};
use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout, Unaligned};

/// Names of `commands`.
pub static COMMANDS: &[(u32, &str)] = &[
    (0, "unspec"),
    (1, "get-wiphy"),
    (2, "set-wiphy"),
    (3, "new-wiphy"),
    (4, "del-wiphy"),
    (5, "get-interface"),
    (6, "set-interface"),
    (7, "new-interface"),
    (8, "del-interface"),
    (9, "get-key"),
    (10, "set-key"),
    (11, "new-key"),
    (12, "del-key"),
    (13, "get-beacon"),
    (14, "set-beacon"),
    (15, "new-beacon"),
    (16, "del-beacon"),
    (17, "get-station"),
    (18, "set-station"),
    (19, "new-station"),
    (20, "del-station"),
    (21, "get-mpath"),
    (22, "set-mpath"),
    (23, "new-mpath"),
    (24, "del-mpath"),
    (25, "set-bss"),
    (26, "set-reg"),
    (27, "req-set-reg"),
    (28, "get-mesh-config"),
    (29, "set-mesh-config"),
    (30, "set-mgmt-extra-ie"),
    (31, "get-reg"),
    (32, "get-scan"),
    (33, "trigger-scan"),
    (34, "new-scan-results"),
    (35, "scan-aborted"),
    (36, "reg-change"),
    (37, "authenticate"),
    (38, "associate"),
    (39, "deauthenticate"),
    (40, "disassociate"),
    (41, "michael-mic-failure"),
    (42, "reg-beacon-hint"),
    (43, "join-ibss"),
    (44, "leave-ibss"),
    (45, "testmode"),
    (46, "connect"),
    (47, "roam"),
    (48, "disconnect"),
    (49, "set-wiphy-netns"),
    (50, "get-survey"),
    (51, "new-survey-results"),
    (52, "set-pmksa"),
    (53, "del-pmksa"),
    (54, "flush-pmksa"),
    (55, "remain-on-channel"),
    (56, "cancel-remain-on-channel"),
    (57, "set-tx-bitrate-mask"),
    (58, "register-action"),
    (59, "action"),
    (60, "action-tx-status"),
    (61, "set-power-save"),
    (62, "get-power-save"),
    (63, "set-cqm"),
    (64, "notify-cqm"),
    (65, "set-channel"),
    (66, "set-wds-peer"),
    (67, "frame-wait-cancel"),
    (68, "join-mesh"),
    (69, "leave-mesh"),
    (70, "unprot-deauthenticate"),
    (71, "unprot-disassociate"),
    (72, "new-peer-candidate"),
    (73, "get-wowlan"),
    (74, "set-wowlan"),
    (75, "start-sched-scan"),
    (76, "stop-sched-scan"),
    (77, "sched-scan-results"),
    (78, "sched-scan-stopped"),
    (79, "set-rekey-offload"),
    (80, "pmksa-candidate"),
    (81, "tdls-oper"),
    (82, "tdls-mgmt"),
    (83, "unexpected-frame"),
    (84, "probe-client"),
    (85, "register-beacons"),
    (86, "unexpected-4-addr-frame"),
    (87, "set-noack-map"),
    (88, "ch-switch-notify"),
    (89, "start-p2p-device"),
    (90, "stop-p2p-device"),
    (91, "conn-failed"),
    (92, "set-mcast-rate"),
    (93, "set-mac-acl"),
    (94, "radar-detect"),
    (95, "get-protocol-features"),
    (96, "update-ft-ies"),
    (97, "ft-event"),
    (98, "crit-protocol-start"),
    (99, "crit-protocol-stop"),
    (100, "get-coalesce"),
    (101, "set-coalesce"),
    (102, "channel-switch"),
    (103, "vendor"),
    (104, "set-qos-map"),
    (105, "add-tx-ts"),
    (106, "del-tx-ts"),
    (107, "get-mpp"),
    (108, "join-ocb"),
    (109, "leave-ocb"),
    (110, "ch-switch-started-notify"),
    (111, "tdls-channel-switch"),
    (112, "tdls-cancel-channel-switch"),
    (113, "wiphy-reg-change"),
    (114, "abort-scan"),
    (115, "start-nan"),
    (116, "stop-nan"),
    (117, "add-nan-function"),
    (118, "del-nan-function"),
    (119, "change-nan-config"),
    (120, "nan-match"),
    (121, "set-multicast-to-unicast"),
    (122, "update-connect-params"),
    (123, "set-pmk"),
    (124, "del-pmk"),
    (125, "port-authorized"),
    (126, "reload-regdb"),
    (127, "external-auth"),
    (128, "sta-opmode-changed"),
    (129, "control-port-frame"),
    (130, "get-ftm-responder-stats"),
    (131, "peer-measurement-start"),
    (132, "peer-measurement-result"),
    (133, "peer-measurement-complete"),
    (134, "notify-radar"),
    (135, "update-owe-info"),
    (136, "probe-mesh-link"),
    (137, "set-tid-config"),
    (138, "unprot-beacon"),
    (139, "control-port-frame-tx-status"),
    (140, "set-sar-specs"),
    (141, "obss-color-collision"),
    (142, "color-change-request"),
    (143, "color-change-started"),
    (144, "color-change-aborted"),
    (145, "color-change-completed"),
    (146, "set-fils-aad"),
    (147, "assoc-comeback"),
    (148, "add-link"),
    (149, "remove-link"),
    (150, "add-link-sta"),
    (151, "modify-link-sta"),
    (152, "remove-link-sta"),
    (153, "set-hw-timestamp"),
    (154, "links-removed"),
    (155, "set-tid-to-link-mapping"),
];

/// Values of `commands`.
pub mod commands {
    /// `UNSPEC`.
    pub const UNSPEC: u32 = 0;
    /// `GET_WIPHY`.
    pub const GET_WIPHY: u32 = 1;
    /// `SET_WIPHY`.
    pub const SET_WIPHY: u32 = 2;
    /// `NEW_WIPHY`.
    pub const NEW_WIPHY: u32 = 3;
    /// `DEL_WIPHY`.
    pub const DEL_WIPHY: u32 = 4;
    /// `GET_INTERFACE`.
    pub const GET_INTERFACE: u32 = 5;
    /// `SET_INTERFACE`.
    pub const SET_INTERFACE: u32 = 6;
    /// `NEW_INTERFACE`.
    pub const NEW_INTERFACE: u32 = 7;
    /// `DEL_INTERFACE`.
    pub const DEL_INTERFACE: u32 = 8;
    /// `GET_KEY`.
    pub const GET_KEY: u32 = 9;
    /// `SET_KEY`.
    pub const SET_KEY: u32 = 10;
    /// `NEW_KEY`.
    pub const NEW_KEY: u32 = 11;
    /// `DEL_KEY`.
    pub const DEL_KEY: u32 = 12;
    /// `GET_BEACON`.
    pub const GET_BEACON: u32 = 13;
    /// `SET_BEACON`.
    pub const SET_BEACON: u32 = 14;
    /// `NEW_BEACON`.
    pub const NEW_BEACON: u32 = 15;
    /// `DEL_BEACON`.
    pub const DEL_BEACON: u32 = 16;
    /// `GET_STATION`.
    pub const GET_STATION: u32 = 17;
    /// `SET_STATION`.
    pub const SET_STATION: u32 = 18;
    /// `NEW_STATION`.
    pub const NEW_STATION: u32 = 19;
    /// `DEL_STATION`.
    pub const DEL_STATION: u32 = 20;
    /// `GET_MPATH`.
    pub const GET_MPATH: u32 = 21;
    /// `SET_MPATH`.
    pub const SET_MPATH: u32 = 22;
    /// `NEW_MPATH`.
    pub const NEW_MPATH: u32 = 23;
    /// `DEL_MPATH`.
    pub const DEL_MPATH: u32 = 24;
    /// `SET_BSS`.
    pub const SET_BSS: u32 = 25;
    /// `SET_REG`.
    pub const SET_REG: u32 = 26;
    /// `REQ_SET_REG`.
    pub const REQ_SET_REG: u32 = 27;
    /// `GET_MESH_CONFIG`.
    pub const GET_MESH_CONFIG: u32 = 28;
    /// `SET_MESH_CONFIG`.
    pub const SET_MESH_CONFIG: u32 = 29;
    /// `SET_MGMT_EXTRA_IE`.
    pub const SET_MGMT_EXTRA_IE: u32 = 30;
    /// `GET_REG`.
    pub const GET_REG: u32 = 31;
    /// `GET_SCAN`.
    pub const GET_SCAN: u32 = 32;
    /// `TRIGGER_SCAN`.
    pub const TRIGGER_SCAN: u32 = 33;
    /// `NEW_SCAN_RESULTS`.
    pub const NEW_SCAN_RESULTS: u32 = 34;
    /// `SCAN_ABORTED`.
    pub const SCAN_ABORTED: u32 = 35;
    /// `REG_CHANGE`.
    pub const REG_CHANGE: u32 = 36;
    /// `AUTHENTICATE`.
    pub const AUTHENTICATE: u32 = 37;
    /// `ASSOCIATE`.
    pub const ASSOCIATE: u32 = 38;
    /// `DEAUTHENTICATE`.
    pub const DEAUTHENTICATE: u32 = 39;
    /// `DISASSOCIATE`.
    pub const DISASSOCIATE: u32 = 40;
    /// `MICHAEL_MIC_FAILURE`.
    pub const MICHAEL_MIC_FAILURE: u32 = 41;
    /// `REG_BEACON_HINT`.
    pub const REG_BEACON_HINT: u32 = 42;
    /// `JOIN_IBSS`.
    pub const JOIN_IBSS: u32 = 43;
    /// `LEAVE_IBSS`.
    pub const LEAVE_IBSS: u32 = 44;
    /// `TESTMODE`.
    pub const TESTMODE: u32 = 45;
    /// `CONNECT`.
    pub const CONNECT: u32 = 46;
    /// `ROAM`.
    pub const ROAM: u32 = 47;
    /// `DISCONNECT`.
    pub const DISCONNECT: u32 = 48;
    /// `SET_WIPHY_NETNS`.
    pub const SET_WIPHY_NETNS: u32 = 49;
    /// `GET_SURVEY`.
    pub const GET_SURVEY: u32 = 50;
    /// `NEW_SURVEY_RESULTS`.
    pub const NEW_SURVEY_RESULTS: u32 = 51;
    /// `SET_PMKSA`.
    pub const SET_PMKSA: u32 = 52;
    /// `DEL_PMKSA`.
    pub const DEL_PMKSA: u32 = 53;
    /// `FLUSH_PMKSA`.
    pub const FLUSH_PMKSA: u32 = 54;
    /// `REMAIN_ON_CHANNEL`.
    pub const REMAIN_ON_CHANNEL: u32 = 55;
    /// `CANCEL_REMAIN_ON_CHANNEL`.
    pub const CANCEL_REMAIN_ON_CHANNEL: u32 = 56;
    /// `SET_TX_BITRATE_MASK`.
    pub const SET_TX_BITRATE_MASK: u32 = 57;
    /// `REGISTER_ACTION`.
    pub const REGISTER_ACTION: u32 = 58;
    /// `ACTION`.
    pub const ACTION: u32 = 59;
    /// `ACTION_TX_STATUS`.
    pub const ACTION_TX_STATUS: u32 = 60;
    /// `SET_POWER_SAVE`.
    pub const SET_POWER_SAVE: u32 = 61;
    /// `GET_POWER_SAVE`.
    pub const GET_POWER_SAVE: u32 = 62;
    /// `SET_CQM`.
    pub const SET_CQM: u32 = 63;
    /// `NOTIFY_CQM`.
    pub const NOTIFY_CQM: u32 = 64;
    /// `SET_CHANNEL`.
    pub const SET_CHANNEL: u32 = 65;
    /// `SET_WDS_PEER`.
    pub const SET_WDS_PEER: u32 = 66;
    /// `FRAME_WAIT_CANCEL`.
    pub const FRAME_WAIT_CANCEL: u32 = 67;
    /// `JOIN_MESH`.
    pub const JOIN_MESH: u32 = 68;
    /// `LEAVE_MESH`.
    pub const LEAVE_MESH: u32 = 69;
    /// `UNPROT_DEAUTHENTICATE`.
    pub const UNPROT_DEAUTHENTICATE: u32 = 70;
    /// `UNPROT_DISASSOCIATE`.
    pub const UNPROT_DISASSOCIATE: u32 = 71;
    /// `NEW_PEER_CANDIDATE`.
    pub const NEW_PEER_CANDIDATE: u32 = 72;
    /// `GET_WOWLAN`.
    pub const GET_WOWLAN: u32 = 73;
    /// `SET_WOWLAN`.
    pub const SET_WOWLAN: u32 = 74;
    /// `START_SCHED_SCAN`.
    pub const START_SCHED_SCAN: u32 = 75;
    /// `STOP_SCHED_SCAN`.
    pub const STOP_SCHED_SCAN: u32 = 76;
    /// `SCHED_SCAN_RESULTS`.
    pub const SCHED_SCAN_RESULTS: u32 = 77;
    /// `SCHED_SCAN_STOPPED`.
    pub const SCHED_SCAN_STOPPED: u32 = 78;
    /// `SET_REKEY_OFFLOAD`.
    pub const SET_REKEY_OFFLOAD: u32 = 79;
    /// `PMKSA_CANDIDATE`.
    pub const PMKSA_CANDIDATE: u32 = 80;
    /// `TDLS_OPER`.
    pub const TDLS_OPER: u32 = 81;
    /// `TDLS_MGMT`.
    pub const TDLS_MGMT: u32 = 82;
    /// `UNEXPECTED_FRAME`.
    pub const UNEXPECTED_FRAME: u32 = 83;
    /// `PROBE_CLIENT`.
    pub const PROBE_CLIENT: u32 = 84;
    /// `REGISTER_BEACONS`.
    pub const REGISTER_BEACONS: u32 = 85;
    /// `UNEXPECTED_4_ADDR_FRAME`.
    pub const UNEXPECTED_4_ADDR_FRAME: u32 = 86;
    /// `SET_NOACK_MAP`.
    pub const SET_NOACK_MAP: u32 = 87;
    /// `CH_SWITCH_NOTIFY`.
    pub const CH_SWITCH_NOTIFY: u32 = 88;
    /// `START_P2P_DEVICE`.
    pub const START_P2P_DEVICE: u32 = 89;
    /// `STOP_P2P_DEVICE`.
    pub const STOP_P2P_DEVICE: u32 = 90;
    /// `CONN_FAILED`.
    pub const CONN_FAILED: u32 = 91;
    /// `SET_MCAST_RATE`.
    pub const SET_MCAST_RATE: u32 = 92;
    /// `SET_MAC_ACL`.
    pub const SET_MAC_ACL: u32 = 93;
    /// `RADAR_DETECT`.
    pub const RADAR_DETECT: u32 = 94;
    /// `GET_PROTOCOL_FEATURES`.
    pub const GET_PROTOCOL_FEATURES: u32 = 95;
    /// `UPDATE_FT_IES`.
    pub const UPDATE_FT_IES: u32 = 96;
    /// `FT_EVENT`.
    pub const FT_EVENT: u32 = 97;
    /// `CRIT_PROTOCOL_START`.
    pub const CRIT_PROTOCOL_START: u32 = 98;
    /// `CRIT_PROTOCOL_STOP`.
    pub const CRIT_PROTOCOL_STOP: u32 = 99;
    /// `GET_COALESCE`.
    pub const GET_COALESCE: u32 = 100;
    /// `SET_COALESCE`.
    pub const SET_COALESCE: u32 = 101;
    /// `CHANNEL_SWITCH`.
    pub const CHANNEL_SWITCH: u32 = 102;
    /// `VENDOR`.
    pub const VENDOR: u32 = 103;
    /// `SET_QOS_MAP`.
    pub const SET_QOS_MAP: u32 = 104;
    /// `ADD_TX_TS`.
    pub const ADD_TX_TS: u32 = 105;
    /// `DEL_TX_TS`.
    pub const DEL_TX_TS: u32 = 106;
    /// `GET_MPP`.
    pub const GET_MPP: u32 = 107;
    /// `JOIN_OCB`.
    pub const JOIN_OCB: u32 = 108;
    /// `LEAVE_OCB`.
    pub const LEAVE_OCB: u32 = 109;
    /// `CH_SWITCH_STARTED_NOTIFY`.
    pub const CH_SWITCH_STARTED_NOTIFY: u32 = 110;
    /// `TDLS_CHANNEL_SWITCH`.
    pub const TDLS_CHANNEL_SWITCH: u32 = 111;
    /// `TDLS_CANCEL_CHANNEL_SWITCH`.
    pub const TDLS_CANCEL_CHANNEL_SWITCH: u32 = 112;
    /// `WIPHY_REG_CHANGE`.
    pub const WIPHY_REG_CHANGE: u32 = 113;
    /// `ABORT_SCAN`.
    pub const ABORT_SCAN: u32 = 114;
    /// `START_NAN`.
    pub const START_NAN: u32 = 115;
    /// `STOP_NAN`.
    pub const STOP_NAN: u32 = 116;
    /// `ADD_NAN_FUNCTION`.
    pub const ADD_NAN_FUNCTION: u32 = 117;
    /// `DEL_NAN_FUNCTION`.
    pub const DEL_NAN_FUNCTION: u32 = 118;
    /// `CHANGE_NAN_CONFIG`.
    pub const CHANGE_NAN_CONFIG: u32 = 119;
    /// `NAN_MATCH`.
    pub const NAN_MATCH: u32 = 120;
    /// `SET_MULTICAST_TO_UNICAST`.
    pub const SET_MULTICAST_TO_UNICAST: u32 = 121;
    /// `UPDATE_CONNECT_PARAMS`.
    pub const UPDATE_CONNECT_PARAMS: u32 = 122;
    /// `SET_PMK`.
    pub const SET_PMK: u32 = 123;
    /// `DEL_PMK`.
    pub const DEL_PMK: u32 = 124;
    /// `PORT_AUTHORIZED`.
    pub const PORT_AUTHORIZED: u32 = 125;
    /// `RELOAD_REGDB`.
    pub const RELOAD_REGDB: u32 = 126;
    /// `EXTERNAL_AUTH`.
    pub const EXTERNAL_AUTH: u32 = 127;
    /// `STA_OPMODE_CHANGED`.
    pub const STA_OPMODE_CHANGED: u32 = 128;
    /// `CONTROL_PORT_FRAME`.
    pub const CONTROL_PORT_FRAME: u32 = 129;
    /// `GET_FTM_RESPONDER_STATS`.
    pub const GET_FTM_RESPONDER_STATS: u32 = 130;
    /// `PEER_MEASUREMENT_START`.
    pub const PEER_MEASUREMENT_START: u32 = 131;
    /// `PEER_MEASUREMENT_RESULT`.
    pub const PEER_MEASUREMENT_RESULT: u32 = 132;
    /// `PEER_MEASUREMENT_COMPLETE`.
    pub const PEER_MEASUREMENT_COMPLETE: u32 = 133;
    /// `NOTIFY_RADAR`.
    pub const NOTIFY_RADAR: u32 = 134;
    /// `UPDATE_OWE_INFO`.
    pub const UPDATE_OWE_INFO: u32 = 135;
    /// `PROBE_MESH_LINK`.
    pub const PROBE_MESH_LINK: u32 = 136;
    /// `SET_TID_CONFIG`.
    pub const SET_TID_CONFIG: u32 = 137;
    /// `UNPROT_BEACON`.
    pub const UNPROT_BEACON: u32 = 138;
    /// `CONTROL_PORT_FRAME_TX_STATUS`.
    pub const CONTROL_PORT_FRAME_TX_STATUS: u32 = 139;
    /// `SET_SAR_SPECS`.
    pub const SET_SAR_SPECS: u32 = 140;
    /// `OBSS_COLOR_COLLISION`.
    pub const OBSS_COLOR_COLLISION: u32 = 141;
    /// `COLOR_CHANGE_REQUEST`.
    pub const COLOR_CHANGE_REQUEST: u32 = 142;
    /// `COLOR_CHANGE_STARTED`.
    pub const COLOR_CHANGE_STARTED: u32 = 143;
    /// `COLOR_CHANGE_ABORTED`.
    pub const COLOR_CHANGE_ABORTED: u32 = 144;
    /// `COLOR_CHANGE_COMPLETED`.
    pub const COLOR_CHANGE_COMPLETED: u32 = 145;
    /// `SET_FILS_AAD`.
    pub const SET_FILS_AAD: u32 = 146;
    /// `ASSOC_COMEBACK`.
    pub const ASSOC_COMEBACK: u32 = 147;
    /// `ADD_LINK`.
    pub const ADD_LINK: u32 = 148;
    /// `REMOVE_LINK`.
    pub const REMOVE_LINK: u32 = 149;
    /// `ADD_LINK_STA`.
    pub const ADD_LINK_STA: u32 = 150;
    /// `MODIFY_LINK_STA`.
    pub const MODIFY_LINK_STA: u32 = 151;
    /// `REMOVE_LINK_STA`.
    pub const REMOVE_LINK_STA: u32 = 152;
    /// `SET_HW_TIMESTAMP`.
    pub const SET_HW_TIMESTAMP: u32 = 153;
    /// `LINKS_REMOVED`.
    pub const LINKS_REMOVED: u32 = 154;
    /// `SET_TID_TO_LINK_MAPPING`.
    pub const SET_TID_TO_LINK_MAPPING: u32 = 155;
}

/// Bit names of `feature-flags`.
pub static FEATURE_FLAGS: &[(u32, &str)] = &[
    (1, "sk-tx-status"),
    (2, "ht-ibss"),
    (4, "inactivity-timer"),
    (8, "cell-base-reg-hints"),
    (16, "p2p-device-needs-channel"),
    (32, "sae"),
    (64, "low-priority-scan"),
    (128, "scan-flush"),
    (256, "ap-scan"),
    (512, "vif-txpower"),
    (1024, "need-obss-scan"),
    (2048, "p2p-go-ctwin"),
    (4096, "p2p-go-oppps"),
    (8192, "reserved"),
    (16384, "advertise-chan-limits"),
    (32768, "full-ap-client-state"),
    (65536, "userspace-mpm"),
    (131072, "active-monitor"),
    (262144, "ap-mode-chan-width-change"),
    (524288, "ds-param-set-ie-in-probes"),
    (1048576, "wfa-tpc-ie-in-probes"),
    (2097152, "quiet"),
    (4194304, "tx-power-insertion"),
    (8388608, "ackto-estimation"),
    (16777216, "static-smps"),
    (33554432, "dynamic-smps"),
    (67108864, "supports-wmm-admission"),
    (134217728, "mac-on-create"),
    (268435456, "tdls-channel-switch"),
    (536870912, "scan-random-mac-addr"),
    (1073741824, "sched-scan-random-mac-addr"),
    (2147483648, "no-random-mac-addr"),
];

/// Bit masks of `feature-flags`.
pub mod feature_flags {
    /// `SK_TX_STATUS`.
    pub const SK_TX_STATUS: u32 = 1;
    /// `HT_IBSS`.
    pub const HT_IBSS: u32 = 2;
    /// `INACTIVITY_TIMER`.
    pub const INACTIVITY_TIMER: u32 = 4;
    /// `CELL_BASE_REG_HINTS`.
    pub const CELL_BASE_REG_HINTS: u32 = 8;
    /// `P2P_DEVICE_NEEDS_CHANNEL`.
    pub const P2P_DEVICE_NEEDS_CHANNEL: u32 = 16;
    /// `SAE`.
    pub const SAE: u32 = 32;
    /// `LOW_PRIORITY_SCAN`.
    pub const LOW_PRIORITY_SCAN: u32 = 64;
    /// `SCAN_FLUSH`.
    pub const SCAN_FLUSH: u32 = 128;
    /// `AP_SCAN`.
    pub const AP_SCAN: u32 = 256;
    /// `VIF_TXPOWER`.
    pub const VIF_TXPOWER: u32 = 512;
    /// `NEED_OBSS_SCAN`.
    pub const NEED_OBSS_SCAN: u32 = 1024;
    /// `P2P_GO_CTWIN`.
    pub const P2P_GO_CTWIN: u32 = 2048;
    /// `P2P_GO_OPPPS`.
    pub const P2P_GO_OPPPS: u32 = 4096;
    /// `RESERVED`.
    pub const RESERVED: u32 = 8192;
    /// `ADVERTISE_CHAN_LIMITS`.
    pub const ADVERTISE_CHAN_LIMITS: u32 = 16384;
    /// `FULL_AP_CLIENT_STATE`.
    pub const FULL_AP_CLIENT_STATE: u32 = 32768;
    /// `USERSPACE_MPM`.
    pub const USERSPACE_MPM: u32 = 65536;
    /// `ACTIVE_MONITOR`.
    pub const ACTIVE_MONITOR: u32 = 131072;
    /// `AP_MODE_CHAN_WIDTH_CHANGE`.
    pub const AP_MODE_CHAN_WIDTH_CHANGE: u32 = 262144;
    /// `DS_PARAM_SET_IE_IN_PROBES`.
    pub const DS_PARAM_SET_IE_IN_PROBES: u32 = 524288;
    /// `WFA_TPC_IE_IN_PROBES`.
    pub const WFA_TPC_IE_IN_PROBES: u32 = 1048576;
    /// `QUIET`.
    pub const QUIET: u32 = 2097152;
    /// `TX_POWER_INSERTION`.
    pub const TX_POWER_INSERTION: u32 = 4194304;
    /// `ACKTO_ESTIMATION`.
    pub const ACKTO_ESTIMATION: u32 = 8388608;
    /// `STATIC_SMPS`.
    pub const STATIC_SMPS: u32 = 16777216;
    /// `DYNAMIC_SMPS`.
    pub const DYNAMIC_SMPS: u32 = 33554432;
    /// `SUPPORTS_WMM_ADMISSION`.
    pub const SUPPORTS_WMM_ADMISSION: u32 = 67108864;
    /// `MAC_ON_CREATE`.
    pub const MAC_ON_CREATE: u32 = 134217728;
    /// `TDLS_CHANNEL_SWITCH`.
    pub const TDLS_CHANNEL_SWITCH: u32 = 268435456;
    /// `SCAN_RANDOM_MAC_ADDR`.
    pub const SCAN_RANDOM_MAC_ADDR: u32 = 536870912;
    /// `SCHED_SCAN_RANDOM_MAC_ADDR`.
    pub const SCHED_SCAN_RANDOM_MAC_ADDR: u32 = 1073741824;
    /// `NO_RANDOM_MAC_ADDR`.
    pub const NO_RANDOM_MAC_ADDR: u32 = 2147483648;
}

bitflags::bitflags! {
    /// The bits of `feature-flags`; unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct FeatureFlags: u32 {
        /// [`feature_flags::SK_TX_STATUS`].
        const SK_TX_STATUS = feature_flags::SK_TX_STATUS;
        /// [`feature_flags::HT_IBSS`].
        const HT_IBSS = feature_flags::HT_IBSS;
        /// [`feature_flags::INACTIVITY_TIMER`].
        const INACTIVITY_TIMER = feature_flags::INACTIVITY_TIMER;
        /// [`feature_flags::CELL_BASE_REG_HINTS`].
        const CELL_BASE_REG_HINTS = feature_flags::CELL_BASE_REG_HINTS;
        /// [`feature_flags::P2P_DEVICE_NEEDS_CHANNEL`].
        const P2P_DEVICE_NEEDS_CHANNEL = feature_flags::P2P_DEVICE_NEEDS_CHANNEL;
        /// [`feature_flags::SAE`].
        const SAE = feature_flags::SAE;
        /// [`feature_flags::LOW_PRIORITY_SCAN`].
        const LOW_PRIORITY_SCAN = feature_flags::LOW_PRIORITY_SCAN;
        /// [`feature_flags::SCAN_FLUSH`].
        const SCAN_FLUSH = feature_flags::SCAN_FLUSH;
        /// [`feature_flags::AP_SCAN`].
        const AP_SCAN = feature_flags::AP_SCAN;
        /// [`feature_flags::VIF_TXPOWER`].
        const VIF_TXPOWER = feature_flags::VIF_TXPOWER;
        /// [`feature_flags::NEED_OBSS_SCAN`].
        const NEED_OBSS_SCAN = feature_flags::NEED_OBSS_SCAN;
        /// [`feature_flags::P2P_GO_CTWIN`].
        const P2P_GO_CTWIN = feature_flags::P2P_GO_CTWIN;
        /// [`feature_flags::P2P_GO_OPPPS`].
        const P2P_GO_OPPPS = feature_flags::P2P_GO_OPPPS;
        /// [`feature_flags::RESERVED`].
        const RESERVED = feature_flags::RESERVED;
        /// [`feature_flags::ADVERTISE_CHAN_LIMITS`].
        const ADVERTISE_CHAN_LIMITS = feature_flags::ADVERTISE_CHAN_LIMITS;
        /// [`feature_flags::FULL_AP_CLIENT_STATE`].
        const FULL_AP_CLIENT_STATE = feature_flags::FULL_AP_CLIENT_STATE;
        /// [`feature_flags::USERSPACE_MPM`].
        const USERSPACE_MPM = feature_flags::USERSPACE_MPM;
        /// [`feature_flags::ACTIVE_MONITOR`].
        const ACTIVE_MONITOR = feature_flags::ACTIVE_MONITOR;
        /// [`feature_flags::AP_MODE_CHAN_WIDTH_CHANGE`].
        const AP_MODE_CHAN_WIDTH_CHANGE = feature_flags::AP_MODE_CHAN_WIDTH_CHANGE;
        /// [`feature_flags::DS_PARAM_SET_IE_IN_PROBES`].
        const DS_PARAM_SET_IE_IN_PROBES = feature_flags::DS_PARAM_SET_IE_IN_PROBES;
        /// [`feature_flags::WFA_TPC_IE_IN_PROBES`].
        const WFA_TPC_IE_IN_PROBES = feature_flags::WFA_TPC_IE_IN_PROBES;
        /// [`feature_flags::QUIET`].
        const QUIET = feature_flags::QUIET;
        /// [`feature_flags::TX_POWER_INSERTION`].
        const TX_POWER_INSERTION = feature_flags::TX_POWER_INSERTION;
        /// [`feature_flags::ACKTO_ESTIMATION`].
        const ACKTO_ESTIMATION = feature_flags::ACKTO_ESTIMATION;
        /// [`feature_flags::STATIC_SMPS`].
        const STATIC_SMPS = feature_flags::STATIC_SMPS;
        /// [`feature_flags::DYNAMIC_SMPS`].
        const DYNAMIC_SMPS = feature_flags::DYNAMIC_SMPS;
        /// [`feature_flags::SUPPORTS_WMM_ADMISSION`].
        const SUPPORTS_WMM_ADMISSION = feature_flags::SUPPORTS_WMM_ADMISSION;
        /// [`feature_flags::MAC_ON_CREATE`].
        const MAC_ON_CREATE = feature_flags::MAC_ON_CREATE;
        /// [`feature_flags::TDLS_CHANNEL_SWITCH`].
        const TDLS_CHANNEL_SWITCH = feature_flags::TDLS_CHANNEL_SWITCH;
        /// [`feature_flags::SCAN_RANDOM_MAC_ADDR`].
        const SCAN_RANDOM_MAC_ADDR = feature_flags::SCAN_RANDOM_MAC_ADDR;
        /// [`feature_flags::SCHED_SCAN_RANDOM_MAC_ADDR`].
        const SCHED_SCAN_RANDOM_MAC_ADDR = feature_flags::SCHED_SCAN_RANDOM_MAC_ADDR;
        /// [`feature_flags::NO_RANDOM_MAC_ADDR`].
        const NO_RANDOM_MAC_ADDR = feature_flags::NO_RANDOM_MAC_ADDR;
    }
}

/// Names of `channel-type`.
pub static CHANNEL_TYPE: &[(u32, &str)] = &[(0, "no-ht"), (1, "ht20"), (2, "ht40minus"), (3, "ht40plus")];

/// Values of `channel-type`.
pub mod channel_type {
    /// `NO_HT`.
    pub const NO_HT: u32 = 0;
    /// `HT20`.
    pub const HT20: u32 = 1;
    /// `HT40MINUS`.
    pub const HT40MINUS: u32 = 2;
    /// `HT40PLUS`.
    pub const HT40PLUS: u32 = 3;
}

/// `struct sta_flag_update`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct StaFlagUpdate {
    /// `mask`.
    pub mask: NeU32,
    /// `set`.
    pub set: NeU32,
}

/// Fields of [`StaFlagUpdate`].
pub static STA_FLAG_UPDATE: StructSpec = StructSpec {
    name: "sta_flag_update",
    size: size_of::<StaFlagUpdate>(),
    prefix: "",
    fields: &[
        Field::new("mask", offset_of!(StaFlagUpdate, mask), size_of::<NeU32>(), AttrType::U32),
        Field::new("set", offset_of!(StaFlagUpdate, set), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// Bit names of `protocol-features`.
pub static PROTOCOL_FEATURES: &[(u32, &str)] = &[(1, "split-wiphy-dump")];

/// Bit masks of `protocol-features`.
pub mod protocol_features {
    /// `SPLIT_WIPHY_DUMP`.
    pub const SPLIT_WIPHY_DUMP: u32 = 1;
}

bitflags::bitflags! {
    /// The bits of `protocol-features`; unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct ProtocolFeatures: u32 {
        /// [`protocol_features::SPLIT_WIPHY_DUMP`].
        const SPLIT_WIPHY_DUMP = protocol_features::SPLIT_WIPHY_DUMP;
    }
}

/// The type of each entry of `NL80211_ATTR_SUPPORTED_COMMANDS`.
static NL80211_ATTRS_SUPPORTED_COMMANDS_ELEMENT: AttrType = AttrType::Enum(Scalar::U32, COMMANDS);

/// The type of each entry of `NL80211_ATTR_INTERFACE_COMBINATIONS`.
static NL80211_ATTRS_INTERFACE_COMBINATIONS_ELEMENT: AttrType = AttrType::Nested(&IF_COMBINATION_ATTRIBUTES);

/// `NL80211_ATTR_*`: the attribute set `nl80211-attrs`.
pub static NL80211_ATTRS: Space = Space {
    name: "nl80211-attrs",
    prefix: "NL80211_ATTR_",
    attrs: &[
        AttrSpec { id: 1, name: "wiphy", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "wiphy_name", ty: AttrType::Str },
        AttrSpec { id: 3, name: "ifindex", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "ifname", ty: AttrType::Str },
        AttrSpec { id: 5, name: "iftype", ty: AttrType::U32 },
        AttrSpec { id: 6, name: "mac", ty: AttrType::Hwaddr },
        AttrSpec { id: 7, name: "key_data", ty: AttrType::Bytes },
        AttrSpec { id: 8, name: "key_idx", ty: AttrType::U8 },
        AttrSpec { id: 9, name: "key_cipher", ty: AttrType::U32 },
        AttrSpec { id: 10, name: "key_seq", ty: AttrType::Bytes },
        AttrSpec { id: 11, name: "key_default", ty: AttrType::Flag },
        AttrSpec { id: 12, name: "beacon_interval", ty: AttrType::U32 },
        AttrSpec { id: 13, name: "dtim_period", ty: AttrType::U32 },
        AttrSpec { id: 14, name: "beacon_head", ty: AttrType::Bytes },
        AttrSpec { id: 15, name: "beacon_tail", ty: AttrType::Bytes },
        AttrSpec { id: 16, name: "sta_aid", ty: AttrType::U16 },
        AttrSpec { id: 17, name: "sta_flags", ty: AttrType::Bytes },
        AttrSpec { id: 18, name: "sta_listen_interval", ty: AttrType::U16 },
        AttrSpec { id: 19, name: "sta_supported_rates", ty: AttrType::Bytes },
        AttrSpec { id: 20, name: "sta_vlan", ty: AttrType::U32 },
        AttrSpec { id: 21, name: "sta_info", ty: AttrType::Bytes },
        AttrSpec { id: 22, name: "wiphy_bands", ty: AttrType::Nested(&WIPHY_BANDS) },
        AttrSpec { id: 23, name: "mntr_flags", ty: AttrType::Bytes },
        AttrSpec { id: 24, name: "mesh_id", ty: AttrType::Bytes },
        AttrSpec { id: 25, name: "sta_plink_action", ty: AttrType::U8 },
        AttrSpec { id: 26, name: "mpath_next_hop", ty: AttrType::Hwaddr },
        AttrSpec { id: 27, name: "mpath_info", ty: AttrType::Bytes },
        AttrSpec { id: 28, name: "bss_cts_prot", ty: AttrType::U8 },
        AttrSpec { id: 29, name: "bss_short_preamble", ty: AttrType::U8 },
        AttrSpec { id: 30, name: "bss_short_slot_time", ty: AttrType::U8 },
        AttrSpec { id: 31, name: "ht_capability", ty: AttrType::Bytes },
        AttrSpec { id: 32, name: "supported_iftypes", ty: AttrType::Nested(&SUPPORTED_IFTYPES) },
        AttrSpec { id: 33, name: "reg_alpha2", ty: AttrType::Bytes },
        AttrSpec { id: 34, name: "reg_rules", ty: AttrType::Bytes },
        AttrSpec { id: 35, name: "mesh_config", ty: AttrType::Bytes },
        AttrSpec { id: 36, name: "bss_basic_rates", ty: AttrType::Bytes },
        AttrSpec { id: 37, name: "wiphy_txq_params", ty: AttrType::Bytes },
        AttrSpec { id: 38, name: "wiphy_freq", ty: AttrType::U32 },
        AttrSpec { id: 39, name: "wiphy_channel_type", ty: AttrType::Enum(Scalar::U32, CHANNEL_TYPE) },
        AttrSpec { id: 40, name: "key_default_mgmt", ty: AttrType::Flag },
        AttrSpec { id: 41, name: "mgmt_subtype", ty: AttrType::U8 },
        AttrSpec { id: 42, name: "ie", ty: AttrType::Bytes },
        AttrSpec { id: 43, name: "max_num_scan_ssids", ty: AttrType::U8 },
        AttrSpec { id: 44, name: "scan_frequencies", ty: AttrType::Bytes },
        AttrSpec { id: 45, name: "scan_ssids", ty: AttrType::Bytes },
        AttrSpec { id: 46, name: "generation", ty: AttrType::U32 },
        AttrSpec { id: 47, name: "bss", ty: AttrType::Bytes },
        AttrSpec { id: 48, name: "reg_initiator", ty: AttrType::U8 },
        AttrSpec { id: 49, name: "reg_type", ty: AttrType::U8 },
        AttrSpec {
            id: 50,
            name: "supported_commands",
            ty: AttrType::Array(&NL80211_ATTRS_SUPPORTED_COMMANDS_ELEMENT),
        },
        AttrSpec { id: 51, name: "frame", ty: AttrType::Bytes },
        AttrSpec { id: 52, name: "ssid", ty: AttrType::Bytes },
        AttrSpec { id: 53, name: "auth_type", ty: AttrType::U32 },
        AttrSpec { id: 54, name: "reason_code", ty: AttrType::U16 },
        AttrSpec { id: 55, name: "key_type", ty: AttrType::U32 },
        AttrSpec { id: 56, name: "max_scan_ie_len", ty: AttrType::U16 },
        AttrSpec { id: 57, name: "cipher_suites", ty: AttrType::Bytes },
        AttrSpec { id: 58, name: "freq_before", ty: AttrType::Bytes },
        AttrSpec { id: 59, name: "freq_after", ty: AttrType::Bytes },
        AttrSpec { id: 60, name: "freq_fixed", ty: AttrType::Flag },
        AttrSpec { id: 61, name: "wiphy_retry_short", ty: AttrType::U8 },
        AttrSpec { id: 62, name: "wiphy_retry_long", ty: AttrType::U8 },
        AttrSpec { id: 63, name: "wiphy_frag_threshold", ty: AttrType::U32 },
        AttrSpec { id: 64, name: "wiphy_rts_threshold", ty: AttrType::U32 },
        AttrSpec { id: 65, name: "timed_out", ty: AttrType::Flag },
        AttrSpec { id: 66, name: "use_mfp", ty: AttrType::U32 },
        AttrSpec { id: 67, name: "sta_flags2", ty: AttrType::Struct(&STA_FLAG_UPDATE) },
        AttrSpec { id: 68, name: "control_port", ty: AttrType::Flag },
        AttrSpec { id: 69, name: "testdata", ty: AttrType::Bytes },
        AttrSpec { id: 70, name: "privacy", ty: AttrType::Flag },
        AttrSpec { id: 71, name: "disconnected_by_ap", ty: AttrType::Flag },
        AttrSpec { id: 72, name: "status_code", ty: AttrType::U16 },
        AttrSpec { id: 73, name: "cipher_suites_pairwise", ty: AttrType::Bytes },
        AttrSpec { id: 74, name: "cipher_suite_group", ty: AttrType::U32 },
        AttrSpec { id: 75, name: "wpa_versions", ty: AttrType::U32 },
        AttrSpec { id: 76, name: "akm_suites", ty: AttrType::Bytes },
        AttrSpec { id: 77, name: "req_ie", ty: AttrType::Bytes },
        AttrSpec { id: 78, name: "resp_ie", ty: AttrType::Bytes },
        AttrSpec { id: 79, name: "prev_bssid", ty: AttrType::Bytes },
        AttrSpec { id: 80, name: "key", ty: AttrType::Bytes },
        AttrSpec { id: 81, name: "keys", ty: AttrType::Bytes },
        AttrSpec { id: 82, name: "pid", ty: AttrType::U32 },
        AttrSpec { id: 83, name: "4addr", ty: AttrType::U8 },
        AttrSpec { id: 84, name: "survey_info", ty: AttrType::Bytes },
        AttrSpec { id: 85, name: "pmkid", ty: AttrType::Bytes },
        AttrSpec { id: 86, name: "max_num_pmkids", ty: AttrType::U8 },
        AttrSpec { id: 87, name: "duration", ty: AttrType::U32 },
        AttrSpec { id: 88, name: "cookie", ty: AttrType::U64 },
        AttrSpec { id: 89, name: "wiphy_coverage_class", ty: AttrType::U8 },
        AttrSpec { id: 90, name: "tx_rates", ty: AttrType::Bytes },
        AttrSpec { id: 91, name: "frame_match", ty: AttrType::Bytes },
        AttrSpec { id: 92, name: "ack", ty: AttrType::Flag },
        AttrSpec { id: 93, name: "ps_state", ty: AttrType::U32 },
        AttrSpec { id: 94, name: "cqm", ty: AttrType::Bytes },
        AttrSpec { id: 95, name: "local_state_change", ty: AttrType::Flag },
        AttrSpec { id: 96, name: "ap_isolate", ty: AttrType::U8 },
        AttrSpec { id: 97, name: "wiphy_tx_power_setting", ty: AttrType::U32 },
        AttrSpec { id: 98, name: "wiphy_tx_power_level", ty: AttrType::U32 },
        AttrSpec { id: 99, name: "tx_frame_types", ty: AttrType::Nested(&IFTYPE_ATTRS) },
        AttrSpec { id: 100, name: "rx_frame_types", ty: AttrType::Nested(&IFTYPE_ATTRS) },
        AttrSpec { id: 101, name: "frame_type", ty: AttrType::U16 },
        AttrSpec { id: 102, name: "control_port_ethertype", ty: AttrType::Flag },
        AttrSpec { id: 103, name: "control_port_no_encrypt", ty: AttrType::Flag },
        AttrSpec { id: 104, name: "support_ibss_rsn", ty: AttrType::Flag },
        AttrSpec { id: 105, name: "wiphy_antenna_tx", ty: AttrType::U32 },
        AttrSpec { id: 106, name: "wiphy_antenna_rx", ty: AttrType::U32 },
        AttrSpec { id: 107, name: "mcast_rate", ty: AttrType::U32 },
        AttrSpec { id: 108, name: "offchannel_tx_ok", ty: AttrType::Flag },
        AttrSpec { id: 109, name: "bss_ht_opmode", ty: AttrType::U16 },
        AttrSpec { id: 110, name: "key_default_types", ty: AttrType::Bytes },
        AttrSpec { id: 111, name: "max_remain_on_channel_duration", ty: AttrType::U32 },
        AttrSpec { id: 112, name: "mesh_setup", ty: AttrType::Bytes },
        AttrSpec { id: 113, name: "wiphy_antenna_avail_tx", ty: AttrType::U32 },
        AttrSpec { id: 114, name: "wiphy_antenna_avail_rx", ty: AttrType::U32 },
        AttrSpec { id: 115, name: "support_mesh_auth", ty: AttrType::Flag },
        AttrSpec { id: 116, name: "sta_plink_state", ty: AttrType::U8 },
        AttrSpec { id: 117, name: "wowlan_triggers", ty: AttrType::Bytes },
        AttrSpec { id: 118, name: "wowlan_triggers_supported", ty: AttrType::Nested(&WOWLAN_TRIGGERS_ATTRS) },
        AttrSpec { id: 119, name: "sched_scan_interval", ty: AttrType::U32 },
        AttrSpec {
            id: 120,
            name: "interface_combinations",
            ty: AttrType::Array(&NL80211_ATTRS_INTERFACE_COMBINATIONS_ELEMENT),
        },
        AttrSpec { id: 121, name: "software_iftypes", ty: AttrType::Nested(&SUPPORTED_IFTYPES) },
        AttrSpec { id: 122, name: "rekey_data", ty: AttrType::Bytes },
        AttrSpec { id: 123, name: "max_num_sched_scan_ssids", ty: AttrType::U8 },
        AttrSpec { id: 124, name: "max_sched_scan_ie_len", ty: AttrType::U16 },
        AttrSpec { id: 125, name: "scan_supp_rates", ty: AttrType::Bytes },
        AttrSpec { id: 126, name: "hidden_ssid", ty: AttrType::U32 },
        AttrSpec { id: 127, name: "ie_probe_resp", ty: AttrType::Bytes },
        AttrSpec { id: 128, name: "ie_assoc_resp", ty: AttrType::Bytes },
        AttrSpec { id: 129, name: "sta_wme", ty: AttrType::Bytes },
        AttrSpec { id: 130, name: "support_ap_uapsd", ty: AttrType::Flag },
        AttrSpec { id: 131, name: "roam_support", ty: AttrType::Flag },
        AttrSpec { id: 132, name: "sched_scan_match", ty: AttrType::Bytes },
        AttrSpec { id: 133, name: "max_match_sets", ty: AttrType::U8 },
        AttrSpec { id: 134, name: "pmksa_candidate", ty: AttrType::Bytes },
        AttrSpec { id: 135, name: "tx_no_cck_rate", ty: AttrType::Flag },
        AttrSpec { id: 136, name: "tdls_action", ty: AttrType::U8 },
        AttrSpec { id: 137, name: "tdls_dialog_token", ty: AttrType::U8 },
        AttrSpec { id: 138, name: "tdls_operation", ty: AttrType::U8 },
        AttrSpec { id: 139, name: "tdls_support", ty: AttrType::Flag },
        AttrSpec { id: 140, name: "tdls_external_setup", ty: AttrType::Flag },
        AttrSpec { id: 141, name: "device_ap_sme", ty: AttrType::U32 },
        AttrSpec { id: 142, name: "dont_wait_for_ack", ty: AttrType::Flag },
        AttrSpec { id: 143, name: "feature_flags", ty: AttrType::Bits(Scalar::U32, FEATURE_FLAGS) },
        AttrSpec { id: 144, name: "probe_resp_offload", ty: AttrType::U32 },
        AttrSpec { id: 145, name: "probe_resp", ty: AttrType::Bytes },
        AttrSpec { id: 146, name: "dfs_region", ty: AttrType::U8 },
        AttrSpec { id: 147, name: "disable_ht", ty: AttrType::Flag },
        AttrSpec { id: 148, name: "ht_capability_mask", ty: AttrType::Bytes },
        AttrSpec { id: 149, name: "noack_map", ty: AttrType::U16 },
        AttrSpec { id: 150, name: "inactivity_timeout", ty: AttrType::U16 },
        AttrSpec { id: 151, name: "rx_signal_dbm", ty: AttrType::U32 },
        AttrSpec { id: 152, name: "bg_scan_period", ty: AttrType::U16 },
        AttrSpec { id: 153, name: "wdev", ty: AttrType::U64 },
        AttrSpec { id: 154, name: "user_reg_hint_type", ty: AttrType::U32 },
        AttrSpec { id: 155, name: "conn_failed_reason", ty: AttrType::U32 },
        AttrSpec { id: 156, name: "auth_data", ty: AttrType::Bytes },
        AttrSpec { id: 157, name: "vht_capability", ty: AttrType::Bytes },
        AttrSpec { id: 158, name: "scan_flags", ty: AttrType::U32 },
        AttrSpec { id: 159, name: "channel_width", ty: AttrType::U32 },
        AttrSpec { id: 160, name: "center_freq1", ty: AttrType::U32 },
        AttrSpec { id: 161, name: "center_freq2", ty: AttrType::U32 },
        AttrSpec { id: 162, name: "p2p_ctwindow", ty: AttrType::U8 },
        AttrSpec { id: 163, name: "p2p_oppps", ty: AttrType::U8 },
        AttrSpec { id: 164, name: "local_mesh_power_mode", ty: AttrType::U32 },
        AttrSpec { id: 165, name: "acl_policy", ty: AttrType::U32 },
        AttrSpec { id: 166, name: "mac_addrs", ty: AttrType::Bytes },
        AttrSpec { id: 167, name: "mac_acl_max", ty: AttrType::U32 },
        AttrSpec { id: 168, name: "radar_event", ty: AttrType::U32 },
        AttrSpec { id: 169, name: "ext_capa", ty: AttrType::Bytes },
        AttrSpec { id: 170, name: "ext_capa_mask", ty: AttrType::Bytes },
        AttrSpec { id: 171, name: "sta_capability", ty: AttrType::U16 },
        AttrSpec { id: 172, name: "sta_ext_capability", ty: AttrType::Bytes },
        AttrSpec { id: 173, name: "protocol_features", ty: AttrType::Bits(Scalar::U32, PROTOCOL_FEATURES) },
        AttrSpec { id: 174, name: "split_wiphy_dump", ty: AttrType::Flag },
        AttrSpec { id: 175, name: "disable_vht", ty: AttrType::Flag },
        AttrSpec { id: 176, name: "vht_capability_mask", ty: AttrType::Bytes },
        AttrSpec { id: 177, name: "mdid", ty: AttrType::U16 },
        AttrSpec { id: 178, name: "ie_ric", ty: AttrType::Bytes },
        AttrSpec { id: 179, name: "crit_prot_id", ty: AttrType::U16 },
        AttrSpec { id: 180, name: "max_crit_prot_duration", ty: AttrType::U16 },
        AttrSpec { id: 181, name: "peer_aid", ty: AttrType::U16 },
        AttrSpec { id: 182, name: "coalesce_rule", ty: AttrType::Bytes },
        AttrSpec { id: 183, name: "ch_switch_count", ty: AttrType::U32 },
        AttrSpec { id: 184, name: "ch_switch_block_tx", ty: AttrType::Flag },
        AttrSpec { id: 185, name: "csa_ies", ty: AttrType::Bytes },
        AttrSpec { id: 186, name: "cntdwn_offs_beacon", ty: AttrType::Bytes },
        AttrSpec { id: 187, name: "cntdwn_offs_presp", ty: AttrType::Bytes },
        AttrSpec { id: 188, name: "rxmgmt_flags", ty: AttrType::Bytes },
        AttrSpec { id: 189, name: "sta_supported_channels", ty: AttrType::Bytes },
        AttrSpec { id: 190, name: "sta_supported_oper_classes", ty: AttrType::Bytes },
        AttrSpec { id: 191, name: "handle_dfs", ty: AttrType::Flag },
        AttrSpec { id: 192, name: "support_5_mhz", ty: AttrType::Flag },
        AttrSpec { id: 193, name: "support_10_mhz", ty: AttrType::Flag },
        AttrSpec { id: 194, name: "opmode_notif", ty: AttrType::U8 },
        AttrSpec { id: 195, name: "vendor_id", ty: AttrType::U32 },
        AttrSpec { id: 196, name: "vendor_subcmd", ty: AttrType::U32 },
        AttrSpec { id: 197, name: "vendor_data", ty: AttrType::Bytes },
        AttrSpec { id: 198, name: "vendor_events", ty: AttrType::Bytes },
        AttrSpec { id: 199, name: "qos_map", ty: AttrType::Bytes },
        AttrSpec { id: 200, name: "mac_hint", ty: AttrType::Hwaddr },
        AttrSpec { id: 201, name: "wiphy_freq_hint", ty: AttrType::U32 },
        AttrSpec { id: 202, name: "max_ap_assoc_sta", ty: AttrType::U32 },
        AttrSpec { id: 203, name: "tdls_peer_capability", ty: AttrType::U32 },
        AttrSpec { id: 204, name: "socket_owner", ty: AttrType::Flag },
        AttrSpec { id: 205, name: "csa_c_offsets_tx", ty: AttrType::Bytes },
        AttrSpec { id: 206, name: "max_csa_counters", ty: AttrType::U8 },
        AttrSpec { id: 207, name: "tdls_initiator", ty: AttrType::Flag },
        AttrSpec { id: 208, name: "use_rrm", ty: AttrType::Flag },
        AttrSpec { id: 209, name: "wiphy_dyn_ack", ty: AttrType::Flag },
        AttrSpec { id: 210, name: "tsid", ty: AttrType::U8 },
        AttrSpec { id: 211, name: "user_prio", ty: AttrType::U8 },
        AttrSpec { id: 212, name: "admitted_time", ty: AttrType::U16 },
        AttrSpec { id: 213, name: "smps_mode", ty: AttrType::U8 },
        AttrSpec { id: 214, name: "oper_class", ty: AttrType::U8 },
        AttrSpec { id: 215, name: "mac_mask", ty: AttrType::Hwaddr },
        AttrSpec { id: 216, name: "wiphy_self_managed_reg", ty: AttrType::Flag },
        AttrSpec { id: 217, name: "ext_features", ty: AttrType::Bytes },
        AttrSpec { id: 218, name: "survey_radio_stats", ty: AttrType::Bytes },
        AttrSpec { id: 219, name: "netns_fd", ty: AttrType::U32 },
        AttrSpec { id: 220, name: "sched_scan_delay", ty: AttrType::U32 },
        AttrSpec { id: 221, name: "reg_indoor", ty: AttrType::Flag },
        AttrSpec { id: 222, name: "max_num_sched_scan_plans", ty: AttrType::U32 },
        AttrSpec { id: 223, name: "max_scan_plan_interval", ty: AttrType::U32 },
        AttrSpec { id: 224, name: "max_scan_plan_iterations", ty: AttrType::U32 },
        AttrSpec { id: 225, name: "sched_scan_plans", ty: AttrType::Bytes },
        AttrSpec { id: 226, name: "pbss", ty: AttrType::Flag },
        AttrSpec { id: 227, name: "bss_select", ty: AttrType::Bytes },
        AttrSpec { id: 228, name: "sta_support_p2p_ps", ty: AttrType::U8 },
        AttrSpec { id: 229, name: "pad", ty: AttrType::Bytes },
        AttrSpec { id: 230, name: "iftype_ext_capa", ty: AttrType::Bytes },
        AttrSpec { id: 231, name: "mu_mimo_group_data", ty: AttrType::Bytes },
        AttrSpec { id: 232, name: "mu_mimo_follow_mac_addr", ty: AttrType::Hwaddr },
        AttrSpec { id: 233, name: "scan_start_time_tsf", ty: AttrType::U64 },
        AttrSpec { id: 234, name: "scan_start_time_tsf_bssid", ty: AttrType::Bytes },
        AttrSpec { id: 235, name: "measurement_duration", ty: AttrType::U16 },
        AttrSpec { id: 236, name: "measurement_duration_mandatory", ty: AttrType::Flag },
        AttrSpec { id: 237, name: "mesh_peer_aid", ty: AttrType::U16 },
        AttrSpec { id: 238, name: "nan_master_pref", ty: AttrType::U8 },
        AttrSpec { id: 239, name: "bands", ty: AttrType::U32 },
        AttrSpec { id: 240, name: "nan_func", ty: AttrType::Bytes },
        AttrSpec { id: 241, name: "nan_match", ty: AttrType::Bytes },
        AttrSpec { id: 242, name: "fils_kek", ty: AttrType::Bytes },
        AttrSpec { id: 243, name: "fils_nonces", ty: AttrType::Bytes },
        AttrSpec { id: 244, name: "multicast_to_unicast_enabled", ty: AttrType::Flag },
        AttrSpec { id: 245, name: "bssid", ty: AttrType::Hwaddr },
        AttrSpec { id: 246, name: "sched_scan_relative_rssi", ty: AttrType::S8 },
        AttrSpec { id: 247, name: "sched_scan_rssi_adjust", ty: AttrType::Bytes },
        AttrSpec { id: 248, name: "timeout_reason", ty: AttrType::U32 },
        AttrSpec { id: 249, name: "fils_erp_username", ty: AttrType::Bytes },
        AttrSpec { id: 250, name: "fils_erp_realm", ty: AttrType::Bytes },
        AttrSpec { id: 251, name: "fils_erp_next_seq_num", ty: AttrType::U16 },
        AttrSpec { id: 252, name: "fils_erp_rrk", ty: AttrType::Bytes },
        AttrSpec { id: 253, name: "fils_cache_id", ty: AttrType::Bytes },
        AttrSpec { id: 254, name: "pmk", ty: AttrType::Bytes },
        AttrSpec { id: 255, name: "sched_scan_multi", ty: AttrType::Flag },
        AttrSpec { id: 256, name: "sched_scan_max_reqs", ty: AttrType::U32 },
        AttrSpec { id: 257, name: "want_1x_4way_hs", ty: AttrType::Flag },
        AttrSpec { id: 258, name: "pmkr0_name", ty: AttrType::Bytes },
        AttrSpec { id: 259, name: "port_authorized", ty: AttrType::Bytes },
        AttrSpec { id: 260, name: "external_auth_action", ty: AttrType::U32 },
        AttrSpec { id: 261, name: "external_auth_support", ty: AttrType::Flag },
        AttrSpec { id: 262, name: "nss", ty: AttrType::U8 },
        AttrSpec { id: 263, name: "ack_signal", ty: AttrType::S32 },
        AttrSpec { id: 264, name: "control_port_over_nl80211", ty: AttrType::Flag },
        AttrSpec { id: 265, name: "txq_stats", ty: AttrType::Nested(&TXQ_STATS_ATTRS) },
        AttrSpec { id: 266, name: "txq_limit", ty: AttrType::U32 },
        AttrSpec { id: 267, name: "txq_memory_limit", ty: AttrType::U32 },
        AttrSpec { id: 268, name: "txq_quantum", ty: AttrType::U32 },
        AttrSpec { id: 269, name: "he_capability", ty: AttrType::Bytes },
        AttrSpec { id: 270, name: "ftm_responder", ty: AttrType::Bytes },
        AttrSpec { id: 271, name: "ftm_responder_stats", ty: AttrType::Bytes },
        AttrSpec { id: 272, name: "timeout", ty: AttrType::U32 },
        AttrSpec { id: 273, name: "peer_measurements", ty: AttrType::Bytes },
        AttrSpec { id: 274, name: "airtime_weight", ty: AttrType::U16 },
        AttrSpec { id: 275, name: "sta_tx_power_setting", ty: AttrType::U8 },
        AttrSpec { id: 276, name: "sta_tx_power", ty: AttrType::S16 },
        AttrSpec { id: 277, name: "sae_password", ty: AttrType::Bytes },
        AttrSpec { id: 278, name: "twt_responder", ty: AttrType::Flag },
        AttrSpec { id: 279, name: "he_obss_pd", ty: AttrType::Bytes },
        AttrSpec { id: 280, name: "wiphy_edmg_channels", ty: AttrType::U8 },
        AttrSpec { id: 281, name: "wiphy_edmg_bw_config", ty: AttrType::U8 },
        AttrSpec { id: 282, name: "vlan_id", ty: AttrType::U16 },
        AttrSpec { id: 283, name: "he_bss_color", ty: AttrType::Bytes },
        AttrSpec { id: 284, name: "iftype_akm_suites", ty: AttrType::Bytes },
        AttrSpec { id: 285, name: "tid_config", ty: AttrType::Bytes },
        AttrSpec { id: 286, name: "control_port_no_preauth", ty: AttrType::Flag },
        AttrSpec { id: 287, name: "pmk_lifetime", ty: AttrType::U32 },
        AttrSpec { id: 288, name: "pmk_reauth_threshold", ty: AttrType::U8 },
        AttrSpec { id: 289, name: "receive_multicast", ty: AttrType::Flag },
        AttrSpec { id: 290, name: "wiphy_freq_offset", ty: AttrType::U32 },
        AttrSpec { id: 291, name: "center_freq1_offset", ty: AttrType::U32 },
        AttrSpec { id: 292, name: "scan_freq_khz", ty: AttrType::Bytes },
        AttrSpec { id: 293, name: "he_6ghz_capability", ty: AttrType::Bytes },
        AttrSpec { id: 294, name: "fils_discovery", ty: AttrType::Bytes },
        AttrSpec { id: 295, name: "unsol_bcast_probe_resp", ty: AttrType::Bytes },
        AttrSpec { id: 296, name: "s1g_capability", ty: AttrType::Bytes },
        AttrSpec { id: 297, name: "s1g_capability_mask", ty: AttrType::Bytes },
        AttrSpec { id: 298, name: "sae_pwe", ty: AttrType::U8 },
        AttrSpec { id: 299, name: "reconnect_requested", ty: AttrType::Bytes },
        AttrSpec { id: 300, name: "sar_spec", ty: AttrType::Nested(&SAR_ATTRIBUTES) },
        AttrSpec { id: 301, name: "disable_he", ty: AttrType::Flag },
        AttrSpec { id: 302, name: "obss_color_bitmap", ty: AttrType::U64 },
        AttrSpec { id: 303, name: "color_change_count", ty: AttrType::U8 },
        AttrSpec { id: 304, name: "color_change_color", ty: AttrType::U8 },
        AttrSpec { id: 305, name: "color_change_elems", ty: AttrType::Bytes },
        AttrSpec { id: 306, name: "mbssid_config", ty: AttrType::Bytes },
        AttrSpec { id: 307, name: "mbssid_elems", ty: AttrType::Bytes },
        AttrSpec { id: 308, name: "radar_background", ty: AttrType::Flag },
        AttrSpec { id: 309, name: "ap_settings_flags", ty: AttrType::U32 },
        AttrSpec { id: 310, name: "eht_capability", ty: AttrType::Bytes },
        AttrSpec { id: 311, name: "disable_eht", ty: AttrType::Flag },
        AttrSpec { id: 312, name: "mlo_links", ty: AttrType::Bytes },
        AttrSpec { id: 313, name: "mlo_link_id", ty: AttrType::U8 },
        AttrSpec { id: 314, name: "mld_addr", ty: AttrType::Hwaddr },
        AttrSpec { id: 315, name: "mlo_support", ty: AttrType::Flag },
        AttrSpec { id: 316, name: "max_num_akm_suites", ty: AttrType::Bytes },
        AttrSpec { id: 317, name: "eml_capability", ty: AttrType::U16 },
        AttrSpec { id: 318, name: "mld_capa_and_ops", ty: AttrType::U16 },
        AttrSpec { id: 319, name: "tx_hw_timestamp", ty: AttrType::U64 },
        AttrSpec { id: 320, name: "rx_hw_timestamp", ty: AttrType::U64 },
        AttrSpec { id: 321, name: "td_bitmap", ty: AttrType::Bytes },
        AttrSpec { id: 322, name: "punct_bitmap", ty: AttrType::U32 },
        AttrSpec { id: 323, name: "max_hw_timestamp_peers", ty: AttrType::U16 },
        AttrSpec { id: 324, name: "hw_timestamp_enabled", ty: AttrType::Flag },
        AttrSpec { id: 325, name: "ema_rnr_elems", ty: AttrType::Bytes },
        AttrSpec { id: 326, name: "mlo_link_disabled", ty: AttrType::Flag },
        AttrSpec { id: 327, name: "bss_dump_include_use_data", ty: AttrType::Flag },
        AttrSpec { id: 328, name: "mlo_ttlm_dlink", ty: AttrType::U16 },
        AttrSpec { id: 329, name: "mlo_ttlm_ulink", ty: AttrType::U16 },
        AttrSpec { id: 330, name: "assoc_spp_amsdu", ty: AttrType::Flag },
        AttrSpec { id: 331, name: "wiphy_radios", ty: AttrType::Bytes },
        AttrSpec { id: 332, name: "wiphy_interface_combinations", ty: AttrType::Bytes },
        AttrSpec { id: 333, name: "vif_radio_mask", ty: AttrType::U32 },
    ],
    by_name: &[
        210, 0, 0, 0, 0, 100, 0, 272, 309, 0, 120, 112, 300, 315, 0, 0, 0, 280, 0, 78, 0, 0, 0, 0, 0, 0, 116,
        0, 0, 0, 0, 0, 0, 213, 223, 0, 0, 0, 0, 0, 0, 0, 0, 0, 50, 0, 0, 0, 21, 0, 69, 74, 0, 0, 0, 191, 0,
        224, 0, 0, 128, 0, 0, 53, 0, 0, 125, 0, 0, 0, 0, 0, 95, 0, 169, 0, 0, 0, 179, 0, 324, 61, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 108, 333, 316, 0, 244, 0, 0, 3, 33, 0, 0, 0, 0, 0, 0, 0, 96, 0, 0, 0, 0, 56, 0,
        295, 174, 0, 0, 0, 0, 0, 0, 0, 49, 0, 0, 98, 192, 0, 0, 0, 0, 0, 0, 0, 0, 185, 0, 0, 0, 0, 0, 0, 0,
        260, 4, 187, 171, 293, 124, 296, 0, 25, 80, 0, 0, 0, 111, 0, 266, 0, 0, 0, 0, 0, 0, 267, 0, 0, 0, 0,
        0, 242, 0, 0, 0, 294, 0, 229, 0, 0, 0, 0, 68, 0, 281, 0, 0, 0, 167, 0, 0, 0, 220, 230, 105, 106, 186,
        227, 0, 0, 0, 0, 0, 0, 0, 0, 279, 0, 0, 0, 0, 0, 0, 226, 0, 0, 0, 0, 36, 0, 0, 0, 0, 0, 0, 0, 0, 48,
        0, 0, 115, 183, 0, 0, 0, 0, 0, 103, 118, 0, 249, 0, 0, 305, 0, 0, 0, 0, 0, 0, 16, 146, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 39, 0, 228, 0, 0, 0, 0, 0, 0, 0, 239, 327, 0, 0, 180, 0, 0, 0, 0, 310, 317, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 6, 132, 99, 107, 153, 0, 0, 256, 188, 163, 271, 0, 0, 14, 93, 0, 158, 0, 0, 145, 0, 0,
        0, 141, 40, 181, 0, 67, 0, 312, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 212, 254, 0, 0, 0, 0, 0, 325, 306, 215,
        0, 0, 150, 0, 0, 252, 0, 0, 0, 0, 18, 119, 7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 31, 269, 0, 0, 133, 175,
        311, 0, 59, 330, 45, 0, 0, 0, 0, 0, 0, 0, 140, 313, 291, 0, 0, 0, 0, 72, 0, 233, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 198, 0, 216, 250, 275, 308, 0, 89, 0, 0, 0, 232, 0, 0, 262, 0, 0, 122, 86, 0, 0, 0, 0, 10,
        0, 0, 0, 0, 97, 172, 301, 0, 28, 0, 137, 0, 37, 0, 323, 0, 0, 257, 0, 0, 332, 0, 0, 289, 0, 0, 0, 0,
        0, 0, 15, 0, 0, 159, 0, 0, 0, 0, 0, 0, 126, 0, 0, 0, 0, 0, 205, 0, 0, 264, 0, 0, 0, 211, 0, 0, 206,
        0, 302, 123, 222, 0, 0, 0, 73, 176, 17, 0, 19, 303, 0, 156, 168, 0, 0, 0, 251, 0, 0, 0, 0, 0, 0, 0,
        0, 221, 0, 0, 0, 0, 0, 0, 0, 26, 248, 286, 0, 284, 0, 35, 326, 263, 0, 147, 241, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 41, 22, 42, 283, 0, 0, 217, 0, 0, 0, 0, 0, 307, 184, 0, 0, 0, 321, 200, 0, 225, 0, 246,
        166, 0, 0, 0, 0, 0, 77, 13, 201, 287, 0, 0, 0, 0, 204, 276, 258, 0, 0, 202, 0, 0, 0, 0, 0, 81, 79,
        285, 0, 139, 0, 0, 0, 0, 0, 117, 144, 0, 0, 238, 319, 247, 0, 0, 0, 0, 0, 121, 0, 0, 0, 0, 0, 0, 101,
        0, 0, 0, 0, 1, 193, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 94, 2, 0, 0, 0, 0, 151, 0, 0, 0, 322, 0,
        142, 148, 129, 209, 245, 298, 0, 0, 0, 173, 0, 0, 127, 0, 0, 160, 164, 0, 0, 20, 0, 0, 23, 0, 0, 0,
        0, 0, 0, 0, 0, 240, 0, 0, 157, 0, 12, 0, 0, 0, 0, 0, 0, 30, 290, 282, 270, 0, 0, 0, 0, 0, 102, 0, 0,
        0, 0, 189, 0, 0, 0, 0, 57, 91, 0, 88, 0, 328, 196, 109, 329, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 55, 0,
        90, 0, 0, 0, 0, 43, 0, 0, 46, 0, 0, 0, 149, 0, 0, 0, 0, 152, 0, 214, 0, 0, 0, 0, 0, 0, 0, 134, 235,
        47, 0, 0, 0, 0, 218, 0, 320, 38, 0, 0, 110, 5, 0, 0, 24, 261, 92, 0, 0, 0, 0, 0, 58, 0, 0, 65, 0,
        170, 259, 299, 194, 0, 70, 76, 253, 0, 0, 0, 278, 0, 63, 0, 0, 0, 84, 87, 0, 0, 297, 0, 0, 0, 75,
        331, 0, 0, 0, 318, 9, 131, 0, 0, 208, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 274, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 161, 0, 0, 32, 0, 0, 0, 0, 136, 0, 0, 0, 29, 11, 304, 0, 0, 0, 0, 0, 0, 0, 104, 0, 0, 0,
        162, 207, 130, 288, 0, 0, 0, 0, 0, 0, 34, 182, 0, 64, 231, 265, 0, 8, 138, 234, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 255, 0, 0, 0, 0, 177, 243, 0, 0, 0, 0, 0, 0, 85, 0, 203, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 237, 0, 0, 155, 236, 60, 0, 0, 27, 0, 0, 292, 143, 0, 0, 0, 0, 0, 0, 0, 0, 0, 44, 51,
        190, 0, 0, 62, 0, 0, 113, 114, 195, 0, 0, 0, 0, 0, 219, 0, 0, 0, 0, 0, 0, 0, 0, 52, 0, 178, 277, 0,
        0, 135, 0, 0, 0, 154, 165, 197, 199, 0, 0, 0, 83, 0, 268, 0, 273, 0, 0, 54, 66, 0, 0, 0, 0, 82, 0,
        314, 0, 71,
    ],
};

/// Attribute numbers of [`NL80211_ATTRS`].
pub mod nl80211_attrs {
    /// `NL80211_ATTR_WIPHY`.
    #[doc(alias = "NL80211_ATTR_WIPHY")]
    pub const WIPHY: u16 = 1;
    /// `NL80211_ATTR_WIPHY_NAME`.
    #[doc(alias = "NL80211_ATTR_WIPHY_NAME")]
    pub const WIPHY_NAME: u16 = 2;
    /// `NL80211_ATTR_IFINDEX`.
    #[doc(alias = "NL80211_ATTR_IFINDEX")]
    pub const IFINDEX: u16 = 3;
    /// `NL80211_ATTR_IFNAME`.
    #[doc(alias = "NL80211_ATTR_IFNAME")]
    pub const IFNAME: u16 = 4;
    /// `NL80211_ATTR_IFTYPE`.
    #[doc(alias = "NL80211_ATTR_IFTYPE")]
    pub const IFTYPE: u16 = 5;
    /// `NL80211_ATTR_MAC`.
    #[doc(alias = "NL80211_ATTR_MAC")]
    pub const MAC: u16 = 6;
    /// `NL80211_ATTR_KEY_DATA`.
    #[doc(alias = "NL80211_ATTR_KEY_DATA")]
    pub const KEY_DATA: u16 = 7;
    /// `NL80211_ATTR_KEY_IDX`.
    #[doc(alias = "NL80211_ATTR_KEY_IDX")]
    pub const KEY_IDX: u16 = 8;
    /// `NL80211_ATTR_KEY_CIPHER`.
    #[doc(alias = "NL80211_ATTR_KEY_CIPHER")]
    pub const KEY_CIPHER: u16 = 9;
    /// `NL80211_ATTR_KEY_SEQ`.
    #[doc(alias = "NL80211_ATTR_KEY_SEQ")]
    pub const KEY_SEQ: u16 = 10;
    /// `NL80211_ATTR_KEY_DEFAULT`.
    #[doc(alias = "NL80211_ATTR_KEY_DEFAULT")]
    pub const KEY_DEFAULT: u16 = 11;
    /// `NL80211_ATTR_BEACON_INTERVAL`.
    #[doc(alias = "NL80211_ATTR_BEACON_INTERVAL")]
    pub const BEACON_INTERVAL: u16 = 12;
    /// `NL80211_ATTR_DTIM_PERIOD`.
    #[doc(alias = "NL80211_ATTR_DTIM_PERIOD")]
    pub const DTIM_PERIOD: u16 = 13;
    /// `NL80211_ATTR_BEACON_HEAD`.
    #[doc(alias = "NL80211_ATTR_BEACON_HEAD")]
    pub const BEACON_HEAD: u16 = 14;
    /// `NL80211_ATTR_BEACON_TAIL`.
    #[doc(alias = "NL80211_ATTR_BEACON_TAIL")]
    pub const BEACON_TAIL: u16 = 15;
    /// `NL80211_ATTR_STA_AID`.
    #[doc(alias = "NL80211_ATTR_STA_AID")]
    pub const STA_AID: u16 = 16;
    /// `NL80211_ATTR_STA_FLAGS`.
    #[doc(alias = "NL80211_ATTR_STA_FLAGS")]
    pub const STA_FLAGS: u16 = 17;
    /// `NL80211_ATTR_STA_LISTEN_INTERVAL`.
    #[doc(alias = "NL80211_ATTR_STA_LISTEN_INTERVAL")]
    pub const STA_LISTEN_INTERVAL: u16 = 18;
    /// `NL80211_ATTR_STA_SUPPORTED_RATES`.
    #[doc(alias = "NL80211_ATTR_STA_SUPPORTED_RATES")]
    pub const STA_SUPPORTED_RATES: u16 = 19;
    /// `NL80211_ATTR_STA_VLAN`.
    #[doc(alias = "NL80211_ATTR_STA_VLAN")]
    pub const STA_VLAN: u16 = 20;
    /// `NL80211_ATTR_STA_INFO`.
    #[doc(alias = "NL80211_ATTR_STA_INFO")]
    pub const STA_INFO: u16 = 21;
    /// `NL80211_ATTR_WIPHY_BANDS`.
    #[doc(alias = "NL80211_ATTR_WIPHY_BANDS")]
    pub const WIPHY_BANDS: u16 = 22;
    /// `NL80211_ATTR_MNTR_FLAGS`.
    #[doc(alias = "NL80211_ATTR_MNTR_FLAGS")]
    pub const MNTR_FLAGS: u16 = 23;
    /// `NL80211_ATTR_MESH_ID`.
    #[doc(alias = "NL80211_ATTR_MESH_ID")]
    pub const MESH_ID: u16 = 24;
    /// `NL80211_ATTR_STA_PLINK_ACTION`.
    #[doc(alias = "NL80211_ATTR_STA_PLINK_ACTION")]
    pub const STA_PLINK_ACTION: u16 = 25;
    /// `NL80211_ATTR_MPATH_NEXT_HOP`.
    #[doc(alias = "NL80211_ATTR_MPATH_NEXT_HOP")]
    pub const MPATH_NEXT_HOP: u16 = 26;
    /// `NL80211_ATTR_MPATH_INFO`.
    #[doc(alias = "NL80211_ATTR_MPATH_INFO")]
    pub const MPATH_INFO: u16 = 27;
    /// `NL80211_ATTR_BSS_CTS_PROT`.
    #[doc(alias = "NL80211_ATTR_BSS_CTS_PROT")]
    pub const BSS_CTS_PROT: u16 = 28;
    /// `NL80211_ATTR_BSS_SHORT_PREAMBLE`.
    #[doc(alias = "NL80211_ATTR_BSS_SHORT_PREAMBLE")]
    pub const BSS_SHORT_PREAMBLE: u16 = 29;
    /// `NL80211_ATTR_BSS_SHORT_SLOT_TIME`.
    #[doc(alias = "NL80211_ATTR_BSS_SHORT_SLOT_TIME")]
    pub const BSS_SHORT_SLOT_TIME: u16 = 30;
    /// `NL80211_ATTR_HT_CAPABILITY`.
    #[doc(alias = "NL80211_ATTR_HT_CAPABILITY")]
    pub const HT_CAPABILITY: u16 = 31;
    /// `NL80211_ATTR_SUPPORTED_IFTYPES`.
    #[doc(alias = "NL80211_ATTR_SUPPORTED_IFTYPES")]
    pub const SUPPORTED_IFTYPES: u16 = 32;
    /// `NL80211_ATTR_REG_ALPHA2`.
    #[doc(alias = "NL80211_ATTR_REG_ALPHA2")]
    pub const REG_ALPHA2: u16 = 33;
    /// `NL80211_ATTR_REG_RULES`.
    #[doc(alias = "NL80211_ATTR_REG_RULES")]
    pub const REG_RULES: u16 = 34;
    /// `NL80211_ATTR_MESH_CONFIG`.
    #[doc(alias = "NL80211_ATTR_MESH_CONFIG")]
    pub const MESH_CONFIG: u16 = 35;
    /// `NL80211_ATTR_BSS_BASIC_RATES`.
    #[doc(alias = "NL80211_ATTR_BSS_BASIC_RATES")]
    pub const BSS_BASIC_RATES: u16 = 36;
    /// `NL80211_ATTR_WIPHY_TXQ_PARAMS`.
    #[doc(alias = "NL80211_ATTR_WIPHY_TXQ_PARAMS")]
    pub const WIPHY_TXQ_PARAMS: u16 = 37;
    /// `NL80211_ATTR_WIPHY_FREQ`.
    #[doc(alias = "NL80211_ATTR_WIPHY_FREQ")]
    pub const WIPHY_FREQ: u16 = 38;
    /// `NL80211_ATTR_WIPHY_CHANNEL_TYPE`.
    #[doc(alias = "NL80211_ATTR_WIPHY_CHANNEL_TYPE")]
    pub const WIPHY_CHANNEL_TYPE: u16 = 39;
    /// `NL80211_ATTR_KEY_DEFAULT_MGMT`.
    #[doc(alias = "NL80211_ATTR_KEY_DEFAULT_MGMT")]
    pub const KEY_DEFAULT_MGMT: u16 = 40;
    /// `NL80211_ATTR_MGMT_SUBTYPE`.
    #[doc(alias = "NL80211_ATTR_MGMT_SUBTYPE")]
    pub const MGMT_SUBTYPE: u16 = 41;
    /// `NL80211_ATTR_IE`.
    #[doc(alias = "NL80211_ATTR_IE")]
    pub const IE: u16 = 42;
    /// `NL80211_ATTR_MAX_NUM_SCAN_SSIDS`.
    #[doc(alias = "NL80211_ATTR_MAX_NUM_SCAN_SSIDS")]
    pub const MAX_NUM_SCAN_SSIDS: u16 = 43;
    /// `NL80211_ATTR_SCAN_FREQUENCIES`.
    #[doc(alias = "NL80211_ATTR_SCAN_FREQUENCIES")]
    pub const SCAN_FREQUENCIES: u16 = 44;
    /// `NL80211_ATTR_SCAN_SSIDS`.
    #[doc(alias = "NL80211_ATTR_SCAN_SSIDS")]
    pub const SCAN_SSIDS: u16 = 45;
    /// `NL80211_ATTR_GENERATION`.
    #[doc(alias = "NL80211_ATTR_GENERATION")]
    pub const GENERATION: u16 = 46;
    /// `NL80211_ATTR_BSS`.
    #[doc(alias = "NL80211_ATTR_BSS")]
    pub const BSS: u16 = 47;
    /// `NL80211_ATTR_REG_INITIATOR`.
    #[doc(alias = "NL80211_ATTR_REG_INITIATOR")]
    pub const REG_INITIATOR: u16 = 48;
    /// `NL80211_ATTR_REG_TYPE`.
    #[doc(alias = "NL80211_ATTR_REG_TYPE")]
    pub const REG_TYPE: u16 = 49;
    /// `NL80211_ATTR_SUPPORTED_COMMANDS`.
    #[doc(alias = "NL80211_ATTR_SUPPORTED_COMMANDS")]
    pub const SUPPORTED_COMMANDS: u16 = 50;
    /// `NL80211_ATTR_FRAME`.
    #[doc(alias = "NL80211_ATTR_FRAME")]
    pub const FRAME: u16 = 51;
    /// `NL80211_ATTR_SSID`.
    #[doc(alias = "NL80211_ATTR_SSID")]
    pub const SSID: u16 = 52;
    /// `NL80211_ATTR_AUTH_TYPE`.
    #[doc(alias = "NL80211_ATTR_AUTH_TYPE")]
    pub const AUTH_TYPE: u16 = 53;
    /// `NL80211_ATTR_REASON_CODE`.
    #[doc(alias = "NL80211_ATTR_REASON_CODE")]
    pub const REASON_CODE: u16 = 54;
    /// `NL80211_ATTR_KEY_TYPE`.
    #[doc(alias = "NL80211_ATTR_KEY_TYPE")]
    pub const KEY_TYPE: u16 = 55;
    /// `NL80211_ATTR_MAX_SCAN_IE_LEN`.
    #[doc(alias = "NL80211_ATTR_MAX_SCAN_IE_LEN")]
    pub const MAX_SCAN_IE_LEN: u16 = 56;
    /// `NL80211_ATTR_CIPHER_SUITES`.
    #[doc(alias = "NL80211_ATTR_CIPHER_SUITES")]
    pub const CIPHER_SUITES: u16 = 57;
    /// `NL80211_ATTR_FREQ_BEFORE`.
    #[doc(alias = "NL80211_ATTR_FREQ_BEFORE")]
    pub const FREQ_BEFORE: u16 = 58;
    /// `NL80211_ATTR_FREQ_AFTER`.
    #[doc(alias = "NL80211_ATTR_FREQ_AFTER")]
    pub const FREQ_AFTER: u16 = 59;
    /// `NL80211_ATTR_FREQ_FIXED`.
    #[doc(alias = "NL80211_ATTR_FREQ_FIXED")]
    pub const FREQ_FIXED: u16 = 60;
    /// `NL80211_ATTR_WIPHY_RETRY_SHORT`.
    #[doc(alias = "NL80211_ATTR_WIPHY_RETRY_SHORT")]
    pub const WIPHY_RETRY_SHORT: u16 = 61;
    /// `NL80211_ATTR_WIPHY_RETRY_LONG`.
    #[doc(alias = "NL80211_ATTR_WIPHY_RETRY_LONG")]
    pub const WIPHY_RETRY_LONG: u16 = 62;
    /// `NL80211_ATTR_WIPHY_FRAG_THRESHOLD`.
    #[doc(alias = "NL80211_ATTR_WIPHY_FRAG_THRESHOLD")]
    pub const WIPHY_FRAG_THRESHOLD: u16 = 63;
    /// `NL80211_ATTR_WIPHY_RTS_THRESHOLD`.
    #[doc(alias = "NL80211_ATTR_WIPHY_RTS_THRESHOLD")]
    pub const WIPHY_RTS_THRESHOLD: u16 = 64;
    /// `NL80211_ATTR_TIMED_OUT`.
    #[doc(alias = "NL80211_ATTR_TIMED_OUT")]
    pub const TIMED_OUT: u16 = 65;
    /// `NL80211_ATTR_USE_MFP`.
    #[doc(alias = "NL80211_ATTR_USE_MFP")]
    pub const USE_MFP: u16 = 66;
    /// `NL80211_ATTR_STA_FLAGS2`.
    #[doc(alias = "NL80211_ATTR_STA_FLAGS2")]
    pub const STA_FLAGS2: u16 = 67;
    /// `NL80211_ATTR_CONTROL_PORT`.
    #[doc(alias = "NL80211_ATTR_CONTROL_PORT")]
    pub const CONTROL_PORT: u16 = 68;
    /// `NL80211_ATTR_TESTDATA`.
    #[doc(alias = "NL80211_ATTR_TESTDATA")]
    pub const TESTDATA: u16 = 69;
    /// `NL80211_ATTR_PRIVACY`.
    #[doc(alias = "NL80211_ATTR_PRIVACY")]
    pub const PRIVACY: u16 = 70;
    /// `NL80211_ATTR_DISCONNECTED_BY_AP`.
    #[doc(alias = "NL80211_ATTR_DISCONNECTED_BY_AP")]
    pub const DISCONNECTED_BY_AP: u16 = 71;
    /// `NL80211_ATTR_STATUS_CODE`.
    #[doc(alias = "NL80211_ATTR_STATUS_CODE")]
    pub const STATUS_CODE: u16 = 72;
    /// `NL80211_ATTR_CIPHER_SUITES_PAIRWISE`.
    #[doc(alias = "NL80211_ATTR_CIPHER_SUITES_PAIRWISE")]
    pub const CIPHER_SUITES_PAIRWISE: u16 = 73;
    /// `NL80211_ATTR_CIPHER_SUITE_GROUP`.
    #[doc(alias = "NL80211_ATTR_CIPHER_SUITE_GROUP")]
    pub const CIPHER_SUITE_GROUP: u16 = 74;
    /// `NL80211_ATTR_WPA_VERSIONS`.
    #[doc(alias = "NL80211_ATTR_WPA_VERSIONS")]
    pub const WPA_VERSIONS: u16 = 75;
    /// `NL80211_ATTR_AKM_SUITES`.
    #[doc(alias = "NL80211_ATTR_AKM_SUITES")]
    pub const AKM_SUITES: u16 = 76;
    /// `NL80211_ATTR_REQ_IE`.
    #[doc(alias = "NL80211_ATTR_REQ_IE")]
    pub const REQ_IE: u16 = 77;
    /// `NL80211_ATTR_RESP_IE`.
    #[doc(alias = "NL80211_ATTR_RESP_IE")]
    pub const RESP_IE: u16 = 78;
    /// `NL80211_ATTR_PREV_BSSID`.
    #[doc(alias = "NL80211_ATTR_PREV_BSSID")]
    pub const PREV_BSSID: u16 = 79;
    /// `NL80211_ATTR_KEY`.
    #[doc(alias = "NL80211_ATTR_KEY")]
    pub const KEY: u16 = 80;
    /// `NL80211_ATTR_KEYS`.
    #[doc(alias = "NL80211_ATTR_KEYS")]
    pub const KEYS: u16 = 81;
    /// `NL80211_ATTR_PID`.
    #[doc(alias = "NL80211_ATTR_PID")]
    pub const PID: u16 = 82;
    /// `NL80211_ATTR_4ADDR`.
    #[doc(alias = "NL80211_ATTR_4ADDR")]
    pub const N4ADDR: u16 = 83;
    /// `NL80211_ATTR_SURVEY_INFO`.
    #[doc(alias = "NL80211_ATTR_SURVEY_INFO")]
    pub const SURVEY_INFO: u16 = 84;
    /// `NL80211_ATTR_PMKID`.
    #[doc(alias = "NL80211_ATTR_PMKID")]
    pub const PMKID: u16 = 85;
    /// `NL80211_ATTR_MAX_NUM_PMKIDS`.
    #[doc(alias = "NL80211_ATTR_MAX_NUM_PMKIDS")]
    pub const MAX_NUM_PMKIDS: u16 = 86;
    /// `NL80211_ATTR_DURATION`.
    #[doc(alias = "NL80211_ATTR_DURATION")]
    pub const DURATION: u16 = 87;
    /// `NL80211_ATTR_COOKIE`.
    #[doc(alias = "NL80211_ATTR_COOKIE")]
    pub const COOKIE: u16 = 88;
    /// `NL80211_ATTR_WIPHY_COVERAGE_CLASS`.
    #[doc(alias = "NL80211_ATTR_WIPHY_COVERAGE_CLASS")]
    pub const WIPHY_COVERAGE_CLASS: u16 = 89;
    /// `NL80211_ATTR_TX_RATES`.
    #[doc(alias = "NL80211_ATTR_TX_RATES")]
    pub const TX_RATES: u16 = 90;
    /// `NL80211_ATTR_FRAME_MATCH`.
    #[doc(alias = "NL80211_ATTR_FRAME_MATCH")]
    pub const FRAME_MATCH: u16 = 91;
    /// `NL80211_ATTR_ACK`.
    #[doc(alias = "NL80211_ATTR_ACK")]
    pub const ACK: u16 = 92;
    /// `NL80211_ATTR_PS_STATE`.
    #[doc(alias = "NL80211_ATTR_PS_STATE")]
    pub const PS_STATE: u16 = 93;
    /// `NL80211_ATTR_CQM`.
    #[doc(alias = "NL80211_ATTR_CQM")]
    pub const CQM: u16 = 94;
    /// `NL80211_ATTR_LOCAL_STATE_CHANGE`.
    #[doc(alias = "NL80211_ATTR_LOCAL_STATE_CHANGE")]
    pub const LOCAL_STATE_CHANGE: u16 = 95;
    /// `NL80211_ATTR_AP_ISOLATE`.
    #[doc(alias = "NL80211_ATTR_AP_ISOLATE")]
    pub const AP_ISOLATE: u16 = 96;
    /// `NL80211_ATTR_WIPHY_TX_POWER_SETTING`.
    #[doc(alias = "NL80211_ATTR_WIPHY_TX_POWER_SETTING")]
    pub const WIPHY_TX_POWER_SETTING: u16 = 97;
    /// `NL80211_ATTR_WIPHY_TX_POWER_LEVEL`.
    #[doc(alias = "NL80211_ATTR_WIPHY_TX_POWER_LEVEL")]
    pub const WIPHY_TX_POWER_LEVEL: u16 = 98;
    /// `NL80211_ATTR_TX_FRAME_TYPES`.
    #[doc(alias = "NL80211_ATTR_TX_FRAME_TYPES")]
    pub const TX_FRAME_TYPES: u16 = 99;
    /// `NL80211_ATTR_RX_FRAME_TYPES`.
    #[doc(alias = "NL80211_ATTR_RX_FRAME_TYPES")]
    pub const RX_FRAME_TYPES: u16 = 100;
    /// `NL80211_ATTR_FRAME_TYPE`.
    #[doc(alias = "NL80211_ATTR_FRAME_TYPE")]
    pub const FRAME_TYPE: u16 = 101;
    /// `NL80211_ATTR_CONTROL_PORT_ETHERTYPE`.
    #[doc(alias = "NL80211_ATTR_CONTROL_PORT_ETHERTYPE")]
    pub const CONTROL_PORT_ETHERTYPE: u16 = 102;
    /// `NL80211_ATTR_CONTROL_PORT_NO_ENCRYPT`.
    #[doc(alias = "NL80211_ATTR_CONTROL_PORT_NO_ENCRYPT")]
    pub const CONTROL_PORT_NO_ENCRYPT: u16 = 103;
    /// `NL80211_ATTR_SUPPORT_IBSS_RSN`.
    #[doc(alias = "NL80211_ATTR_SUPPORT_IBSS_RSN")]
    pub const SUPPORT_IBSS_RSN: u16 = 104;
    /// `NL80211_ATTR_WIPHY_ANTENNA_TX`.
    #[doc(alias = "NL80211_ATTR_WIPHY_ANTENNA_TX")]
    pub const WIPHY_ANTENNA_TX: u16 = 105;
    /// `NL80211_ATTR_WIPHY_ANTENNA_RX`.
    #[doc(alias = "NL80211_ATTR_WIPHY_ANTENNA_RX")]
    pub const WIPHY_ANTENNA_RX: u16 = 106;
    /// `NL80211_ATTR_MCAST_RATE`.
    #[doc(alias = "NL80211_ATTR_MCAST_RATE")]
    pub const MCAST_RATE: u16 = 107;
    /// `NL80211_ATTR_OFFCHANNEL_TX_OK`.
    #[doc(alias = "NL80211_ATTR_OFFCHANNEL_TX_OK")]
    pub const OFFCHANNEL_TX_OK: u16 = 108;
    /// `NL80211_ATTR_BSS_HT_OPMODE`.
    #[doc(alias = "NL80211_ATTR_BSS_HT_OPMODE")]
    pub const BSS_HT_OPMODE: u16 = 109;
    /// `NL80211_ATTR_KEY_DEFAULT_TYPES`.
    #[doc(alias = "NL80211_ATTR_KEY_DEFAULT_TYPES")]
    pub const KEY_DEFAULT_TYPES: u16 = 110;
    /// `NL80211_ATTR_MAX_REMAIN_ON_CHANNEL_DURATION`.
    #[doc(alias = "NL80211_ATTR_MAX_REMAIN_ON_CHANNEL_DURATION")]
    pub const MAX_REMAIN_ON_CHANNEL_DURATION: u16 = 111;
    /// `NL80211_ATTR_MESH_SETUP`.
    #[doc(alias = "NL80211_ATTR_MESH_SETUP")]
    pub const MESH_SETUP: u16 = 112;
    /// `NL80211_ATTR_WIPHY_ANTENNA_AVAIL_TX`.
    #[doc(alias = "NL80211_ATTR_WIPHY_ANTENNA_AVAIL_TX")]
    pub const WIPHY_ANTENNA_AVAIL_TX: u16 = 113;
    /// `NL80211_ATTR_WIPHY_ANTENNA_AVAIL_RX`.
    #[doc(alias = "NL80211_ATTR_WIPHY_ANTENNA_AVAIL_RX")]
    pub const WIPHY_ANTENNA_AVAIL_RX: u16 = 114;
    /// `NL80211_ATTR_SUPPORT_MESH_AUTH`.
    #[doc(alias = "NL80211_ATTR_SUPPORT_MESH_AUTH")]
    pub const SUPPORT_MESH_AUTH: u16 = 115;
    /// `NL80211_ATTR_STA_PLINK_STATE`.
    #[doc(alias = "NL80211_ATTR_STA_PLINK_STATE")]
    pub const STA_PLINK_STATE: u16 = 116;
    /// `NL80211_ATTR_WOWLAN_TRIGGERS`.
    #[doc(alias = "NL80211_ATTR_WOWLAN_TRIGGERS")]
    pub const WOWLAN_TRIGGERS: u16 = 117;
    /// `NL80211_ATTR_WOWLAN_TRIGGERS_SUPPORTED`.
    #[doc(alias = "NL80211_ATTR_WOWLAN_TRIGGERS_SUPPORTED")]
    pub const WOWLAN_TRIGGERS_SUPPORTED: u16 = 118;
    /// `NL80211_ATTR_SCHED_SCAN_INTERVAL`.
    #[doc(alias = "NL80211_ATTR_SCHED_SCAN_INTERVAL")]
    pub const SCHED_SCAN_INTERVAL: u16 = 119;
    /// `NL80211_ATTR_INTERFACE_COMBINATIONS`.
    #[doc(alias = "NL80211_ATTR_INTERFACE_COMBINATIONS")]
    pub const INTERFACE_COMBINATIONS: u16 = 120;
    /// `NL80211_ATTR_SOFTWARE_IFTYPES`.
    #[doc(alias = "NL80211_ATTR_SOFTWARE_IFTYPES")]
    pub const SOFTWARE_IFTYPES: u16 = 121;
    /// `NL80211_ATTR_REKEY_DATA`.
    #[doc(alias = "NL80211_ATTR_REKEY_DATA")]
    pub const REKEY_DATA: u16 = 122;
    /// `NL80211_ATTR_MAX_NUM_SCHED_SCAN_SSIDS`.
    #[doc(alias = "NL80211_ATTR_MAX_NUM_SCHED_SCAN_SSIDS")]
    pub const MAX_NUM_SCHED_SCAN_SSIDS: u16 = 123;
    /// `NL80211_ATTR_MAX_SCHED_SCAN_IE_LEN`.
    #[doc(alias = "NL80211_ATTR_MAX_SCHED_SCAN_IE_LEN")]
    pub const MAX_SCHED_SCAN_IE_LEN: u16 = 124;
    /// `NL80211_ATTR_SCAN_SUPP_RATES`.
    #[doc(alias = "NL80211_ATTR_SCAN_SUPP_RATES")]
    pub const SCAN_SUPP_RATES: u16 = 125;
    /// `NL80211_ATTR_HIDDEN_SSID`.
    #[doc(alias = "NL80211_ATTR_HIDDEN_SSID")]
    pub const HIDDEN_SSID: u16 = 126;
    /// `NL80211_ATTR_IE_PROBE_RESP`.
    #[doc(alias = "NL80211_ATTR_IE_PROBE_RESP")]
    pub const IE_PROBE_RESP: u16 = 127;
    /// `NL80211_ATTR_IE_ASSOC_RESP`.
    #[doc(alias = "NL80211_ATTR_IE_ASSOC_RESP")]
    pub const IE_ASSOC_RESP: u16 = 128;
    /// `NL80211_ATTR_STA_WME`.
    #[doc(alias = "NL80211_ATTR_STA_WME")]
    pub const STA_WME: u16 = 129;
    /// `NL80211_ATTR_SUPPORT_AP_UAPSD`.
    #[doc(alias = "NL80211_ATTR_SUPPORT_AP_UAPSD")]
    pub const SUPPORT_AP_UAPSD: u16 = 130;
    /// `NL80211_ATTR_ROAM_SUPPORT`.
    #[doc(alias = "NL80211_ATTR_ROAM_SUPPORT")]
    pub const ROAM_SUPPORT: u16 = 131;
    /// `NL80211_ATTR_SCHED_SCAN_MATCH`.
    #[doc(alias = "NL80211_ATTR_SCHED_SCAN_MATCH")]
    pub const SCHED_SCAN_MATCH: u16 = 132;
    /// `NL80211_ATTR_MAX_MATCH_SETS`.
    #[doc(alias = "NL80211_ATTR_MAX_MATCH_SETS")]
    pub const MAX_MATCH_SETS: u16 = 133;
    /// `NL80211_ATTR_PMKSA_CANDIDATE`.
    #[doc(alias = "NL80211_ATTR_PMKSA_CANDIDATE")]
    pub const PMKSA_CANDIDATE: u16 = 134;
    /// `NL80211_ATTR_TX_NO_CCK_RATE`.
    #[doc(alias = "NL80211_ATTR_TX_NO_CCK_RATE")]
    pub const TX_NO_CCK_RATE: u16 = 135;
    /// `NL80211_ATTR_TDLS_ACTION`.
    #[doc(alias = "NL80211_ATTR_TDLS_ACTION")]
    pub const TDLS_ACTION: u16 = 136;
    /// `NL80211_ATTR_TDLS_DIALOG_TOKEN`.
    #[doc(alias = "NL80211_ATTR_TDLS_DIALOG_TOKEN")]
    pub const TDLS_DIALOG_TOKEN: u16 = 137;
    /// `NL80211_ATTR_TDLS_OPERATION`.
    #[doc(alias = "NL80211_ATTR_TDLS_OPERATION")]
    pub const TDLS_OPERATION: u16 = 138;
    /// `NL80211_ATTR_TDLS_SUPPORT`.
    #[doc(alias = "NL80211_ATTR_TDLS_SUPPORT")]
    pub const TDLS_SUPPORT: u16 = 139;
    /// `NL80211_ATTR_TDLS_EXTERNAL_SETUP`.
    #[doc(alias = "NL80211_ATTR_TDLS_EXTERNAL_SETUP")]
    pub const TDLS_EXTERNAL_SETUP: u16 = 140;
    /// `NL80211_ATTR_DEVICE_AP_SME`.
    #[doc(alias = "NL80211_ATTR_DEVICE_AP_SME")]
    pub const DEVICE_AP_SME: u16 = 141;
    /// `NL80211_ATTR_DONT_WAIT_FOR_ACK`.
    #[doc(alias = "NL80211_ATTR_DONT_WAIT_FOR_ACK")]
    pub const DONT_WAIT_FOR_ACK: u16 = 142;
    /// `NL80211_ATTR_FEATURE_FLAGS`.
    #[doc(alias = "NL80211_ATTR_FEATURE_FLAGS")]
    pub const FEATURE_FLAGS: u16 = 143;
    /// `NL80211_ATTR_PROBE_RESP_OFFLOAD`.
    #[doc(alias = "NL80211_ATTR_PROBE_RESP_OFFLOAD")]
    pub const PROBE_RESP_OFFLOAD: u16 = 144;
    /// `NL80211_ATTR_PROBE_RESP`.
    #[doc(alias = "NL80211_ATTR_PROBE_RESP")]
    pub const PROBE_RESP: u16 = 145;
    /// `NL80211_ATTR_DFS_REGION`.
    #[doc(alias = "NL80211_ATTR_DFS_REGION")]
    pub const DFS_REGION: u16 = 146;
    /// `NL80211_ATTR_DISABLE_HT`.
    #[doc(alias = "NL80211_ATTR_DISABLE_HT")]
    pub const DISABLE_HT: u16 = 147;
    /// `NL80211_ATTR_HT_CAPABILITY_MASK`.
    #[doc(alias = "NL80211_ATTR_HT_CAPABILITY_MASK")]
    pub const HT_CAPABILITY_MASK: u16 = 148;
    /// `NL80211_ATTR_NOACK_MAP`.
    #[doc(alias = "NL80211_ATTR_NOACK_MAP")]
    pub const NOACK_MAP: u16 = 149;
    /// `NL80211_ATTR_INACTIVITY_TIMEOUT`.
    #[doc(alias = "NL80211_ATTR_INACTIVITY_TIMEOUT")]
    pub const INACTIVITY_TIMEOUT: u16 = 150;
    /// `NL80211_ATTR_RX_SIGNAL_DBM`.
    #[doc(alias = "NL80211_ATTR_RX_SIGNAL_DBM")]
    pub const RX_SIGNAL_DBM: u16 = 151;
    /// `NL80211_ATTR_BG_SCAN_PERIOD`.
    #[doc(alias = "NL80211_ATTR_BG_SCAN_PERIOD")]
    pub const BG_SCAN_PERIOD: u16 = 152;
    /// `NL80211_ATTR_WDEV`.
    #[doc(alias = "NL80211_ATTR_WDEV")]
    pub const WDEV: u16 = 153;
    /// `NL80211_ATTR_USER_REG_HINT_TYPE`.
    #[doc(alias = "NL80211_ATTR_USER_REG_HINT_TYPE")]
    pub const USER_REG_HINT_TYPE: u16 = 154;
    /// `NL80211_ATTR_CONN_FAILED_REASON`.
    #[doc(alias = "NL80211_ATTR_CONN_FAILED_REASON")]
    pub const CONN_FAILED_REASON: u16 = 155;
    /// `NL80211_ATTR_AUTH_DATA`.
    #[doc(alias = "NL80211_ATTR_AUTH_DATA")]
    pub const AUTH_DATA: u16 = 156;
    /// `NL80211_ATTR_VHT_CAPABILITY`.
    #[doc(alias = "NL80211_ATTR_VHT_CAPABILITY")]
    pub const VHT_CAPABILITY: u16 = 157;
    /// `NL80211_ATTR_SCAN_FLAGS`.
    #[doc(alias = "NL80211_ATTR_SCAN_FLAGS")]
    pub const SCAN_FLAGS: u16 = 158;
    /// `NL80211_ATTR_CHANNEL_WIDTH`.
    #[doc(alias = "NL80211_ATTR_CHANNEL_WIDTH")]
    pub const CHANNEL_WIDTH: u16 = 159;
    /// `NL80211_ATTR_CENTER_FREQ1`.
    #[doc(alias = "NL80211_ATTR_CENTER_FREQ1")]
    pub const CENTER_FREQ1: u16 = 160;
    /// `NL80211_ATTR_CENTER_FREQ2`.
    #[doc(alias = "NL80211_ATTR_CENTER_FREQ2")]
    pub const CENTER_FREQ2: u16 = 161;
    /// `NL80211_ATTR_P2P_CTWINDOW`.
    #[doc(alias = "NL80211_ATTR_P2P_CTWINDOW")]
    pub const P2P_CTWINDOW: u16 = 162;
    /// `NL80211_ATTR_P2P_OPPPS`.
    #[doc(alias = "NL80211_ATTR_P2P_OPPPS")]
    pub const P2P_OPPPS: u16 = 163;
    /// `NL80211_ATTR_LOCAL_MESH_POWER_MODE`.
    #[doc(alias = "NL80211_ATTR_LOCAL_MESH_POWER_MODE")]
    pub const LOCAL_MESH_POWER_MODE: u16 = 164;
    /// `NL80211_ATTR_ACL_POLICY`.
    #[doc(alias = "NL80211_ATTR_ACL_POLICY")]
    pub const ACL_POLICY: u16 = 165;
    /// `NL80211_ATTR_MAC_ADDRS`.
    #[doc(alias = "NL80211_ATTR_MAC_ADDRS")]
    pub const MAC_ADDRS: u16 = 166;
    /// `NL80211_ATTR_MAC_ACL_MAX`.
    #[doc(alias = "NL80211_ATTR_MAC_ACL_MAX")]
    pub const MAC_ACL_MAX: u16 = 167;
    /// `NL80211_ATTR_RADAR_EVENT`.
    #[doc(alias = "NL80211_ATTR_RADAR_EVENT")]
    pub const RADAR_EVENT: u16 = 168;
    /// `NL80211_ATTR_EXT_CAPA`.
    #[doc(alias = "NL80211_ATTR_EXT_CAPA")]
    pub const EXT_CAPA: u16 = 169;
    /// `NL80211_ATTR_EXT_CAPA_MASK`.
    #[doc(alias = "NL80211_ATTR_EXT_CAPA_MASK")]
    pub const EXT_CAPA_MASK: u16 = 170;
    /// `NL80211_ATTR_STA_CAPABILITY`.
    #[doc(alias = "NL80211_ATTR_STA_CAPABILITY")]
    pub const STA_CAPABILITY: u16 = 171;
    /// `NL80211_ATTR_STA_EXT_CAPABILITY`.
    #[doc(alias = "NL80211_ATTR_STA_EXT_CAPABILITY")]
    pub const STA_EXT_CAPABILITY: u16 = 172;
    /// `NL80211_ATTR_PROTOCOL_FEATURES`.
    #[doc(alias = "NL80211_ATTR_PROTOCOL_FEATURES")]
    pub const PROTOCOL_FEATURES: u16 = 173;
    /// `NL80211_ATTR_SPLIT_WIPHY_DUMP`.
    #[doc(alias = "NL80211_ATTR_SPLIT_WIPHY_DUMP")]
    pub const SPLIT_WIPHY_DUMP: u16 = 174;
    /// `NL80211_ATTR_DISABLE_VHT`.
    #[doc(alias = "NL80211_ATTR_DISABLE_VHT")]
    pub const DISABLE_VHT: u16 = 175;
    /// `NL80211_ATTR_VHT_CAPABILITY_MASK`.
    #[doc(alias = "NL80211_ATTR_VHT_CAPABILITY_MASK")]
    pub const VHT_CAPABILITY_MASK: u16 = 176;
    /// `NL80211_ATTR_MDID`.
    #[doc(alias = "NL80211_ATTR_MDID")]
    pub const MDID: u16 = 177;
    /// `NL80211_ATTR_IE_RIC`.
    #[doc(alias = "NL80211_ATTR_IE_RIC")]
    pub const IE_RIC: u16 = 178;
    /// `NL80211_ATTR_CRIT_PROT_ID`.
    #[doc(alias = "NL80211_ATTR_CRIT_PROT_ID")]
    pub const CRIT_PROT_ID: u16 = 179;
    /// `NL80211_ATTR_MAX_CRIT_PROT_DURATION`.
    #[doc(alias = "NL80211_ATTR_MAX_CRIT_PROT_DURATION")]
    pub const MAX_CRIT_PROT_DURATION: u16 = 180;
    /// `NL80211_ATTR_PEER_AID`.
    #[doc(alias = "NL80211_ATTR_PEER_AID")]
    pub const PEER_AID: u16 = 181;
    /// `NL80211_ATTR_COALESCE_RULE`.
    #[doc(alias = "NL80211_ATTR_COALESCE_RULE")]
    pub const COALESCE_RULE: u16 = 182;
    /// `NL80211_ATTR_CH_SWITCH_COUNT`.
    #[doc(alias = "NL80211_ATTR_CH_SWITCH_COUNT")]
    pub const CH_SWITCH_COUNT: u16 = 183;
    /// `NL80211_ATTR_CH_SWITCH_BLOCK_TX`.
    #[doc(alias = "NL80211_ATTR_CH_SWITCH_BLOCK_TX")]
    pub const CH_SWITCH_BLOCK_TX: u16 = 184;
    /// `NL80211_ATTR_CSA_IES`.
    #[doc(alias = "NL80211_ATTR_CSA_IES")]
    pub const CSA_IES: u16 = 185;
    /// `NL80211_ATTR_CNTDWN_OFFS_BEACON`.
    #[doc(alias = "NL80211_ATTR_CNTDWN_OFFS_BEACON")]
    pub const CNTDWN_OFFS_BEACON: u16 = 186;
    /// `NL80211_ATTR_CNTDWN_OFFS_PRESP`.
    #[doc(alias = "NL80211_ATTR_CNTDWN_OFFS_PRESP")]
    pub const CNTDWN_OFFS_PRESP: u16 = 187;
    /// `NL80211_ATTR_RXMGMT_FLAGS`.
    #[doc(alias = "NL80211_ATTR_RXMGMT_FLAGS")]
    pub const RXMGMT_FLAGS: u16 = 188;
    /// `NL80211_ATTR_STA_SUPPORTED_CHANNELS`.
    #[doc(alias = "NL80211_ATTR_STA_SUPPORTED_CHANNELS")]
    pub const STA_SUPPORTED_CHANNELS: u16 = 189;
    /// `NL80211_ATTR_STA_SUPPORTED_OPER_CLASSES`.
    #[doc(alias = "NL80211_ATTR_STA_SUPPORTED_OPER_CLASSES")]
    pub const STA_SUPPORTED_OPER_CLASSES: u16 = 190;
    /// `NL80211_ATTR_HANDLE_DFS`.
    #[doc(alias = "NL80211_ATTR_HANDLE_DFS")]
    pub const HANDLE_DFS: u16 = 191;
    /// `NL80211_ATTR_SUPPORT_5_MHZ`.
    #[doc(alias = "NL80211_ATTR_SUPPORT_5_MHZ")]
    pub const SUPPORT_5_MHZ: u16 = 192;
    /// `NL80211_ATTR_SUPPORT_10_MHZ`.
    #[doc(alias = "NL80211_ATTR_SUPPORT_10_MHZ")]
    pub const SUPPORT_10_MHZ: u16 = 193;
    /// `NL80211_ATTR_OPMODE_NOTIF`.
    #[doc(alias = "NL80211_ATTR_OPMODE_NOTIF")]
    pub const OPMODE_NOTIF: u16 = 194;
    /// `NL80211_ATTR_VENDOR_ID`.
    #[doc(alias = "NL80211_ATTR_VENDOR_ID")]
    pub const VENDOR_ID: u16 = 195;
    /// `NL80211_ATTR_VENDOR_SUBCMD`.
    #[doc(alias = "NL80211_ATTR_VENDOR_SUBCMD")]
    pub const VENDOR_SUBCMD: u16 = 196;
    /// `NL80211_ATTR_VENDOR_DATA`.
    #[doc(alias = "NL80211_ATTR_VENDOR_DATA")]
    pub const VENDOR_DATA: u16 = 197;
    /// `NL80211_ATTR_VENDOR_EVENTS`.
    #[doc(alias = "NL80211_ATTR_VENDOR_EVENTS")]
    pub const VENDOR_EVENTS: u16 = 198;
    /// `NL80211_ATTR_QOS_MAP`.
    #[doc(alias = "NL80211_ATTR_QOS_MAP")]
    pub const QOS_MAP: u16 = 199;
    /// `NL80211_ATTR_MAC_HINT`.
    #[doc(alias = "NL80211_ATTR_MAC_HINT")]
    pub const MAC_HINT: u16 = 200;
    /// `NL80211_ATTR_WIPHY_FREQ_HINT`.
    #[doc(alias = "NL80211_ATTR_WIPHY_FREQ_HINT")]
    pub const WIPHY_FREQ_HINT: u16 = 201;
    /// `NL80211_ATTR_MAX_AP_ASSOC_STA`.
    #[doc(alias = "NL80211_ATTR_MAX_AP_ASSOC_STA")]
    pub const MAX_AP_ASSOC_STA: u16 = 202;
    /// `NL80211_ATTR_TDLS_PEER_CAPABILITY`.
    #[doc(alias = "NL80211_ATTR_TDLS_PEER_CAPABILITY")]
    pub const TDLS_PEER_CAPABILITY: u16 = 203;
    /// `NL80211_ATTR_SOCKET_OWNER`.
    #[doc(alias = "NL80211_ATTR_SOCKET_OWNER")]
    pub const SOCKET_OWNER: u16 = 204;
    /// `NL80211_ATTR_CSA_C_OFFSETS_TX`.
    #[doc(alias = "NL80211_ATTR_CSA_C_OFFSETS_TX")]
    pub const CSA_C_OFFSETS_TX: u16 = 205;
    /// `NL80211_ATTR_MAX_CSA_COUNTERS`.
    #[doc(alias = "NL80211_ATTR_MAX_CSA_COUNTERS")]
    pub const MAX_CSA_COUNTERS: u16 = 206;
    /// `NL80211_ATTR_TDLS_INITIATOR`.
    #[doc(alias = "NL80211_ATTR_TDLS_INITIATOR")]
    pub const TDLS_INITIATOR: u16 = 207;
    /// `NL80211_ATTR_USE_RRM`.
    #[doc(alias = "NL80211_ATTR_USE_RRM")]
    pub const USE_RRM: u16 = 208;
    /// `NL80211_ATTR_WIPHY_DYN_ACK`.
    #[doc(alias = "NL80211_ATTR_WIPHY_DYN_ACK")]
    pub const WIPHY_DYN_ACK: u16 = 209;
    /// `NL80211_ATTR_TSID`.
    #[doc(alias = "NL80211_ATTR_TSID")]
    pub const TSID: u16 = 210;
    /// `NL80211_ATTR_USER_PRIO`.
    #[doc(alias = "NL80211_ATTR_USER_PRIO")]
    pub const USER_PRIO: u16 = 211;
    /// `NL80211_ATTR_ADMITTED_TIME`.
    #[doc(alias = "NL80211_ATTR_ADMITTED_TIME")]
    pub const ADMITTED_TIME: u16 = 212;
    /// `NL80211_ATTR_SMPS_MODE`.
    #[doc(alias = "NL80211_ATTR_SMPS_MODE")]
    pub const SMPS_MODE: u16 = 213;
    /// `NL80211_ATTR_OPER_CLASS`.
    #[doc(alias = "NL80211_ATTR_OPER_CLASS")]
    pub const OPER_CLASS: u16 = 214;
    /// `NL80211_ATTR_MAC_MASK`.
    #[doc(alias = "NL80211_ATTR_MAC_MASK")]
    pub const MAC_MASK: u16 = 215;
    /// `NL80211_ATTR_WIPHY_SELF_MANAGED_REG`.
    #[doc(alias = "NL80211_ATTR_WIPHY_SELF_MANAGED_REG")]
    pub const WIPHY_SELF_MANAGED_REG: u16 = 216;
    /// `NL80211_ATTR_EXT_FEATURES`.
    #[doc(alias = "NL80211_ATTR_EXT_FEATURES")]
    pub const EXT_FEATURES: u16 = 217;
    /// `NL80211_ATTR_SURVEY_RADIO_STATS`.
    #[doc(alias = "NL80211_ATTR_SURVEY_RADIO_STATS")]
    pub const SURVEY_RADIO_STATS: u16 = 218;
    /// `NL80211_ATTR_NETNS_FD`.
    #[doc(alias = "NL80211_ATTR_NETNS_FD")]
    pub const NETNS_FD: u16 = 219;
    /// `NL80211_ATTR_SCHED_SCAN_DELAY`.
    #[doc(alias = "NL80211_ATTR_SCHED_SCAN_DELAY")]
    pub const SCHED_SCAN_DELAY: u16 = 220;
    /// `NL80211_ATTR_REG_INDOOR`.
    #[doc(alias = "NL80211_ATTR_REG_INDOOR")]
    pub const REG_INDOOR: u16 = 221;
    /// `NL80211_ATTR_MAX_NUM_SCHED_SCAN_PLANS`.
    #[doc(alias = "NL80211_ATTR_MAX_NUM_SCHED_SCAN_PLANS")]
    pub const MAX_NUM_SCHED_SCAN_PLANS: u16 = 222;
    /// `NL80211_ATTR_MAX_SCAN_PLAN_INTERVAL`.
    #[doc(alias = "NL80211_ATTR_MAX_SCAN_PLAN_INTERVAL")]
    pub const MAX_SCAN_PLAN_INTERVAL: u16 = 223;
    /// `NL80211_ATTR_MAX_SCAN_PLAN_ITERATIONS`.
    #[doc(alias = "NL80211_ATTR_MAX_SCAN_PLAN_ITERATIONS")]
    pub const MAX_SCAN_PLAN_ITERATIONS: u16 = 224;
    /// `NL80211_ATTR_SCHED_SCAN_PLANS`.
    #[doc(alias = "NL80211_ATTR_SCHED_SCAN_PLANS")]
    pub const SCHED_SCAN_PLANS: u16 = 225;
    /// `NL80211_ATTR_PBSS`.
    #[doc(alias = "NL80211_ATTR_PBSS")]
    pub const PBSS: u16 = 226;
    /// `NL80211_ATTR_BSS_SELECT`.
    #[doc(alias = "NL80211_ATTR_BSS_SELECT")]
    pub const BSS_SELECT: u16 = 227;
    /// `NL80211_ATTR_STA_SUPPORT_P2P_PS`.
    #[doc(alias = "NL80211_ATTR_STA_SUPPORT_P2P_PS")]
    pub const STA_SUPPORT_P2P_PS: u16 = 228;
    /// `NL80211_ATTR_PAD`.
    #[doc(alias = "NL80211_ATTR_PAD")]
    pub const PAD: u16 = 229;
    /// `NL80211_ATTR_IFTYPE_EXT_CAPA`.
    #[doc(alias = "NL80211_ATTR_IFTYPE_EXT_CAPA")]
    pub const IFTYPE_EXT_CAPA: u16 = 230;
    /// `NL80211_ATTR_MU_MIMO_GROUP_DATA`.
    #[doc(alias = "NL80211_ATTR_MU_MIMO_GROUP_DATA")]
    pub const MU_MIMO_GROUP_DATA: u16 = 231;
    /// `NL80211_ATTR_MU_MIMO_FOLLOW_MAC_ADDR`.
    #[doc(alias = "NL80211_ATTR_MU_MIMO_FOLLOW_MAC_ADDR")]
    pub const MU_MIMO_FOLLOW_MAC_ADDR: u16 = 232;
    /// `NL80211_ATTR_SCAN_START_TIME_TSF`.
    #[doc(alias = "NL80211_ATTR_SCAN_START_TIME_TSF")]
    pub const SCAN_START_TIME_TSF: u16 = 233;
    /// `NL80211_ATTR_SCAN_START_TIME_TSF_BSSID`.
    #[doc(alias = "NL80211_ATTR_SCAN_START_TIME_TSF_BSSID")]
    pub const SCAN_START_TIME_TSF_BSSID: u16 = 234;
    /// `NL80211_ATTR_MEASUREMENT_DURATION`.
    #[doc(alias = "NL80211_ATTR_MEASUREMENT_DURATION")]
    pub const MEASUREMENT_DURATION: u16 = 235;
    /// `NL80211_ATTR_MEASUREMENT_DURATION_MANDATORY`.
    #[doc(alias = "NL80211_ATTR_MEASUREMENT_DURATION_MANDATORY")]
    pub const MEASUREMENT_DURATION_MANDATORY: u16 = 236;
    /// `NL80211_ATTR_MESH_PEER_AID`.
    #[doc(alias = "NL80211_ATTR_MESH_PEER_AID")]
    pub const MESH_PEER_AID: u16 = 237;
    /// `NL80211_ATTR_NAN_MASTER_PREF`.
    #[doc(alias = "NL80211_ATTR_NAN_MASTER_PREF")]
    pub const NAN_MASTER_PREF: u16 = 238;
    /// `NL80211_ATTR_BANDS`.
    #[doc(alias = "NL80211_ATTR_BANDS")]
    pub const BANDS: u16 = 239;
    /// `NL80211_ATTR_NAN_FUNC`.
    #[doc(alias = "NL80211_ATTR_NAN_FUNC")]
    pub const NAN_FUNC: u16 = 240;
    /// `NL80211_ATTR_NAN_MATCH`.
    #[doc(alias = "NL80211_ATTR_NAN_MATCH")]
    pub const NAN_MATCH: u16 = 241;
    /// `NL80211_ATTR_FILS_KEK`.
    #[doc(alias = "NL80211_ATTR_FILS_KEK")]
    pub const FILS_KEK: u16 = 242;
    /// `NL80211_ATTR_FILS_NONCES`.
    #[doc(alias = "NL80211_ATTR_FILS_NONCES")]
    pub const FILS_NONCES: u16 = 243;
    /// `NL80211_ATTR_MULTICAST_TO_UNICAST_ENABLED`.
    #[doc(alias = "NL80211_ATTR_MULTICAST_TO_UNICAST_ENABLED")]
    pub const MULTICAST_TO_UNICAST_ENABLED: u16 = 244;
    /// `NL80211_ATTR_BSSID`.
    #[doc(alias = "NL80211_ATTR_BSSID")]
    pub const BSSID: u16 = 245;
    /// `NL80211_ATTR_SCHED_SCAN_RELATIVE_RSSI`.
    #[doc(alias = "NL80211_ATTR_SCHED_SCAN_RELATIVE_RSSI")]
    pub const SCHED_SCAN_RELATIVE_RSSI: u16 = 246;
    /// `NL80211_ATTR_SCHED_SCAN_RSSI_ADJUST`.
    #[doc(alias = "NL80211_ATTR_SCHED_SCAN_RSSI_ADJUST")]
    pub const SCHED_SCAN_RSSI_ADJUST: u16 = 247;
    /// `NL80211_ATTR_TIMEOUT_REASON`.
    #[doc(alias = "NL80211_ATTR_TIMEOUT_REASON")]
    pub const TIMEOUT_REASON: u16 = 248;
    /// `NL80211_ATTR_FILS_ERP_USERNAME`.
    #[doc(alias = "NL80211_ATTR_FILS_ERP_USERNAME")]
    pub const FILS_ERP_USERNAME: u16 = 249;
    /// `NL80211_ATTR_FILS_ERP_REALM`.
    #[doc(alias = "NL80211_ATTR_FILS_ERP_REALM")]
    pub const FILS_ERP_REALM: u16 = 250;
    /// `NL80211_ATTR_FILS_ERP_NEXT_SEQ_NUM`.
    #[doc(alias = "NL80211_ATTR_FILS_ERP_NEXT_SEQ_NUM")]
    pub const FILS_ERP_NEXT_SEQ_NUM: u16 = 251;
    /// `NL80211_ATTR_FILS_ERP_RRK`.
    #[doc(alias = "NL80211_ATTR_FILS_ERP_RRK")]
    pub const FILS_ERP_RRK: u16 = 252;
    /// `NL80211_ATTR_FILS_CACHE_ID`.
    #[doc(alias = "NL80211_ATTR_FILS_CACHE_ID")]
    pub const FILS_CACHE_ID: u16 = 253;
    /// `NL80211_ATTR_PMK`.
    #[doc(alias = "NL80211_ATTR_PMK")]
    pub const PMK: u16 = 254;
    /// `NL80211_ATTR_SCHED_SCAN_MULTI`.
    #[doc(alias = "NL80211_ATTR_SCHED_SCAN_MULTI")]
    pub const SCHED_SCAN_MULTI: u16 = 255;
    /// `NL80211_ATTR_SCHED_SCAN_MAX_REQS`.
    #[doc(alias = "NL80211_ATTR_SCHED_SCAN_MAX_REQS")]
    pub const SCHED_SCAN_MAX_REQS: u16 = 256;
    /// `NL80211_ATTR_WANT_1X_4WAY_HS`.
    #[doc(alias = "NL80211_ATTR_WANT_1X_4WAY_HS")]
    pub const WANT_1X_4WAY_HS: u16 = 257;
    /// `NL80211_ATTR_PMKR0_NAME`.
    #[doc(alias = "NL80211_ATTR_PMKR0_NAME")]
    pub const PMKR0_NAME: u16 = 258;
    /// `NL80211_ATTR_PORT_AUTHORIZED`.
    #[doc(alias = "NL80211_ATTR_PORT_AUTHORIZED")]
    pub const PORT_AUTHORIZED: u16 = 259;
    /// `NL80211_ATTR_EXTERNAL_AUTH_ACTION`.
    #[doc(alias = "NL80211_ATTR_EXTERNAL_AUTH_ACTION")]
    pub const EXTERNAL_AUTH_ACTION: u16 = 260;
    /// `NL80211_ATTR_EXTERNAL_AUTH_SUPPORT`.
    #[doc(alias = "NL80211_ATTR_EXTERNAL_AUTH_SUPPORT")]
    pub const EXTERNAL_AUTH_SUPPORT: u16 = 261;
    /// `NL80211_ATTR_NSS`.
    #[doc(alias = "NL80211_ATTR_NSS")]
    pub const NSS: u16 = 262;
    /// `NL80211_ATTR_ACK_SIGNAL`.
    #[doc(alias = "NL80211_ATTR_ACK_SIGNAL")]
    pub const ACK_SIGNAL: u16 = 263;
    /// `NL80211_ATTR_CONTROL_PORT_OVER_NL80211`.
    #[doc(alias = "NL80211_ATTR_CONTROL_PORT_OVER_NL80211")]
    pub const CONTROL_PORT_OVER_NL80211: u16 = 264;
    /// `NL80211_ATTR_TXQ_STATS`.
    #[doc(alias = "NL80211_ATTR_TXQ_STATS")]
    pub const TXQ_STATS: u16 = 265;
    /// `NL80211_ATTR_TXQ_LIMIT`.
    #[doc(alias = "NL80211_ATTR_TXQ_LIMIT")]
    pub const TXQ_LIMIT: u16 = 266;
    /// `NL80211_ATTR_TXQ_MEMORY_LIMIT`.
    #[doc(alias = "NL80211_ATTR_TXQ_MEMORY_LIMIT")]
    pub const TXQ_MEMORY_LIMIT: u16 = 267;
    /// `NL80211_ATTR_TXQ_QUANTUM`.
    #[doc(alias = "NL80211_ATTR_TXQ_QUANTUM")]
    pub const TXQ_QUANTUM: u16 = 268;
    /// `NL80211_ATTR_HE_CAPABILITY`.
    #[doc(alias = "NL80211_ATTR_HE_CAPABILITY")]
    pub const HE_CAPABILITY: u16 = 269;
    /// `NL80211_ATTR_FTM_RESPONDER`.
    #[doc(alias = "NL80211_ATTR_FTM_RESPONDER")]
    pub const FTM_RESPONDER: u16 = 270;
    /// `NL80211_ATTR_FTM_RESPONDER_STATS`.
    #[doc(alias = "NL80211_ATTR_FTM_RESPONDER_STATS")]
    pub const FTM_RESPONDER_STATS: u16 = 271;
    /// `NL80211_ATTR_TIMEOUT`.
    #[doc(alias = "NL80211_ATTR_TIMEOUT")]
    pub const TIMEOUT: u16 = 272;
    /// `NL80211_ATTR_PEER_MEASUREMENTS`.
    #[doc(alias = "NL80211_ATTR_PEER_MEASUREMENTS")]
    pub const PEER_MEASUREMENTS: u16 = 273;
    /// `NL80211_ATTR_AIRTIME_WEIGHT`.
    #[doc(alias = "NL80211_ATTR_AIRTIME_WEIGHT")]
    pub const AIRTIME_WEIGHT: u16 = 274;
    /// `NL80211_ATTR_STA_TX_POWER_SETTING`.
    #[doc(alias = "NL80211_ATTR_STA_TX_POWER_SETTING")]
    pub const STA_TX_POWER_SETTING: u16 = 275;
    /// `NL80211_ATTR_STA_TX_POWER`.
    #[doc(alias = "NL80211_ATTR_STA_TX_POWER")]
    pub const STA_TX_POWER: u16 = 276;
    /// `NL80211_ATTR_SAE_PASSWORD`.
    #[doc(alias = "NL80211_ATTR_SAE_PASSWORD")]
    pub const SAE_PASSWORD: u16 = 277;
    /// `NL80211_ATTR_TWT_RESPONDER`.
    #[doc(alias = "NL80211_ATTR_TWT_RESPONDER")]
    pub const TWT_RESPONDER: u16 = 278;
    /// `NL80211_ATTR_HE_OBSS_PD`.
    #[doc(alias = "NL80211_ATTR_HE_OBSS_PD")]
    pub const HE_OBSS_PD: u16 = 279;
    /// `NL80211_ATTR_WIPHY_EDMG_CHANNELS`.
    #[doc(alias = "NL80211_ATTR_WIPHY_EDMG_CHANNELS")]
    pub const WIPHY_EDMG_CHANNELS: u16 = 280;
    /// `NL80211_ATTR_WIPHY_EDMG_BW_CONFIG`.
    #[doc(alias = "NL80211_ATTR_WIPHY_EDMG_BW_CONFIG")]
    pub const WIPHY_EDMG_BW_CONFIG: u16 = 281;
    /// `NL80211_ATTR_VLAN_ID`.
    #[doc(alias = "NL80211_ATTR_VLAN_ID")]
    pub const VLAN_ID: u16 = 282;
    /// `NL80211_ATTR_HE_BSS_COLOR`.
    #[doc(alias = "NL80211_ATTR_HE_BSS_COLOR")]
    pub const HE_BSS_COLOR: u16 = 283;
    /// `NL80211_ATTR_IFTYPE_AKM_SUITES`.
    #[doc(alias = "NL80211_ATTR_IFTYPE_AKM_SUITES")]
    pub const IFTYPE_AKM_SUITES: u16 = 284;
    /// `NL80211_ATTR_TID_CONFIG`.
    #[doc(alias = "NL80211_ATTR_TID_CONFIG")]
    pub const TID_CONFIG: u16 = 285;
    /// `NL80211_ATTR_CONTROL_PORT_NO_PREAUTH`.
    #[doc(alias = "NL80211_ATTR_CONTROL_PORT_NO_PREAUTH")]
    pub const CONTROL_PORT_NO_PREAUTH: u16 = 286;
    /// `NL80211_ATTR_PMK_LIFETIME`.
    #[doc(alias = "NL80211_ATTR_PMK_LIFETIME")]
    pub const PMK_LIFETIME: u16 = 287;
    /// `NL80211_ATTR_PMK_REAUTH_THRESHOLD`.
    #[doc(alias = "NL80211_ATTR_PMK_REAUTH_THRESHOLD")]
    pub const PMK_REAUTH_THRESHOLD: u16 = 288;
    /// `NL80211_ATTR_RECEIVE_MULTICAST`.
    #[doc(alias = "NL80211_ATTR_RECEIVE_MULTICAST")]
    pub const RECEIVE_MULTICAST: u16 = 289;
    /// `NL80211_ATTR_WIPHY_FREQ_OFFSET`.
    #[doc(alias = "NL80211_ATTR_WIPHY_FREQ_OFFSET")]
    pub const WIPHY_FREQ_OFFSET: u16 = 290;
    /// `NL80211_ATTR_CENTER_FREQ1_OFFSET`.
    #[doc(alias = "NL80211_ATTR_CENTER_FREQ1_OFFSET")]
    pub const CENTER_FREQ1_OFFSET: u16 = 291;
    /// `NL80211_ATTR_SCAN_FREQ_KHZ`.
    #[doc(alias = "NL80211_ATTR_SCAN_FREQ_KHZ")]
    pub const SCAN_FREQ_KHZ: u16 = 292;
    /// `NL80211_ATTR_HE_6GHZ_CAPABILITY`.
    #[doc(alias = "NL80211_ATTR_HE_6GHZ_CAPABILITY")]
    pub const HE_6GHZ_CAPABILITY: u16 = 293;
    /// `NL80211_ATTR_FILS_DISCOVERY`.
    #[doc(alias = "NL80211_ATTR_FILS_DISCOVERY")]
    pub const FILS_DISCOVERY: u16 = 294;
    /// `NL80211_ATTR_UNSOL_BCAST_PROBE_RESP`.
    #[doc(alias = "NL80211_ATTR_UNSOL_BCAST_PROBE_RESP")]
    pub const UNSOL_BCAST_PROBE_RESP: u16 = 295;
    /// `NL80211_ATTR_S1G_CAPABILITY`.
    #[doc(alias = "NL80211_ATTR_S1G_CAPABILITY")]
    pub const S1G_CAPABILITY: u16 = 296;
    /// `NL80211_ATTR_S1G_CAPABILITY_MASK`.
    #[doc(alias = "NL80211_ATTR_S1G_CAPABILITY_MASK")]
    pub const S1G_CAPABILITY_MASK: u16 = 297;
    /// `NL80211_ATTR_SAE_PWE`.
    #[doc(alias = "NL80211_ATTR_SAE_PWE")]
    pub const SAE_PWE: u16 = 298;
    /// `NL80211_ATTR_RECONNECT_REQUESTED`.
    #[doc(alias = "NL80211_ATTR_RECONNECT_REQUESTED")]
    pub const RECONNECT_REQUESTED: u16 = 299;
    /// `NL80211_ATTR_SAR_SPEC`.
    #[doc(alias = "NL80211_ATTR_SAR_SPEC")]
    pub const SAR_SPEC: u16 = 300;
    /// `NL80211_ATTR_DISABLE_HE`.
    #[doc(alias = "NL80211_ATTR_DISABLE_HE")]
    pub const DISABLE_HE: u16 = 301;
    /// `NL80211_ATTR_OBSS_COLOR_BITMAP`.
    #[doc(alias = "NL80211_ATTR_OBSS_COLOR_BITMAP")]
    pub const OBSS_COLOR_BITMAP: u16 = 302;
    /// `NL80211_ATTR_COLOR_CHANGE_COUNT`.
    #[doc(alias = "NL80211_ATTR_COLOR_CHANGE_COUNT")]
    pub const COLOR_CHANGE_COUNT: u16 = 303;
    /// `NL80211_ATTR_COLOR_CHANGE_COLOR`.
    #[doc(alias = "NL80211_ATTR_COLOR_CHANGE_COLOR")]
    pub const COLOR_CHANGE_COLOR: u16 = 304;
    /// `NL80211_ATTR_COLOR_CHANGE_ELEMS`.
    #[doc(alias = "NL80211_ATTR_COLOR_CHANGE_ELEMS")]
    pub const COLOR_CHANGE_ELEMS: u16 = 305;
    /// `NL80211_ATTR_MBSSID_CONFIG`.
    #[doc(alias = "NL80211_ATTR_MBSSID_CONFIG")]
    pub const MBSSID_CONFIG: u16 = 306;
    /// `NL80211_ATTR_MBSSID_ELEMS`.
    #[doc(alias = "NL80211_ATTR_MBSSID_ELEMS")]
    pub const MBSSID_ELEMS: u16 = 307;
    /// `NL80211_ATTR_RADAR_BACKGROUND`.
    #[doc(alias = "NL80211_ATTR_RADAR_BACKGROUND")]
    pub const RADAR_BACKGROUND: u16 = 308;
    /// `NL80211_ATTR_AP_SETTINGS_FLAGS`.
    #[doc(alias = "NL80211_ATTR_AP_SETTINGS_FLAGS")]
    pub const AP_SETTINGS_FLAGS: u16 = 309;
    /// `NL80211_ATTR_EHT_CAPABILITY`.
    #[doc(alias = "NL80211_ATTR_EHT_CAPABILITY")]
    pub const EHT_CAPABILITY: u16 = 310;
    /// `NL80211_ATTR_DISABLE_EHT`.
    #[doc(alias = "NL80211_ATTR_DISABLE_EHT")]
    pub const DISABLE_EHT: u16 = 311;
    /// `NL80211_ATTR_MLO_LINKS`.
    #[doc(alias = "NL80211_ATTR_MLO_LINKS")]
    pub const MLO_LINKS: u16 = 312;
    /// `NL80211_ATTR_MLO_LINK_ID`.
    #[doc(alias = "NL80211_ATTR_MLO_LINK_ID")]
    pub const MLO_LINK_ID: u16 = 313;
    /// `NL80211_ATTR_MLD_ADDR`.
    #[doc(alias = "NL80211_ATTR_MLD_ADDR")]
    pub const MLD_ADDR: u16 = 314;
    /// `NL80211_ATTR_MLO_SUPPORT`.
    #[doc(alias = "NL80211_ATTR_MLO_SUPPORT")]
    pub const MLO_SUPPORT: u16 = 315;
    /// `NL80211_ATTR_MAX_NUM_AKM_SUITES`.
    #[doc(alias = "NL80211_ATTR_MAX_NUM_AKM_SUITES")]
    pub const MAX_NUM_AKM_SUITES: u16 = 316;
    /// `NL80211_ATTR_EML_CAPABILITY`.
    #[doc(alias = "NL80211_ATTR_EML_CAPABILITY")]
    pub const EML_CAPABILITY: u16 = 317;
    /// `NL80211_ATTR_MLD_CAPA_AND_OPS`.
    #[doc(alias = "NL80211_ATTR_MLD_CAPA_AND_OPS")]
    pub const MLD_CAPA_AND_OPS: u16 = 318;
    /// `NL80211_ATTR_TX_HW_TIMESTAMP`.
    #[doc(alias = "NL80211_ATTR_TX_HW_TIMESTAMP")]
    pub const TX_HW_TIMESTAMP: u16 = 319;
    /// `NL80211_ATTR_RX_HW_TIMESTAMP`.
    #[doc(alias = "NL80211_ATTR_RX_HW_TIMESTAMP")]
    pub const RX_HW_TIMESTAMP: u16 = 320;
    /// `NL80211_ATTR_TD_BITMAP`.
    #[doc(alias = "NL80211_ATTR_TD_BITMAP")]
    pub const TD_BITMAP: u16 = 321;
    /// `NL80211_ATTR_PUNCT_BITMAP`.
    #[doc(alias = "NL80211_ATTR_PUNCT_BITMAP")]
    pub const PUNCT_BITMAP: u16 = 322;
    /// `NL80211_ATTR_MAX_HW_TIMESTAMP_PEERS`.
    #[doc(alias = "NL80211_ATTR_MAX_HW_TIMESTAMP_PEERS")]
    pub const MAX_HW_TIMESTAMP_PEERS: u16 = 323;
    /// `NL80211_ATTR_HW_TIMESTAMP_ENABLED`.
    #[doc(alias = "NL80211_ATTR_HW_TIMESTAMP_ENABLED")]
    pub const HW_TIMESTAMP_ENABLED: u16 = 324;
    /// `NL80211_ATTR_EMA_RNR_ELEMS`.
    #[doc(alias = "NL80211_ATTR_EMA_RNR_ELEMS")]
    pub const EMA_RNR_ELEMS: u16 = 325;
    /// `NL80211_ATTR_MLO_LINK_DISABLED`.
    #[doc(alias = "NL80211_ATTR_MLO_LINK_DISABLED")]
    pub const MLO_LINK_DISABLED: u16 = 326;
    /// `NL80211_ATTR_BSS_DUMP_INCLUDE_USE_DATA`.
    #[doc(alias = "NL80211_ATTR_BSS_DUMP_INCLUDE_USE_DATA")]
    pub const BSS_DUMP_INCLUDE_USE_DATA: u16 = 327;
    /// `NL80211_ATTR_MLO_TTLM_DLINK`.
    #[doc(alias = "NL80211_ATTR_MLO_TTLM_DLINK")]
    pub const MLO_TTLM_DLINK: u16 = 328;
    /// `NL80211_ATTR_MLO_TTLM_ULINK`.
    #[doc(alias = "NL80211_ATTR_MLO_TTLM_ULINK")]
    pub const MLO_TTLM_ULINK: u16 = 329;
    /// `NL80211_ATTR_ASSOC_SPP_AMSDU`.
    #[doc(alias = "NL80211_ATTR_ASSOC_SPP_AMSDU")]
    pub const ASSOC_SPP_AMSDU: u16 = 330;
    /// `NL80211_ATTR_WIPHY_RADIOS`.
    #[doc(alias = "NL80211_ATTR_WIPHY_RADIOS")]
    pub const WIPHY_RADIOS: u16 = 331;
    /// `NL80211_ATTR_WIPHY_INTERFACE_COMBINATIONS`.
    #[doc(alias = "NL80211_ATTR_WIPHY_INTERFACE_COMBINATIONS")]
    pub const WIPHY_INTERFACE_COMBINATIONS: u16 = 332;
    /// `NL80211_ATTR_VIF_RADIO_MASK`.
    #[doc(alias = "NL80211_ATTR_VIF_RADIO_MASK")]
    pub const VIF_RADIO_MASK: u16 = 333;
}

/// Typed reads of an attribute chain of the set `nl80211-attrs`.
#[derive(Clone, Debug, Default)]
pub struct Nl80211Attrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> Nl80211Attrs<'a> {
    /// `NL80211_ATTR_WIPHY`.
    pub fn wiphy(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::WIPHY, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_WIPHY_NAME`.
    pub fn wiphy_name(&self) -> Result<Option<&'a str>> {
        self.0.read(nl80211_attrs::WIPHY_NAME, crate::attr::Attr::str)
    }
    /// `NL80211_ATTR_IFINDEX`.
    pub fn ifindex(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::IFINDEX, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_IFNAME`.
    pub fn ifname(&self) -> Result<Option<&'a str>> {
        self.0.read(nl80211_attrs::IFNAME, crate::attr::Attr::str)
    }
    /// `NL80211_ATTR_IFTYPE`.
    pub fn iftype(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::IFTYPE, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_MAC`.
    pub fn mac(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::MAC, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_KEY_DATA`.
    pub fn key_data(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::KEY_DATA, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_KEY_IDX`.
    pub fn key_idx(&self) -> Result<Option<u8>> {
        self.0.read(nl80211_attrs::KEY_IDX, crate::attr::Attr::u8)
    }
    /// `NL80211_ATTR_KEY_CIPHER`.
    pub fn key_cipher(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::KEY_CIPHER, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_KEY_SEQ`.
    pub fn key_seq(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::KEY_SEQ, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_KEY_DEFAULT`.
    pub fn key_default(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::KEY_DEFAULT)
    }
    /// `NL80211_ATTR_BEACON_INTERVAL`.
    pub fn beacon_interval(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::BEACON_INTERVAL, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_DTIM_PERIOD`.
    pub fn dtim_period(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::DTIM_PERIOD, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_BEACON_HEAD`.
    pub fn beacon_head(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::BEACON_HEAD, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_BEACON_TAIL`.
    pub fn beacon_tail(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::BEACON_TAIL, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_STA_AID`.
    pub fn sta_aid(&self) -> Result<Option<u16>> {
        self.0.read(nl80211_attrs::STA_AID, crate::attr::Attr::u16)
    }
    /// `NL80211_ATTR_STA_FLAGS`.
    pub fn sta_flags(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::STA_FLAGS, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_STA_LISTEN_INTERVAL`.
    pub fn sta_listen_interval(&self) -> Result<Option<u16>> {
        self.0.read(nl80211_attrs::STA_LISTEN_INTERVAL, crate::attr::Attr::u16)
    }
    /// `NL80211_ATTR_STA_SUPPORTED_RATES`.
    pub fn sta_supported_rates(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::STA_SUPPORTED_RATES, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_STA_VLAN`.
    pub fn sta_vlan(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::STA_VLAN, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_STA_INFO`.
    pub fn sta_info(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::STA_INFO, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_WIPHY_BANDS`.
    pub fn wiphy_bands(&self) -> Result<Option<WiphyBands<'a>>> {
        self.0.read(nl80211_attrs::WIPHY_BANDS, |a| Ok(WiphyBands(a.nested())))
    }
    /// `NL80211_ATTR_MNTR_FLAGS`.
    pub fn mntr_flags(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::MNTR_FLAGS, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_MESH_ID`.
    pub fn mesh_id(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::MESH_ID, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_STA_PLINK_ACTION`.
    pub fn sta_plink_action(&self) -> Result<Option<u8>> {
        self.0.read(nl80211_attrs::STA_PLINK_ACTION, crate::attr::Attr::u8)
    }
    /// `NL80211_ATTR_MPATH_NEXT_HOP`.
    pub fn mpath_next_hop(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::MPATH_NEXT_HOP, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_MPATH_INFO`.
    pub fn mpath_info(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::MPATH_INFO, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_BSS_CTS_PROT`.
    pub fn bss_cts_prot(&self) -> Result<Option<u8>> {
        self.0.read(nl80211_attrs::BSS_CTS_PROT, crate::attr::Attr::u8)
    }
    /// `NL80211_ATTR_BSS_SHORT_PREAMBLE`.
    pub fn bss_short_preamble(&self) -> Result<Option<u8>> {
        self.0.read(nl80211_attrs::BSS_SHORT_PREAMBLE, crate::attr::Attr::u8)
    }
    /// `NL80211_ATTR_BSS_SHORT_SLOT_TIME`.
    pub fn bss_short_slot_time(&self) -> Result<Option<u8>> {
        self.0.read(nl80211_attrs::BSS_SHORT_SLOT_TIME, crate::attr::Attr::u8)
    }
    /// `NL80211_ATTR_HT_CAPABILITY`.
    pub fn ht_capability(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::HT_CAPABILITY, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_SUPPORTED_IFTYPES`.
    pub fn supported_iftypes(&self) -> Result<Option<SupportedIftypes<'a>>> {
        self.0.read(nl80211_attrs::SUPPORTED_IFTYPES, |a| Ok(SupportedIftypes(a.nested())))
    }
    /// `NL80211_ATTR_REG_ALPHA2`.
    pub fn reg_alpha2(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::REG_ALPHA2, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_REG_RULES`.
    pub fn reg_rules(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::REG_RULES, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_MESH_CONFIG`.
    pub fn mesh_config(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::MESH_CONFIG, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_BSS_BASIC_RATES`.
    pub fn bss_basic_rates(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::BSS_BASIC_RATES, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_WIPHY_TXQ_PARAMS`.
    pub fn wiphy_txq_params(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::WIPHY_TXQ_PARAMS, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_WIPHY_FREQ`.
    pub fn wiphy_freq(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::WIPHY_FREQ, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_WIPHY_CHANNEL_TYPE`.
    pub fn wiphy_channel_type(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::WIPHY_CHANNEL_TYPE, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_KEY_DEFAULT_MGMT`.
    pub fn key_default_mgmt(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::KEY_DEFAULT_MGMT)
    }
    /// `NL80211_ATTR_MGMT_SUBTYPE`.
    pub fn mgmt_subtype(&self) -> Result<Option<u8>> {
        self.0.read(nl80211_attrs::MGMT_SUBTYPE, crate::attr::Attr::u8)
    }
    /// `NL80211_ATTR_IE`.
    pub fn ie(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::IE, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_MAX_NUM_SCAN_SSIDS`.
    pub fn max_num_scan_ssids(&self) -> Result<Option<u8>> {
        self.0.read(nl80211_attrs::MAX_NUM_SCAN_SSIDS, crate::attr::Attr::u8)
    }
    /// `NL80211_ATTR_SCAN_FREQUENCIES`.
    pub fn scan_frequencies(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::SCAN_FREQUENCIES, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_SCAN_SSIDS`.
    pub fn scan_ssids(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::SCAN_SSIDS, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_GENERATION`.
    pub fn generation(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::GENERATION, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_BSS`.
    pub fn bss(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::BSS, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_REG_INITIATOR`.
    pub fn reg_initiator(&self) -> Result<Option<u8>> {
        self.0.read(nl80211_attrs::REG_INITIATOR, crate::attr::Attr::u8)
    }
    /// `NL80211_ATTR_REG_TYPE`.
    pub fn reg_type(&self) -> Result<Option<u8>> {
        self.0.read(nl80211_attrs::REG_TYPE, crate::attr::Attr::u8)
    }
    /// `NL80211_ATTR_SUPPORTED_COMMANDS`.
    pub fn supported_commands(&self) -> impl Iterator<Item = Result<u32>> + 'a {
        self.0.read_array(nl80211_attrs::SUPPORTED_COMMANDS, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_FRAME`.
    pub fn frame(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::FRAME, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_SSID`.
    pub fn ssid(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::SSID, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_AUTH_TYPE`.
    pub fn auth_type(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::AUTH_TYPE, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_REASON_CODE`.
    pub fn reason_code(&self) -> Result<Option<u16>> {
        self.0.read(nl80211_attrs::REASON_CODE, crate::attr::Attr::u16)
    }
    /// `NL80211_ATTR_KEY_TYPE`.
    pub fn key_type(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::KEY_TYPE, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_MAX_SCAN_IE_LEN`.
    pub fn max_scan_ie_len(&self) -> Result<Option<u16>> {
        self.0.read(nl80211_attrs::MAX_SCAN_IE_LEN, crate::attr::Attr::u16)
    }
    /// `NL80211_ATTR_CIPHER_SUITES`.
    pub fn cipher_suites(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::CIPHER_SUITES, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_FREQ_BEFORE`.
    pub fn freq_before(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::FREQ_BEFORE, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_FREQ_AFTER`.
    pub fn freq_after(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::FREQ_AFTER, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_FREQ_FIXED`.
    pub fn freq_fixed(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::FREQ_FIXED)
    }
    /// `NL80211_ATTR_WIPHY_RETRY_SHORT`.
    pub fn wiphy_retry_short(&self) -> Result<Option<u8>> {
        self.0.read(nl80211_attrs::WIPHY_RETRY_SHORT, crate::attr::Attr::u8)
    }
    /// `NL80211_ATTR_WIPHY_RETRY_LONG`.
    pub fn wiphy_retry_long(&self) -> Result<Option<u8>> {
        self.0.read(nl80211_attrs::WIPHY_RETRY_LONG, crate::attr::Attr::u8)
    }
    /// `NL80211_ATTR_WIPHY_FRAG_THRESHOLD`.
    pub fn wiphy_frag_threshold(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::WIPHY_FRAG_THRESHOLD, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_WIPHY_RTS_THRESHOLD`.
    pub fn wiphy_rts_threshold(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::WIPHY_RTS_THRESHOLD, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_TIMED_OUT`.
    pub fn timed_out(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::TIMED_OUT)
    }
    /// `NL80211_ATTR_USE_MFP`.
    pub fn use_mfp(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::USE_MFP, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_STA_FLAGS2`.
    pub fn sta_flags2(&self) -> Result<Option<&'a StaFlagUpdate>> {
        self.0.read(nl80211_attrs::STA_FLAGS2, crate::attr::Attr::as_struct)
    }
    /// `NL80211_ATTR_CONTROL_PORT`.
    pub fn control_port(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::CONTROL_PORT)
    }
    /// `NL80211_ATTR_TESTDATA`.
    pub fn testdata(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::TESTDATA, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_PRIVACY`.
    pub fn privacy(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::PRIVACY)
    }
    /// `NL80211_ATTR_DISCONNECTED_BY_AP`.
    pub fn disconnected_by_ap(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::DISCONNECTED_BY_AP)
    }
    /// `NL80211_ATTR_STATUS_CODE`.
    pub fn status_code(&self) -> Result<Option<u16>> {
        self.0.read(nl80211_attrs::STATUS_CODE, crate::attr::Attr::u16)
    }
    /// `NL80211_ATTR_CIPHER_SUITES_PAIRWISE`.
    pub fn cipher_suites_pairwise(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::CIPHER_SUITES_PAIRWISE, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_CIPHER_SUITE_GROUP`.
    pub fn cipher_suite_group(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::CIPHER_SUITE_GROUP, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_WPA_VERSIONS`.
    pub fn wpa_versions(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::WPA_VERSIONS, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_AKM_SUITES`.
    pub fn akm_suites(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::AKM_SUITES, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_REQ_IE`.
    pub fn req_ie(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::REQ_IE, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_RESP_IE`.
    pub fn resp_ie(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::RESP_IE, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_PREV_BSSID`.
    pub fn prev_bssid(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::PREV_BSSID, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_KEY`.
    pub fn key(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::KEY, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_KEYS`.
    pub fn keys(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::KEYS, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_PID`.
    pub fn pid(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::PID, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_4ADDR`.
    pub fn n4addr(&self) -> Result<Option<u8>> {
        self.0.read(nl80211_attrs::N4ADDR, crate::attr::Attr::u8)
    }
    /// `NL80211_ATTR_SURVEY_INFO`.
    pub fn survey_info(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::SURVEY_INFO, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_PMKID`.
    pub fn pmkid(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::PMKID, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_MAX_NUM_PMKIDS`.
    pub fn max_num_pmkids(&self) -> Result<Option<u8>> {
        self.0.read(nl80211_attrs::MAX_NUM_PMKIDS, crate::attr::Attr::u8)
    }
    /// `NL80211_ATTR_DURATION`.
    pub fn duration(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::DURATION, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_COOKIE`.
    pub fn cookie(&self) -> Result<Option<u64>> {
        self.0.read(nl80211_attrs::COOKIE, crate::attr::Attr::u64)
    }
    /// `NL80211_ATTR_WIPHY_COVERAGE_CLASS`.
    pub fn wiphy_coverage_class(&self) -> Result<Option<u8>> {
        self.0.read(nl80211_attrs::WIPHY_COVERAGE_CLASS, crate::attr::Attr::u8)
    }
    /// `NL80211_ATTR_TX_RATES`.
    pub fn tx_rates(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::TX_RATES, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_FRAME_MATCH`.
    pub fn frame_match(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::FRAME_MATCH, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_ACK`.
    pub fn ack(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::ACK)
    }
    /// `NL80211_ATTR_PS_STATE`.
    pub fn ps_state(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::PS_STATE, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_CQM`.
    pub fn cqm(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::CQM, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_LOCAL_STATE_CHANGE`.
    pub fn local_state_change(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::LOCAL_STATE_CHANGE)
    }
    /// `NL80211_ATTR_AP_ISOLATE`.
    pub fn ap_isolate(&self) -> Result<Option<u8>> {
        self.0.read(nl80211_attrs::AP_ISOLATE, crate::attr::Attr::u8)
    }
    /// `NL80211_ATTR_WIPHY_TX_POWER_SETTING`.
    pub fn wiphy_tx_power_setting(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::WIPHY_TX_POWER_SETTING, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_WIPHY_TX_POWER_LEVEL`.
    pub fn wiphy_tx_power_level(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::WIPHY_TX_POWER_LEVEL, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_TX_FRAME_TYPES`.
    pub fn tx_frame_types(&self) -> Result<Option<IftypeAttrs<'a>>> {
        self.0.read(nl80211_attrs::TX_FRAME_TYPES, |a| Ok(IftypeAttrs(a.nested())))
    }
    /// `NL80211_ATTR_RX_FRAME_TYPES`.
    pub fn rx_frame_types(&self) -> Result<Option<IftypeAttrs<'a>>> {
        self.0.read(nl80211_attrs::RX_FRAME_TYPES, |a| Ok(IftypeAttrs(a.nested())))
    }
    /// `NL80211_ATTR_FRAME_TYPE`.
    pub fn frame_type(&self) -> Result<Option<u16>> {
        self.0.read(nl80211_attrs::FRAME_TYPE, crate::attr::Attr::u16)
    }
    /// `NL80211_ATTR_CONTROL_PORT_ETHERTYPE`.
    pub fn control_port_ethertype(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::CONTROL_PORT_ETHERTYPE)
    }
    /// `NL80211_ATTR_CONTROL_PORT_NO_ENCRYPT`.
    pub fn control_port_no_encrypt(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::CONTROL_PORT_NO_ENCRYPT)
    }
    /// `NL80211_ATTR_SUPPORT_IBSS_RSN`.
    pub fn support_ibss_rsn(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::SUPPORT_IBSS_RSN)
    }
    /// `NL80211_ATTR_WIPHY_ANTENNA_TX`.
    pub fn wiphy_antenna_tx(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::WIPHY_ANTENNA_TX, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_WIPHY_ANTENNA_RX`.
    pub fn wiphy_antenna_rx(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::WIPHY_ANTENNA_RX, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_MCAST_RATE`.
    pub fn mcast_rate(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::MCAST_RATE, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_OFFCHANNEL_TX_OK`.
    pub fn offchannel_tx_ok(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::OFFCHANNEL_TX_OK)
    }
    /// `NL80211_ATTR_BSS_HT_OPMODE`.
    pub fn bss_ht_opmode(&self) -> Result<Option<u16>> {
        self.0.read(nl80211_attrs::BSS_HT_OPMODE, crate::attr::Attr::u16)
    }
    /// `NL80211_ATTR_KEY_DEFAULT_TYPES`.
    pub fn key_default_types(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::KEY_DEFAULT_TYPES, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_MAX_REMAIN_ON_CHANNEL_DURATION`.
    pub fn max_remain_on_channel_duration(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::MAX_REMAIN_ON_CHANNEL_DURATION, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_MESH_SETUP`.
    pub fn mesh_setup(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::MESH_SETUP, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_WIPHY_ANTENNA_AVAIL_TX`.
    pub fn wiphy_antenna_avail_tx(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::WIPHY_ANTENNA_AVAIL_TX, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_WIPHY_ANTENNA_AVAIL_RX`.
    pub fn wiphy_antenna_avail_rx(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::WIPHY_ANTENNA_AVAIL_RX, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_SUPPORT_MESH_AUTH`.
    pub fn support_mesh_auth(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::SUPPORT_MESH_AUTH)
    }
    /// `NL80211_ATTR_STA_PLINK_STATE`.
    pub fn sta_plink_state(&self) -> Result<Option<u8>> {
        self.0.read(nl80211_attrs::STA_PLINK_STATE, crate::attr::Attr::u8)
    }
    /// `NL80211_ATTR_WOWLAN_TRIGGERS`.
    pub fn wowlan_triggers(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::WOWLAN_TRIGGERS, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_WOWLAN_TRIGGERS_SUPPORTED`.
    pub fn wowlan_triggers_supported(&self) -> Result<Option<WowlanTriggersAttrs<'a>>> {
        self.0.read(nl80211_attrs::WOWLAN_TRIGGERS_SUPPORTED, |a| Ok(WowlanTriggersAttrs(a.nested())))
    }
    /// `NL80211_ATTR_SCHED_SCAN_INTERVAL`.
    pub fn sched_scan_interval(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::SCHED_SCAN_INTERVAL, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_INTERFACE_COMBINATIONS`.
    pub fn interface_combinations(&self) -> impl Iterator<Item = Result<IfCombinationAttributes<'a>>> + 'a {
        self.0.read_array(nl80211_attrs::INTERFACE_COMBINATIONS, |a| Ok(IfCombinationAttributes(a.nested())))
    }
    /// `NL80211_ATTR_SOFTWARE_IFTYPES`.
    pub fn software_iftypes(&self) -> Result<Option<SupportedIftypes<'a>>> {
        self.0.read(nl80211_attrs::SOFTWARE_IFTYPES, |a| Ok(SupportedIftypes(a.nested())))
    }
    /// `NL80211_ATTR_REKEY_DATA`.
    pub fn rekey_data(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::REKEY_DATA, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_MAX_NUM_SCHED_SCAN_SSIDS`.
    pub fn max_num_sched_scan_ssids(&self) -> Result<Option<u8>> {
        self.0.read(nl80211_attrs::MAX_NUM_SCHED_SCAN_SSIDS, crate::attr::Attr::u8)
    }
    /// `NL80211_ATTR_MAX_SCHED_SCAN_IE_LEN`.
    pub fn max_sched_scan_ie_len(&self) -> Result<Option<u16>> {
        self.0.read(nl80211_attrs::MAX_SCHED_SCAN_IE_LEN, crate::attr::Attr::u16)
    }
    /// `NL80211_ATTR_SCAN_SUPP_RATES`.
    pub fn scan_supp_rates(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::SCAN_SUPP_RATES, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_HIDDEN_SSID`.
    pub fn hidden_ssid(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::HIDDEN_SSID, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_IE_PROBE_RESP`.
    pub fn ie_probe_resp(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::IE_PROBE_RESP, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_IE_ASSOC_RESP`.
    pub fn ie_assoc_resp(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::IE_ASSOC_RESP, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_STA_WME`.
    pub fn sta_wme(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::STA_WME, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_SUPPORT_AP_UAPSD`.
    pub fn support_ap_uapsd(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::SUPPORT_AP_UAPSD)
    }
    /// `NL80211_ATTR_ROAM_SUPPORT`.
    pub fn roam_support(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::ROAM_SUPPORT)
    }
    /// `NL80211_ATTR_SCHED_SCAN_MATCH`.
    pub fn sched_scan_match(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::SCHED_SCAN_MATCH, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_MAX_MATCH_SETS`.
    pub fn max_match_sets(&self) -> Result<Option<u8>> {
        self.0.read(nl80211_attrs::MAX_MATCH_SETS, crate::attr::Attr::u8)
    }
    /// `NL80211_ATTR_PMKSA_CANDIDATE`.
    pub fn pmksa_candidate(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::PMKSA_CANDIDATE, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_TX_NO_CCK_RATE`.
    pub fn tx_no_cck_rate(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::TX_NO_CCK_RATE)
    }
    /// `NL80211_ATTR_TDLS_ACTION`.
    pub fn tdls_action(&self) -> Result<Option<u8>> {
        self.0.read(nl80211_attrs::TDLS_ACTION, crate::attr::Attr::u8)
    }
    /// `NL80211_ATTR_TDLS_DIALOG_TOKEN`.
    pub fn tdls_dialog_token(&self) -> Result<Option<u8>> {
        self.0.read(nl80211_attrs::TDLS_DIALOG_TOKEN, crate::attr::Attr::u8)
    }
    /// `NL80211_ATTR_TDLS_OPERATION`.
    pub fn tdls_operation(&self) -> Result<Option<u8>> {
        self.0.read(nl80211_attrs::TDLS_OPERATION, crate::attr::Attr::u8)
    }
    /// `NL80211_ATTR_TDLS_SUPPORT`.
    pub fn tdls_support(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::TDLS_SUPPORT)
    }
    /// `NL80211_ATTR_TDLS_EXTERNAL_SETUP`.
    pub fn tdls_external_setup(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::TDLS_EXTERNAL_SETUP)
    }
    /// `NL80211_ATTR_DEVICE_AP_SME`.
    pub fn device_ap_sme(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::DEVICE_AP_SME, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_DONT_WAIT_FOR_ACK`.
    pub fn dont_wait_for_ack(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::DONT_WAIT_FOR_ACK)
    }
    /// `NL80211_ATTR_FEATURE_FLAGS`.
    pub fn feature_flags(&self) -> Result<Option<FeatureFlags>> {
        self.0.read(nl80211_attrs::FEATURE_FLAGS, |a| a.u32().map(FeatureFlags::from_bits_retain))
    }
    /// `NL80211_ATTR_PROBE_RESP_OFFLOAD`.
    pub fn probe_resp_offload(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::PROBE_RESP_OFFLOAD, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_PROBE_RESP`.
    pub fn probe_resp(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::PROBE_RESP, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_DFS_REGION`.
    pub fn dfs_region(&self) -> Result<Option<u8>> {
        self.0.read(nl80211_attrs::DFS_REGION, crate::attr::Attr::u8)
    }
    /// `NL80211_ATTR_DISABLE_HT`.
    pub fn disable_ht(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::DISABLE_HT)
    }
    /// `NL80211_ATTR_HT_CAPABILITY_MASK`.
    pub fn ht_capability_mask(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::HT_CAPABILITY_MASK, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_NOACK_MAP`.
    pub fn noack_map(&self) -> Result<Option<u16>> {
        self.0.read(nl80211_attrs::NOACK_MAP, crate::attr::Attr::u16)
    }
    /// `NL80211_ATTR_INACTIVITY_TIMEOUT`.
    pub fn inactivity_timeout(&self) -> Result<Option<u16>> {
        self.0.read(nl80211_attrs::INACTIVITY_TIMEOUT, crate::attr::Attr::u16)
    }
    /// `NL80211_ATTR_RX_SIGNAL_DBM`.
    pub fn rx_signal_dbm(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::RX_SIGNAL_DBM, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_BG_SCAN_PERIOD`.
    pub fn bg_scan_period(&self) -> Result<Option<u16>> {
        self.0.read(nl80211_attrs::BG_SCAN_PERIOD, crate::attr::Attr::u16)
    }
    /// `NL80211_ATTR_WDEV`.
    pub fn wdev(&self) -> Result<Option<u64>> {
        self.0.read(nl80211_attrs::WDEV, crate::attr::Attr::u64)
    }
    /// `NL80211_ATTR_USER_REG_HINT_TYPE`.
    pub fn user_reg_hint_type(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::USER_REG_HINT_TYPE, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_CONN_FAILED_REASON`.
    pub fn conn_failed_reason(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::CONN_FAILED_REASON, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_AUTH_DATA`.
    pub fn auth_data(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::AUTH_DATA, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_VHT_CAPABILITY`.
    pub fn vht_capability(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::VHT_CAPABILITY, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_SCAN_FLAGS`.
    pub fn scan_flags(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::SCAN_FLAGS, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_CHANNEL_WIDTH`.
    pub fn channel_width(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::CHANNEL_WIDTH, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_CENTER_FREQ1`.
    pub fn center_freq1(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::CENTER_FREQ1, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_CENTER_FREQ2`.
    pub fn center_freq2(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::CENTER_FREQ2, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_P2P_CTWINDOW`.
    pub fn p2p_ctwindow(&self) -> Result<Option<u8>> {
        self.0.read(nl80211_attrs::P2P_CTWINDOW, crate::attr::Attr::u8)
    }
    /// `NL80211_ATTR_P2P_OPPPS`.
    pub fn p2p_oppps(&self) -> Result<Option<u8>> {
        self.0.read(nl80211_attrs::P2P_OPPPS, crate::attr::Attr::u8)
    }
    /// `NL80211_ATTR_LOCAL_MESH_POWER_MODE`.
    pub fn local_mesh_power_mode(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::LOCAL_MESH_POWER_MODE, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_ACL_POLICY`.
    pub fn acl_policy(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::ACL_POLICY, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_MAC_ADDRS`.
    pub fn mac_addrs(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::MAC_ADDRS, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_MAC_ACL_MAX`.
    pub fn mac_acl_max(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::MAC_ACL_MAX, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_RADAR_EVENT`.
    pub fn radar_event(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::RADAR_EVENT, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_EXT_CAPA`.
    pub fn ext_capa(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::EXT_CAPA, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_EXT_CAPA_MASK`.
    pub fn ext_capa_mask(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::EXT_CAPA_MASK, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_STA_CAPABILITY`.
    pub fn sta_capability(&self) -> Result<Option<u16>> {
        self.0.read(nl80211_attrs::STA_CAPABILITY, crate::attr::Attr::u16)
    }
    /// `NL80211_ATTR_STA_EXT_CAPABILITY`.
    pub fn sta_ext_capability(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::STA_EXT_CAPABILITY, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_PROTOCOL_FEATURES`.
    pub fn protocol_features(&self) -> Result<Option<ProtocolFeatures>> {
        self.0.read(nl80211_attrs::PROTOCOL_FEATURES, |a| a.u32().map(ProtocolFeatures::from_bits_retain))
    }
    /// `NL80211_ATTR_SPLIT_WIPHY_DUMP`.
    pub fn split_wiphy_dump(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::SPLIT_WIPHY_DUMP)
    }
    /// `NL80211_ATTR_DISABLE_VHT`.
    pub fn disable_vht(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::DISABLE_VHT)
    }
    /// `NL80211_ATTR_VHT_CAPABILITY_MASK`.
    pub fn vht_capability_mask(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::VHT_CAPABILITY_MASK, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_MDID`.
    pub fn mdid(&self) -> Result<Option<u16>> {
        self.0.read(nl80211_attrs::MDID, crate::attr::Attr::u16)
    }
    /// `NL80211_ATTR_IE_RIC`.
    pub fn ie_ric(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::IE_RIC, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_CRIT_PROT_ID`.
    pub fn crit_prot_id(&self) -> Result<Option<u16>> {
        self.0.read(nl80211_attrs::CRIT_PROT_ID, crate::attr::Attr::u16)
    }
    /// `NL80211_ATTR_MAX_CRIT_PROT_DURATION`.
    pub fn max_crit_prot_duration(&self) -> Result<Option<u16>> {
        self.0.read(nl80211_attrs::MAX_CRIT_PROT_DURATION, crate::attr::Attr::u16)
    }
    /// `NL80211_ATTR_PEER_AID`.
    pub fn peer_aid(&self) -> Result<Option<u16>> {
        self.0.read(nl80211_attrs::PEER_AID, crate::attr::Attr::u16)
    }
    /// `NL80211_ATTR_COALESCE_RULE`.
    pub fn coalesce_rule(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::COALESCE_RULE, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_CH_SWITCH_COUNT`.
    pub fn ch_switch_count(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::CH_SWITCH_COUNT, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_CH_SWITCH_BLOCK_TX`.
    pub fn ch_switch_block_tx(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::CH_SWITCH_BLOCK_TX)
    }
    /// `NL80211_ATTR_CSA_IES`.
    pub fn csa_ies(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::CSA_IES, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_CNTDWN_OFFS_BEACON`.
    pub fn cntdwn_offs_beacon(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::CNTDWN_OFFS_BEACON, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_CNTDWN_OFFS_PRESP`.
    pub fn cntdwn_offs_presp(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::CNTDWN_OFFS_PRESP, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_RXMGMT_FLAGS`.
    pub fn rxmgmt_flags(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::RXMGMT_FLAGS, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_STA_SUPPORTED_CHANNELS`.
    pub fn sta_supported_channels(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::STA_SUPPORTED_CHANNELS, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_STA_SUPPORTED_OPER_CLASSES`.
    pub fn sta_supported_oper_classes(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::STA_SUPPORTED_OPER_CLASSES, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_HANDLE_DFS`.
    pub fn handle_dfs(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::HANDLE_DFS)
    }
    /// `NL80211_ATTR_SUPPORT_5_MHZ`.
    pub fn support_5_mhz(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::SUPPORT_5_MHZ)
    }
    /// `NL80211_ATTR_SUPPORT_10_MHZ`.
    pub fn support_10_mhz(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::SUPPORT_10_MHZ)
    }
    /// `NL80211_ATTR_OPMODE_NOTIF`.
    pub fn opmode_notif(&self) -> Result<Option<u8>> {
        self.0.read(nl80211_attrs::OPMODE_NOTIF, crate::attr::Attr::u8)
    }
    /// `NL80211_ATTR_VENDOR_ID`.
    pub fn vendor_id(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::VENDOR_ID, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_VENDOR_SUBCMD`.
    pub fn vendor_subcmd(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::VENDOR_SUBCMD, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_VENDOR_DATA`.
    pub fn vendor_data(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::VENDOR_DATA, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_VENDOR_EVENTS`.
    pub fn vendor_events(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::VENDOR_EVENTS, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_QOS_MAP`.
    pub fn qos_map(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::QOS_MAP, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_MAC_HINT`.
    pub fn mac_hint(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::MAC_HINT, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_WIPHY_FREQ_HINT`.
    pub fn wiphy_freq_hint(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::WIPHY_FREQ_HINT, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_MAX_AP_ASSOC_STA`.
    pub fn max_ap_assoc_sta(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::MAX_AP_ASSOC_STA, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_TDLS_PEER_CAPABILITY`.
    pub fn tdls_peer_capability(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::TDLS_PEER_CAPABILITY, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_SOCKET_OWNER`.
    pub fn socket_owner(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::SOCKET_OWNER)
    }
    /// `NL80211_ATTR_CSA_C_OFFSETS_TX`.
    pub fn csa_c_offsets_tx(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::CSA_C_OFFSETS_TX, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_MAX_CSA_COUNTERS`.
    pub fn max_csa_counters(&self) -> Result<Option<u8>> {
        self.0.read(nl80211_attrs::MAX_CSA_COUNTERS, crate::attr::Attr::u8)
    }
    /// `NL80211_ATTR_TDLS_INITIATOR`.
    pub fn tdls_initiator(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::TDLS_INITIATOR)
    }
    /// `NL80211_ATTR_USE_RRM`.
    pub fn use_rrm(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::USE_RRM)
    }
    /// `NL80211_ATTR_WIPHY_DYN_ACK`.
    pub fn wiphy_dyn_ack(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::WIPHY_DYN_ACK)
    }
    /// `NL80211_ATTR_TSID`.
    pub fn tsid(&self) -> Result<Option<u8>> {
        self.0.read(nl80211_attrs::TSID, crate::attr::Attr::u8)
    }
    /// `NL80211_ATTR_USER_PRIO`.
    pub fn user_prio(&self) -> Result<Option<u8>> {
        self.0.read(nl80211_attrs::USER_PRIO, crate::attr::Attr::u8)
    }
    /// `NL80211_ATTR_ADMITTED_TIME`.
    pub fn admitted_time(&self) -> Result<Option<u16>> {
        self.0.read(nl80211_attrs::ADMITTED_TIME, crate::attr::Attr::u16)
    }
    /// `NL80211_ATTR_SMPS_MODE`.
    pub fn smps_mode(&self) -> Result<Option<u8>> {
        self.0.read(nl80211_attrs::SMPS_MODE, crate::attr::Attr::u8)
    }
    /// `NL80211_ATTR_OPER_CLASS`.
    pub fn oper_class(&self) -> Result<Option<u8>> {
        self.0.read(nl80211_attrs::OPER_CLASS, crate::attr::Attr::u8)
    }
    /// `NL80211_ATTR_MAC_MASK`.
    pub fn mac_mask(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::MAC_MASK, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_WIPHY_SELF_MANAGED_REG`.
    pub fn wiphy_self_managed_reg(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::WIPHY_SELF_MANAGED_REG)
    }
    /// `NL80211_ATTR_EXT_FEATURES`.
    pub fn ext_features(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::EXT_FEATURES, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_SURVEY_RADIO_STATS`.
    pub fn survey_radio_stats(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::SURVEY_RADIO_STATS, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_NETNS_FD`.
    pub fn netns_fd(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::NETNS_FD, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_SCHED_SCAN_DELAY`.
    pub fn sched_scan_delay(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::SCHED_SCAN_DELAY, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_REG_INDOOR`.
    pub fn reg_indoor(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::REG_INDOOR)
    }
    /// `NL80211_ATTR_MAX_NUM_SCHED_SCAN_PLANS`.
    pub fn max_num_sched_scan_plans(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::MAX_NUM_SCHED_SCAN_PLANS, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_MAX_SCAN_PLAN_INTERVAL`.
    pub fn max_scan_plan_interval(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::MAX_SCAN_PLAN_INTERVAL, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_MAX_SCAN_PLAN_ITERATIONS`.
    pub fn max_scan_plan_iterations(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::MAX_SCAN_PLAN_ITERATIONS, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_SCHED_SCAN_PLANS`.
    pub fn sched_scan_plans(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::SCHED_SCAN_PLANS, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_PBSS`.
    pub fn pbss(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::PBSS)
    }
    /// `NL80211_ATTR_BSS_SELECT`.
    pub fn bss_select(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::BSS_SELECT, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_STA_SUPPORT_P2P_PS`.
    pub fn sta_support_p2p_ps(&self) -> Result<Option<u8>> {
        self.0.read(nl80211_attrs::STA_SUPPORT_P2P_PS, crate::attr::Attr::u8)
    }
    /// `NL80211_ATTR_IFTYPE_EXT_CAPA`.
    pub fn iftype_ext_capa(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::IFTYPE_EXT_CAPA, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_MU_MIMO_GROUP_DATA`.
    pub fn mu_mimo_group_data(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::MU_MIMO_GROUP_DATA, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_MU_MIMO_FOLLOW_MAC_ADDR`.
    pub fn mu_mimo_follow_mac_addr(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::MU_MIMO_FOLLOW_MAC_ADDR, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_SCAN_START_TIME_TSF`.
    pub fn scan_start_time_tsf(&self) -> Result<Option<u64>> {
        self.0.read(nl80211_attrs::SCAN_START_TIME_TSF, crate::attr::Attr::u64)
    }
    /// `NL80211_ATTR_SCAN_START_TIME_TSF_BSSID`.
    pub fn scan_start_time_tsf_bssid(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::SCAN_START_TIME_TSF_BSSID, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_MEASUREMENT_DURATION`.
    pub fn measurement_duration(&self) -> Result<Option<u16>> {
        self.0.read(nl80211_attrs::MEASUREMENT_DURATION, crate::attr::Attr::u16)
    }
    /// `NL80211_ATTR_MEASUREMENT_DURATION_MANDATORY`.
    pub fn measurement_duration_mandatory(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::MEASUREMENT_DURATION_MANDATORY)
    }
    /// `NL80211_ATTR_MESH_PEER_AID`.
    pub fn mesh_peer_aid(&self) -> Result<Option<u16>> {
        self.0.read(nl80211_attrs::MESH_PEER_AID, crate::attr::Attr::u16)
    }
    /// `NL80211_ATTR_NAN_MASTER_PREF`.
    pub fn nan_master_pref(&self) -> Result<Option<u8>> {
        self.0.read(nl80211_attrs::NAN_MASTER_PREF, crate::attr::Attr::u8)
    }
    /// `NL80211_ATTR_BANDS`.
    pub fn bands(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::BANDS, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_NAN_FUNC`.
    pub fn nan_func(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::NAN_FUNC, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_NAN_MATCH`.
    pub fn nan_match(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::NAN_MATCH, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_FILS_KEK`.
    pub fn fils_kek(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::FILS_KEK, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_FILS_NONCES`.
    pub fn fils_nonces(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::FILS_NONCES, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_MULTICAST_TO_UNICAST_ENABLED`.
    pub fn multicast_to_unicast_enabled(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::MULTICAST_TO_UNICAST_ENABLED)
    }
    /// `NL80211_ATTR_BSSID`.
    pub fn bssid(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::BSSID, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_SCHED_SCAN_RELATIVE_RSSI`.
    pub fn sched_scan_relative_rssi(&self) -> Result<Option<i8>> {
        self.0.read(nl80211_attrs::SCHED_SCAN_RELATIVE_RSSI, crate::attr::Attr::i8)
    }
    /// `NL80211_ATTR_SCHED_SCAN_RSSI_ADJUST`.
    pub fn sched_scan_rssi_adjust(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::SCHED_SCAN_RSSI_ADJUST, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_TIMEOUT_REASON`.
    pub fn timeout_reason(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::TIMEOUT_REASON, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_FILS_ERP_USERNAME`.
    pub fn fils_erp_username(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::FILS_ERP_USERNAME, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_FILS_ERP_REALM`.
    pub fn fils_erp_realm(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::FILS_ERP_REALM, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_FILS_ERP_NEXT_SEQ_NUM`.
    pub fn fils_erp_next_seq_num(&self) -> Result<Option<u16>> {
        self.0.read(nl80211_attrs::FILS_ERP_NEXT_SEQ_NUM, crate::attr::Attr::u16)
    }
    /// `NL80211_ATTR_FILS_ERP_RRK`.
    pub fn fils_erp_rrk(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::FILS_ERP_RRK, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_FILS_CACHE_ID`.
    pub fn fils_cache_id(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::FILS_CACHE_ID, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_PMK`.
    pub fn pmk(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::PMK, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_SCHED_SCAN_MULTI`.
    pub fn sched_scan_multi(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::SCHED_SCAN_MULTI)
    }
    /// `NL80211_ATTR_SCHED_SCAN_MAX_REQS`.
    pub fn sched_scan_max_reqs(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::SCHED_SCAN_MAX_REQS, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_WANT_1X_4WAY_HS`.
    pub fn want_1x_4way_hs(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::WANT_1X_4WAY_HS)
    }
    /// `NL80211_ATTR_PMKR0_NAME`.
    pub fn pmkr0_name(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::PMKR0_NAME, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_PORT_AUTHORIZED`.
    pub fn port_authorized(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::PORT_AUTHORIZED, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_EXTERNAL_AUTH_ACTION`.
    pub fn external_auth_action(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::EXTERNAL_AUTH_ACTION, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_EXTERNAL_AUTH_SUPPORT`.
    pub fn external_auth_support(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::EXTERNAL_AUTH_SUPPORT)
    }
    /// `NL80211_ATTR_NSS`.
    pub fn nss(&self) -> Result<Option<u8>> {
        self.0.read(nl80211_attrs::NSS, crate::attr::Attr::u8)
    }
    /// `NL80211_ATTR_ACK_SIGNAL`.
    pub fn ack_signal(&self) -> Result<Option<i32>> {
        self.0.read(nl80211_attrs::ACK_SIGNAL, crate::attr::Attr::i32)
    }
    /// `NL80211_ATTR_CONTROL_PORT_OVER_NL80211`.
    pub fn control_port_over_nl80211(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::CONTROL_PORT_OVER_NL80211)
    }
    /// `NL80211_ATTR_TXQ_STATS`.
    pub fn txq_stats(&self) -> Result<Option<TxqStatsAttrs<'a>>> {
        self.0.read(nl80211_attrs::TXQ_STATS, |a| Ok(TxqStatsAttrs(a.nested())))
    }
    /// `NL80211_ATTR_TXQ_LIMIT`.
    pub fn txq_limit(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::TXQ_LIMIT, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_TXQ_MEMORY_LIMIT`.
    pub fn txq_memory_limit(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::TXQ_MEMORY_LIMIT, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_TXQ_QUANTUM`.
    pub fn txq_quantum(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::TXQ_QUANTUM, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_HE_CAPABILITY`.
    pub fn he_capability(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::HE_CAPABILITY, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_FTM_RESPONDER`.
    pub fn ftm_responder(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::FTM_RESPONDER, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_FTM_RESPONDER_STATS`.
    pub fn ftm_responder_stats(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::FTM_RESPONDER_STATS, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_TIMEOUT`.
    pub fn timeout(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::TIMEOUT, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_PEER_MEASUREMENTS`.
    pub fn peer_measurements(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::PEER_MEASUREMENTS, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_AIRTIME_WEIGHT`.
    pub fn airtime_weight(&self) -> Result<Option<u16>> {
        self.0.read(nl80211_attrs::AIRTIME_WEIGHT, crate::attr::Attr::u16)
    }
    /// `NL80211_ATTR_STA_TX_POWER_SETTING`.
    pub fn sta_tx_power_setting(&self) -> Result<Option<u8>> {
        self.0.read(nl80211_attrs::STA_TX_POWER_SETTING, crate::attr::Attr::u8)
    }
    /// `NL80211_ATTR_STA_TX_POWER`.
    pub fn sta_tx_power(&self) -> Result<Option<i16>> {
        self.0.read(nl80211_attrs::STA_TX_POWER, crate::attr::Attr::i16)
    }
    /// `NL80211_ATTR_SAE_PASSWORD`.
    pub fn sae_password(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::SAE_PASSWORD, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_TWT_RESPONDER`.
    pub fn twt_responder(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::TWT_RESPONDER)
    }
    /// `NL80211_ATTR_HE_OBSS_PD`.
    pub fn he_obss_pd(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::HE_OBSS_PD, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_WIPHY_EDMG_CHANNELS`.
    pub fn wiphy_edmg_channels(&self) -> Result<Option<u8>> {
        self.0.read(nl80211_attrs::WIPHY_EDMG_CHANNELS, crate::attr::Attr::u8)
    }
    /// `NL80211_ATTR_WIPHY_EDMG_BW_CONFIG`.
    pub fn wiphy_edmg_bw_config(&self) -> Result<Option<u8>> {
        self.0.read(nl80211_attrs::WIPHY_EDMG_BW_CONFIG, crate::attr::Attr::u8)
    }
    /// `NL80211_ATTR_VLAN_ID`.
    pub fn vlan_id(&self) -> Result<Option<u16>> {
        self.0.read(nl80211_attrs::VLAN_ID, crate::attr::Attr::u16)
    }
    /// `NL80211_ATTR_HE_BSS_COLOR`.
    pub fn he_bss_color(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::HE_BSS_COLOR, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_IFTYPE_AKM_SUITES`.
    pub fn iftype_akm_suites(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::IFTYPE_AKM_SUITES, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_TID_CONFIG`.
    pub fn tid_config(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::TID_CONFIG, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_CONTROL_PORT_NO_PREAUTH`.
    pub fn control_port_no_preauth(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::CONTROL_PORT_NO_PREAUTH)
    }
    /// `NL80211_ATTR_PMK_LIFETIME`.
    pub fn pmk_lifetime(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::PMK_LIFETIME, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_PMK_REAUTH_THRESHOLD`.
    pub fn pmk_reauth_threshold(&self) -> Result<Option<u8>> {
        self.0.read(nl80211_attrs::PMK_REAUTH_THRESHOLD, crate::attr::Attr::u8)
    }
    /// `NL80211_ATTR_RECEIVE_MULTICAST`.
    pub fn receive_multicast(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::RECEIVE_MULTICAST)
    }
    /// `NL80211_ATTR_WIPHY_FREQ_OFFSET`.
    pub fn wiphy_freq_offset(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::WIPHY_FREQ_OFFSET, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_CENTER_FREQ1_OFFSET`.
    pub fn center_freq1_offset(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::CENTER_FREQ1_OFFSET, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_SCAN_FREQ_KHZ`.
    pub fn scan_freq_khz(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::SCAN_FREQ_KHZ, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_HE_6GHZ_CAPABILITY`.
    pub fn he_6ghz_capability(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::HE_6GHZ_CAPABILITY, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_FILS_DISCOVERY`.
    pub fn fils_discovery(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::FILS_DISCOVERY, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_UNSOL_BCAST_PROBE_RESP`.
    pub fn unsol_bcast_probe_resp(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::UNSOL_BCAST_PROBE_RESP, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_S1G_CAPABILITY`.
    pub fn s1g_capability(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::S1G_CAPABILITY, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_S1G_CAPABILITY_MASK`.
    pub fn s1g_capability_mask(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::S1G_CAPABILITY_MASK, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_SAE_PWE`.
    pub fn sae_pwe(&self) -> Result<Option<u8>> {
        self.0.read(nl80211_attrs::SAE_PWE, crate::attr::Attr::u8)
    }
    /// `NL80211_ATTR_RECONNECT_REQUESTED`.
    pub fn reconnect_requested(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::RECONNECT_REQUESTED, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_SAR_SPEC`.
    pub fn sar_spec(&self) -> Result<Option<SarAttributes<'a>>> {
        self.0.read(nl80211_attrs::SAR_SPEC, |a| Ok(SarAttributes(a.nested())))
    }
    /// `NL80211_ATTR_DISABLE_HE`.
    pub fn disable_he(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::DISABLE_HE)
    }
    /// `NL80211_ATTR_OBSS_COLOR_BITMAP`.
    pub fn obss_color_bitmap(&self) -> Result<Option<u64>> {
        self.0.read(nl80211_attrs::OBSS_COLOR_BITMAP, crate::attr::Attr::u64)
    }
    /// `NL80211_ATTR_COLOR_CHANGE_COUNT`.
    pub fn color_change_count(&self) -> Result<Option<u8>> {
        self.0.read(nl80211_attrs::COLOR_CHANGE_COUNT, crate::attr::Attr::u8)
    }
    /// `NL80211_ATTR_COLOR_CHANGE_COLOR`.
    pub fn color_change_color(&self) -> Result<Option<u8>> {
        self.0.read(nl80211_attrs::COLOR_CHANGE_COLOR, crate::attr::Attr::u8)
    }
    /// `NL80211_ATTR_COLOR_CHANGE_ELEMS`.
    pub fn color_change_elems(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::COLOR_CHANGE_ELEMS, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_MBSSID_CONFIG`.
    pub fn mbssid_config(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::MBSSID_CONFIG, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_MBSSID_ELEMS`.
    pub fn mbssid_elems(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::MBSSID_ELEMS, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_RADAR_BACKGROUND`.
    pub fn radar_background(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::RADAR_BACKGROUND)
    }
    /// `NL80211_ATTR_AP_SETTINGS_FLAGS`.
    pub fn ap_settings_flags(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::AP_SETTINGS_FLAGS, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_EHT_CAPABILITY`.
    pub fn eht_capability(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::EHT_CAPABILITY, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_DISABLE_EHT`.
    pub fn disable_eht(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::DISABLE_EHT)
    }
    /// `NL80211_ATTR_MLO_LINKS`.
    pub fn mlo_links(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::MLO_LINKS, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_MLO_LINK_ID`.
    pub fn mlo_link_id(&self) -> Result<Option<u8>> {
        self.0.read(nl80211_attrs::MLO_LINK_ID, crate::attr::Attr::u8)
    }
    /// `NL80211_ATTR_MLD_ADDR`.
    pub fn mld_addr(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::MLD_ADDR, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_MLO_SUPPORT`.
    pub fn mlo_support(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::MLO_SUPPORT)
    }
    /// `NL80211_ATTR_MAX_NUM_AKM_SUITES`.
    pub fn max_num_akm_suites(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::MAX_NUM_AKM_SUITES, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_EML_CAPABILITY`.
    pub fn eml_capability(&self) -> Result<Option<u16>> {
        self.0.read(nl80211_attrs::EML_CAPABILITY, crate::attr::Attr::u16)
    }
    /// `NL80211_ATTR_MLD_CAPA_AND_OPS`.
    pub fn mld_capa_and_ops(&self) -> Result<Option<u16>> {
        self.0.read(nl80211_attrs::MLD_CAPA_AND_OPS, crate::attr::Attr::u16)
    }
    /// `NL80211_ATTR_TX_HW_TIMESTAMP`.
    pub fn tx_hw_timestamp(&self) -> Result<Option<u64>> {
        self.0.read(nl80211_attrs::TX_HW_TIMESTAMP, crate::attr::Attr::u64)
    }
    /// `NL80211_ATTR_RX_HW_TIMESTAMP`.
    pub fn rx_hw_timestamp(&self) -> Result<Option<u64>> {
        self.0.read(nl80211_attrs::RX_HW_TIMESTAMP, crate::attr::Attr::u64)
    }
    /// `NL80211_ATTR_TD_BITMAP`.
    pub fn td_bitmap(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::TD_BITMAP, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_PUNCT_BITMAP`.
    pub fn punct_bitmap(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::PUNCT_BITMAP, crate::attr::Attr::u32)
    }
    /// `NL80211_ATTR_MAX_HW_TIMESTAMP_PEERS`.
    pub fn max_hw_timestamp_peers(&self) -> Result<Option<u16>> {
        self.0.read(nl80211_attrs::MAX_HW_TIMESTAMP_PEERS, crate::attr::Attr::u16)
    }
    /// `NL80211_ATTR_HW_TIMESTAMP_ENABLED`.
    pub fn hw_timestamp_enabled(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::HW_TIMESTAMP_ENABLED)
    }
    /// `NL80211_ATTR_EMA_RNR_ELEMS`.
    pub fn ema_rnr_elems(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::EMA_RNR_ELEMS, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_MLO_LINK_DISABLED`.
    pub fn mlo_link_disabled(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::MLO_LINK_DISABLED)
    }
    /// `NL80211_ATTR_BSS_DUMP_INCLUDE_USE_DATA`.
    pub fn bss_dump_include_use_data(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::BSS_DUMP_INCLUDE_USE_DATA)
    }
    /// `NL80211_ATTR_MLO_TTLM_DLINK`.
    pub fn mlo_ttlm_dlink(&self) -> Result<Option<u16>> {
        self.0.read(nl80211_attrs::MLO_TTLM_DLINK, crate::attr::Attr::u16)
    }
    /// `NL80211_ATTR_MLO_TTLM_ULINK`.
    pub fn mlo_ttlm_ulink(&self) -> Result<Option<u16>> {
        self.0.read(nl80211_attrs::MLO_TTLM_ULINK, crate::attr::Attr::u16)
    }
    /// `NL80211_ATTR_ASSOC_SPP_AMSDU`.
    pub fn assoc_spp_amsdu(&self) -> Result<bool> {
        self.0.flag(nl80211_attrs::ASSOC_SPP_AMSDU)
    }
    /// `NL80211_ATTR_WIPHY_RADIOS`.
    pub fn wiphy_radios(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::WIPHY_RADIOS, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_WIPHY_INTERFACE_COMBINATIONS`.
    pub fn wiphy_interface_combinations(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nl80211_attrs::WIPHY_INTERFACE_COMBINATIONS, |a| Ok(a.payload()))
    }
    /// `NL80211_ATTR_VIF_RADIO_MASK`.
    pub fn vif_radio_mask(&self) -> Result<Option<u32>> {
        self.0.read(nl80211_attrs::VIF_RADIO_MASK, crate::attr::Attr::u32)
    }
}

/// `NL80211_ATTR_*`: the attribute set `frame-type-attrs`.
pub static FRAME_TYPE_ATTRS: Space = Space {
    name: "frame-type-attrs",
    prefix: "NL80211_ATTR_",
    attrs: &[AttrSpec { id: 101, name: "frame_type", ty: AttrType::U16 }],
    by_name: &[0, 1],
};

/// Attribute numbers of [`FRAME_TYPE_ATTRS`].
pub mod frame_type_attrs {
    /// `NL80211_ATTR_FRAME_TYPE`.
    #[doc(alias = "NL80211_ATTR_FRAME_TYPE")]
    pub const FRAME_TYPE: u16 = 101;
}

/// Typed reads of an attribute chain of the set `frame-type-attrs`.
#[derive(Clone, Debug, Default)]
pub struct FrameTypeAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> FrameTypeAttrs<'a> {
    /// `NL80211_ATTR_FRAME_TYPE`.
    pub fn frame_type(&self) -> Result<Option<u16>> {
        self.0.read(frame_type_attrs::FRAME_TYPE, crate::attr::Attr::u16)
    }
}

/// `NL80211_BAND_*`: the attribute set `wiphy-bands`.
pub static WIPHY_BANDS: Space = Space {
    name: "wiphy-bands",
    prefix: "NL80211_BAND_",
    attrs: &[
        AttrSpec { id: 0, name: "2ghz", ty: AttrType::Nested(&BAND_ATTRS) },
        AttrSpec { id: 1, name: "5ghz", ty: AttrType::Nested(&BAND_ATTRS) },
        AttrSpec { id: 2, name: "60ghz", ty: AttrType::Nested(&BAND_ATTRS) },
        AttrSpec { id: 3, name: "6ghz", ty: AttrType::Nested(&BAND_ATTRS) },
        AttrSpec { id: 4, name: "s1ghz", ty: AttrType::Nested(&BAND_ATTRS) },
        AttrSpec { id: 5, name: "lc", ty: AttrType::Nested(&BAND_ATTRS) },
    ],
    by_name: &[5, 1, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 4, 0, 3],
};

/// Attribute numbers of [`WIPHY_BANDS`].
pub mod wiphy_bands {
    /// `NL80211_BAND_2GHZ`.
    #[doc(alias = "NL80211_BAND_2GHZ")]
    pub const N2GHZ: u16 = 0;
    /// `NL80211_BAND_5GHZ`.
    #[doc(alias = "NL80211_BAND_5GHZ")]
    pub const N5GHZ: u16 = 1;
    /// `NL80211_BAND_60GHZ`.
    #[doc(alias = "NL80211_BAND_60GHZ")]
    pub const N60GHZ: u16 = 2;
    /// `NL80211_BAND_6GHZ`.
    #[doc(alias = "NL80211_BAND_6GHZ")]
    pub const N6GHZ: u16 = 3;
    /// `NL80211_BAND_S1GHZ`.
    #[doc(alias = "NL80211_BAND_S1GHZ")]
    pub const S1GHZ: u16 = 4;
    /// `NL80211_BAND_LC`.
    #[doc(alias = "NL80211_BAND_LC")]
    pub const LC: u16 = 5;
}

/// Typed reads of an attribute chain of the set `wiphy-bands`.
#[derive(Clone, Debug, Default)]
pub struct WiphyBands<'a>(pub crate::attr::Attrs<'a>);

impl<'a> WiphyBands<'a> {
    /// `NL80211_BAND_2GHZ`.
    pub fn n2ghz(&self) -> Result<Option<BandAttrs<'a>>> {
        self.0.read(wiphy_bands::N2GHZ, |a| Ok(BandAttrs(a.nested())))
    }
    /// `NL80211_BAND_5GHZ`.
    pub fn n5ghz(&self) -> Result<Option<BandAttrs<'a>>> {
        self.0.read(wiphy_bands::N5GHZ, |a| Ok(BandAttrs(a.nested())))
    }
    /// `NL80211_BAND_60GHZ`.
    pub fn n60ghz(&self) -> Result<Option<BandAttrs<'a>>> {
        self.0.read(wiphy_bands::N60GHZ, |a| Ok(BandAttrs(a.nested())))
    }
    /// `NL80211_BAND_6GHZ`.
    pub fn n6ghz(&self) -> Result<Option<BandAttrs<'a>>> {
        self.0.read(wiphy_bands::N6GHZ, |a| Ok(BandAttrs(a.nested())))
    }
    /// `NL80211_BAND_S1GHZ`.
    pub fn s1ghz(&self) -> Result<Option<BandAttrs<'a>>> {
        self.0.read(wiphy_bands::S1GHZ, |a| Ok(BandAttrs(a.nested())))
    }
    /// `NL80211_BAND_LC`.
    pub fn lc(&self) -> Result<Option<BandAttrs<'a>>> {
        self.0.read(wiphy_bands::LC, |a| Ok(BandAttrs(a.nested())))
    }
}

/// The type of each entry of `NL80211_BAND_ATTR_FREQS`.
static BAND_ATTRS_FREQS_ELEMENT: AttrType = AttrType::Nested(&FREQUENCY_ATTRS);

/// The type of each entry of `NL80211_BAND_ATTR_RATES`.
static BAND_ATTRS_RATES_ELEMENT: AttrType = AttrType::Nested(&BITRATE_ATTRS);

/// The type of each entry of `NL80211_BAND_ATTR_IFTYPE_DATA`.
static BAND_ATTRS_IFTYPE_DATA_ELEMENT: AttrType = AttrType::Nested(&IFTYPE_DATA_ATTRS);

/// `NL80211_BAND_ATTR_*`: the attribute set `band-attrs`.
pub static BAND_ATTRS: Space = Space {
    name: "band-attrs",
    prefix: "NL80211_BAND_ATTR_",
    attrs: &[
        AttrSpec { id: 1, name: "freqs", ty: AttrType::Array(&BAND_ATTRS_FREQS_ELEMENT) },
        AttrSpec { id: 2, name: "rates", ty: AttrType::Array(&BAND_ATTRS_RATES_ELEMENT) },
        AttrSpec { id: 3, name: "ht_mcs_set", ty: AttrType::Bytes },
        AttrSpec { id: 4, name: "ht_capa", ty: AttrType::U16 },
        AttrSpec { id: 5, name: "ht_ampdu_factor", ty: AttrType::U8 },
        AttrSpec { id: 6, name: "ht_ampdu_density", ty: AttrType::U8 },
        AttrSpec { id: 7, name: "vht_mcs_set", ty: AttrType::Bytes },
        AttrSpec { id: 8, name: "vht_capa", ty: AttrType::U32 },
        AttrSpec { id: 9, name: "iftype_data", ty: AttrType::Array(&BAND_ATTRS_IFTYPE_DATA_ELEMENT) },
        AttrSpec { id: 10, name: "edmg_channels", ty: AttrType::Bytes },
        AttrSpec { id: 11, name: "edmg_bw_config", ty: AttrType::Bytes },
        AttrSpec { id: 12, name: "s1g_mcs_nss_set", ty: AttrType::Bytes },
        AttrSpec { id: 13, name: "s1g_capa", ty: AttrType::Bytes },
    ],
    by_name: &[
        3, 0, 0, 8, 12, 5, 0, 0, 0, 0, 10, 0, 0, 0, 0, 2, 9, 0, 1, 7, 13, 6, 0, 0, 0, 0, 11, 0, 0, 0, 4, 0,
    ],
};

/// Attribute numbers of [`BAND_ATTRS`].
pub mod band_attrs {
    /// `NL80211_BAND_ATTR_FREQS`.
    #[doc(alias = "NL80211_BAND_ATTR_FREQS")]
    pub const FREQS: u16 = 1;
    /// `NL80211_BAND_ATTR_RATES`.
    #[doc(alias = "NL80211_BAND_ATTR_RATES")]
    pub const RATES: u16 = 2;
    /// `NL80211_BAND_ATTR_HT_MCS_SET`.
    #[doc(alias = "NL80211_BAND_ATTR_HT_MCS_SET")]
    pub const HT_MCS_SET: u16 = 3;
    /// `NL80211_BAND_ATTR_HT_CAPA`.
    #[doc(alias = "NL80211_BAND_ATTR_HT_CAPA")]
    pub const HT_CAPA: u16 = 4;
    /// `NL80211_BAND_ATTR_HT_AMPDU_FACTOR`.
    #[doc(alias = "NL80211_BAND_ATTR_HT_AMPDU_FACTOR")]
    pub const HT_AMPDU_FACTOR: u16 = 5;
    /// `NL80211_BAND_ATTR_HT_AMPDU_DENSITY`.
    #[doc(alias = "NL80211_BAND_ATTR_HT_AMPDU_DENSITY")]
    pub const HT_AMPDU_DENSITY: u16 = 6;
    /// `NL80211_BAND_ATTR_VHT_MCS_SET`.
    #[doc(alias = "NL80211_BAND_ATTR_VHT_MCS_SET")]
    pub const VHT_MCS_SET: u16 = 7;
    /// `NL80211_BAND_ATTR_VHT_CAPA`.
    #[doc(alias = "NL80211_BAND_ATTR_VHT_CAPA")]
    pub const VHT_CAPA: u16 = 8;
    /// `NL80211_BAND_ATTR_IFTYPE_DATA`.
    #[doc(alias = "NL80211_BAND_ATTR_IFTYPE_DATA")]
    pub const IFTYPE_DATA: u16 = 9;
    /// `NL80211_BAND_ATTR_EDMG_CHANNELS`.
    #[doc(alias = "NL80211_BAND_ATTR_EDMG_CHANNELS")]
    pub const EDMG_CHANNELS: u16 = 10;
    /// `NL80211_BAND_ATTR_EDMG_BW_CONFIG`.
    #[doc(alias = "NL80211_BAND_ATTR_EDMG_BW_CONFIG")]
    pub const EDMG_BW_CONFIG: u16 = 11;
    /// `NL80211_BAND_ATTR_S1G_MCS_NSS_SET`.
    #[doc(alias = "NL80211_BAND_ATTR_S1G_MCS_NSS_SET")]
    pub const S1G_MCS_NSS_SET: u16 = 12;
    /// `NL80211_BAND_ATTR_S1G_CAPA`.
    #[doc(alias = "NL80211_BAND_ATTR_S1G_CAPA")]
    pub const S1G_CAPA: u16 = 13;
}

/// Typed reads of an attribute chain of the set `band-attrs`.
#[derive(Clone, Debug, Default)]
pub struct BandAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> BandAttrs<'a> {
    /// `NL80211_BAND_ATTR_FREQS`.
    pub fn freqs(&self) -> impl Iterator<Item = Result<FrequencyAttrs<'a>>> + 'a {
        self.0.read_array(band_attrs::FREQS, |a| Ok(FrequencyAttrs(a.nested())))
    }
    /// `NL80211_BAND_ATTR_RATES`.
    pub fn rates(&self) -> impl Iterator<Item = Result<BitrateAttrs<'a>>> + 'a {
        self.0.read_array(band_attrs::RATES, |a| Ok(BitrateAttrs(a.nested())))
    }
    /// `NL80211_BAND_ATTR_HT_MCS_SET`.
    pub fn ht_mcs_set(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(band_attrs::HT_MCS_SET, |a| Ok(a.payload()))
    }
    /// `NL80211_BAND_ATTR_HT_CAPA`.
    pub fn ht_capa(&self) -> Result<Option<u16>> {
        self.0.read(band_attrs::HT_CAPA, crate::attr::Attr::u16)
    }
    /// `NL80211_BAND_ATTR_HT_AMPDU_FACTOR`.
    pub fn ht_ampdu_factor(&self) -> Result<Option<u8>> {
        self.0.read(band_attrs::HT_AMPDU_FACTOR, crate::attr::Attr::u8)
    }
    /// `NL80211_BAND_ATTR_HT_AMPDU_DENSITY`.
    pub fn ht_ampdu_density(&self) -> Result<Option<u8>> {
        self.0.read(band_attrs::HT_AMPDU_DENSITY, crate::attr::Attr::u8)
    }
    /// `NL80211_BAND_ATTR_VHT_MCS_SET`.
    pub fn vht_mcs_set(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(band_attrs::VHT_MCS_SET, |a| Ok(a.payload()))
    }
    /// `NL80211_BAND_ATTR_VHT_CAPA`.
    pub fn vht_capa(&self) -> Result<Option<u32>> {
        self.0.read(band_attrs::VHT_CAPA, crate::attr::Attr::u32)
    }
    /// `NL80211_BAND_ATTR_IFTYPE_DATA`.
    pub fn iftype_data(&self) -> impl Iterator<Item = Result<IftypeDataAttrs<'a>>> + 'a {
        self.0.read_array(band_attrs::IFTYPE_DATA, |a| Ok(IftypeDataAttrs(a.nested())))
    }
    /// `NL80211_BAND_ATTR_EDMG_CHANNELS`.
    pub fn edmg_channels(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(band_attrs::EDMG_CHANNELS, |a| Ok(a.payload()))
    }
    /// `NL80211_BAND_ATTR_EDMG_BW_CONFIG`.
    pub fn edmg_bw_config(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(band_attrs::EDMG_BW_CONFIG, |a| Ok(a.payload()))
    }
    /// `NL80211_BAND_ATTR_S1G_MCS_NSS_SET`.
    pub fn s1g_mcs_nss_set(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(band_attrs::S1G_MCS_NSS_SET, |a| Ok(a.payload()))
    }
    /// `NL80211_BAND_ATTR_S1G_CAPA`.
    pub fn s1g_capa(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(band_attrs::S1G_CAPA, |a| Ok(a.payload()))
    }
}

/// `NL80211_BITRATE_ATTR_*`: the attribute set `bitrate-attrs`.
pub static BITRATE_ATTRS: Space = Space {
    name: "bitrate-attrs",
    prefix: "NL80211_BITRATE_ATTR_",
    attrs: &[
        AttrSpec { id: 1, name: "rate", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "2ghz_shortpreamble", ty: AttrType::Flag },
    ],
    by_name: &[1, 0, 2, 0],
};

/// Attribute numbers of [`BITRATE_ATTRS`].
pub mod bitrate_attrs {
    /// `NL80211_BITRATE_ATTR_RATE`.
    #[doc(alias = "NL80211_BITRATE_ATTR_RATE")]
    pub const RATE: u16 = 1;
    /// `NL80211_BITRATE_ATTR_2GHZ_SHORTPREAMBLE`.
    #[doc(alias = "NL80211_BITRATE_ATTR_2GHZ_SHORTPREAMBLE")]
    pub const N2GHZ_SHORTPREAMBLE: u16 = 2;
}

/// Typed reads of an attribute chain of the set `bitrate-attrs`.
#[derive(Clone, Debug, Default)]
pub struct BitrateAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> BitrateAttrs<'a> {
    /// `NL80211_BITRATE_ATTR_RATE`.
    pub fn rate(&self) -> Result<Option<u32>> {
        self.0.read(bitrate_attrs::RATE, crate::attr::Attr::u32)
    }
    /// `NL80211_BITRATE_ATTR_2GHZ_SHORTPREAMBLE`.
    pub fn n2ghz_shortpreamble(&self) -> Result<bool> {
        self.0.flag(bitrate_attrs::N2GHZ_SHORTPREAMBLE)
    }
}

/// The type of each entry of `NL80211_FREQUENCY_ATTR_WMM`.
static FREQUENCY_ATTRS_WMM_ELEMENT: AttrType = AttrType::Nested(&WMM_ATTRS);

/// `NL80211_FREQUENCY_ATTR_*`: the attribute set `frequency-attrs`.
pub static FREQUENCY_ATTRS: Space = Space {
    name: "frequency-attrs",
    prefix: "NL80211_FREQUENCY_ATTR_",
    attrs: &[
        AttrSpec { id: 1, name: "freq", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "disabled", ty: AttrType::Flag },
        AttrSpec { id: 3, name: "no_ir", ty: AttrType::Flag },
        AttrSpec { id: 4, name: "no_ibss", ty: AttrType::Flag },
        AttrSpec { id: 5, name: "radar", ty: AttrType::Flag },
        AttrSpec { id: 6, name: "max_tx_power", ty: AttrType::U32 },
        AttrSpec { id: 7, name: "dfs_state", ty: AttrType::U32 },
        AttrSpec { id: 8, name: "dfs_time", ty: AttrType::Bytes },
        AttrSpec { id: 9, name: "no_ht40_minus", ty: AttrType::Bytes },
        AttrSpec { id: 10, name: "no_ht40_plus", ty: AttrType::Bytes },
        AttrSpec { id: 11, name: "no_80mhz", ty: AttrType::Bytes },
        AttrSpec { id: 12, name: "no_160mhz", ty: AttrType::Bytes },
        AttrSpec { id: 13, name: "dfs_cac_time", ty: AttrType::Bytes },
        AttrSpec { id: 14, name: "indoor_only", ty: AttrType::Bytes },
        AttrSpec { id: 15, name: "ir_concurrent", ty: AttrType::Bytes },
        AttrSpec { id: 16, name: "no_20mhz", ty: AttrType::Bytes },
        AttrSpec { id: 17, name: "no_10mhz", ty: AttrType::Bytes },
        AttrSpec { id: 18, name: "wmm", ty: AttrType::Array(&FREQUENCY_ATTRS_WMM_ELEMENT) },
        AttrSpec { id: 19, name: "no_he", ty: AttrType::Bytes },
        AttrSpec { id: 20, name: "offset", ty: AttrType::U32 },
        AttrSpec { id: 21, name: "1mhz", ty: AttrType::Bytes },
        AttrSpec { id: 22, name: "2mhz", ty: AttrType::Bytes },
        AttrSpec { id: 23, name: "4mhz", ty: AttrType::Bytes },
        AttrSpec { id: 24, name: "8mhz", ty: AttrType::Bytes },
        AttrSpec { id: 25, name: "16mhz", ty: AttrType::Bytes },
        AttrSpec { id: 26, name: "no_320mhz", ty: AttrType::Bytes },
        AttrSpec { id: 27, name: "no_eht", ty: AttrType::Bytes },
        AttrSpec { id: 28, name: "psd", ty: AttrType::Bytes },
        AttrSpec { id: 29, name: "dfs_concurrent", ty: AttrType::Bytes },
        AttrSpec { id: 30, name: "no_6ghz_vlp_client", ty: AttrType::Bytes },
        AttrSpec { id: 31, name: "no_6ghz_afc_client", ty: AttrType::Bytes },
        AttrSpec { id: 32, name: "can_monitor", ty: AttrType::Bytes },
        AttrSpec { id: 33, name: "allow_6ghz_vlp_ap", ty: AttrType::Bytes },
    ],
    by_name: &[
        0, 18, 0, 31, 0, 0, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 11, 16, 17, 0, 0, 0, 33, 14, 0, 0, 0, 0, 0, 0,
        9, 0, 0, 0, 0, 0, 0, 8, 3, 0, 0, 0, 0, 0, 13, 0, 2, 4, 21, 0, 0, 0, 0, 0, 23, 0, 0, 32, 0, 0, 0, 19,
        6, 0, 0, 0, 0, 7, 0, 0, 0, 0, 0, 10, 0, 27, 0, 0, 0, 25, 0, 0, 0, 0, 20, 0, 0, 0, 30, 0, 0, 15, 1, 0,
        0, 0, 22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 29, 28, 0, 24, 0, 0, 0, 0, 0, 0, 26, 0, 0, 0, 0,
        0,
    ],
};

/// Attribute numbers of [`FREQUENCY_ATTRS`].
pub mod frequency_attrs {
    /// `NL80211_FREQUENCY_ATTR_FREQ`.
    #[doc(alias = "NL80211_FREQUENCY_ATTR_FREQ")]
    pub const FREQ: u16 = 1;
    /// `NL80211_FREQUENCY_ATTR_DISABLED`.
    #[doc(alias = "NL80211_FREQUENCY_ATTR_DISABLED")]
    pub const DISABLED: u16 = 2;
    /// `NL80211_FREQUENCY_ATTR_NO_IR`.
    #[doc(alias = "NL80211_FREQUENCY_ATTR_NO_IR")]
    pub const NO_IR: u16 = 3;
    /// `NL80211_FREQUENCY_ATTR_NO_IBSS`.
    #[doc(alias = "NL80211_FREQUENCY_ATTR_NO_IBSS")]
    pub const NO_IBSS: u16 = 4;
    /// `NL80211_FREQUENCY_ATTR_RADAR`.
    #[doc(alias = "NL80211_FREQUENCY_ATTR_RADAR")]
    pub const RADAR: u16 = 5;
    /// `NL80211_FREQUENCY_ATTR_MAX_TX_POWER`.
    #[doc(alias = "NL80211_FREQUENCY_ATTR_MAX_TX_POWER")]
    pub const MAX_TX_POWER: u16 = 6;
    /// `NL80211_FREQUENCY_ATTR_DFS_STATE`.
    #[doc(alias = "NL80211_FREQUENCY_ATTR_DFS_STATE")]
    pub const DFS_STATE: u16 = 7;
    /// `NL80211_FREQUENCY_ATTR_DFS_TIME`.
    #[doc(alias = "NL80211_FREQUENCY_ATTR_DFS_TIME")]
    pub const DFS_TIME: u16 = 8;
    /// `NL80211_FREQUENCY_ATTR_NO_HT40_MINUS`.
    #[doc(alias = "NL80211_FREQUENCY_ATTR_NO_HT40_MINUS")]
    pub const NO_HT40_MINUS: u16 = 9;
    /// `NL80211_FREQUENCY_ATTR_NO_HT40_PLUS`.
    #[doc(alias = "NL80211_FREQUENCY_ATTR_NO_HT40_PLUS")]
    pub const NO_HT40_PLUS: u16 = 10;
    /// `NL80211_FREQUENCY_ATTR_NO_80MHZ`.
    #[doc(alias = "NL80211_FREQUENCY_ATTR_NO_80MHZ")]
    pub const NO_80MHZ: u16 = 11;
    /// `NL80211_FREQUENCY_ATTR_NO_160MHZ`.
    #[doc(alias = "NL80211_FREQUENCY_ATTR_NO_160MHZ")]
    pub const NO_160MHZ: u16 = 12;
    /// `NL80211_FREQUENCY_ATTR_DFS_CAC_TIME`.
    #[doc(alias = "NL80211_FREQUENCY_ATTR_DFS_CAC_TIME")]
    pub const DFS_CAC_TIME: u16 = 13;
    /// `NL80211_FREQUENCY_ATTR_INDOOR_ONLY`.
    #[doc(alias = "NL80211_FREQUENCY_ATTR_INDOOR_ONLY")]
    pub const INDOOR_ONLY: u16 = 14;
    /// `NL80211_FREQUENCY_ATTR_IR_CONCURRENT`.
    #[doc(alias = "NL80211_FREQUENCY_ATTR_IR_CONCURRENT")]
    pub const IR_CONCURRENT: u16 = 15;
    /// `NL80211_FREQUENCY_ATTR_NO_20MHZ`.
    #[doc(alias = "NL80211_FREQUENCY_ATTR_NO_20MHZ")]
    pub const NO_20MHZ: u16 = 16;
    /// `NL80211_FREQUENCY_ATTR_NO_10MHZ`.
    #[doc(alias = "NL80211_FREQUENCY_ATTR_NO_10MHZ")]
    pub const NO_10MHZ: u16 = 17;
    /// `NL80211_FREQUENCY_ATTR_WMM`.
    #[doc(alias = "NL80211_FREQUENCY_ATTR_WMM")]
    pub const WMM: u16 = 18;
    /// `NL80211_FREQUENCY_ATTR_NO_HE`.
    #[doc(alias = "NL80211_FREQUENCY_ATTR_NO_HE")]
    pub const NO_HE: u16 = 19;
    /// `NL80211_FREQUENCY_ATTR_OFFSET`.
    #[doc(alias = "NL80211_FREQUENCY_ATTR_OFFSET")]
    pub const OFFSET: u16 = 20;
    /// `NL80211_FREQUENCY_ATTR_1MHZ`.
    #[doc(alias = "NL80211_FREQUENCY_ATTR_1MHZ")]
    pub const N1MHZ: u16 = 21;
    /// `NL80211_FREQUENCY_ATTR_2MHZ`.
    #[doc(alias = "NL80211_FREQUENCY_ATTR_2MHZ")]
    pub const N2MHZ: u16 = 22;
    /// `NL80211_FREQUENCY_ATTR_4MHZ`.
    #[doc(alias = "NL80211_FREQUENCY_ATTR_4MHZ")]
    pub const N4MHZ: u16 = 23;
    /// `NL80211_FREQUENCY_ATTR_8MHZ`.
    #[doc(alias = "NL80211_FREQUENCY_ATTR_8MHZ")]
    pub const N8MHZ: u16 = 24;
    /// `NL80211_FREQUENCY_ATTR_16MHZ`.
    #[doc(alias = "NL80211_FREQUENCY_ATTR_16MHZ")]
    pub const N16MHZ: u16 = 25;
    /// `NL80211_FREQUENCY_ATTR_NO_320MHZ`.
    #[doc(alias = "NL80211_FREQUENCY_ATTR_NO_320MHZ")]
    pub const NO_320MHZ: u16 = 26;
    /// `NL80211_FREQUENCY_ATTR_NO_EHT`.
    #[doc(alias = "NL80211_FREQUENCY_ATTR_NO_EHT")]
    pub const NO_EHT: u16 = 27;
    /// `NL80211_FREQUENCY_ATTR_PSD`.
    #[doc(alias = "NL80211_FREQUENCY_ATTR_PSD")]
    pub const PSD: u16 = 28;
    /// `NL80211_FREQUENCY_ATTR_DFS_CONCURRENT`.
    #[doc(alias = "NL80211_FREQUENCY_ATTR_DFS_CONCURRENT")]
    pub const DFS_CONCURRENT: u16 = 29;
    /// `NL80211_FREQUENCY_ATTR_NO_6GHZ_VLP_CLIENT`.
    #[doc(alias = "NL80211_FREQUENCY_ATTR_NO_6GHZ_VLP_CLIENT")]
    pub const NO_6GHZ_VLP_CLIENT: u16 = 30;
    /// `NL80211_FREQUENCY_ATTR_NO_6GHZ_AFC_CLIENT`.
    #[doc(alias = "NL80211_FREQUENCY_ATTR_NO_6GHZ_AFC_CLIENT")]
    pub const NO_6GHZ_AFC_CLIENT: u16 = 31;
    /// `NL80211_FREQUENCY_ATTR_CAN_MONITOR`.
    #[doc(alias = "NL80211_FREQUENCY_ATTR_CAN_MONITOR")]
    pub const CAN_MONITOR: u16 = 32;
    /// `NL80211_FREQUENCY_ATTR_ALLOW_6GHZ_VLP_AP`.
    #[doc(alias = "NL80211_FREQUENCY_ATTR_ALLOW_6GHZ_VLP_AP")]
    pub const ALLOW_6GHZ_VLP_AP: u16 = 33;
}

/// Typed reads of an attribute chain of the set `frequency-attrs`.
#[derive(Clone, Debug, Default)]
pub struct FrequencyAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> FrequencyAttrs<'a> {
    /// `NL80211_FREQUENCY_ATTR_FREQ`.
    pub fn freq(&self) -> Result<Option<u32>> {
        self.0.read(frequency_attrs::FREQ, crate::attr::Attr::u32)
    }
    /// `NL80211_FREQUENCY_ATTR_DISABLED`.
    pub fn disabled(&self) -> Result<bool> {
        self.0.flag(frequency_attrs::DISABLED)
    }
    /// `NL80211_FREQUENCY_ATTR_NO_IR`.
    pub fn no_ir(&self) -> Result<bool> {
        self.0.flag(frequency_attrs::NO_IR)
    }
    /// `NL80211_FREQUENCY_ATTR_NO_IBSS`.
    pub fn no_ibss(&self) -> Result<bool> {
        self.0.flag(frequency_attrs::NO_IBSS)
    }
    /// `NL80211_FREQUENCY_ATTR_RADAR`.
    pub fn radar(&self) -> Result<bool> {
        self.0.flag(frequency_attrs::RADAR)
    }
    /// `NL80211_FREQUENCY_ATTR_MAX_TX_POWER`.
    pub fn max_tx_power(&self) -> Result<Option<u32>> {
        self.0.read(frequency_attrs::MAX_TX_POWER, crate::attr::Attr::u32)
    }
    /// `NL80211_FREQUENCY_ATTR_DFS_STATE`.
    pub fn dfs_state(&self) -> Result<Option<u32>> {
        self.0.read(frequency_attrs::DFS_STATE, crate::attr::Attr::u32)
    }
    /// `NL80211_FREQUENCY_ATTR_DFS_TIME`.
    pub fn dfs_time(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(frequency_attrs::DFS_TIME, |a| Ok(a.payload()))
    }
    /// `NL80211_FREQUENCY_ATTR_NO_HT40_MINUS`.
    pub fn no_ht40_minus(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(frequency_attrs::NO_HT40_MINUS, |a| Ok(a.payload()))
    }
    /// `NL80211_FREQUENCY_ATTR_NO_HT40_PLUS`.
    pub fn no_ht40_plus(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(frequency_attrs::NO_HT40_PLUS, |a| Ok(a.payload()))
    }
    /// `NL80211_FREQUENCY_ATTR_NO_80MHZ`.
    pub fn no_80mhz(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(frequency_attrs::NO_80MHZ, |a| Ok(a.payload()))
    }
    /// `NL80211_FREQUENCY_ATTR_NO_160MHZ`.
    pub fn no_160mhz(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(frequency_attrs::NO_160MHZ, |a| Ok(a.payload()))
    }
    /// `NL80211_FREQUENCY_ATTR_DFS_CAC_TIME`.
    pub fn dfs_cac_time(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(frequency_attrs::DFS_CAC_TIME, |a| Ok(a.payload()))
    }
    /// `NL80211_FREQUENCY_ATTR_INDOOR_ONLY`.
    pub fn indoor_only(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(frequency_attrs::INDOOR_ONLY, |a| Ok(a.payload()))
    }
    /// `NL80211_FREQUENCY_ATTR_IR_CONCURRENT`.
    pub fn ir_concurrent(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(frequency_attrs::IR_CONCURRENT, |a| Ok(a.payload()))
    }
    /// `NL80211_FREQUENCY_ATTR_NO_20MHZ`.
    pub fn no_20mhz(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(frequency_attrs::NO_20MHZ, |a| Ok(a.payload()))
    }
    /// `NL80211_FREQUENCY_ATTR_NO_10MHZ`.
    pub fn no_10mhz(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(frequency_attrs::NO_10MHZ, |a| Ok(a.payload()))
    }
    /// `NL80211_FREQUENCY_ATTR_WMM`.
    pub fn wmm(&self) -> impl Iterator<Item = Result<WmmAttrs<'a>>> + 'a {
        self.0.read_array(frequency_attrs::WMM, |a| Ok(WmmAttrs(a.nested())))
    }
    /// `NL80211_FREQUENCY_ATTR_NO_HE`.
    pub fn no_he(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(frequency_attrs::NO_HE, |a| Ok(a.payload()))
    }
    /// `NL80211_FREQUENCY_ATTR_OFFSET`.
    pub fn offset(&self) -> Result<Option<u32>> {
        self.0.read(frequency_attrs::OFFSET, crate::attr::Attr::u32)
    }
    /// `NL80211_FREQUENCY_ATTR_1MHZ`.
    pub fn n1mhz(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(frequency_attrs::N1MHZ, |a| Ok(a.payload()))
    }
    /// `NL80211_FREQUENCY_ATTR_2MHZ`.
    pub fn n2mhz(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(frequency_attrs::N2MHZ, |a| Ok(a.payload()))
    }
    /// `NL80211_FREQUENCY_ATTR_4MHZ`.
    pub fn n4mhz(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(frequency_attrs::N4MHZ, |a| Ok(a.payload()))
    }
    /// `NL80211_FREQUENCY_ATTR_8MHZ`.
    pub fn n8mhz(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(frequency_attrs::N8MHZ, |a| Ok(a.payload()))
    }
    /// `NL80211_FREQUENCY_ATTR_16MHZ`.
    pub fn n16mhz(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(frequency_attrs::N16MHZ, |a| Ok(a.payload()))
    }
    /// `NL80211_FREQUENCY_ATTR_NO_320MHZ`.
    pub fn no_320mhz(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(frequency_attrs::NO_320MHZ, |a| Ok(a.payload()))
    }
    /// `NL80211_FREQUENCY_ATTR_NO_EHT`.
    pub fn no_eht(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(frequency_attrs::NO_EHT, |a| Ok(a.payload()))
    }
    /// `NL80211_FREQUENCY_ATTR_PSD`.
    pub fn psd(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(frequency_attrs::PSD, |a| Ok(a.payload()))
    }
    /// `NL80211_FREQUENCY_ATTR_DFS_CONCURRENT`.
    pub fn dfs_concurrent(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(frequency_attrs::DFS_CONCURRENT, |a| Ok(a.payload()))
    }
    /// `NL80211_FREQUENCY_ATTR_NO_6GHZ_VLP_CLIENT`.
    pub fn no_6ghz_vlp_client(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(frequency_attrs::NO_6GHZ_VLP_CLIENT, |a| Ok(a.payload()))
    }
    /// `NL80211_FREQUENCY_ATTR_NO_6GHZ_AFC_CLIENT`.
    pub fn no_6ghz_afc_client(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(frequency_attrs::NO_6GHZ_AFC_CLIENT, |a| Ok(a.payload()))
    }
    /// `NL80211_FREQUENCY_ATTR_CAN_MONITOR`.
    pub fn can_monitor(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(frequency_attrs::CAN_MONITOR, |a| Ok(a.payload()))
    }
    /// `NL80211_FREQUENCY_ATTR_ALLOW_6GHZ_VLP_AP`.
    pub fn allow_6ghz_vlp_ap(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(frequency_attrs::ALLOW_6GHZ_VLP_AP, |a| Ok(a.payload()))
    }
}

/// The type of each entry of `NL80211_IFACE_COMB_LIMITS`.
static IF_COMBINATION_ATTRIBUTES_LIMITS_ELEMENT: AttrType = AttrType::Nested(&IFACE_LIMIT_ATTRIBUTES);

/// `NL80211_IFACE_COMB_*`: the attribute set `if-combination-attributes`.
pub static IF_COMBINATION_ATTRIBUTES: Space = Space {
    name: "if-combination-attributes",
    prefix: "NL80211_IFACE_COMB_",
    attrs: &[
        AttrSpec { id: 1, name: "limits", ty: AttrType::Array(&IF_COMBINATION_ATTRIBUTES_LIMITS_ELEMENT) },
        AttrSpec { id: 2, name: "maxnum", ty: AttrType::U32 },
        AttrSpec { id: 3, name: "sta_ap_bi_match", ty: AttrType::Flag },
        AttrSpec { id: 4, name: "num_channels", ty: AttrType::U32 },
        AttrSpec { id: 5, name: "radar_detect_widths", ty: AttrType::U32 },
        AttrSpec { id: 6, name: "radar_detect_regions", ty: AttrType::U32 },
        AttrSpec { id: 7, name: "bi_min_gcd", ty: AttrType::U32 },
    ],
    by_name: &[0, 2, 0, 1, 5, 3, 0, 7, 0, 6, 0, 4, 0, 0, 0, 0],
};

/// Attribute numbers of [`IF_COMBINATION_ATTRIBUTES`].
pub mod if_combination_attributes {
    /// `NL80211_IFACE_COMB_LIMITS`.
    #[doc(alias = "NL80211_IFACE_COMB_LIMITS")]
    pub const LIMITS: u16 = 1;
    /// `NL80211_IFACE_COMB_MAXNUM`.
    #[doc(alias = "NL80211_IFACE_COMB_MAXNUM")]
    pub const MAXNUM: u16 = 2;
    /// `NL80211_IFACE_COMB_STA_AP_BI_MATCH`.
    #[doc(alias = "NL80211_IFACE_COMB_STA_AP_BI_MATCH")]
    pub const STA_AP_BI_MATCH: u16 = 3;
    /// `NL80211_IFACE_COMB_NUM_CHANNELS`.
    #[doc(alias = "NL80211_IFACE_COMB_NUM_CHANNELS")]
    pub const NUM_CHANNELS: u16 = 4;
    /// `NL80211_IFACE_COMB_RADAR_DETECT_WIDTHS`.
    #[doc(alias = "NL80211_IFACE_COMB_RADAR_DETECT_WIDTHS")]
    pub const RADAR_DETECT_WIDTHS: u16 = 5;
    /// `NL80211_IFACE_COMB_RADAR_DETECT_REGIONS`.
    #[doc(alias = "NL80211_IFACE_COMB_RADAR_DETECT_REGIONS")]
    pub const RADAR_DETECT_REGIONS: u16 = 6;
    /// `NL80211_IFACE_COMB_BI_MIN_GCD`.
    #[doc(alias = "NL80211_IFACE_COMB_BI_MIN_GCD")]
    pub const BI_MIN_GCD: u16 = 7;
}

/// Typed reads of an attribute chain of the set `if-combination-attributes`.
#[derive(Clone, Debug, Default)]
pub struct IfCombinationAttributes<'a>(pub crate::attr::Attrs<'a>);

impl<'a> IfCombinationAttributes<'a> {
    /// `NL80211_IFACE_COMB_LIMITS`.
    pub fn limits(&self) -> impl Iterator<Item = Result<IfaceLimitAttributes<'a>>> + 'a {
        self.0.read_array(if_combination_attributes::LIMITS, |a| Ok(IfaceLimitAttributes(a.nested())))
    }
    /// `NL80211_IFACE_COMB_MAXNUM`.
    pub fn maxnum(&self) -> Result<Option<u32>> {
        self.0.read(if_combination_attributes::MAXNUM, crate::attr::Attr::u32)
    }
    /// `NL80211_IFACE_COMB_STA_AP_BI_MATCH`.
    pub fn sta_ap_bi_match(&self) -> Result<bool> {
        self.0.flag(if_combination_attributes::STA_AP_BI_MATCH)
    }
    /// `NL80211_IFACE_COMB_NUM_CHANNELS`.
    pub fn num_channels(&self) -> Result<Option<u32>> {
        self.0.read(if_combination_attributes::NUM_CHANNELS, crate::attr::Attr::u32)
    }
    /// `NL80211_IFACE_COMB_RADAR_DETECT_WIDTHS`.
    pub fn radar_detect_widths(&self) -> Result<Option<u32>> {
        self.0.read(if_combination_attributes::RADAR_DETECT_WIDTHS, crate::attr::Attr::u32)
    }
    /// `NL80211_IFACE_COMB_RADAR_DETECT_REGIONS`.
    pub fn radar_detect_regions(&self) -> Result<Option<u32>> {
        self.0.read(if_combination_attributes::RADAR_DETECT_REGIONS, crate::attr::Attr::u32)
    }
    /// `NL80211_IFACE_COMB_BI_MIN_GCD`.
    pub fn bi_min_gcd(&self) -> Result<Option<u32>> {
        self.0.read(if_combination_attributes::BI_MIN_GCD, crate::attr::Attr::u32)
    }
}

/// `NL80211_IFACE_LIMIT_*`: the attribute set `iface-limit-attributes`.
pub static IFACE_LIMIT_ATTRIBUTES: Space = Space {
    name: "iface-limit-attributes",
    prefix: "NL80211_IFACE_LIMIT_",
    attrs: &[
        AttrSpec { id: 1, name: "max", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "types", ty: AttrType::Nested(&SUPPORTED_IFTYPES) },
    ],
    by_name: &[1, 2, 0, 0],
};

/// Attribute numbers of [`IFACE_LIMIT_ATTRIBUTES`].
pub mod iface_limit_attributes {
    /// `NL80211_IFACE_LIMIT_MAX`.
    #[doc(alias = "NL80211_IFACE_LIMIT_MAX")]
    pub const MAX: u16 = 1;
    /// `NL80211_IFACE_LIMIT_TYPES`.
    #[doc(alias = "NL80211_IFACE_LIMIT_TYPES")]
    pub const TYPES: u16 = 2;
}

/// Typed reads of an attribute chain of the set `iface-limit-attributes`.
#[derive(Clone, Debug, Default)]
pub struct IfaceLimitAttributes<'a>(pub crate::attr::Attrs<'a>);

impl<'a> IfaceLimitAttributes<'a> {
    /// `NL80211_IFACE_LIMIT_MAX`.
    pub fn max(&self) -> Result<Option<u32>> {
        self.0.read(iface_limit_attributes::MAX, crate::attr::Attr::u32)
    }
    /// `NL80211_IFACE_LIMIT_TYPES`.
    pub fn types(&self) -> Result<Option<SupportedIftypes<'a>>> {
        self.0.read(iface_limit_attributes::TYPES, |a| Ok(SupportedIftypes(a.nested())))
    }
}

/// `NL80211_BAND_IFTYPE_ATTR_*`: the attribute set `iftype-data-attrs`.
pub static IFTYPE_DATA_ATTRS: Space = Space {
    name: "iftype-data-attrs",
    prefix: "NL80211_BAND_IFTYPE_ATTR_",
    attrs: &[
        AttrSpec { id: 1, name: "iftypes", ty: AttrType::Bytes },
        AttrSpec { id: 2, name: "he_cap_mac", ty: AttrType::Bytes },
        AttrSpec { id: 3, name: "he_cap_phy", ty: AttrType::Bytes },
        AttrSpec { id: 4, name: "he_cap_mcs_set", ty: AttrType::Bytes },
        AttrSpec { id: 5, name: "he_cap_ppe", ty: AttrType::Bytes },
        AttrSpec { id: 6, name: "he_6ghz_capa", ty: AttrType::Bytes },
        AttrSpec { id: 7, name: "vendor_elems", ty: AttrType::Bytes },
        AttrSpec { id: 8, name: "eht_cap_mac", ty: AttrType::Bytes },
        AttrSpec { id: 9, name: "eht_cap_phy", ty: AttrType::Bytes },
        AttrSpec { id: 10, name: "eht_cap_mcs_set", ty: AttrType::Bytes },
        AttrSpec { id: 11, name: "eht_cap_ppe", ty: AttrType::Bytes },
    ],
    by_name: &[
        0, 7, 4, 11, 0, 0, 0, 0, 6, 0, 2, 10, 0, 1, 0, 0, 0, 0, 0, 0, 0, 8, 0, 9, 5, 0, 0, 0, 3, 0, 0, 0,
    ],
};

/// Attribute numbers of [`IFTYPE_DATA_ATTRS`].
pub mod iftype_data_attrs {
    /// `NL80211_BAND_IFTYPE_ATTR_IFTYPES`.
    #[doc(alias = "NL80211_BAND_IFTYPE_ATTR_IFTYPES")]
    pub const IFTYPES: u16 = 1;
    /// `NL80211_BAND_IFTYPE_ATTR_HE_CAP_MAC`.
    #[doc(alias = "NL80211_BAND_IFTYPE_ATTR_HE_CAP_MAC")]
    pub const HE_CAP_MAC: u16 = 2;
    /// `NL80211_BAND_IFTYPE_ATTR_HE_CAP_PHY`.
    #[doc(alias = "NL80211_BAND_IFTYPE_ATTR_HE_CAP_PHY")]
    pub const HE_CAP_PHY: u16 = 3;
    /// `NL80211_BAND_IFTYPE_ATTR_HE_CAP_MCS_SET`.
    #[doc(alias = "NL80211_BAND_IFTYPE_ATTR_HE_CAP_MCS_SET")]
    pub const HE_CAP_MCS_SET: u16 = 4;
    /// `NL80211_BAND_IFTYPE_ATTR_HE_CAP_PPE`.
    #[doc(alias = "NL80211_BAND_IFTYPE_ATTR_HE_CAP_PPE")]
    pub const HE_CAP_PPE: u16 = 5;
    /// `NL80211_BAND_IFTYPE_ATTR_HE_6GHZ_CAPA`.
    #[doc(alias = "NL80211_BAND_IFTYPE_ATTR_HE_6GHZ_CAPA")]
    pub const HE_6GHZ_CAPA: u16 = 6;
    /// `NL80211_BAND_IFTYPE_ATTR_VENDOR_ELEMS`.
    #[doc(alias = "NL80211_BAND_IFTYPE_ATTR_VENDOR_ELEMS")]
    pub const VENDOR_ELEMS: u16 = 7;
    /// `NL80211_BAND_IFTYPE_ATTR_EHT_CAP_MAC`.
    #[doc(alias = "NL80211_BAND_IFTYPE_ATTR_EHT_CAP_MAC")]
    pub const EHT_CAP_MAC: u16 = 8;
    /// `NL80211_BAND_IFTYPE_ATTR_EHT_CAP_PHY`.
    #[doc(alias = "NL80211_BAND_IFTYPE_ATTR_EHT_CAP_PHY")]
    pub const EHT_CAP_PHY: u16 = 9;
    /// `NL80211_BAND_IFTYPE_ATTR_EHT_CAP_MCS_SET`.
    #[doc(alias = "NL80211_BAND_IFTYPE_ATTR_EHT_CAP_MCS_SET")]
    pub const EHT_CAP_MCS_SET: u16 = 10;
    /// `NL80211_BAND_IFTYPE_ATTR_EHT_CAP_PPE`.
    #[doc(alias = "NL80211_BAND_IFTYPE_ATTR_EHT_CAP_PPE")]
    pub const EHT_CAP_PPE: u16 = 11;
}

/// Typed reads of an attribute chain of the set `iftype-data-attrs`.
#[derive(Clone, Debug, Default)]
pub struct IftypeDataAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> IftypeDataAttrs<'a> {
    /// `NL80211_BAND_IFTYPE_ATTR_IFTYPES`.
    pub fn iftypes(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(iftype_data_attrs::IFTYPES, |a| Ok(a.payload()))
    }
    /// `NL80211_BAND_IFTYPE_ATTR_HE_CAP_MAC`.
    pub fn he_cap_mac(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(iftype_data_attrs::HE_CAP_MAC, |a| Ok(a.payload()))
    }
    /// `NL80211_BAND_IFTYPE_ATTR_HE_CAP_PHY`.
    pub fn he_cap_phy(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(iftype_data_attrs::HE_CAP_PHY, |a| Ok(a.payload()))
    }
    /// `NL80211_BAND_IFTYPE_ATTR_HE_CAP_MCS_SET`.
    pub fn he_cap_mcs_set(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(iftype_data_attrs::HE_CAP_MCS_SET, |a| Ok(a.payload()))
    }
    /// `NL80211_BAND_IFTYPE_ATTR_HE_CAP_PPE`.
    pub fn he_cap_ppe(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(iftype_data_attrs::HE_CAP_PPE, |a| Ok(a.payload()))
    }
    /// `NL80211_BAND_IFTYPE_ATTR_HE_6GHZ_CAPA`.
    pub fn he_6ghz_capa(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(iftype_data_attrs::HE_6GHZ_CAPA, |a| Ok(a.payload()))
    }
    /// `NL80211_BAND_IFTYPE_ATTR_VENDOR_ELEMS`.
    pub fn vendor_elems(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(iftype_data_attrs::VENDOR_ELEMS, |a| Ok(a.payload()))
    }
    /// `NL80211_BAND_IFTYPE_ATTR_EHT_CAP_MAC`.
    pub fn eht_cap_mac(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(iftype_data_attrs::EHT_CAP_MAC, |a| Ok(a.payload()))
    }
    /// `NL80211_BAND_IFTYPE_ATTR_EHT_CAP_PHY`.
    pub fn eht_cap_phy(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(iftype_data_attrs::EHT_CAP_PHY, |a| Ok(a.payload()))
    }
    /// `NL80211_BAND_IFTYPE_ATTR_EHT_CAP_MCS_SET`.
    pub fn eht_cap_mcs_set(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(iftype_data_attrs::EHT_CAP_MCS_SET, |a| Ok(a.payload()))
    }
    /// `NL80211_BAND_IFTYPE_ATTR_EHT_CAP_PPE`.
    pub fn eht_cap_ppe(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(iftype_data_attrs::EHT_CAP_PPE, |a| Ok(a.payload()))
    }
}

/// `NL80211_IFTYPE_*`: the attribute set `iftype-attrs`.
pub static IFTYPE_ATTRS: Space = Space {
    name: "iftype-attrs",
    prefix: "NL80211_IFTYPE_",
    attrs: &[
        AttrSpec { id: 0, name: "unspecified", ty: AttrType::Nested(&FRAME_TYPE_ATTRS) },
        AttrSpec { id: 1, name: "adhoc", ty: AttrType::Nested(&FRAME_TYPE_ATTRS) },
        AttrSpec { id: 2, name: "station", ty: AttrType::Nested(&FRAME_TYPE_ATTRS) },
        AttrSpec { id: 3, name: "ap", ty: AttrType::Nested(&FRAME_TYPE_ATTRS) },
        AttrSpec { id: 4, name: "ap_vlan", ty: AttrType::Nested(&FRAME_TYPE_ATTRS) },
        AttrSpec { id: 5, name: "wds", ty: AttrType::Nested(&FRAME_TYPE_ATTRS) },
        AttrSpec { id: 6, name: "monitor", ty: AttrType::Nested(&FRAME_TYPE_ATTRS) },
        AttrSpec { id: 7, name: "mesh_point", ty: AttrType::Nested(&FRAME_TYPE_ATTRS) },
        AttrSpec { id: 8, name: "p2p_client", ty: AttrType::Nested(&FRAME_TYPE_ATTRS) },
        AttrSpec { id: 9, name: "p2p_go", ty: AttrType::Nested(&FRAME_TYPE_ATTRS) },
        AttrSpec { id: 10, name: "p2p_device", ty: AttrType::Nested(&FRAME_TYPE_ATTRS) },
        AttrSpec { id: 11, name: "ocb", ty: AttrType::Nested(&FRAME_TYPE_ATTRS) },
        AttrSpec { id: 12, name: "nan", ty: AttrType::Nested(&FRAME_TYPE_ATTRS) },
    ],
    by_name: &[
        0, 0, 0, 0, 0, 5, 2, 0, 0, 10, 1, 11, 4, 12, 7, 9, 0, 0, 0, 13, 0, 0, 6, 0, 0, 0, 0, 0, 8, 3, 0, 0,
    ],
};

/// Attribute numbers of [`IFTYPE_ATTRS`].
pub mod iftype_attrs {
    /// `NL80211_IFTYPE_UNSPECIFIED`.
    #[doc(alias = "NL80211_IFTYPE_UNSPECIFIED")]
    pub const UNSPECIFIED: u16 = 0;
    /// `NL80211_IFTYPE_ADHOC`.
    #[doc(alias = "NL80211_IFTYPE_ADHOC")]
    pub const ADHOC: u16 = 1;
    /// `NL80211_IFTYPE_STATION`.
    #[doc(alias = "NL80211_IFTYPE_STATION")]
    pub const STATION: u16 = 2;
    /// `NL80211_IFTYPE_AP`.
    #[doc(alias = "NL80211_IFTYPE_AP")]
    pub const AP: u16 = 3;
    /// `NL80211_IFTYPE_AP_VLAN`.
    #[doc(alias = "NL80211_IFTYPE_AP_VLAN")]
    pub const AP_VLAN: u16 = 4;
    /// `NL80211_IFTYPE_WDS`.
    #[doc(alias = "NL80211_IFTYPE_WDS")]
    pub const WDS: u16 = 5;
    /// `NL80211_IFTYPE_MONITOR`.
    #[doc(alias = "NL80211_IFTYPE_MONITOR")]
    pub const MONITOR: u16 = 6;
    /// `NL80211_IFTYPE_MESH_POINT`.
    #[doc(alias = "NL80211_IFTYPE_MESH_POINT")]
    pub const MESH_POINT: u16 = 7;
    /// `NL80211_IFTYPE_P2P_CLIENT`.
    #[doc(alias = "NL80211_IFTYPE_P2P_CLIENT")]
    pub const P2P_CLIENT: u16 = 8;
    /// `NL80211_IFTYPE_P2P_GO`.
    #[doc(alias = "NL80211_IFTYPE_P2P_GO")]
    pub const P2P_GO: u16 = 9;
    /// `NL80211_IFTYPE_P2P_DEVICE`.
    #[doc(alias = "NL80211_IFTYPE_P2P_DEVICE")]
    pub const P2P_DEVICE: u16 = 10;
    /// `NL80211_IFTYPE_OCB`.
    #[doc(alias = "NL80211_IFTYPE_OCB")]
    pub const OCB: u16 = 11;
    /// `NL80211_IFTYPE_NAN`.
    #[doc(alias = "NL80211_IFTYPE_NAN")]
    pub const NAN: u16 = 12;
}

/// Typed reads of an attribute chain of the set `iftype-attrs`.
#[derive(Clone, Debug, Default)]
pub struct IftypeAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> IftypeAttrs<'a> {
    /// `NL80211_IFTYPE_UNSPECIFIED`.
    pub fn unspecified(&self) -> Result<Option<FrameTypeAttrs<'a>>> {
        self.0.read(iftype_attrs::UNSPECIFIED, |a| Ok(FrameTypeAttrs(a.nested())))
    }
    /// `NL80211_IFTYPE_ADHOC`.
    pub fn adhoc(&self) -> Result<Option<FrameTypeAttrs<'a>>> {
        self.0.read(iftype_attrs::ADHOC, |a| Ok(FrameTypeAttrs(a.nested())))
    }
    /// `NL80211_IFTYPE_STATION`.
    pub fn station(&self) -> Result<Option<FrameTypeAttrs<'a>>> {
        self.0.read(iftype_attrs::STATION, |a| Ok(FrameTypeAttrs(a.nested())))
    }
    /// `NL80211_IFTYPE_AP`.
    pub fn ap(&self) -> Result<Option<FrameTypeAttrs<'a>>> {
        self.0.read(iftype_attrs::AP, |a| Ok(FrameTypeAttrs(a.nested())))
    }
    /// `NL80211_IFTYPE_AP_VLAN`.
    pub fn ap_vlan(&self) -> Result<Option<FrameTypeAttrs<'a>>> {
        self.0.read(iftype_attrs::AP_VLAN, |a| Ok(FrameTypeAttrs(a.nested())))
    }
    /// `NL80211_IFTYPE_WDS`.
    pub fn wds(&self) -> Result<Option<FrameTypeAttrs<'a>>> {
        self.0.read(iftype_attrs::WDS, |a| Ok(FrameTypeAttrs(a.nested())))
    }
    /// `NL80211_IFTYPE_MONITOR`.
    pub fn monitor(&self) -> Result<Option<FrameTypeAttrs<'a>>> {
        self.0.read(iftype_attrs::MONITOR, |a| Ok(FrameTypeAttrs(a.nested())))
    }
    /// `NL80211_IFTYPE_MESH_POINT`.
    pub fn mesh_point(&self) -> Result<Option<FrameTypeAttrs<'a>>> {
        self.0.read(iftype_attrs::MESH_POINT, |a| Ok(FrameTypeAttrs(a.nested())))
    }
    /// `NL80211_IFTYPE_P2P_CLIENT`.
    pub fn p2p_client(&self) -> Result<Option<FrameTypeAttrs<'a>>> {
        self.0.read(iftype_attrs::P2P_CLIENT, |a| Ok(FrameTypeAttrs(a.nested())))
    }
    /// `NL80211_IFTYPE_P2P_GO`.
    pub fn p2p_go(&self) -> Result<Option<FrameTypeAttrs<'a>>> {
        self.0.read(iftype_attrs::P2P_GO, |a| Ok(FrameTypeAttrs(a.nested())))
    }
    /// `NL80211_IFTYPE_P2P_DEVICE`.
    pub fn p2p_device(&self) -> Result<Option<FrameTypeAttrs<'a>>> {
        self.0.read(iftype_attrs::P2P_DEVICE, |a| Ok(FrameTypeAttrs(a.nested())))
    }
    /// `NL80211_IFTYPE_OCB`.
    pub fn ocb(&self) -> Result<Option<FrameTypeAttrs<'a>>> {
        self.0.read(iftype_attrs::OCB, |a| Ok(FrameTypeAttrs(a.nested())))
    }
    /// `NL80211_IFTYPE_NAN`.
    pub fn nan(&self) -> Result<Option<FrameTypeAttrs<'a>>> {
        self.0.read(iftype_attrs::NAN, |a| Ok(FrameTypeAttrs(a.nested())))
    }
}

/// The type of each entry of `NL80211_SAR_ATTR_SPECS`.
static SAR_ATTRIBUTES_SPECS_ELEMENT: AttrType = AttrType::Nested(&SAR_SPECS);

/// `NL80211_SAR_ATTR_*`: the attribute set `sar-attributes`.
pub static SAR_ATTRIBUTES: Space = Space {
    name: "sar-attributes",
    prefix: "NL80211_SAR_ATTR_",
    attrs: &[
        AttrSpec { id: 1, name: "type", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "specs", ty: AttrType::Array(&SAR_ATTRIBUTES_SPECS_ELEMENT) },
    ],
    by_name: &[0, 2, 1, 0],
};

/// Attribute numbers of [`SAR_ATTRIBUTES`].
pub mod sar_attributes {
    /// `NL80211_SAR_ATTR_TYPE`.
    #[doc(alias = "NL80211_SAR_ATTR_TYPE")]
    pub const TYPE: u16 = 1;
    /// `NL80211_SAR_ATTR_SPECS`.
    #[doc(alias = "NL80211_SAR_ATTR_SPECS")]
    pub const SPECS: u16 = 2;
}

/// Typed reads of an attribute chain of the set `sar-attributes`.
#[derive(Clone, Debug, Default)]
pub struct SarAttributes<'a>(pub crate::attr::Attrs<'a>);

impl<'a> SarAttributes<'a> {
    /// `NL80211_SAR_ATTR_TYPE`.
    pub fn r#type(&self) -> Result<Option<u32>> {
        self.0.read(sar_attributes::TYPE, crate::attr::Attr::u32)
    }
    /// `NL80211_SAR_ATTR_SPECS`.
    pub fn specs(&self) -> impl Iterator<Item = Result<SarSpecs<'a>>> + 'a {
        self.0.read_array(sar_attributes::SPECS, |a| Ok(SarSpecs(a.nested())))
    }
}

/// `NL80211_SAR_ATTR_SPECS_*`: the attribute set `sar-specs`.
pub static SAR_SPECS: Space = Space {
    name: "sar-specs",
    prefix: "NL80211_SAR_ATTR_SPECS_",
    attrs: &[
        AttrSpec { id: 1, name: "power", ty: AttrType::S32 },
        AttrSpec { id: 2, name: "range_index", ty: AttrType::U32 },
        AttrSpec { id: 3, name: "start_freq", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "end_freq", ty: AttrType::U32 },
    ],
    by_name: &[0, 0, 3, 4, 0, 1, 0, 2],
};

/// Attribute numbers of [`SAR_SPECS`].
pub mod sar_specs {
    /// `NL80211_SAR_ATTR_SPECS_POWER`.
    #[doc(alias = "NL80211_SAR_ATTR_SPECS_POWER")]
    pub const POWER: u16 = 1;
    /// `NL80211_SAR_ATTR_SPECS_RANGE_INDEX`.
    #[doc(alias = "NL80211_SAR_ATTR_SPECS_RANGE_INDEX")]
    pub const RANGE_INDEX: u16 = 2;
    /// `NL80211_SAR_ATTR_SPECS_START_FREQ`.
    #[doc(alias = "NL80211_SAR_ATTR_SPECS_START_FREQ")]
    pub const START_FREQ: u16 = 3;
    /// `NL80211_SAR_ATTR_SPECS_END_FREQ`.
    #[doc(alias = "NL80211_SAR_ATTR_SPECS_END_FREQ")]
    pub const END_FREQ: u16 = 4;
}

/// Typed reads of an attribute chain of the set `sar-specs`.
#[derive(Clone, Debug, Default)]
pub struct SarSpecs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> SarSpecs<'a> {
    /// `NL80211_SAR_ATTR_SPECS_POWER`.
    pub fn power(&self) -> Result<Option<i32>> {
        self.0.read(sar_specs::POWER, crate::attr::Attr::i32)
    }
    /// `NL80211_SAR_ATTR_SPECS_RANGE_INDEX`.
    pub fn range_index(&self) -> Result<Option<u32>> {
        self.0.read(sar_specs::RANGE_INDEX, crate::attr::Attr::u32)
    }
    /// `NL80211_SAR_ATTR_SPECS_START_FREQ`.
    pub fn start_freq(&self) -> Result<Option<u32>> {
        self.0.read(sar_specs::START_FREQ, crate::attr::Attr::u32)
    }
    /// `NL80211_SAR_ATTR_SPECS_END_FREQ`.
    pub fn end_freq(&self) -> Result<Option<u32>> {
        self.0.read(sar_specs::END_FREQ, crate::attr::Attr::u32)
    }
}

/// `NL80211_IFTYPE_*`: the attribute set `supported-iftypes`.
pub static SUPPORTED_IFTYPES: Space = Space {
    name: "supported-iftypes",
    prefix: "NL80211_IFTYPE_",
    attrs: &[
        AttrSpec { id: 1, name: "adhoc", ty: AttrType::Flag },
        AttrSpec { id: 2, name: "station", ty: AttrType::Flag },
        AttrSpec { id: 3, name: "ap", ty: AttrType::Flag },
        AttrSpec { id: 4, name: "ap_vlan", ty: AttrType::Flag },
        AttrSpec { id: 5, name: "wds", ty: AttrType::Flag },
        AttrSpec { id: 6, name: "monitor", ty: AttrType::Flag },
        AttrSpec { id: 7, name: "mesh_point", ty: AttrType::Flag },
        AttrSpec { id: 8, name: "p2p_client", ty: AttrType::Flag },
        AttrSpec { id: 9, name: "p2p_go", ty: AttrType::Flag },
        AttrSpec { id: 10, name: "p2p_device", ty: AttrType::Flag },
        AttrSpec { id: 11, name: "ocb", ty: AttrType::Flag },
        AttrSpec { id: 12, name: "nan", ty: AttrType::Flag },
    ],
    by_name: &[
        0, 0, 0, 0, 0, 4, 1, 0, 0, 9, 10, 11, 3, 0, 6, 8, 0, 0, 0, 12, 0, 0, 5, 0, 0, 0, 0, 0, 7, 2, 0, 0,
    ],
};

/// Attribute numbers of [`SUPPORTED_IFTYPES`].
pub mod supported_iftypes {
    /// `NL80211_IFTYPE_ADHOC`.
    #[doc(alias = "NL80211_IFTYPE_ADHOC")]
    pub const ADHOC: u16 = 1;
    /// `NL80211_IFTYPE_STATION`.
    #[doc(alias = "NL80211_IFTYPE_STATION")]
    pub const STATION: u16 = 2;
    /// `NL80211_IFTYPE_AP`.
    #[doc(alias = "NL80211_IFTYPE_AP")]
    pub const AP: u16 = 3;
    /// `NL80211_IFTYPE_AP_VLAN`.
    #[doc(alias = "NL80211_IFTYPE_AP_VLAN")]
    pub const AP_VLAN: u16 = 4;
    /// `NL80211_IFTYPE_WDS`.
    #[doc(alias = "NL80211_IFTYPE_WDS")]
    pub const WDS: u16 = 5;
    /// `NL80211_IFTYPE_MONITOR`.
    #[doc(alias = "NL80211_IFTYPE_MONITOR")]
    pub const MONITOR: u16 = 6;
    /// `NL80211_IFTYPE_MESH_POINT`.
    #[doc(alias = "NL80211_IFTYPE_MESH_POINT")]
    pub const MESH_POINT: u16 = 7;
    /// `NL80211_IFTYPE_P2P_CLIENT`.
    #[doc(alias = "NL80211_IFTYPE_P2P_CLIENT")]
    pub const P2P_CLIENT: u16 = 8;
    /// `NL80211_IFTYPE_P2P_GO`.
    #[doc(alias = "NL80211_IFTYPE_P2P_GO")]
    pub const P2P_GO: u16 = 9;
    /// `NL80211_IFTYPE_P2P_DEVICE`.
    #[doc(alias = "NL80211_IFTYPE_P2P_DEVICE")]
    pub const P2P_DEVICE: u16 = 10;
    /// `NL80211_IFTYPE_OCB`.
    #[doc(alias = "NL80211_IFTYPE_OCB")]
    pub const OCB: u16 = 11;
    /// `NL80211_IFTYPE_NAN`.
    #[doc(alias = "NL80211_IFTYPE_NAN")]
    pub const NAN: u16 = 12;
}

/// Typed reads of an attribute chain of the set `supported-iftypes`.
#[derive(Clone, Debug, Default)]
pub struct SupportedIftypes<'a>(pub crate::attr::Attrs<'a>);

impl<'a> SupportedIftypes<'a> {
    /// `NL80211_IFTYPE_ADHOC`.
    pub fn adhoc(&self) -> Result<bool> {
        self.0.flag(supported_iftypes::ADHOC)
    }
    /// `NL80211_IFTYPE_STATION`.
    pub fn station(&self) -> Result<bool> {
        self.0.flag(supported_iftypes::STATION)
    }
    /// `NL80211_IFTYPE_AP`.
    pub fn ap(&self) -> Result<bool> {
        self.0.flag(supported_iftypes::AP)
    }
    /// `NL80211_IFTYPE_AP_VLAN`.
    pub fn ap_vlan(&self) -> Result<bool> {
        self.0.flag(supported_iftypes::AP_VLAN)
    }
    /// `NL80211_IFTYPE_WDS`.
    pub fn wds(&self) -> Result<bool> {
        self.0.flag(supported_iftypes::WDS)
    }
    /// `NL80211_IFTYPE_MONITOR`.
    pub fn monitor(&self) -> Result<bool> {
        self.0.flag(supported_iftypes::MONITOR)
    }
    /// `NL80211_IFTYPE_MESH_POINT`.
    pub fn mesh_point(&self) -> Result<bool> {
        self.0.flag(supported_iftypes::MESH_POINT)
    }
    /// `NL80211_IFTYPE_P2P_CLIENT`.
    pub fn p2p_client(&self) -> Result<bool> {
        self.0.flag(supported_iftypes::P2P_CLIENT)
    }
    /// `NL80211_IFTYPE_P2P_GO`.
    pub fn p2p_go(&self) -> Result<bool> {
        self.0.flag(supported_iftypes::P2P_GO)
    }
    /// `NL80211_IFTYPE_P2P_DEVICE`.
    pub fn p2p_device(&self) -> Result<bool> {
        self.0.flag(supported_iftypes::P2P_DEVICE)
    }
    /// `NL80211_IFTYPE_OCB`.
    pub fn ocb(&self) -> Result<bool> {
        self.0.flag(supported_iftypes::OCB)
    }
    /// `NL80211_IFTYPE_NAN`.
    pub fn nan(&self) -> Result<bool> {
        self.0.flag(supported_iftypes::NAN)
    }
}

/// `NL80211_TXQ_STATS_*`: the attribute set `txq-stats-attrs`.
pub static TXQ_STATS_ATTRS: Space = Space {
    name: "txq-stats-attrs",
    prefix: "NL80211_TXQ_STATS_",
    attrs: &[
        AttrSpec { id: 1, name: "backlog_bytes", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "backlog_packets", ty: AttrType::U32 },
        AttrSpec { id: 3, name: "flows", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "drops", ty: AttrType::U32 },
        AttrSpec { id: 5, name: "ecn_marks", ty: AttrType::U32 },
        AttrSpec { id: 6, name: "overlimit", ty: AttrType::U32 },
        AttrSpec { id: 7, name: "overmemory", ty: AttrType::U32 },
        AttrSpec { id: 8, name: "collisions", ty: AttrType::U32 },
        AttrSpec { id: 9, name: "tx_bytes", ty: AttrType::U32 },
        AttrSpec { id: 10, name: "tx_packets", ty: AttrType::U32 },
        AttrSpec { id: 11, name: "max_flows", ty: AttrType::U32 },
    ],
    by_name: &[
        0, 0, 0, 0, 0, 0, 2, 0, 1, 6, 8, 5, 9, 11, 0, 0, 7, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 4, 0,
    ],
};

/// Attribute numbers of [`TXQ_STATS_ATTRS`].
pub mod txq_stats_attrs {
    /// `NL80211_TXQ_STATS_BACKLOG_BYTES`.
    #[doc(alias = "NL80211_TXQ_STATS_BACKLOG_BYTES")]
    pub const BACKLOG_BYTES: u16 = 1;
    /// `NL80211_TXQ_STATS_BACKLOG_PACKETS`.
    #[doc(alias = "NL80211_TXQ_STATS_BACKLOG_PACKETS")]
    pub const BACKLOG_PACKETS: u16 = 2;
    /// `NL80211_TXQ_STATS_FLOWS`.
    #[doc(alias = "NL80211_TXQ_STATS_FLOWS")]
    pub const FLOWS: u16 = 3;
    /// `NL80211_TXQ_STATS_DROPS`.
    #[doc(alias = "NL80211_TXQ_STATS_DROPS")]
    pub const DROPS: u16 = 4;
    /// `NL80211_TXQ_STATS_ECN_MARKS`.
    #[doc(alias = "NL80211_TXQ_STATS_ECN_MARKS")]
    pub const ECN_MARKS: u16 = 5;
    /// `NL80211_TXQ_STATS_OVERLIMIT`.
    #[doc(alias = "NL80211_TXQ_STATS_OVERLIMIT")]
    pub const OVERLIMIT: u16 = 6;
    /// `NL80211_TXQ_STATS_OVERMEMORY`.
    #[doc(alias = "NL80211_TXQ_STATS_OVERMEMORY")]
    pub const OVERMEMORY: u16 = 7;
    /// `NL80211_TXQ_STATS_COLLISIONS`.
    #[doc(alias = "NL80211_TXQ_STATS_COLLISIONS")]
    pub const COLLISIONS: u16 = 8;
    /// `NL80211_TXQ_STATS_TX_BYTES`.
    #[doc(alias = "NL80211_TXQ_STATS_TX_BYTES")]
    pub const TX_BYTES: u16 = 9;
    /// `NL80211_TXQ_STATS_TX_PACKETS`.
    #[doc(alias = "NL80211_TXQ_STATS_TX_PACKETS")]
    pub const TX_PACKETS: u16 = 10;
    /// `NL80211_TXQ_STATS_MAX_FLOWS`.
    #[doc(alias = "NL80211_TXQ_STATS_MAX_FLOWS")]
    pub const MAX_FLOWS: u16 = 11;
}

/// Typed reads of an attribute chain of the set `txq-stats-attrs`.
#[derive(Clone, Debug, Default)]
pub struct TxqStatsAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> TxqStatsAttrs<'a> {
    /// `NL80211_TXQ_STATS_BACKLOG_BYTES`.
    pub fn backlog_bytes(&self) -> Result<Option<u32>> {
        self.0.read(txq_stats_attrs::BACKLOG_BYTES, crate::attr::Attr::u32)
    }
    /// `NL80211_TXQ_STATS_BACKLOG_PACKETS`.
    pub fn backlog_packets(&self) -> Result<Option<u32>> {
        self.0.read(txq_stats_attrs::BACKLOG_PACKETS, crate::attr::Attr::u32)
    }
    /// `NL80211_TXQ_STATS_FLOWS`.
    pub fn flows(&self) -> Result<Option<u32>> {
        self.0.read(txq_stats_attrs::FLOWS, crate::attr::Attr::u32)
    }
    /// `NL80211_TXQ_STATS_DROPS`.
    pub fn drops(&self) -> Result<Option<u32>> {
        self.0.read(txq_stats_attrs::DROPS, crate::attr::Attr::u32)
    }
    /// `NL80211_TXQ_STATS_ECN_MARKS`.
    pub fn ecn_marks(&self) -> Result<Option<u32>> {
        self.0.read(txq_stats_attrs::ECN_MARKS, crate::attr::Attr::u32)
    }
    /// `NL80211_TXQ_STATS_OVERLIMIT`.
    pub fn overlimit(&self) -> Result<Option<u32>> {
        self.0.read(txq_stats_attrs::OVERLIMIT, crate::attr::Attr::u32)
    }
    /// `NL80211_TXQ_STATS_OVERMEMORY`.
    pub fn overmemory(&self) -> Result<Option<u32>> {
        self.0.read(txq_stats_attrs::OVERMEMORY, crate::attr::Attr::u32)
    }
    /// `NL80211_TXQ_STATS_COLLISIONS`.
    pub fn collisions(&self) -> Result<Option<u32>> {
        self.0.read(txq_stats_attrs::COLLISIONS, crate::attr::Attr::u32)
    }
    /// `NL80211_TXQ_STATS_TX_BYTES`.
    pub fn tx_bytes(&self) -> Result<Option<u32>> {
        self.0.read(txq_stats_attrs::TX_BYTES, crate::attr::Attr::u32)
    }
    /// `NL80211_TXQ_STATS_TX_PACKETS`.
    pub fn tx_packets(&self) -> Result<Option<u32>> {
        self.0.read(txq_stats_attrs::TX_PACKETS, crate::attr::Attr::u32)
    }
    /// `NL80211_TXQ_STATS_MAX_FLOWS`.
    pub fn max_flows(&self) -> Result<Option<u32>> {
        self.0.read(txq_stats_attrs::MAX_FLOWS, crate::attr::Attr::u32)
    }
}

/// `NL80211_WMMR_*`: the attribute set `wmm-attrs`.
pub static WMM_ATTRS: Space = Space {
    name: "wmm-attrs",
    prefix: "NL80211_WMMR_",
    attrs: &[
        AttrSpec { id: 1, name: "cw_min", ty: AttrType::U16 },
        AttrSpec { id: 2, name: "cw_max", ty: AttrType::U16 },
        AttrSpec { id: 3, name: "aifsn", ty: AttrType::U8 },
        AttrSpec { id: 4, name: "txop", ty: AttrType::U16 },
    ],
    by_name: &[0, 0, 4, 2, 3, 1, 0, 0],
};

/// Attribute numbers of [`WMM_ATTRS`].
pub mod wmm_attrs {
    /// `NL80211_WMMR_CW_MIN`.
    #[doc(alias = "NL80211_WMMR_CW_MIN")]
    pub const CW_MIN: u16 = 1;
    /// `NL80211_WMMR_CW_MAX`.
    #[doc(alias = "NL80211_WMMR_CW_MAX")]
    pub const CW_MAX: u16 = 2;
    /// `NL80211_WMMR_AIFSN`.
    #[doc(alias = "NL80211_WMMR_AIFSN")]
    pub const AIFSN: u16 = 3;
    /// `NL80211_WMMR_TXOP`.
    #[doc(alias = "NL80211_WMMR_TXOP")]
    pub const TXOP: u16 = 4;
}

/// Typed reads of an attribute chain of the set `wmm-attrs`.
#[derive(Clone, Debug, Default)]
pub struct WmmAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> WmmAttrs<'a> {
    /// `NL80211_WMMR_CW_MIN`.
    pub fn cw_min(&self) -> Result<Option<u16>> {
        self.0.read(wmm_attrs::CW_MIN, crate::attr::Attr::u16)
    }
    /// `NL80211_WMMR_CW_MAX`.
    pub fn cw_max(&self) -> Result<Option<u16>> {
        self.0.read(wmm_attrs::CW_MAX, crate::attr::Attr::u16)
    }
    /// `NL80211_WMMR_AIFSN`.
    pub fn aifsn(&self) -> Result<Option<u8>> {
        self.0.read(wmm_attrs::AIFSN, crate::attr::Attr::u8)
    }
    /// `NL80211_WMMR_TXOP`.
    pub fn txop(&self) -> Result<Option<u16>> {
        self.0.read(wmm_attrs::TXOP, crate::attr::Attr::u16)
    }
}

/// `NL80211_WOWLAN_TRIG_*`: the attribute set `wowlan-triggers-attrs`.
pub static WOWLAN_TRIGGERS_ATTRS: Space = Space {
    name: "wowlan-triggers-attrs",
    prefix: "NL80211_WOWLAN_TRIG_",
    attrs: &[
        AttrSpec { id: 1, name: "any", ty: AttrType::Flag },
        AttrSpec { id: 2, name: "disconnect", ty: AttrType::Flag },
        AttrSpec { id: 3, name: "magic_pkt", ty: AttrType::Flag },
        AttrSpec { id: 4, name: "pkt_pattern", ty: AttrType::Flag },
        AttrSpec { id: 5, name: "gtk_rekey_supported", ty: AttrType::Flag },
        AttrSpec { id: 6, name: "gtk_rekey_failure", ty: AttrType::Flag },
        AttrSpec { id: 7, name: "eap_ident_request", ty: AttrType::Flag },
        AttrSpec { id: 8, name: "4way_handshake", ty: AttrType::Flag },
        AttrSpec { id: 9, name: "rfkill_release", ty: AttrType::Flag },
        AttrSpec { id: 10, name: "wakeup_pkt_80211", ty: AttrType::Flag },
        AttrSpec { id: 11, name: "wakeup_pkt_80211_len", ty: AttrType::Flag },
        AttrSpec { id: 12, name: "wakeup_pkt_8023", ty: AttrType::Flag },
        AttrSpec { id: 13, name: "wakeup_pkt_8023_len", ty: AttrType::Flag },
        AttrSpec { id: 14, name: "tcp_connection", ty: AttrType::Flag },
        AttrSpec { id: 15, name: "wakeup_tcp_match", ty: AttrType::Flag },
        AttrSpec { id: 16, name: "wakeup_tcp_connlost", ty: AttrType::Flag },
        AttrSpec { id: 17, name: "wakeup_tcp_nomoretokens", ty: AttrType::Flag },
        AttrSpec { id: 18, name: "net_detect", ty: AttrType::Flag },
        AttrSpec { id: 19, name: "net_detect_results", ty: AttrType::Flag },
        AttrSpec { id: 20, name: "unprotected_deauth_disassoc", ty: AttrType::Flag },
    ],
    by_name: &[
        0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 18, 20, 8, 0, 19, 0, 0, 14, 10, 0, 0, 16, 0, 13, 0,
        0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 4, 0, 7, 5, 0, 0, 0, 0, 0, 0, 0, 1, 11, 12, 6, 0, 0, 0, 15, 9, 17, 0,
        0,
    ],
};

/// Attribute numbers of [`WOWLAN_TRIGGERS_ATTRS`].
pub mod wowlan_triggers_attrs {
    /// `NL80211_WOWLAN_TRIG_ANY`.
    #[doc(alias = "NL80211_WOWLAN_TRIG_ANY")]
    pub const ANY: u16 = 1;
    /// `NL80211_WOWLAN_TRIG_DISCONNECT`.
    #[doc(alias = "NL80211_WOWLAN_TRIG_DISCONNECT")]
    pub const DISCONNECT: u16 = 2;
    /// `NL80211_WOWLAN_TRIG_MAGIC_PKT`.
    #[doc(alias = "NL80211_WOWLAN_TRIG_MAGIC_PKT")]
    pub const MAGIC_PKT: u16 = 3;
    /// `NL80211_WOWLAN_TRIG_PKT_PATTERN`.
    #[doc(alias = "NL80211_WOWLAN_TRIG_PKT_PATTERN")]
    pub const PKT_PATTERN: u16 = 4;
    /// `NL80211_WOWLAN_TRIG_GTK_REKEY_SUPPORTED`.
    #[doc(alias = "NL80211_WOWLAN_TRIG_GTK_REKEY_SUPPORTED")]
    pub const GTK_REKEY_SUPPORTED: u16 = 5;
    /// `NL80211_WOWLAN_TRIG_GTK_REKEY_FAILURE`.
    #[doc(alias = "NL80211_WOWLAN_TRIG_GTK_REKEY_FAILURE")]
    pub const GTK_REKEY_FAILURE: u16 = 6;
    /// `NL80211_WOWLAN_TRIG_EAP_IDENT_REQUEST`.
    #[doc(alias = "NL80211_WOWLAN_TRIG_EAP_IDENT_REQUEST")]
    pub const EAP_IDENT_REQUEST: u16 = 7;
    /// `NL80211_WOWLAN_TRIG_4WAY_HANDSHAKE`.
    #[doc(alias = "NL80211_WOWLAN_TRIG_4WAY_HANDSHAKE")]
    pub const N4WAY_HANDSHAKE: u16 = 8;
    /// `NL80211_WOWLAN_TRIG_RFKILL_RELEASE`.
    #[doc(alias = "NL80211_WOWLAN_TRIG_RFKILL_RELEASE")]
    pub const RFKILL_RELEASE: u16 = 9;
    /// `NL80211_WOWLAN_TRIG_WAKEUP_PKT_80211`.
    #[doc(alias = "NL80211_WOWLAN_TRIG_WAKEUP_PKT_80211")]
    pub const WAKEUP_PKT_80211: u16 = 10;
    /// `NL80211_WOWLAN_TRIG_WAKEUP_PKT_80211_LEN`.
    #[doc(alias = "NL80211_WOWLAN_TRIG_WAKEUP_PKT_80211_LEN")]
    pub const WAKEUP_PKT_80211_LEN: u16 = 11;
    /// `NL80211_WOWLAN_TRIG_WAKEUP_PKT_8023`.
    #[doc(alias = "NL80211_WOWLAN_TRIG_WAKEUP_PKT_8023")]
    pub const WAKEUP_PKT_8023: u16 = 12;
    /// `NL80211_WOWLAN_TRIG_WAKEUP_PKT_8023_LEN`.
    #[doc(alias = "NL80211_WOWLAN_TRIG_WAKEUP_PKT_8023_LEN")]
    pub const WAKEUP_PKT_8023_LEN: u16 = 13;
    /// `NL80211_WOWLAN_TRIG_TCP_CONNECTION`.
    #[doc(alias = "NL80211_WOWLAN_TRIG_TCP_CONNECTION")]
    pub const TCP_CONNECTION: u16 = 14;
    /// `NL80211_WOWLAN_TRIG_WAKEUP_TCP_MATCH`.
    #[doc(alias = "NL80211_WOWLAN_TRIG_WAKEUP_TCP_MATCH")]
    pub const WAKEUP_TCP_MATCH: u16 = 15;
    /// `NL80211_WOWLAN_TRIG_WAKEUP_TCP_CONNLOST`.
    #[doc(alias = "NL80211_WOWLAN_TRIG_WAKEUP_TCP_CONNLOST")]
    pub const WAKEUP_TCP_CONNLOST: u16 = 16;
    /// `NL80211_WOWLAN_TRIG_WAKEUP_TCP_NOMORETOKENS`.
    #[doc(alias = "NL80211_WOWLAN_TRIG_WAKEUP_TCP_NOMORETOKENS")]
    pub const WAKEUP_TCP_NOMORETOKENS: u16 = 17;
    /// `NL80211_WOWLAN_TRIG_NET_DETECT`.
    #[doc(alias = "NL80211_WOWLAN_TRIG_NET_DETECT")]
    pub const NET_DETECT: u16 = 18;
    /// `NL80211_WOWLAN_TRIG_NET_DETECT_RESULTS`.
    #[doc(alias = "NL80211_WOWLAN_TRIG_NET_DETECT_RESULTS")]
    pub const NET_DETECT_RESULTS: u16 = 19;
    /// `NL80211_WOWLAN_TRIG_UNPROTECTED_DEAUTH_DISASSOC`.
    #[doc(alias = "NL80211_WOWLAN_TRIG_UNPROTECTED_DEAUTH_DISASSOC")]
    pub const UNPROTECTED_DEAUTH_DISASSOC: u16 = 20;
}

/// Typed reads of an attribute chain of the set `wowlan-triggers-attrs`.
#[derive(Clone, Debug, Default)]
pub struct WowlanTriggersAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> WowlanTriggersAttrs<'a> {
    /// `NL80211_WOWLAN_TRIG_ANY`.
    pub fn any(&self) -> Result<bool> {
        self.0.flag(wowlan_triggers_attrs::ANY)
    }
    /// `NL80211_WOWLAN_TRIG_DISCONNECT`.
    pub fn disconnect(&self) -> Result<bool> {
        self.0.flag(wowlan_triggers_attrs::DISCONNECT)
    }
    /// `NL80211_WOWLAN_TRIG_MAGIC_PKT`.
    pub fn magic_pkt(&self) -> Result<bool> {
        self.0.flag(wowlan_triggers_attrs::MAGIC_PKT)
    }
    /// `NL80211_WOWLAN_TRIG_PKT_PATTERN`.
    pub fn pkt_pattern(&self) -> Result<bool> {
        self.0.flag(wowlan_triggers_attrs::PKT_PATTERN)
    }
    /// `NL80211_WOWLAN_TRIG_GTK_REKEY_SUPPORTED`.
    pub fn gtk_rekey_supported(&self) -> Result<bool> {
        self.0.flag(wowlan_triggers_attrs::GTK_REKEY_SUPPORTED)
    }
    /// `NL80211_WOWLAN_TRIG_GTK_REKEY_FAILURE`.
    pub fn gtk_rekey_failure(&self) -> Result<bool> {
        self.0.flag(wowlan_triggers_attrs::GTK_REKEY_FAILURE)
    }
    /// `NL80211_WOWLAN_TRIG_EAP_IDENT_REQUEST`.
    pub fn eap_ident_request(&self) -> Result<bool> {
        self.0.flag(wowlan_triggers_attrs::EAP_IDENT_REQUEST)
    }
    /// `NL80211_WOWLAN_TRIG_4WAY_HANDSHAKE`.
    pub fn n4way_handshake(&self) -> Result<bool> {
        self.0.flag(wowlan_triggers_attrs::N4WAY_HANDSHAKE)
    }
    /// `NL80211_WOWLAN_TRIG_RFKILL_RELEASE`.
    pub fn rfkill_release(&self) -> Result<bool> {
        self.0.flag(wowlan_triggers_attrs::RFKILL_RELEASE)
    }
    /// `NL80211_WOWLAN_TRIG_WAKEUP_PKT_80211`.
    pub fn wakeup_pkt_80211(&self) -> Result<bool> {
        self.0.flag(wowlan_triggers_attrs::WAKEUP_PKT_80211)
    }
    /// `NL80211_WOWLAN_TRIG_WAKEUP_PKT_80211_LEN`.
    pub fn wakeup_pkt_80211_len(&self) -> Result<bool> {
        self.0.flag(wowlan_triggers_attrs::WAKEUP_PKT_80211_LEN)
    }
    /// `NL80211_WOWLAN_TRIG_WAKEUP_PKT_8023`.
    pub fn wakeup_pkt_8023(&self) -> Result<bool> {
        self.0.flag(wowlan_triggers_attrs::WAKEUP_PKT_8023)
    }
    /// `NL80211_WOWLAN_TRIG_WAKEUP_PKT_8023_LEN`.
    pub fn wakeup_pkt_8023_len(&self) -> Result<bool> {
        self.0.flag(wowlan_triggers_attrs::WAKEUP_PKT_8023_LEN)
    }
    /// `NL80211_WOWLAN_TRIG_TCP_CONNECTION`.
    pub fn tcp_connection(&self) -> Result<bool> {
        self.0.flag(wowlan_triggers_attrs::TCP_CONNECTION)
    }
    /// `NL80211_WOWLAN_TRIG_WAKEUP_TCP_MATCH`.
    pub fn wakeup_tcp_match(&self) -> Result<bool> {
        self.0.flag(wowlan_triggers_attrs::WAKEUP_TCP_MATCH)
    }
    /// `NL80211_WOWLAN_TRIG_WAKEUP_TCP_CONNLOST`.
    pub fn wakeup_tcp_connlost(&self) -> Result<bool> {
        self.0.flag(wowlan_triggers_attrs::WAKEUP_TCP_CONNLOST)
    }
    /// `NL80211_WOWLAN_TRIG_WAKEUP_TCP_NOMORETOKENS`.
    pub fn wakeup_tcp_nomoretokens(&self) -> Result<bool> {
        self.0.flag(wowlan_triggers_attrs::WAKEUP_TCP_NOMORETOKENS)
    }
    /// `NL80211_WOWLAN_TRIG_NET_DETECT`.
    pub fn net_detect(&self) -> Result<bool> {
        self.0.flag(wowlan_triggers_attrs::NET_DETECT)
    }
    /// `NL80211_WOWLAN_TRIG_NET_DETECT_RESULTS`.
    pub fn net_detect_results(&self) -> Result<bool> {
        self.0.flag(wowlan_triggers_attrs::NET_DETECT_RESULTS)
    }
    /// `NL80211_WOWLAN_TRIG_UNPROTECTED_DEAUTH_DISASSOC`.
    pub fn unprotected_deauth_disassoc(&self) -> Result<bool> {
        self.0.flag(wowlan_triggers_attrs::UNPROTECTED_DEAUTH_DISASSOC)
    }
}

/// Messages of `nl80211-attrs` after `struct genlmsghdr`.
pub static NL80211_ATTRS_MESSAGE: MessageSpec =
    MessageSpec { family: "nl80211", header: &crate::spec::GENLMSGHDR, space: &NL80211_ATTRS };

/// Commands user space sends (`genlmsghdr.cmd`).
pub mod cmd {
    /// `NL80211_CMD_GET_WIPHY`.
    #[doc(alias = "NL80211_CMD_GET_WIPHY")]
    pub const GET_WIPHY: u8 = 1;
    /// `NL80211_CMD_GET_INTERFACE`.
    #[doc(alias = "NL80211_CMD_GET_INTERFACE")]
    pub const GET_INTERFACE: u8 = 5;
    /// `NL80211_CMD_GET_PROTOCOL_FEATURES`.
    #[doc(alias = "NL80211_CMD_GET_PROTOCOL_FEATURES")]
    pub const GET_PROTOCOL_FEATURES: u8 = 95;
}

/// The `nl80211` generic netlink family.
pub static FAMILY: GenlFamily = GenlFamily {
    name: "nl80211",
    groups: &["config", "scan", "regulatory", "mlme", "vendor", "nan", "testmode"],
    to_kernel: &[
        GenlCommand { cmd: 1, name: "NL80211_CMD_GET_WIPHY", spec: &NL80211_ATTRS_MESSAGE },
        GenlCommand { cmd: 5, name: "NL80211_CMD_GET_INTERFACE", spec: &NL80211_ATTRS_MESSAGE },
        GenlCommand { cmd: 95, name: "NL80211_CMD_GET_PROTOCOL_FEATURES", spec: &NL80211_ATTRS_MESSAGE },
    ],
    from_kernel: &[
        GenlCommand { cmd: 3, name: "NL80211_CMD_GET_WIPHY", spec: &NL80211_ATTRS_MESSAGE },
        GenlCommand { cmd: 7, name: "NL80211_CMD_GET_INTERFACE", spec: &NL80211_ATTRS_MESSAGE },
        GenlCommand { cmd: 95, name: "NL80211_CMD_GET_PROTOCOL_FEATURES", spec: &NL80211_ATTRS_MESSAGE },
    ],
};
