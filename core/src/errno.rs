//! Errno names and messages: `17` is `EEXIST`, "File exists".
//!
//! The kernel answers a failed netlink request with a negative errno in
//! `struct nlmsgerr` ([`ErrorMessage::errno`](crate::ErrorMessage::errno)
//! gives it positive). [`name`] turns it into its symbolic name and
//! [`description`] into the message glibc's `strerror` prints, so a tool can
//! print `RTNETLINK answers: File exists` exactly as iproute2 does. Both are
//! one `match` over static strings: no allocation, no locale.
//!
//! ```
//! use nlwire::errno;
//! let code = 17; // e.g. ErrorMessage::errno()
//! assert_eq!(errno::name(code), Some("EEXIST"));
//! let text = errno::description(code).unwrap_or("Unknown error");
//! assert_eq!(format!("RTNETLINK answers: {text}"), "RTNETLINK answers: File exists");
//! ```
//!
//! # Numbering
//!
//! The table is the generic Linux numbering of
//! `include/uapi/asm-generic/errno-base.h` and `errno.h`, 1 to 133
//! (`EHWPOISON`), used by x86, x86_64, arm, aarch64, riscv, loongarch, s390x,
//! csky and (but for one alias, see below) powerpc. The messages are glibc's.
//!
//! - Aliases give the primary name: 11 is `EAGAIN` (also `EWOULDBLOCK`),
//!   35 is `EDEADLK` (also `EDEADLOCK`), 95 is `EOPNOTSUPP` (glibc's
//!   `ENOTSUP`).
//! - 41 and 58 are holes in the numbering: no name, no description
//!   (glibc prints `Unknown error 41`).
//! - mips, sparc, alpha and parisc number most errnos differently (`EEXIST`
//!   is 17 everywhere, but `EOPNOTSUPP` is 122 on mips and 45 on sparc): on
//!   those targets these functions give the generic meaning, which is wrong
//!   for many codes, and this module's cross-check test against
//!   `linux-raw-sys` fails. powerpc also defines `EDEADLOCK` as 58, which
//!   this table leaves unnamed.

/// The symbolic name of a (positive) errno: `17` gives `"EEXIST"`.
///
/// For an alias the primary name is returned (`11` is `"EAGAIN"`, not
/// `"EWOULDBLOCK"`). `None` for 0, negative numbers, the holes 41 and 58,
/// and anything above 133. The numbering is the generic one; see the
/// [module documentation](self) for the architectures that differ.
///
/// ```
/// use nlwire::errno::name;
/// assert_eq!(name(17), Some("EEXIST"));
/// assert_eq!(name(95), Some("EOPNOTSUPP"));
/// assert_eq!(name(-17), None); // pass the errno positive
/// ```
pub fn name(errno: i32) -> Option<&'static str> {
    entry(errno).map(|(name, _)| name)
}

/// The message glibc's `strerror` gives a (positive) errno: `17` gives
/// `"File exists"`.
///
/// `None` exactly when [`name`] is `None`; glibc would print
/// `Unknown error N` there, which a caller can format itself.
///
/// ```
/// use nlwire::errno::description;
/// assert_eq!(description(17), Some("File exists"));
/// assert_eq!(description(101), Some("Network is unreachable"));
/// assert_eq!(description(0), None);
/// ```
pub fn description(errno: i32) -> Option<&'static str> {
    entry(errno).map(|(_, description)| description)
}

