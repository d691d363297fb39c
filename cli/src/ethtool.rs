//! `nlw ethtool -k|-K|-l|-L|-g|-i|-S DEV ...`: printed as `ethtool` (6.1)
//! prints them. `-i` (driver information) and `-S` (driver statistics) are
//! not in ethtool's netlink interface: they are read, as `ethtool` reads
//! them, with the `SIOCETHTOOL` ioctl (`nlwire_rustix::ethtool_ioctl`).

use std::fmt::Write as _;
use std::io::Write as _;

use nlwire::ethtool::{ChannelsSet, RequestHeader};
use nlwire_rustix::{ethtool_ioctl, Errno, Socket};
use nlwire_std::{FeatureState, Genl};

use crate::{CliError, Result};

/// ethtool's legacy feature flags (`off_flag_def`): short name, long name,
/// the kernel names they stand for (one `*` at most), in ethtool's order.
const LEGACY: &[(&str, &str, &str)] = &[
    ("rx", "rx-checksumming", "rx-checksum"),
    ("tx", "tx-checksumming", "tx-checksum-*"),
    ("sg", "scatter-gather", "tx-scatter-gather*"),
    ("tso", "tcp-segmentation-offload", "tx-tcp*-segmentation"),
    ("ufo", "udp-fragmentation-offload", "tx-udp-fragmentation"),
    ("gso", "generic-segmentation-offload", "tx-generic-segmentation"),
    ("gro", "generic-receive-offload", "rx-gro"),
    ("lro", "large-receive-offload", "rx-lro"),
    ("rxvlan", "rx-vlan-offload", "rx-vlan-hw-parse"),
    ("txvlan", "tx-vlan-offload", "tx-vlan-hw-insert"),
    ("ntuple", "ntuple-filters", "rx-ntuple-filter"),
    ("rxhash", "receive-hashing", "rx-hashing"),
];

/// Whether the kernel feature `name` is one of `pattern` (ethtool's
/// `flag_pattern_match`: at most one `*`, matching any middle).
fn pattern_match(name: &str, pattern: &str) -> bool {
    match pattern.split_once('*') {
        Some((prefix, suffix)) => {
            name.len() >= prefix.len() + suffix.len() && name.starts_with(prefix) && name.ends_with(suffix)
        }
        None => name == pattern,
    }
}

/// A parsed `nlw ethtool` command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EthtoolCommand {
    /// `-k DEV`.
    ShowFeatures(String),
    /// `-K DEV NAME on|off ...` (kernel or legacy names).
    SetFeatures(String, Vec<(String, bool)>),
    /// `-l DEV`.
    ShowChannels(String),
    /// `-L DEV rx|tx|other|combined N ...`.
    SetChannels(String, [Option<u32>; 4]),
    /// `-g DEV`.
    ShowRings(String),
    /// `-i DEV`.
    DriverInfo(String),
    /// `-S DEV`.
    NicStats(String),
}

const USAGE: &str = "Usage: nlw ethtool { -k | -K | -l | -L | -g | -i | -S } DEVNAME [ARGS]
       nlw ethtool -K DEVNAME FEATURE on|off ...
       nlw ethtool -L DEVNAME [ rx N ] [ tx N ] [ other N ] [ combined N ]";

