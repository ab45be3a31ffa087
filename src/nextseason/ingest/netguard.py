"""Which addresses a fetch may reach, checked on the address actually connected to."""

from __future__ import annotations

import ipaddress
import socket
import typing

import httpcore
import httpx

# NAT64 prefix (RFC 6052): its last 32 bits are an IPv4 address that is reached.
NAT64_PREFIX = ipaddress.ip_network("64:ff9b::/96")


class BlockedAddress(Exception):
    """A host that resolves only to addresses we refuse to connect to."""


def is_public_address(ip: str) -> bool:
    """True when `ip` is a globally routable unicast address."""
    try:
        address = ipaddress.ip_address(ip.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address):
        # An IPv6 form that carries an IPv4 address reaches that IPv4 address.
        embedded = address.ipv4_mapped or address.sixtofour
        if embedded is None and address.teredo:
            embedded = address.teredo[1]
        if embedded is None and address in NAT64_PREFIX:
            embedded = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
        if embedded is not None:
            return is_public_address(str(embedded))
    return not (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
        or not address.is_global
    )


def literal_address(host: str) -> str | None:
    """The IP address written in a URL host, or None for a host name."""
    host = host.strip("[]")
    try:
        return str(ipaddress.ip_address(host.split("%", 1)[0]))
    except ValueError:
        return None


def host_allowed(host: str, allow_hosts: typing.AbstractSet[str]) -> bool:
    """True when configuration lets `host` resolve to non-public addresses."""
    return host.strip("[]").lower().rstrip(".") in allow_hosts


class GuardedBackend(httpcore.NetworkBackend):
    """Resolves the host itself and connects only to an address it has checked."""

    # Connecting to the checked address (instead of letting the socket layer
    # resolve the name again) is what defeats DNS rebinding; httpcore still
    # sends the original Host header and uses the original name for SNI and the
    # certificate check, because both come from the URL, not from this address.

    def __init__(self, allow_hosts: typing.AbstractSet[str]):
        self.allow_hosts = allow_hosts
        self._backend = httpcore.SyncBackend()

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        """Connect to the first acceptable address of `host`."""
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except socket.gaierror as error:
            raise httpcore.ConnectError(f"cannot resolve {host}: {error.strerror}") from error
        addresses = list(dict.fromkeys(info[4][0] for info in infos))
        if not host_allowed(host, self.allow_hosts):
            refused = [a for a in addresses if not is_public_address(a)]
            addresses = [a for a in addresses if is_public_address(a)]
            if not addresses:
                raise BlockedAddress(f"{host} resolves to a non-public address ({', '.join(refused)})")
        last_error: Exception | None = None
        for address in addresses:
            try:
                return self._backend.connect_tcp(address, port, timeout, local_address, socket_options)
            except httpcore.ConnectError as error:
                last_error = error
        raise last_error or httpcore.ConnectError(f"cannot connect to {host}")

    def connect_unix_socket(self, path, timeout=None, socket_options=None):
        """Unix sockets are never a fetch target."""
        raise BlockedAddress("unix sockets are not fetched")

    def sleep(self, seconds: float) -> None:
        """Delegate to the default backend."""
        self._backend.sleep(seconds)


class GuardedTransport(httpx.HTTPTransport):
    """An httpx transport whose connections go through GuardedBackend."""

    def __init__(self, allow_hosts: typing.AbstractSet[str]):
        ssl_context = httpx.create_ssl_context(trust_env=False)
        super().__init__(verify=ssl_context, trust_env=False)
        # httpx has no public hook for the network backend, so the pool that
        # HTTPTransport built is replaced by one that uses ours.
        self._pool = httpcore.ConnectionPool(
            ssl_context=ssl_context,
            max_connections=10,
            network_backend=GuardedBackend(allow_hosts),
        )