/// `(name, description)` of one errno, generic numbering.
fn entry(errno: i32) -> Option<(&'static str, &'static str)> {
    Some(match errno {
        1 => ("EPERM", "Operation not permitted"),
        2 => ("ENOENT", "No such file or directory"),
        3 => ("ESRCH", "No such process"),
        4 => ("EINTR", "Interrupted system call"),
        5 => ("EIO", "Input/output error"),
        6 => ("ENXIO", "No such device or address"),
        7 => ("E2BIG", "Argument list too long"),
        8 => ("ENOEXEC", "Exec format error"),
        9 => ("EBADF", "Bad file descriptor"),
        10 => ("ECHILD", "No child processes"),
        11 => ("EAGAIN", "Resource temporarily unavailable"),
        12 => ("ENOMEM", "Cannot allocate memory"),
        13 => ("EACCES", "Permission denied"),
        14 => ("EFAULT", "Bad address"),
        15 => ("ENOTBLK", "Block device required"),
        16 => ("EBUSY", "Device or resource busy"),
        17 => ("EEXIST", "File exists"),
        18 => ("EXDEV", "Invalid cross-device link"),
        19 => ("ENODEV", "No such device"),
        20 => ("ENOTDIR", "Not a directory"),
        21 => ("EISDIR", "Is a directory"),
        22 => ("EINVAL", "Invalid argument"),
        23 => ("ENFILE", "Too many open files in system"),
        24 => ("EMFILE", "Too many open files"),
        25 => ("ENOTTY", "Inappropriate ioctl for device"),
        26 => ("ETXTBSY", "Text file busy"),
        27 => ("EFBIG", "File too large"),
        28 => ("ENOSPC", "No space left on device"),
        29 => ("ESPIPE", "Illegal seek"),
        30 => ("EROFS", "Read-only file system"),
        31 => ("EMLINK", "Too many links"),
        32 => ("EPIPE", "Broken pipe"),
        33 => ("EDOM", "Numerical argument out of domain"),
        34 => ("ERANGE", "Numerical result out of range"),
        35 => ("EDEADLK", "Resource deadlock avoided"),
        36 => ("ENAMETOOLONG", "File name too long"),
        37 => ("ENOLCK", "No locks available"),
        38 => ("ENOSYS", "Function not implemented"),
        39 => ("ENOTEMPTY", "Directory not empty"),
        40 => ("ELOOP", "Too many levels of symbolic links"),
        42 => ("ENOMSG", "No message of desired type"),
        43 => ("EIDRM", "Identifier removed"),
        44 => ("ECHRNG", "Channel number out of range"),
        45 => ("EL2NSYNC", "Level 2 not synchronized"),
        46 => ("EL3HLT", "Level 3 halted"),
        47 => ("EL3RST", "Level 3 reset"),
        48 => ("ELNRNG", "Link number out of range"),
        49 => ("EUNATCH", "Protocol driver not attached"),
        50 => ("ENOCSI", "No CSI structure available"),
        51 => ("EL2HLT", "Level 2 halted"),
        52 => ("EBADE", "Invalid exchange"),
        53 => ("EBADR", "Invalid request descriptor"),
        54 => ("EXFULL", "Exchange full"),
        55 => ("ENOANO", "No anode"),
        56 => ("EBADRQC", "Invalid request code"),
        57 => ("EBADSLT", "Invalid slot"),
        59 => ("EBFONT", "Bad font file format"),
        60 => ("ENOSTR", "Device not a stream"),
        61 => ("ENODATA", "No data available"),
        62 => ("ETIME", "Timer expired"),
        63 => ("ENOSR", "Out of streams resources"),
        64 => ("ENONET", "Machine is not on the network"),
        65 => ("ENOPKG", "Package not installed"),
        66 => ("EREMOTE", "Object is remote"),
        67 => ("ENOLINK", "Link has been severed"),
        68 => ("EADV", "Advertise error"),
        69 => ("ESRMNT", "Srmount error"),
        70 => ("ECOMM", "Communication error on send"),
        71 => ("EPROTO", "Protocol error"),
        72 => ("EMULTIHOP", "Multihop attempted"),
        73 => ("EDOTDOT", "RFS specific error"),
        74 => ("EBADMSG", "Bad message"),
        75 => ("EOVERFLOW", "Value too large for defined data type"),
        76 => ("ENOTUNIQ", "Name not unique on network"),
        77 => ("EBADFD", "File descriptor in bad state"),
        78 => ("EREMCHG", "Remote address changed"),
        79 => ("ELIBACC", "Can not access a needed shared library"),
        80 => ("ELIBBAD", "Accessing a corrupted shared library"),
        81 => ("ELIBSCN", ".lib section in a.out corrupted"),
        82 => ("ELIBMAX", "Attempting to link in too many shared libraries"),
        83 => ("ELIBEXEC", "Cannot exec a shared library directly"),
        84 => ("EILSEQ", "Invalid or incomplete multibyte or wide character"),
        85 => ("ERESTART", "Interrupted system call should be restarted"),
        86 => ("ESTRPIPE", "Streams pipe error"),
        87 => ("EUSERS", "Too many users"),
        88 => ("ENOTSOCK", "Socket operation on non-socket"),
        89 => ("EDESTADDRREQ", "Destination address required"),
        90 => ("EMSGSIZE", "Message too long"),
        91 => ("EPROTOTYPE", "Protocol wrong type for socket"),
        92 => ("ENOPROTOOPT", "Protocol not available"),
        93 => ("EPROTONOSUPPORT", "Protocol not supported"),
        94 => ("ESOCKTNOSUPPORT", "Socket type not supported"),
        95 => ("EOPNOTSUPP", "Operation not supported"),
        96 => ("EPFNOSUPPORT", "Protocol family not supported"),
        97 => ("EAFNOSUPPORT", "Address family not supported by protocol"),
        98 => ("EADDRINUSE", "Address already in use"),
        99 => ("EADDRNOTAVAIL", "Cannot assign requested address"),
        100 => ("ENETDOWN", "Network is down"),
        101 => ("ENETUNREACH", "Network is unreachable"),
        102 => ("ENETRESET", "Network dropped connection on reset"),
        103 => ("ECONNABORTED", "Software caused connection abort"),
        104 => ("ECONNRESET", "Connection reset by peer"),
        105 => ("ENOBUFS", "No buffer space available"),
        106 => ("EISCONN", "Transport endpoint is already connected"),
        107 => ("ENOTCONN", "Transport endpoint is not connected"),
        108 => ("ESHUTDOWN", "Cannot send after transport endpoint shutdown"),
        109 => ("ETOOMANYREFS", "Too many references: cannot splice"),
        110 => ("ETIMEDOUT", "Connection timed out"),
        111 => ("ECONNREFUSED", "Connection refused"),
        112 => ("EHOSTDOWN", "Host is down"),
        113 => ("EHOSTUNREACH", "No route to host"),
        114 => ("EALREADY", "Operation already in progress"),
        115 => ("EINPROGRESS", "Operation now in progress"),
        116 => ("ESTALE", "Stale file handle"),
        117 => ("EUCLEAN", "Structure needs cleaning"),
        118 => ("ENOTNAM", "Not a XENIX named type file"),
        119 => ("ENAVAIL", "No XENIX semaphores available"),
        120 => ("EISNAM", "Is a named type file"),
        121 => ("EREMOTEIO", "Remote I/O error"),
        122 => ("EDQUOT", "Disk quota exceeded"),
        123 => ("ENOMEDIUM", "No medium found"),
        124 => ("EMEDIUMTYPE", "Wrong medium type"),
        125 => ("ECANCELED", "Operation canceled"),
        126 => ("ENOKEY", "Required key not available"),
        127 => ("EKEYEXPIRED", "Key has expired"),
        128 => ("EKEYREVOKED", "Key has been revoked"),
        129 => ("EKEYREJECTED", "Key was rejected by service"),
        130 => ("EOWNERDEAD", "Owner died"),
        131 => ("ENOTRECOVERABLE", "State not recoverable"),
        132 => ("ERFKILL", "Operation not possible due to RF-kill"),
        133 => ("EHWPOISON", "Memory page has hardware error"),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values() {
        let known = [
            (1, "EPERM", "Operation not permitted"),
            (2, "ENOENT", "No such file or directory"),
            (3, "ESRCH", "No such process"),
            (11, "EAGAIN", "Resource temporarily unavailable"),
            (13, "EACCES", "Permission denied"),
            (16, "EBUSY", "Device or resource busy"),
            (17, "EEXIST", "File exists"),
            (19, "ENODEV", "No such device"),
            (22, "EINVAL", "Invalid argument"),
            (34, "ERANGE", "Numerical result out of range"),
            (35, "EDEADLK", "Resource deadlock avoided"),
            (61, "ENODATA", "No data available"),
            (75, "EOVERFLOW", "Value too large for defined data type"),
            (95, "EOPNOTSUPP", "Operation not supported"),
            (97, "EAFNOSUPPORT", "Address family not supported by protocol"),
            (99, "EADDRNOTAVAIL", "Cannot assign requested address"),
            (101, "ENETUNREACH", "Network is unreachable"),
            (105, "ENOBUFS", "No buffer space available"),
            (133, "EHWPOISON", "Memory page has hardware error"),
        ];
        for (n, nm, desc) in known {
            assert_eq!(name(n), Some(nm), "{n}");
            assert_eq!(description(n), Some(desc), "{n}");
        }
    }

    /// Every number in 1..=133 is named and described but the two holes.
    #[test]
    fn all_numbers_covered() {
        for n in 1..=133 {
            if n == 41 || n == 58 {
                assert_eq!((name(n), description(n)), (None, None), "{n}");
                continue;
            }
            let (nm, desc) = (name(n).unwrap(), description(n).unwrap());
            assert!(nm.len() > 1 && nm.starts_with('E'), "{n}: {nm}");
            assert!(nm.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()), "{n}: {nm}");
            assert!(!desc.is_empty(), "{n}");
        }
    }

    #[test]
    fn out_of_range() {
        for n in [0, -1, -17, 134, 512, i32::MIN, i32::MAX] {
            assert_eq!(name(n), None, "{n}");
            assert_eq!(description(n), None, "{n}");
        }
    }

    #[test]
    fn names_unique() {
        for a in 1..=133 {
            for b in (a + 1)..=133 {
                if let (Some(x), Some(y)) = (name(a), name(b)) {
                    assert_ne!(x, y, "{a} and {b}");
                }
            }
        }
    }

    /// The table against the kernel headers `linux-raw-sys` was generated
    /// from, for the target being built: fails on mips, sparc, alpha and
    /// parisc, whose numbering differs.
    #[test]
    fn matches_linux_raw_sys() {
        use linux_raw_sys::errno as k;
        let kernel = [
            (k::EPERM, "EPERM"),
            (k::ENOENT, "ENOENT"),
            (k::ESRCH, "ESRCH"),
            (k::EINTR, "EINTR"),
            (k::EIO, "EIO"),
            (k::ENXIO, "ENXIO"),
            (k::E2BIG, "E2BIG"),
            (k::ENOEXEC, "ENOEXEC"),
            (k::EBADF, "EBADF"),
            (k::ECHILD, "ECHILD"),
            (k::EAGAIN, "EAGAIN"),
            (k::ENOMEM, "ENOMEM"),
            (k::EACCES, "EACCES"),
            (k::EFAULT, "EFAULT"),
            (k::ENOTBLK, "ENOTBLK"),
            (k::EBUSY, "EBUSY"),
            (k::EEXIST, "EEXIST"),
            (k::EXDEV, "EXDEV"),
            (k::ENODEV, "ENODEV"),
            (k::ENOTDIR, "ENOTDIR"),
            (k::EISDIR, "EISDIR"),
            (k::EINVAL, "EINVAL"),
            (k::ENFILE, "ENFILE"),
            (k::EMFILE, "EMFILE"),
            (k::ENOTTY, "ENOTTY"),
            (k::ETXTBSY, "ETXTBSY"),
            (k::EFBIG, "EFBIG"),
            (k::ENOSPC, "ENOSPC"),
            (k::ESPIPE, "ESPIPE"),
            (k::EROFS, "EROFS"),
            (k::EMLINK, "EMLINK"),
            (k::EPIPE, "EPIPE"),
            (k::EDOM, "EDOM"),
            (k::ERANGE, "ERANGE"),
            (k::EDEADLK, "EDEADLK"),
            (k::ENAMETOOLONG, "ENAMETOOLONG"),
            (k::ENOLCK, "ENOLCK"),
            (k::ENOSYS, "ENOSYS"),
            (k::ENOTEMPTY, "ENOTEMPTY"),
            (k::ELOOP, "ELOOP"),
            (k::ENOMSG, "ENOMSG"),
            (k::EIDRM, "EIDRM"),
            (k::ECHRNG, "ECHRNG"),
            (k::EL2NSYNC, "EL2NSYNC"),
            (k::EL3HLT, "EL3HLT"),
            (k::EL3RST, "EL3RST"),
            (k::ELNRNG, "ELNRNG"),
            (k::EUNATCH, "EUNATCH"),
            (k::ENOCSI, "ENOCSI"),
            (k::EL2HLT, "EL2HLT"),
            (k::EBADE, "EBADE"),
            (k::EBADR, "EBADR"),
            (k::EXFULL, "EXFULL"),
            (k::ENOANO, "ENOANO"),
            (k::EBADRQC, "EBADRQC"),
            (k::EBADSLT, "EBADSLT"),
            (k::EBFONT, "EBFONT"),
            (k::ENOSTR, "ENOSTR"),
            (k::ENODATA, "ENODATA"),
            (k::ETIME, "ETIME"),
            (k::ENOSR, "ENOSR"),
            (k::ENONET, "ENONET"),
            (k::ENOPKG, "ENOPKG"),
            (k::EREMOTE, "EREMOTE"),
            (k::ENOLINK, "ENOLINK"),
            (k::EADV, "EADV"),
            (k::ESRMNT, "ESRMNT"),
            (k::ECOMM, "ECOMM"),
            (k::EPROTO, "EPROTO"),
            (k::EMULTIHOP, "EMULTIHOP"),
            (k::EDOTDOT, "EDOTDOT"),
            (k::EBADMSG, "EBADMSG"),
            (k::EOVERFLOW, "EOVERFLOW"),
            (k::ENOTUNIQ, "ENOTUNIQ"),
            (k::EBADFD, "EBADFD"),
            (k::EREMCHG, "EREMCHG"),
            (k::ELIBACC, "ELIBACC"),
            (k::ELIBBAD, "ELIBBAD"),
            (k::ELIBSCN, "ELIBSCN"),
            (k::ELIBMAX, "ELIBMAX"),
            (k::ELIBEXEC, "ELIBEXEC"),
            (k::EILSEQ, "EILSEQ"),
            (k::ERESTART, "ERESTART"),
            (k::ESTRPIPE, "ESTRPIPE"),
            (k::EUSERS, "EUSERS"),
            (k::ENOTSOCK, "ENOTSOCK"),
            (k::EDESTADDRREQ, "EDESTADDRREQ"),
            (k::EMSGSIZE, "EMSGSIZE"),
            (k::EPROTOTYPE, "EPROTOTYPE"),
            (k::ENOPROTOOPT, "ENOPROTOOPT"),
            (k::EPROTONOSUPPORT, "EPROTONOSUPPORT"),
            (k::ESOCKTNOSUPPORT, "ESOCKTNOSUPPORT"),
            (k::EOPNOTSUPP, "EOPNOTSUPP"),
            (k::EPFNOSUPPORT, "EPFNOSUPPORT"),
            (k::EAFNOSUPPORT, "EAFNOSUPPORT"),
            (k::EADDRINUSE, "EADDRINUSE"),
            (k::EADDRNOTAVAIL, "EADDRNOTAVAIL"),
            (k::ENETDOWN, "ENETDOWN"),
            (k::ENETUNREACH, "ENETUNREACH"),
            (k::ENETRESET, "ENETRESET"),
            (k::ECONNABORTED, "ECONNABORTED"),
            (k::ECONNRESET, "ECONNRESET"),
            (k::ENOBUFS, "ENOBUFS"),
            (k::EISCONN, "EISCONN"),
            (k::ENOTCONN, "ENOTCONN"),
            (k::ESHUTDOWN, "ESHUTDOWN"),
            (k::ETOOMANYREFS, "ETOOMANYREFS"),
            (k::ETIMEDOUT, "ETIMEDOUT"),
            (k::ECONNREFUSED, "ECONNREFUSED"),
            (k::EHOSTDOWN, "EHOSTDOWN"),
            (k::EHOSTUNREACH, "EHOSTUNREACH"),
            (k::EALREADY, "EALREADY"),
            (k::EINPROGRESS, "EINPROGRESS"),
            (k::ESTALE, "ESTALE"),
            (k::EUCLEAN, "EUCLEAN"),
            (k::ENOTNAM, "ENOTNAM"),
            (k::ENAVAIL, "ENAVAIL"),
            (k::EISNAM, "EISNAM"),
            (k::EREMOTEIO, "EREMOTEIO"),
            (k::EDQUOT, "EDQUOT"),
            (k::ENOMEDIUM, "ENOMEDIUM"),
            (k::EMEDIUMTYPE, "EMEDIUMTYPE"),
            (k::ECANCELED, "ECANCELED"),
            (k::ENOKEY, "ENOKEY"),
            (k::EKEYEXPIRED, "EKEYEXPIRED"),
            (k::EKEYREVOKED, "EKEYREVOKED"),
            (k::EKEYREJECTED, "EKEYREJECTED"),
            (k::EOWNERDEAD, "EOWNERDEAD"),
            (k::ENOTRECOVERABLE, "ENOTRECOVERABLE"),
            (k::ERFKILL, "ERFKILL"),
            (k::EHWPOISON, "EHWPOISON"),
        ];
        assert_eq!(kernel.len(), 131);
        for (n, nm) in kernel {
            assert_eq!(name(n as i32), Some(nm), "{nm} = {n}");
        }
        // The aliases resolve to the primary name.
        assert_eq!(name(k::EWOULDBLOCK as i32), Some("EAGAIN"));
        assert_eq!(name(k::EDEADLOCK as i32), Some("EDEADLK"));
    }
}