impl EthtoolCommand {
    /// Parses the words after `ethtool`.
    pub fn parse(words: &[String]) -> Result<Self> {
        let (option, rest) = words.split_first().ok_or_else(|| CliError::usage(USAGE))?;
        let (dev, args) = rest
            .split_first()
            .ok_or_else(|| CliError::usage(format!("ethtool: {option} needs a device name\n{USAGE}")))?;
        let dev = dev.clone();
        let no_args = |cmd: EthtoolCommand| match args.first() {
            Some(extra) => Err(CliError::usage(format!("ethtool: unexpected parameter '{extra}'"))),
            None => Ok(cmd),
        };
        match option.as_str() {
            "-k" | "--show-features" | "--show-offload" => no_args(EthtoolCommand::ShowFeatures(dev)),
            "-l" | "--show-channels" => no_args(EthtoolCommand::ShowChannels(dev)),
            "-g" | "--show-ring" => no_args(EthtoolCommand::ShowRings(dev)),
            "-K" | "--features" | "--offload" => {
                let mut changes = Vec::new();
                for pair in args.chunks(2) {
                    match pair {
                        [name, v] if v == "on" || v == "off" => changes.push((name.clone(), v == "on")),
                        [name, ..] => {
                            let v = pair.get(1).map_or("(nil)", String::as_str);
                            return Err(CliError::usage(format!(
                                "ethtool (-K): flag '{v}' for parameter '{name}' is not followed by 'on' or 'off'"
                            )));
                        }
                        [] => {}
                    }
                }
                if changes.is_empty() {
                    return Err(CliError::usage(format!("ethtool (-K): no feature to change\n{USAGE}")));
                }
                Ok(EthtoolCommand::SetFeatures(dev, changes))
            }
            "-L" | "--set-channels" => {
                let mut counts = [None; 4];
                for pair in args.chunks(2) {
                    let slot = ["rx", "tx", "other", "combined"].iter().position(|k| *k == pair[0]);
                    let value = pair.get(1).and_then(|v| v.parse::<u32>().ok());
                    match (slot, value) {
                        (Some(i), Some(v)) => counts[i] = Some(v),
                        (None, _) => {
                            return Err(CliError::usage(format!(
                                "ethtool (-L): unknown parameter '{}'",
                                pair[0]
                            )))
                        }
                        (Some(_), None) => {
                            return Err(CliError::usage(format!(
                                "ethtool (-L): invalid value '{}' for parameter '{}'",
                                pair.get(1).map_or("", String::as_str),
                                pair[0]
                            )))
                        }
                    }
                }
                if counts.iter().all(Option::is_none) {
                    return Err(CliError::usage("no channel parameters changed"));
                }
                Ok(EthtoolCommand::SetChannels(dev, counts))
            }
            "-i" | "--driver" => no_args(EthtoolCommand::DriverInfo(dev)),
            "-S" | "--statistics" => no_args(EthtoolCommand::NicStats(dev)),
            other => {
                Err(CliError::usage(format!("ethtool: bad command line argument(s) '{other}'\n{USAGE}")))
            }
        }
    }

    /// Runs the command in `netns` (or here), printing to stdout.
    pub fn run(&self, netns: Option<&std::ffi::OsStr>) -> Result<()> {
        let mut genl = crate::open_genl(netns)?;
        let mut text = String::new();
        let outcome = self.run_in(&mut genl, &mut text);
        std::io::stdout().write_all(text.as_bytes())?;
        outcome
    }

