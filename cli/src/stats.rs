//! A link's counters as `ip -s` (and `ip -s -s`, with the error breakdown)
//! prints them under `link show` and `address show`: ip 6.1's table, or its
//! `stats64` object.
//!
//! ```text
//!     RX:  bytes packets errors dropped  missed   mcast
//!            980      14      0       0       0       0
//! ```

use std::io::{self, Write};

use nlwire::link::{Link, RtnlLinkStats64};

use crate::json::Json;
use crate::out::{digits, Out};
use crate::sink::Sink;
use crate::Result;

/// Writes the counters of `l` at `level` (1 for `-s`, 2 for `-s -s`): the
/// `stats64` key, or the text lines with the newline that ends them, the
/// counters in units of `human` (ip's `-h`: 1000, 1024 with `-iec`) when
/// given (JSON's are exact, as ip's). Nothing when the kernel sent no
/// `IFLA_STATS64`.
pub fn print<W: Write>(p: &mut Sink<'_, W>, l: &Link<'_>, level: u8, human: Option<u64>) -> Result<()> {
    let Some(s) = l.stats64()? else { return Ok(()) };
    counters(p, &s, l.carrier_changes()?, level, human)?;
    if let Sink::Text(out) = p {
        out.byte(b'\n')?;
    }
    Ok(())
}

/// ip's `print_stats64` of `s`: the `stats64` key, or the text lines
/// without the newline that ends the last (`ip stats show`'s `link` and
/// `cpu_hit`; [`print`] for `link show -s`).
pub fn counters<W: Write>(
    p: &mut Sink<'_, W>,
    s: &RtnlLinkStats64,
    carrier_changes: Option<u32>,
    level: u8,
    human: Option<u64>,
) -> io::Result<()> {
    match p {
        Sink::Json(j) => json(j, s, carrier_changes, level),
        Sink::Text(out) => text(out, s, carrier_changes, level, human),
    }
}

/// Five received and four sent counters as ip's `print_hw_stats64`
/// (`ip stats`'s `l3_stats`, `RX:`'s last `mcast`) and
/// `print_mpls_link_stats` (`afstats`' `mpls`, `noroute`) print them:
/// the object `key`, or four lines without the newline that ends the
/// last, the five columns as wide as `*X: bytes`, `packets`, `errors`,
/// `dropped`, `overrun` or the widest number.
pub fn short_counters<W: Write>(
    p: &mut Sink<'_, W>,
    key: &str,
    rx: [u64; 5],
    tx: [u64; 4],
    (last_label, last_key): (&str, &str),
    human: Option<u64>,
) -> io::Result<()> {
    let out = match p {
        Sink::Json(j) => {
            j.key(key)?;
            j.begin_object()?;
            for (key, names, values) in [
                ("rx", &["bytes", "packets", "errors", "dropped", last_key][..], &rx[..]),
                ("tx", &["bytes", "packets", "errors", "dropped"][..], &tx[..]),
            ] {
                j.key(key)?;
                j.begin_object()?;
                names.iter().zip(values).try_for_each(|(k, v)| j.field_num(*k, *v))?;
                j.end_object()?;
            }
            return j.end_object();
        }
        Sink::Text(out) => out,
    };
    let mut c = [9, 7, 6, 7, 7];
    if human.is_none() {
        widen(&mut c, &rx);
        widen(&mut c, &tx);
    }
    out.str("    RX:")?;
    cells(
        out,
        &[(c[0] - 4, "bytes"), (c[1], "packets"), (c[2], "errors"), (c[3], "dropped"), (c[4], last_label)],
    )?;
    out.str("\n    ")?;
    numbers(out, human, c.into_iter().zip(rx))?;
    out.str("\n    TX:")?;
    cells(out, &[(c[0] - 4, "bytes"), (c[1], "packets"), (c[2], "errors"), (c[3], "dropped")])?;
    out.str("\n    ")?;
    numbers(out, human, c.into_iter().zip(tx))
}

/// A counter as ip's `print_num` writes it under `-h`: below `base` as it
/// is, else in the largest unit (`k`, `M`, ... `E`, with `i` for 1024) that
/// leaves it at least 1, with two decimals below 10, one below 100.
///
/// ```text
/// 999 -> 999   3582 -> 3.58k   14462 -> 14.5k   144242 -> 144k   (1024: 3582 -> 3.50ki)
/// ```
pub fn human_count(count: u64, base: u64) -> String {
    const UNITS: &[u8] = b"kMGTPE";
    if count < base {
        return count.to_string();
    }
    let (mut unit, mut scale) = (0, base);
    while count / base >= scale && unit + 1 < UNITS.len() {
        scale *= base;
        unit += 1;
    }
    let whole = count / scale;
    let decimals = match whole {
        0..10 => 2,
        10..100 => 1,
        _ => 0,
    };
    let iec = if base == 1024 { "i" } else { "" };
    format!("{:.*}{}{iec}", decimals, count as f64 / scale as f64, char::from(UNITS[unit]))
}

