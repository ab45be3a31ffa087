"""Benchmark of the web surface: p50/p99 latency of home, a work page and /api/v1/installments."""

# Run as `python bench/bench_web.py [--seconds 30] [--clients 50]`. The app is served by uvicorn
# (one worker, its own process) on 127.0.0.1 over the tracker benchmark's generated
# 1,000,000-claim SQLite store (bench/bench_tracker.py, cached under var/bench/). For each kind
# of page, every URL of it is first asked for once (its answer made from the store: "first
# visit"), then the URLs are asked for at random by 50 concurrent clients (keep-alive
# connections) for 30 seconds, from this process; the targets apply to that load.

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
CLIENTS = 50
SECONDS = 30.0
# Time allowed for the server to start and take its first snapshot of every status.
WARM_UP_SECONDS = 600.0
# The product's targets: p99 <= 100 ms for pages and <= 50 ms for the API under 50 clients
# (the p50 targets are half of those).
TARGETS_MS = {"home": (50.0, 100.0), "work page": (50.0, 100.0), "/api/v1/installments": (25.0, 50.0)}


def generated_store() -> tuple[Path, str]:
    """The tracker benchmark's cached 1M-claim store, generating it on first use."""
    sys.path.insert(0, str(ROOT / "bench"))
    import bench_tracker

    return bench_tracker.cached_sqlite_store(), f"{bench_tracker.CLAIMS // 1000}k claims"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(url: str, port: int) -> subprocess.Popen:
    """uvicorn serving create_app(url) in a process of its own, as `nextseason serve` does."""
    program = ("import uvicorn; from nextseason.web import create_app; "
               f"uvicorn.run(create_app({url!r}), host='127.0.0.1', port={port}, log_level='warning')")
    return subprocess.Popen([sys.executable, "-c", program], cwd=ROOT)


def wait_until_ready(base: str, server: subprocess.Popen) -> float:
    """Seconds until the home page answers (its first answer waits for the status snapshot)."""
    started = time.monotonic()
    while time.monotonic() - started < WARM_UP_SECONDS:
        if server.poll() is not None:
            raise RuntimeError(f"server exited with {server.returncode}")
        try:
            if httpx.get(base + "/", timeout=WARM_UP_SECONDS).status_code == 200:
                return time.monotonic() - started
        except httpx.TransportError:
            time.sleep(0.2)
    raise RuntimeError("server did not become ready")


class Connection:
    """One keep-alive HTTP/1.1 connection that sends GETs and reads whole answers.

    A client library spends more CPU per request than the server being measured (httpx
    about 3 ms), and on a two-core machine the load generator shares the CPU with the
    server; this one does only what a GET over keep-alive needs, so the numbers are the
    server's.
    """

    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> int:
        """The status code of GET `path`, its body read and dropped."""
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        self.writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n\r\n".encode("ascii"))
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        if "content-length" in headers:
            await self.reader.readexactly(int(headers["content-length"]))
        elif headers.get("transfer-encoding") == "chunked":
            while True:
                size = int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16)
                await self.reader.readexactly(size + 2)
                if size == 0:
                    break
        if headers.get("connection") == "close":
            self.close()
        return status

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def load(port: int, paths: list[str], clients: int, seconds: float) -> tuple[list[float], int, int, int]:
    """Latencies (ms) of answers, answers not 200, requests never answered, and requests made."""
    latencies: list[float] = []
    http_errors = transport_errors = 0
    deadline = time.monotonic() + seconds

    async def one_client(seed: int) -> None:
        nonlocal http_errors, transport_errors
        rng = random.Random(seed)
        connection = Connection("127.0.0.1", port)
        while time.monotonic() < deadline:
            path = rng.choice(paths)
            started = time.perf_counter()
            try:
                status = await asyncio.wait_for(connection.get(path), timeout=60.0)
            except (OSError, asyncio.IncompleteReadError, asyncio.TimeoutError, ValueError) as error:
                transport_errors += 1
                connection.close()
                print(f"no answer: {type(error).__name__} {path}", file=sys.stderr)
                continue
            latencies.append((time.perf_counter() - started) * 1000)
            if status != 200:
                http_errors += 1
                print(f"error: HTTP {status} {path}", file=sys.stderr)
        connection.close()

    await asyncio.gather(*(one_client(seed) for seed in range(clients)))
    return latencies, http_errors, transport_errors, len(latencies) + transport_errors


