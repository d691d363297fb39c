//! errno names and messages, for errors shown as `ip` shows them
//! (`RTNETLINK answers: File exists`), without a C library.
//!
//! The numbers are Linux's generic ones (`include/uapi/asm-generic/errno-base.h`
//! and `errno.h`), used by x86, arm, aarch64, riscv, s390 and powerpc; mips,
//! sparc, alpha and parisc number some errnos differently. The messages are
//! glibc's `strerror` texts.
//!
//! ```
//! assert_eq!(nlwire::errno::name(17), Some("EEXIST"));
//! assert_eq!(nlwire::errno::description(17), Some("File exists"));
//! assert_eq!(nlwire::errno::name(0), None);
//! ```

/// `(number, name, message)`, ordered by number.
static TABLE: &[(i32, &str, &str)] = &[
    (1, "EPERM", "Operation not permitted"),
    (2, "ENOENT", "No such file or directory"),
    (3, "ESRCH", "No such process"),
    (4, "EINTR", "Interrupted system call"),
    (5, "EIO", "Input/output error"),
    (6, "ENXIO", "No such device or address"),
    (7, "E2BIG", "Argument list too long"),
    (8, "ENOEXEC", "Exec format error"),
    (9, "EBADF", "Bad file descriptor"),
    (10, "ECHILD", "No child processes"),
    (11, "EAGAIN", "Resource temporarily unavailable"),
    (12, "ENOMEM", "Cannot allocate memory"),
    (13, "EACCES", "Permission denied"),
    (14, "EFAULT", "Bad address"),
    (15, "ENOTBLK", "Block device required"),
    (16, "EBUSY", "Device or resource busy"),
    (17, "EEXIST", "File exists"),
    (18, "EXDEV", "Invalid cross-device link"),
    (19, "ENODEV", "No such device"),
    (20, "ENOTDIR", "Not a directory"),
    (21, "EISDIR", "Is a directory"),
    (22, "EINVAL", "Invalid argument"),
    (23, "ENFILE", "Too many open files in system"),
    (24, "EMFILE", "Too many open files"),
    (25, "ENOTTY", "Inappropriate ioctl for device"),
    (26, "ETXTBSY", "Text file busy"),
    (27, "EFBIG", "File too large"),
    (28, "ENOSPC", "No space left on device"),
    (29, "ESPIPE", "Illegal seek"),
    (30, "EROFS", "Read-only file system"),
    (31, "EMLINK", "Too many links"),
    (32, "EPIPE", "Broken pipe"),
    (33, "EDOM", "Numerical argument out of domain"),
    (34, "ERANGE", "Numerical result out of range"),
    (35, "EDEADLK", "Resource deadlock avoided"),
    (36, "ENAMETOOLONG", "File name too long"),
    (37, "ENOLCK", "No locks available"),
    (38, "ENOSYS", "Function not implemented"),
    (39, "ENOTEMPTY", "Directory not empty"),
    (40, "ELOOP", "Too many levels of symbolic links"),
    (42, "ENOMSG", "No message of desired type"),
    (43, "EIDRM", "Identifier removed"),
    (44, "ECHRNG", "Channel number out of range"),
    (45, "EL2NSYNC", "Level 2 not synchronized"),
    (46, "EL3HLT", "Level 3 halted"),
    (47, "EL3RST", "Level 3 reset"),
    (48, "ELNRNG", "Link number out of range"),
    (49, "EUNATCH", "Protocol driver not attached"),
    (50, "ENOCSI", "No CSI structure available"),
    (51, "EL2HLT", "Level 2 halted"),
    (52, "EBADE", "Invalid exchange"),
    (53, "EBADR", "Invalid request descriptor"),
    (54, "EXFULL", "Exchange full"),
    (55, "ENOANO", "No anode"),
    (56, "EBADRQC", "Invalid request code"),
    (57, "EBADSLT", "Invalid slot"),
    (59, "EBFONT", "Bad font file format"),
    (60, "ENOSTR", "Device not a stream"),
    (61, "ENODATA", "No data available"),
    (62, "ETIME", "Timer expired"),
    (63, "ENOSR", "Out of streams resources"),
    (64, "ENONET", "Machine is not on the network"),
    (65, "ENOPKG", "Package not installed"),
    (66, "EREMOTE", "Object is remote"),
    (67, "ENOLINK", "Link has been severed"),
    (68, "EADV", "Advertise error"),
    (69, "ESRMNT", "Srmount error"),
    (70, "ECOMM", "Communication error on send"),
    (71, "EPROTO", "Protocol error"),
    (72, "EMULTIHOP", "Multihop attempted"),
    (73, "EDOTDOT", "RFS specific error"),
    (74, "EBADMSG", "Bad message"),
    (75, "EOVERFLOW", "Value too large for defined data type"),
    (76, "ENOTUNIQ", "Name not unique on network"),
    (77, "EBADFD", "File descriptor in bad state"),
    (78, "EREMCHG", "Remote address changed"),
    (79, "ELIBACC", "Can not access a needed shared library"),
    (80, "ELIBBAD", "Accessing a corrupted shared library"),
    (81, "ELIBSCN", ".lib section in a.out corrupted"),
    (82, "ELIBMAX", "Attempting to link in too many shared libraries"),
    (83, "ELIBEXEC", "Cannot exec a shared library directly"),
    (84, "EILSEQ", "Invalid or incomplete multibyte or wide character"),
    (85, "ERESTART", "Interrupted system call should be restarted"),
    (86, "ESTRPIPE", "Streams pipe error"),
    (87, "EUSERS", "Too many users"),
    (88, "ENOTSOCK", "Socket operation on non-socket"),
    (89, "EDESTADDRREQ", "Destination address required"),
    (90, "EMSGSIZE", "Message too long"),
    (91, "EPROTOTYPE", "Protocol wrong type for socket"),
    (92, "ENOPROTOOPT", "Protocol not available"),
    (93, "EPROTONOSUPPORT", "Protocol not supported"),
    (94, "ESOCKTNOSUPPORT", "Socket type not supported"),
    (95, "EOPNOTSUPP", "Operation not supported"),
    (96, "EPFNOSUPPORT", "Protocol family not supported"),
    (97, "EAFNOSUPPORT", "Address family not supported by protocol"),
    (98, "EADDRINUSE", "Address already in use"),
    (99, "EADDRNOTAVAIL", "Cannot assign requested address"),
    (100, "ENETDOWN", "Network is down"),
    (101, "ENETUNREACH", "Network is unreachable"),
    (102, "ENETRESET", "Network dropped connection on reset"),
    (103, "ECONNABORTED", "Software caused connection abort"),
    (104, "ECONNRESET", "Connection reset by peer"),
    (105, "ENOBUFS", "No buffer space available"),
    (106, "EISCONN", "Transport endpoint is already connected"),
    (107, "ENOTCONN", "Transport endpoint is not connected"),
    (108, "ESHUTDOWN", "Cannot send after transport endpoint shutdown"),
    (109, "ETOOMANYREFS", "Too many references: cannot splice"),
    (110, "ETIMEDOUT", "Connection timed out"),
    (111, "ECONNREFUSED", "Connection refused"),
    (112, "EHOSTDOWN", "Host is down"),
    (113, "EHOSTUNREACH", "No route to host"),
    (114, "EALREADY", "Operation already in progress"),
    (115, "EINPROGRESS", "Operation now in progress"),
    (116, "ESTALE", "Stale file handle"),
    (117, "EUCLEAN", "Structure needs cleaning"),
    (118, "ENOTNAM", "Not a XENIX named type file"),
    (119, "ENAVAIL", "No XENIX semaphores available"),
    (120, "EISNAM", "Is a named type file"),
    (121, "EREMOTEIO", "Remote I/O error"),
    (122, "EDQUOT", "Disk quota exceeded"),
    (123, "ENOMEDIUM", "No medium found"),
    (124, "EMEDIUMTYPE", "Wrong medium type"),
    (125, "ECANCELED", "Operation canceled"),
    (126, "ENOKEY", "Required key not available"),
    (127, "EKEYEXPIRED", "Key has expired"),
    (128, "EKEYREVOKED", "Key has been revoked"),
    (129, "EKEYREJECTED", "Key was rejected by service"),
    (130, "EOWNERDEAD", "Owner died"),
    (131, "ENOTRECOVERABLE", "State not recoverable"),
    (132, "ERFKILL", "Operation not possible due to RF-kill"),
    (133, "EHWPOISON", "Memory page has hardware error"),
];

