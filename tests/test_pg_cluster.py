"""The throwaway PostgreSQL cluster used by the PostgreSQL tests starts, serves UTF-8 and stops."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
import sqlalchemy

from tests.pg_cluster import PostgresCluster, find_bindir, start_cluster

pytestmark = pytest.mark.postgres

POLISH = "Zażółć gęślą jaźń"


def _port_open(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(2)
        return sock.connect_ex((host, port)) == 0


def test_binaries_are_found() -> None:
    bindir = find_bindir()
    assert (bindir / "initdb").exists()
    assert (bindir / "pg_ctl").exists()


def test_cluster_round_trips_polish_text_and_stops(tmp_path: Path) -> None:
    cluster: PostgresCluster = start_cluster(tmp_path)
    try:
        assert cluster.host == "127.0.0.1"
        assert _port_open(cluster.host, cluster.port)
        url = cluster.create_database("zacni_roundtrip")
        assert url == f"postgresql+psycopg://zacni@127.0.0.1:{cluster.port}/zacni_roundtrip"

        engine = sqlalchemy.create_engine(url)
        try:
            with engine.begin() as conn:
                conn.execute(sqlalchemy.text("CREATE TABLE note (id serial PRIMARY KEY, body text NOT NULL)"))
                conn.execute(sqlalchemy.text("INSERT INTO note (body) VALUES (:body)"), {"body": POLISH})
            with engine.connect() as conn:
                body = conn.execute(sqlalchemy.text("SELECT body FROM note")).scalar_one()
                encoding = conn.execute(sqlalchemy.text("SHOW server_encoding")).scalar_one()
                upper = conn.execute(sqlalchemy.text("SELECT upper(body) FROM note")).scalar_one()
        finally:
            engine.dispose()
        assert body == POLISH
        assert encoding == "UTF8"
        assert upper == POLISH.upper()

        cluster.drop_database("zacni_roundtrip")
    finally:
        cluster.stop()

    assert not _port_open(cluster.host, cluster.port)
    cluster.stop()  # idempotent