async def visit_once(port: int, paths: list[str], clients: int) -> list[float]:
    """Latencies (ms) of asking for each path once, `clients` at a time: answers made from the store."""
    queue = list(paths)
    latencies: list[float] = []

    async def one_client() -> None:
        connection = Connection("127.0.0.1", port)
        while queue:
            path = queue.pop()
            started = time.perf_counter()
            await connection.get(path)
            latencies.append((time.perf_counter() - started) * 1000)
        connection.close()

    await asyncio.gather(*(one_client() for _ in range(clients)))
    return latencies


def cpu_seconds(pid: int) -> float | None:
    """CPU time (user and system) a process has used so far; None where /proc is missing."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    # utime and stime are the 14th and 15th fields; 11th and 12th after the command name.
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, int(round(share * len(ordered))) - 1))]


def run(seconds: float = SECONDS, clients: int = CLIENTS) -> list[dict]:
    """Every measurement as rows of name, value, unit and target."""
    path, scale = generated_store()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(f"sqlite:///{path}", port)
    rows = []
    try:
        ready = wait_until_ready(base, server)
        rows.append({"name": f"server ready, first status snapshot ({scale})", "value": round(ready, 1),
                     "unit": "s", "target": None})
        works = httpx.get(base + "/api/v1/works?limit=500", timeout=60).json()["items"]
        work_paths = [f"/works/{work['id']}" for work in works]
        scenarios = {
            "home": ["/"],
            "work page": work_paths,
            "/api/v1/installments": ["/api/v1/installments", "/api/v1/installments?status=reported",
                                     "/api/v1/installments?offset=500", "/api/v1/installments?platform_response=confirmed"],
        }
        for name, paths in scenarios.items():
            # Each URL's first answer is made from the store; later ones are kept until the store
            # changes. The first visits are measured on their own, then the load runs.
            first = asyncio.run(visit_once(port, paths, clients))
            rows += [
                {"name": f"{name} first visit p50 ({len(paths)} URLs once, {clients} clients)",
                 "value": round(statistics.median(first), 1), "unit": "ms", "target": None},
                {"name": f"{name} first visit p99", "value": round(percentile(first, 0.99), 1), "unit": "ms",
                 "target": None},
            ]
            cpu_before = cpu_seconds(server.pid)
            latencies, http_errors, dropped, count = asyncio.run(load(port, paths, clients, seconds))
            cpu_after = cpu_seconds(server.pid)
            p50_target, p99_target = TARGETS_MS[name]
            rows += [
                {"name": f"{name} p50 ({clients} clients, {scale})", "value": round(statistics.median(latencies), 1),
                 "unit": "ms", "target": f"<= {p50_target:g}"},
                {"name": f"{name} p99 ({clients} clients, {scale})", "value": round(percentile(latencies, 0.99), 1),
                 "unit": "ms", "target": f"<= {p99_target:g}"},
                {"name": f"{name} throughput", "value": round(count / seconds, 1), "unit": "req/s", "target": None},
                # The server's own CPU per request does not depend on what else the machine is running.
                {"name": f"{name} server CPU per request",
                 "value": round((cpu_after - cpu_before) * 1000 / max(count, 1), 2) if cpu_before is not None else None,
                 "unit": "ms", "target": None},
                {"name": f"{name} answers other than 200", "value": http_errors, "unit": "answers", "target": "0"},
                {"name": f"{name} requests without an answer", "value": dropped, "unit": "requests", "target": "0"},
            ]
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
    return rows


if __name__ == "__main__":
    from table import print_table

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=SECONDS)
    parser.add_argument("--clients", type=int, default=CLIENTS)
    arguments = parser.parse_args()
    print_table(run(arguments.seconds, arguments.clients))