fn entry(errno: i32) -> Option<&'static (i32, &'static str, &'static str)> {
    TABLE.binary_search_by_key(&errno, |e| e.0).ok().and_then(|i| TABLE.get(i))
}

/// The symbolic name of `errno` (`17` is `"EEXIST"`); aliases give the
/// primary name (`EAGAIN`, not `EWOULDBLOCK`).
pub fn name(errno: i32) -> Option<&'static str> {
    entry(errno).map(|e| e.1)
}

/// The message glibc's `strerror` gives for `errno` (`17` is `"File exists"`).
pub fn description(errno: i32) -> Option<&'static str> {
    entry(errno).map(|e| e.2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use linux_raw_sys::errno as sys;

    #[test]
    fn table_is_ordered_and_complete() {
        assert!(TABLE.windows(2).all(|w| w[0].0 < w[1].0));
        // Linux leaves 41 and 58 unused.
        for n in (1..=133).filter(|n| ![41, 58].contains(n)) {
            assert!(name(n).is_some() && description(n).is_some(), "errno {n}");
        }
        for n in [0, -1, 41, 58, 134, i32::MIN, i32::MAX] {
            assert_eq!((name(n), description(n)), (None, None));
        }
        let mut names: [&str; 131] = [""; 131];
        for (i, e) in TABLE.iter().enumerate() {
            names[i] = e.1;
        }
        names.sort_unstable();
        assert!(names.windows(2).all(|w| w[0] != w[1]), "no two numbers share a name");
    }

    #[test]
    fn numbers_match_the_kernel_headers() {
        let known = [
            (sys::EPERM, "EPERM"),
            (sys::ENOENT, "ENOENT"),
            (sys::EAGAIN, "EAGAIN"),
            (sys::EBUSY, "EBUSY"),
            (sys::EEXIST, "EEXIST"),
            (sys::ENODEV, "ENODEV"),
            (sys::EINVAL, "EINVAL"),
            (sys::ERANGE, "ERANGE"),
            (sys::EDEADLK, "EDEADLK"),
            (sys::ENODATA, "ENODATA"),
            (sys::EOVERFLOW, "EOVERFLOW"),
            (sys::EOPNOTSUPP, "EOPNOTSUPP"),
            (sys::EAFNOSUPPORT, "EAFNOSUPPORT"),
            (sys::EADDRNOTAVAIL, "EADDRNOTAVAIL"),
            (sys::ENETUNREACH, "ENETUNREACH"),
            (sys::ENOBUFS, "ENOBUFS"),
            (sys::EHWPOISON, "EHWPOISON"),
        ];
        for (n, want) in known {
            assert_eq!(name(n as i32), Some(want));
        }
    }

    #[test]
    fn messages_read_as_ip_prints_them() {
        assert_eq!(description(17), Some("File exists"));
        assert_eq!(description(19), Some("No such device"));
        assert_eq!(description(95), Some("Operation not supported"));
        assert_eq!(description(22), Some("Invalid argument"));
    }
}