    fn run_in(&self, genl: &mut Genl, out: &mut String) -> Result<()> {
        let mut ethtool = genl.ethtool();
        match self {
            // The ioctl commands, on the session's socket.
            EthtoolCommand::DriverInfo(dev) => driver_info(genl.socket(), dev, out)?,
            EthtoolCommand::NicStats(dev) => nic_stats(genl.socket(), dev, out)?,
            EthtoolCommand::ShowFeatures(dev) => {
                let features = ethtool.features(dev).map_err(netlink_error(1))?;
                print_features(out, dev, &features);
            }
            EthtoolCommand::SetFeatures(dev, changes) => {
                let names = ethtool.feature_names(dev).map_err(netlink_error(92))?;
                let mut kernel: Vec<(String, bool)> = Vec::new();
                for (name, on) in changes {
                    match LEGACY.iter().find(|(short, long, _)| short == name || long == name) {
                        Some((_, _, pattern)) => kernel.extend(
                            names
                                .iter()
                                .filter(|(_, n)| pattern_match(n, pattern))
                                .map(|(_, n)| (n.clone(), *on)),
                        ),
                        None => kernel.push((name.clone(), *on)),
                    }
                }
                let request: Vec<(&str, bool)> = kernel.iter().map(|(n, on)| (n.as_str(), *on)).collect();
                let result = ethtool.set_features(dev, &request).map_err(netlink_error(92))?;
                if result.surprising() {
                    let none_changed = !result.features.iter().any(|f| f.changed);
                    out.push_str("Actual changes:\n");
                    for f in &result.features {
                        let on_off = |v: bool| if v { "on" } else { "off" };
                        let _ = match f.unmet {
                            Some(wanted) => writeln!(
                                out,
                                "{}: {} [requested {}]",
                                f.name,
                                on_off(!wanted),
                                on_off(wanted)
                            ),
                            None if !f.requested => {
                                writeln!(out, "{}: {} [not requested]", f.name, on_off(f.active))
                            }
                            None => writeln!(out, "{}: {}", f.name, on_off(f.active)),
                        };
                    }
                    if none_changed {
                        // On stderr, as ethtool.
                        let message = "Could not change any device features".to_string();
                        return Err(CliError::exit(1, message));
                    }
                }
            }
            EthtoolCommand::ShowChannels(dev) => {
                let reply = ethtool.channels(dev).map_err(netlink_error(1))?;
                let c = reply.view();
                let _ = writeln!(out, "Channel parameters for {dev}:");
                out.push_str("Pre-set maximums:\n");
                show_u32(out, "RX:\t\t", c.rx_max())?;
                show_u32(out, "TX:\t\t", c.tx_max())?;
                show_u32(out, "Other:\t\t", c.other_max())?;
                show_u32(out, "Combined:\t", c.combined_max())?;
                out.push_str("Current hardware settings:\n");
                show_u32(out, "RX:\t\t", c.rx_count())?;
                show_u32(out, "TX:\t\t", c.tx_count())?;
                show_u32(out, "Other:\t\t", c.other_count())?;
                show_u32(out, "Combined:\t", c.combined_count())?;
            }
            EthtoolCommand::SetChannels(dev, [rx, tx, other, combined]) => {
                let set = ChannelsSet {
                    rx: *rx,
                    tx: *tx,
                    other: *other,
                    combined: *combined,
                    ..ChannelsSet::new(RequestHeader::name(dev))
                };
                ethtool.set_channels(dev, &set).map_err(netlink_error(1))?;
            }
            EthtoolCommand::ShowRings(dev) => {
                let reply = ethtool.rings(dev).map_err(netlink_error(1))?;
                let r = reply.view();
                let _ = writeln!(out, "Ring parameters for {dev}:");
                out.push_str("Pre-set maximums:\n");
                show_u32(out, "RX:\t\t\t", r.rx_max())?;
                show_u32(out, "RX Mini:\t\t", r.rx_mini_max())?;
                show_u32(out, "RX Jumbo:\t\t", r.rx_jumbo_max())?;
                show_u32(out, "TX:\t\t\t", r.tx_max())?;
                show_u32(out, "TX push buff len:\t", r.tx_push_buf_len_max())?;
                out.push_str("Current hardware settings:\n");
                show_u32(out, "RX:\t\t\t", r.rx())?;
                show_u32(out, "RX Mini:\t\t", r.rx_mini())?;
                show_u32(out, "RX Jumbo:\t\t", r.rx_jumbo())?;
                show_u32(out, "TX:\t\t\t", r.tx())?;
                show_u32(out, "RX Buf Len:\t\t", r.rx_buf_len())?;
                show_u32(out, "CQE Size:\t\t", r.cqe_size())?;
                show_bool(out, "TX Push:\t\t", r.tx_push())?;
                show_bool(out, "RX Push:\t\t", r.rx_push())?;
                show_u32(out, "TX push buff len:\t", r.tx_push_buf_len())?;
                let split = match r.tcp_data_split().map_err(malformed)?.unwrap_or(0) {
                    0 => "n/a".to_string(),
                    1 => "off".to_string(),
                    2 => "on".to_string(),
                    n => format!("unknown({n})\n"),
                };
                let _ = writeln!(out, "TCP data split:\t\t{split}");
            }
        }
        Ok(())
    }
}

/// ethtool's `show_u32`: the value, or `n/a` when the kernel left it out.
fn show_u32(out: &mut String, label: &str, v: nlwire::Result<Option<u32>>) -> Result<()> {
    let _ = match v.map_err(malformed)? {
        Some(v) => writeln!(out, "{label}{v}"),
        None => writeln!(out, "{label}n/a"),
    };
    Ok(())
}

