"""A local S3-compatible server (moto) on 127.0.0.1 for the tests of fsspec run dirs/sources."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

S3_ENV = {
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_DEFAULT_REGION": "us-east-1",
}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def moto_s3(bucket: str = "curate-test") -> Iterator[str]:
    """Start `moto_server`, point fsspec's s3 at it (environment), create `bucket`; yield the
    endpoint URL. The environment is restored after."""
    port = _free_port()
    exe = Path(sys.executable).parent / "moto_server"
    proc = subprocess.Popen(
        [str(exe), "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    saved = {k: os.environ.get(k) for k in (*S3_ENV, "FSSPEC_S3_ENDPOINT_URL")}
    os.environ.update(S3_ENV, FSSPEC_S3_ENDPOINT_URL=url)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(url, timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError("moto_server did not start") from None
                time.sleep(0.2)
        import fsspec

        fsspec.config.conf["s3"] = {"endpoint_url": url}  # fsspec read the variables at import
        fsspec.filesystem("s3", skip_instance_cache=True).mkdir(bucket)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        fsspec_conf_reset()
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def fsspec_conf_reset() -> None:
    import fsspec

    fsspec.config.conf.pop("s3", None)