/// The `stats64` object: the keys ip prints always, then those it prints
/// only when not zero (`compressed`, `nohandler`, `otherhost`), and
/// `carrier_changes` when the kernel sent it.
fn json<W: Write>(
    j: &mut Json<W>,
    s: &RtnlLinkStats64,
    carrier_changes: Option<u32>,
    level: u8,
) -> io::Result<()> {
    fn fields<W: Write>(j: &mut Json<W>, all: bool, fields: &[(&str, u64)]) -> io::Result<()> {
        fields.iter().filter(|(_, v)| all || *v != 0).try_for_each(|(k, v)| j.field_num(*k, *v))
    }
    j.key("stats64")?;
    j.begin_object()?;
    j.key("rx")?;
    j.begin_object()?;
    fields(
        j,
        true,
        &[
            ("bytes", s.rx_bytes.get()),
            ("packets", s.rx_packets.get()),
            ("errors", s.rx_errors.get()),
            ("dropped", s.rx_dropped.get()),
            ("over_errors", s.rx_over_errors.get()),
            ("multicast", s.multicast.get()),
        ],
    )?;
    fields(j, false, &[("compressed", s.rx_compressed.get())])?;
    if level > 1 {
        fields(
            j,
            true,
            &[
                ("length_errors", s.rx_length_errors.get()),
                ("crc_errors", s.rx_crc_errors.get()),
                ("frame_errors", s.rx_frame_errors.get()),
                ("fifo_errors", s.rx_fifo_errors.get()),
                ("missed_errors", s.rx_missed_errors.get()),
            ],
        )?;
        fields(
            j,
            false,
            &[("nohandler", s.rx_nohandler.get()), ("otherhost", s.rx_otherhost_dropped.get())],
        )?;
    }
    j.end_object()?;
    j.key("tx")?;
    j.begin_object()?;
    fields(
        j,
        true,
        &[
            ("bytes", s.tx_bytes.get()),
            ("packets", s.tx_packets.get()),
            ("errors", s.tx_errors.get()),
            ("dropped", s.tx_dropped.get()),
            ("carrier_errors", s.tx_carrier_errors.get()),
            ("collisions", s.collisions.get()),
        ],
    )?;
    fields(j, false, &[("compressed", s.tx_compressed.get())])?;
    if level > 1 {
        fields(
            j,
            true,
            &[
                ("aborted_errors", s.tx_aborted_errors.get()),
                ("fifo_errors", s.tx_fifo_errors.get()),
                ("window_errors", s.tx_window_errors.get()),
                ("heartbeat_errors", s.tx_heartbeat_errors.get()),
            ],
        )?;
        if let Some(changes) = carrier_changes {
            j.field_num("carrier_changes", changes)?;
        }
    }
    j.end_object()?;
    j.end_object()
}