/// ethtool's `show_bool`: `on`/`off`, or `n/a`.
fn show_bool(out: &mut String, label: &str, v: nlwire::Result<Option<u8>>) -> Result<()> {
    let v = v.map_err(malformed)?;
    let _ = writeln!(out, "{label}{}", v.map_or("n/a", |v| if v != 0 { "on" } else { "off" }));
    Ok(())
}

/// A reply the kernel sent malformed, as ethtool reports a failed request.
fn malformed(e: nlwire::Error) -> CliError {
    netlink_error(1)(e.into())
}

/// `ethtool -k`: legacy flags with their features first, then the rest,
/// as ethtool's `dump_features`.
fn print_features(out: &mut String, dev: &str, features: &[FeatureState]) {
    let _ = writeln!(out, "Features for {dev}:");
    let flag_of = |f: &FeatureState| LEGACY.iter().position(|(_, _, p)| pattern_match(&f.name, p));
    let line = |out: &mut String, prefix: &str, name: &str, f: &FeatureState| {
        let _ = writeln!(out, "{prefix}{name}: {}{}", if f.active { "on" } else { "off" }, f.suffix());
    };
    let named = || features.iter().filter(|f| !f.name.is_empty());
    for (i, (short, long, _)) in LEGACY.iter().enumerate() {
        // No kernel with the netlink interface has UFO.
        if *short == "ufo" {
            continue;
        }
        let members: Vec<&FeatureState> = named().filter(|f| flag_of(f) == Some(i)).collect();
        if members.len() != 1 {
            let on = members.iter().any(|f| f.active);
            let _ = writeln!(out, "{long}: {}", if on { "on" } else { "off" });
        }
        match members.as_slice() {
            [one] => line(out, "", long, one),
            many => many.iter().for_each(|f| line(out, "\t", &f.name, f)),
        }
    }
    for f in named().filter(|f| flag_of(f).is_none()) {
        line(out, "", &f.name, f);
    }
}

/// `ethtool -i DEV` (ethtool's `dump_drvinfo`).
fn driver_info(sock: &Socket, dev: &str, out: &mut String) -> Result<()> {
    let info =
        ethtool_ioctl::driver_info(sock, dev).map_err(ioctl_error("Cannot get driver information", 71))?;
    let yes = |n: u32| if n != 0 { "yes" } else { "no" };
    let _ = write!(
        out,
        "driver: {}\nversion: {}\nfirmware-version: {}\nexpansion-rom-version: {}\nbus-info: {}\n\
         supports-statistics: {}\nsupports-test: {}\nsupports-eeprom-access: {}\n\
         supports-register-dump: {}\nsupports-priv-flags: {}\n",
        info.driver,
        info.version,
        info.firmware_version,
        info.expansion_rom_version,
        info.bus_info,
        yes(info.n_stats),
        yes(info.testinfo_len),
        yes(info.eedump_len),
        yes(info.regdump_len),
        yes(info.n_priv_flags),
    );
    Ok(())
}

/// `ethtool -S DEV` (ethtool's `do_gnicstats`): a device whose driver
/// answers no driver information has no statistics either.
fn nic_stats(sock: &Socket, dev: &str, out: &mut String) -> Result<()> {
    let strings_error = ioctl_error("Cannot get stats strings information", 96);
    let count = match ethtool_ioctl::driver_info(sock, dev) {
        Ok(info) => info.n_stats,
        Err(e) if e.errno() == Some(Errno::OPNOTSUPP) => 0,
        Err(e) => return Err(strings_error(e)),
    };
    if count == 0 {
        return Err(CliError::exit(94, "no stats available"));
    }
    let stats = ethtool_ioctl::nic_stats(sock, dev, count)
        .map_err(ioctl_error("Cannot get stats information", 96))?;
    out.push_str("NIC statistics:\n");
    for (name, value) in stats.iter() {
        let _ = writeln!(out, "     {}: {value}", String::from_utf8_lossy(name));
    }
    Ok(())
}

/// An ioctl's failure as ethtool prints it (`perror(what)`), exiting with `code`.
fn ioctl_error(what: &'static str, code: u8) -> impl Fn(nlwire_rustix::Error) -> CliError {
    move |e| {
        let desc = e.errno().and_then(|errno| nlwire::errno::description(errno.raw_os_error()));
        let message = format!("{what}: {}", desc.map_or_else(|| e.to_string(), str::to_string));
        CliError::exit(code, message)
    }
}

