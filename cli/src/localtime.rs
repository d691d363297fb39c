//! Local time as the C library's `localtime` finds it, for ip's
//! timestamps (`monitor -t`): the zone file `TZ` names, else
//! /etc/localtime, read as RFC 8536 describes it.

/// The year, month (1-12) and day of the month of `days` since 1970-01-01
/// (Howard Hinnant's `civil_from_days`).
pub fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// C's `asctime` of `localtime(utc)`, without its line break:
/// `Sat Dec  5 16:24:54 2026`.
pub fn write_asctime(out: &mut impl std::io::Write, utc: i64) -> std::io::Result<()> {
    const WEEKDAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    const MONTHS: [&str; 12] =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let local = utc + offset(utc);
    let (days, secs) = (local.div_euclid(86_400), local.rem_euclid(86_400));
    let (year, month, day) = civil_from_days(days);
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    let weekday = WEEKDAYS[days.rem_euclid(7) as usize];
    let month = MONTHS[(month - 1).rem_euclid(12) as usize];
    write!(out, "{weekday} {month} {day:2} {h:02}:{m:02}:{s:02} {year}")
}

/// Seconds east of UTC at `utc` in the local zone, as the C library's
/// `localtime` finds it: the zone file `TZ` names (`:NAME`, a path, or a
/// name under /usr/share/zoneinfo), else /etc/localtime. A zone that is no
/// file (a POSIX rule such as `EST5EDT`) or that cannot be read is UTC.
pub fn offset(utc: i64) -> i64 {
    let path = match std::env::var_os("TZ") {
        None => std::path::PathBuf::from("/etc/localtime"),
        Some(tz) => {
            let tz = tz.to_string_lossy().trim_start_matches(':').to_owned();
            std::path::Path::new("/usr/share/zoneinfo").join(tz)
        }
    };
    std::fs::read(path).ok().and_then(|tzif| tzif_offset(&tzif, utc)).unwrap_or(0)
}

/// The offset a TZif file (RFC 8536) gives at `utc`: the type of the last
/// transition at or before it (the first type before any), from the 64-bit
/// data of a version 2+ file, else the 32-bit one.
fn tzif_offset(tzif: &[u8], utc: i64) -> Option<i64> {
    let be32 = |at: usize| tzif.get(at..at + 4).map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]));
    let counts = |header: usize| -> Option<[usize; 6]> {
        (tzif.get(header..header + 4)? == b"TZif").then_some(())?;
        let mut c = [0; 6];
        for (i, count) in c.iter_mut().enumerate() {
            *count = be32(header + 20 + 4 * i)? as usize;
            // More entries than bytes: not a zone file (and no overflow below).
            (*count <= tzif.len()).then_some(())?;
        }
        Some(c)
    };
    // isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt.
    let [isut, isstd, leap, time, types, chars] = counts(0)?;
    let v1_len = 44 + time * 5 + types * 6 + chars + leap * 8 + isstd + isut;
    let (header, width) = match tzif.get(4) {
        Some(&version) if version >= b'2' => (v1_len, 8),
        _ => (0, 4),
    };
    let [_, _, _, time, types, _] = counts(header)?;
    let times = header + 44;
    let indices = times + time * width;
    let infos = indices + time;
    let at = |i: usize| -> Option<i64> {
        let b = tzif.get(times + i * width..times + (i + 1) * width)?;
        Some(match width {
            8 => i64::from_be_bytes(b.try_into().ok()?),
            _ => i64::from(i32::from_be_bytes(b.try_into().ok()?)),
        })
    };
    let mut kind = 0;
    for i in 0..time {
        if at(i)? > utc {
            break;
        }
        kind = usize::from(*tzif.get(indices + i)?);
    }
    (kind < types).then_some(())?;
    Some(i64::from(be32(infos + kind * 6)? as i32))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A zone file of the system's tzdata, if it has one.
    fn zone(name: &str) -> Option<Vec<u8>> {
        let read = std::fs::read(format!("/usr/share/zoneinfo/{name}"));
        if read.is_err() {
            eprintln!("SKIP: no /usr/share/zoneinfo/{name}");
        }
        read.ok()
    }

    /// The offsets the zones' rules give (tzdata): India's fixed +05:30,
    /// New York's -05:00 in winter and -04:00 in summer (2026-01-15 and
    /// 2026-07-15, 12:00 UTC).
    #[test]
    fn offsets_are_the_zones() {
        let (winter, summer) = (1_768_478_400, 1_784_116_800);
        if let Some(kolkata) = zone("Asia/Kolkata") {
            assert_eq!(tzif_offset(&kolkata, summer), Some(19_800));
        }
        if let Some(new_york) = zone("America/New_York") {
            assert_eq!(tzif_offset(&new_york, winter), Some(-18_000));
            assert_eq!(tzif_offset(&new_york, summer), Some(-14_400));
        }
    }

    /// Every cut of a zone file, and one whose counts claim more than it
    /// holds: an answer or none, never a panic.
    #[test]
    fn broken_zone_files_are_no_zone() {
        let Some(new_york) = zone("America/New_York") else { return };
        for len in 0..new_york.len() {
            let _ = tzif_offset(&new_york[..len], 0);
        }
        let mut lying = new_york.clone();
        lying[32..36].copy_from_slice(&u32::MAX.to_be_bytes());
        assert_eq!(tzif_offset(&lying, 0), None);
        assert_eq!(tzif_offset(b"not a zone", 0), None);
    }

    #[test]
    fn days_are_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(20_427), (2025, 12, 5));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
    }
}
