"""A throw-away PostgreSQL cluster for tests and benchmarks: initdb + pg_ctl in a temp folder."""

from __future__ import annotations

import atexit
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

# PostgreSQL refuses to run as root; the cluster then runs as this existing account.
UNPRIVILEGED_USER = "nobody"
SUPERUSER = "nextseason"


def find_bin() -> Path | None:
    """The newest `/usr/lib/postgresql/<version>/bin` that has initdb, or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda path: int(Path(path).parent.parent.name) if Path(path).parent.parent.name.isdigit() else 0)
    return Path(found[-1]).parent if found else None


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PostgresCluster:
    """One cluster listening on 127.0.0.1 with trust authentication, removed on stop."""

    def __init__(self, bin_dir: Path | None = None, fast: bool = True):
        self.bin_dir = bin_dir or find_bin()
        if self.bin_dir is None:
            raise RuntimeError("PostgreSQL is not installed: run scripts/ensure-debian-package.sh postgresql '/usr/lib/postgresql/*/bin/initdb'")
        self.fast = fast
        self.folder = Path(tempfile.mkdtemp(prefix="nextseason-pg-"))
        self.data = self.folder / "data"
        self.port = 0
        self.running = False

    def _run(self, *args: str) -> None:
        """Run a PostgreSQL program, as the unprivileged account when we are root."""
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if os.geteuid() == 0:
            command = ["runuser", "-u", UNPRIVILEGED_USER, "--", *command]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                       cwd=self.folder)

    def start(self) -> str:
        """Create and start the cluster; returns the SQLAlchemy URL of its `postgres` database."""
        if os.geteuid() == 0:
            account = pwd.getpwnam(UNPRIVILEGED_USER)
            os.chown(self.folder, account.pw_uid, account.pw_gid)
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust",
                  "--encoding=UTF8", "--locale=C.UTF-8")
        self.port = free_port()
        # Durability is pointless for a cluster that is deleted at the end.
        settings = ["-c fsync=off -c synchronous_commit=off -c full_page_writes=off"] if self.fast else []
        options = " ".join([f"-p {self.port}", f"-k {self.folder}", "-c listen_addresses=127.0.0.1",
                            "-c max_connections=100", *settings])
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.folder / "log"),
                  "-w", "-t", "60", "start")
        self.running = True
        return self.url("postgres")

    def url(self, database: str) -> str:
        """SQLAlchemy URL of one database of this cluster."""
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str | None = None) -> str:
        """Create a fresh empty database and return its URL."""
        import psycopg

        name = name or "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER, dbname="postgres",
                             autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        """Stop the server and delete the folder."""
        if self.running:
            try:
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
            finally:
                self.running = False
        shutil.rmtree(self.folder, ignore_errors=True)


_shared: PostgresCluster | None = None


def shared_cluster() -> PostgresCluster:
    """One cluster per test process, started on first use and stopped at exit."""
    global _shared
    if _shared is None:
        cluster = PostgresCluster()
        cluster.start()
        atexit.register(cluster.stop)
        _shared = cluster
    return _shared