/// The kernel's refusal as ethtool prints it ("netlink error: TEXT (offset
/// N)", then "netlink error: STRERROR"), exiting with `code` as ethtool does.
fn netlink_error(code: u8) -> impl Fn(nlwire_std::Error) -> CliError {
    move |e| match e {
        nlwire_std::Error::Kernel { errno, ref message, offset, .. } => {
            let mut text = String::new();
            if let Some(m) = message {
                let _ = write!(text, "netlink error: {m}");
                if let Some(o) = offset {
                    let _ = write!(text, " (offset {o})");
                }
                text.push('\n');
            }
            let desc =
                nlwire::errno::description(errno).map_or_else(|| format!("errno {errno}"), str::to_string);
            let _ = write!(text, "netlink error: {desc}");
            CliError::exit(code, text)
        }
        e => e.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Failure;

    fn words(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn patterns_match_as_ethtool_does() {
        assert!(pattern_match("tx-tcp6-segmentation", "tx-tcp*-segmentation"));
        assert!(pattern_match("tx-tcp-segmentation", "tx-tcp*-segmentation"));
        assert!(pattern_match("tx-scatter-gather", "tx-scatter-gather*"));
        assert!(pattern_match("tx-scatter-gather-fraglist", "tx-scatter-gather*"));
        assert!(!pattern_match("tx-gso-partial", "tx-tcp*-segmentation"));
        assert!(!pattern_match("rx-gro-hw", "rx-gro"));
    }

    #[test]
    fn parses_ethtool_command_lines() {
        assert_eq!(
            EthtoolCommand::parse(&words("-k v0")).unwrap(),
            EthtoolCommand::ShowFeatures("v0".into())
        );
        assert_eq!(
            EthtoolCommand::parse(&words("-K v0 gro on rx-gro off")).unwrap(),
            EthtoolCommand::SetFeatures("v0".into(), vec![("gro".into(), true), ("rx-gro".into(), false)])
        );
        assert_eq!(EthtoolCommand::parse(&words("-i v0")).unwrap(), EthtoolCommand::DriverInfo("v0".into()));
        assert_eq!(EthtoolCommand::parse(&words("-S v0")).unwrap(), EthtoolCommand::NicStats("v0".into()));
        assert_eq!(
            EthtoolCommand::parse(&words("-L v0 rx 2 combined 1")).unwrap(),
            EthtoolCommand::SetChannels("v0".into(), [Some(2), None, None, Some(1)])
        );
        for bad in [
            "-K v0 gro",
            "-K v0 gro maybe",
            "-K v0",
            "-L v0 rx x",
            "-L v0 foo 1",
            "-L v0",
            "-k",
            "-k v0 x",
            "-i v0 x",
            "-S",
            "-Z v0",
        ] {
            assert!(
                matches!(
                    EthtoolCommand::parse(&words(bad)).map_err(CliError::into_failure),
                    Err(Failure::Usage(_))
                ),
                "{bad}"
            );
        }
    }

    #[test]
    fn prints_features_as_ethtool() {
        let f = |name: &str, active: bool, hw: bool| FeatureState {
            index: 0,
            name: name.into(),
            active,
            wanted: active,
            hw,
            nochange: false,
        };
        let features = [
            f("tx-checksum-ipv4", false, false),
            f("tx-checksum-ip-generic", true, true),
            f("rx-gro", false, true),
            f("highdma", true, false),
            FeatureState { wanted: true, ..f("rx-lro", false, true) },
        ];
        let mut out = String::new();
        print_features(&mut out, "v0", &features);
        let want = "Features for v0:
rx-checksumming: off
tx-checksumming: on
\ttx-checksum-ipv4: off [fixed]
\ttx-checksum-ip-generic: on
scatter-gather: off
tcp-segmentation-offload: off
generic-segmentation-offload: off
generic-receive-offload: off
large-receive-offload: off [requested on]
rx-vlan-offload: off
tx-vlan-offload: off
ntuple-filters: off
receive-hashing: off
highdma: on [fixed]
";
        assert_eq!(out, want);
    }
}