/// The text table. Its eight columns start as wide as ip's longest
/// headings (`*X errors:`, `packets`, `errors`, `dropped`, `heartbt`,
/// `overrun`, `compressed`, `otherhost`) and widen to the longest number
/// in them, as ip's `size_columns`.
fn text<W: Write>(
    out: &mut Out<W>,
    s: &RtnlLinkStats64,
    carrier_changes: Option<u32>,
    level: u8,
    human: Option<u64>,
) -> io::Result<()> {
    let rx = [
        s.rx_bytes.get(),
        s.rx_packets.get(),
        s.rx_errors.get(),
        s.rx_dropped.get(),
        s.rx_missed_errors.get(),
        s.multicast.get(),
        s.rx_compressed.get(),
        0,
    ];
    let rx_errors = [
        0,
        s.rx_length_errors.get(),
        s.rx_crc_errors.get(),
        s.rx_frame_errors.get(),
        s.rx_fifo_errors.get(),
        s.rx_over_errors.get(),
        s.rx_nohandler.get(),
        s.rx_otherhost_dropped.get(),
    ];
    let tx = [
        s.tx_bytes.get(),
        s.tx_packets.get(),
        s.tx_errors.get(),
        s.tx_dropped.get(),
        s.tx_carrier_errors.get(),
        s.collisions.get(),
        s.tx_compressed.get(),
        0,
    ];
    let changes = carrier_changes.map(u64::from);
    let tx_errors = [
        0,
        s.tx_aborted_errors.get(),
        s.tx_fifo_errors.get(),
        s.tx_window_errors.get(),
        s.tx_heartbeat_errors.get(),
        changes.unwrap_or(0),
    ];
    let mut cols = [10, 7, 6, 7, 7, 7, 10, 9];
    // Under `-h` ip keeps the headings' widths.
    if human.is_none() {
        widen(&mut cols, &rx);
        widen(&mut cols, &tx);
    }
    if level > 1 && human.is_none() {
        widen(&mut cols, &rx_errors);
        // ip sizes these one column to the right of where it prints them.
        widen(&mut cols[1..], &tx_errors);
    }
    let c = cols;
    let heading = |v: u64, label| if v != 0 { label } else { "" };
    out.str("    RX:")?;
    cells(out, &[(c[0] - 4, "bytes"), (c[1], "packets"), (c[2], "errors"), (c[3], "dropped")])?;
    cells(out, &[(c[4], "missed"), (c[5], "mcast"), (c[6], heading(rx[6], "compressed"))])?;
    out.str("\n    ")?;
    numbers(out, human, c.into_iter().zip(rx).take(6).chain(not_zero(c[6], rx[6])))?;
    if level > 1 {
        out.str("\n    RX errors:")?;
        out.spaces(c[0] - 10)?;
        cells(out, &[(c[1], "length"), (c[2], "crc"), (c[3], "frame"), (c[4], "fifo"), (c[5], "overrun")])?;
        for (at, label) in [(6, "nohandler"), (7, "otherhost")] {
            if rx_errors[at] != 0 {
                cells(out, &[(c[at], label)])?;
            }
        }
        out.byte(b'\n')?;
        out.spaces(c[0] + 5)?;
        let optional = not_zero(c[6], rx_errors[6]).into_iter().chain(not_zero(c[7], rx_errors[7]));
        numbers(out, human, c.into_iter().zip(rx_errors).take(6).skip(1).chain(optional))?;
    }
    out.str("\n    TX:")?;
    cells(out, &[(c[0] - 4, "bytes"), (c[1], "packets"), (c[2], "errors"), (c[3], "dropped")])?;
    cells(out, &[(c[4], "carrier"), (c[5], "collsns"), (c[6], heading(tx[6], "compressed"))])?;
    out.str("\n    ")?;
    numbers(out, human, c.into_iter().zip(tx).take(6).chain(not_zero(c[6], tx[6])))?;
    if level > 1 {
        out.str("\n    TX errors:")?;
        out.spaces(c[0] - 10)?;
        cells(out, &[(c[1], "aborted"), (c[2], "fifo"), (c[3], "window"), (c[4], "heartbt")])?;
        // Without a carrier count (ip stats), ip pads its column all the same.
        cells(out, &[(c[5], if changes.is_some() { "transns" } else { "" })])?;
        out.byte(b'\n')?;
        out.spaces(c[0] + 5)?;
        let changes = changes.map(|v| (c[5], v));
        numbers(out, human, c.into_iter().zip(tx_errors).take(5).skip(1).chain(changes))?;
    }
    Ok(())
}

/// Widens each column to the digits of its value.
fn widen(cols: &mut [usize], values: &[u64]) {
    for (col, value) in cols.iter_mut().zip(values) {
        *col = (*col).max(digits(*value));
    }
}

/// Each ` label` right-aligned in its width, as ip's ` %*s`.
fn cells<W: Write>(out: &mut Out<W>, cells: &[(usize, &str)]) -> io::Result<()> {
    cells.iter().try_for_each(|(width, label)| {
        out.spaces(1 + width.saturating_sub(label.len()))?;
        out.str(label)
    })
}

/// `value` in its column when it is not zero: the counters ip prints only then.
fn not_zero(width: usize, value: u64) -> Option<(usize, u64)> {
    (value != 0).then_some((width, value))
}

