//! Netlink sockets and network namespaces over rustix (in progress).
#![cfg_attr(not(feature = "std"), no_std)]