/// Each number right-aligned in its width (in `human`'s units when
/// given) and followed by a space (ip's `print_num`).
fn numbers<W: Write>(
    out: &mut Out<W>,
    human: Option<u64>,
    mut numbers: impl Iterator<Item = (usize, u64)>,
) -> io::Result<()> {
    numbers.try_for_each(|(width, value)| {
        match human {
            Some(base) => {
                let shown = human_count(value, base);
                out.spaces(width.saturating_sub(shown.len()))?;
                out.str(&shown)?;
            }
            None => out.num_right(width, value)?,
        }
        out.byte(b' ')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Counters and what ip 6.1 printed for them under `-s -h` and `-iec
    /// -s -h` (run on a veth pair between two namespaces after sending
    /// datagrams from one end to the other).
    #[test]
    fn counters_are_shown_in_ips_units() {
        let seen: [(u64, &str, &str); 12] = [
            (7, "7", "7"),
            (101, "101", "101"),
            (1212, "1.21k", "1.18ki"),
            (1302, "1.30k", "1.27ki"),
            (2002, "2.00k", "1.96ki"),
            (3582, "3.58k", "3.50ki"),
            (7164, "7.16k", "7.00ki"),
            (14462, "14.5k", "14.1ki"),
            (144242, "144k", "141ki"),
            (1744904, "1.74M", "1.66Mi"),
            (1874684, "1.87M", "1.79Mi"),
            (2884084, "2.88M", "2.75Mi"),
        ];
        for (count, decimal, binary) in seen {
            assert_eq!(human_count(count, 1000), decimal, "{count}");
            assert_eq!(human_count(count, 1024), binary, "{count}");
        }
    }

    /// An `RTM_NEWLINK` with `IFLA_STATS64` (the 25 counters of `struct
    /// rtnl_link_stats64`, in the UAPI's order) and `IFLA_CARRIER_CHANGES`,
    /// built byte by byte.
    fn link_message(counters: [u64; 25], carrier_changes: u32) -> Vec<u8> {
        let mut attrs = Vec::new();
        attrs.extend_from_slice(&(4u16 + 200).to_ne_bytes());
        attrs.extend_from_slice(&23u16.to_ne_bytes()); // IFLA_STATS64
        counters.iter().for_each(|c| attrs.extend_from_slice(&c.to_ne_bytes()));
        attrs.extend_from_slice(&8u16.to_ne_bytes());
        attrs.extend_from_slice(&35u16.to_ne_bytes()); // IFLA_CARRIER_CHANGES
        attrs.extend_from_slice(&carrier_changes.to_ne_bytes());
        let mut msg = Vec::new();
        msg.extend_from_slice(&(16 + 16 + attrs.len() as u32).to_ne_bytes());
        msg.extend_from_slice(&16u16.to_ne_bytes()); // RTM_NEWLINK
        msg.extend_from_slice(&[0; 10]); // flags, seq, pid
        msg.extend_from_slice(&[0; 4]); // family, pad, type
        msg.extend_from_slice(&7i32.to_ne_bytes()); // ifindex
        msg.extend_from_slice(&[0; 8]); // flags, change
        msg.extend_from_slice(&attrs);
        msg
    }

    /// Counters too wide for ip's columns widen them; `compressed`,
    /// `nohandler` and `transns` show; the TX error columns are sized one
    /// to the right of where they are printed, as ip 6.1 does (so a wide
    /// heartbeat count widens `transns`, not `heartbt`). The expected
    /// lines follow iproute2 6.1's `print_stats64` formats by hand.
    #[test]
    fn wide_counters_widen_the_columns_as_ip_does() {
        let mut c = [0u64; 25];
        c[0] = 123_456_789; // rx_packets
        c[1] = 2; // tx_packets
        c[2] = 12_345_678_901; // rx_bytes
        c[3] = 3; // tx_bytes
        c[6] = 4; // rx_dropped
        c[11] = 7; // rx_over_errors
        c[15] = 1; // rx_missed_errors
        c[19] = 1_234_567_890; // tx_heartbeat_errors
        c[21] = 3; // rx_compressed
        c[23] = 5; // rx_nohandler
        let bytes = link_message(c, 2);
        let msg = nlwire::Messages::new(&bytes).next().unwrap().unwrap();
        let link = Link::parse(&msg).unwrap();
        let printed = |level| {
            let mut sink = Vec::new();
            let mut json = Json::new(&mut sink, false);
            print(&mut Sink::Text(json.out()), &link, level, None).unwrap();
            drop(json);
            String::from_utf8(sink).unwrap()
        };
        let want = "    RX:   bytes   packets errors dropped  missed      mcast compressed\n\
                    \x20   12345678901 123456789      0       4       1          0          3 \n\
                    \x20   RX errors:     length    crc   frame    fifo    overrun  nohandler\n\
                    \x20                       0      0       0       0          7          5 \n\
                    \x20   TX:   bytes   packets errors dropped carrier    collsns           \n\
                    \x20             3         2      0       0       0          0 \n\
                    \x20   TX errors:    aborted   fifo  window heartbt    transns\n\
                    \x20                       0      0       0 1234567890          2 \n";
        assert_eq!(printed(2), want);
        // With -s alone the error counters do not widen anything.
        let once = "    RX:   bytes   packets errors dropped  missed   mcast compressed\n\
                    \x20   12345678901 123456789      0       4       1       0          3 \n\
                    \x20   TX:   bytes   packets errors dropped carrier collsns           \n\
                    \x20             3         2      0       0       0       0 \n";
        assert_eq!(printed(1), once);
    }
}
