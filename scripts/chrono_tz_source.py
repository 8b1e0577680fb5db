"""The sources of the chrono-tz crate we pin, in cargo's registry: what the tz generators read."""
import glob, os, sys

VERSION = "0.10.4"


def source(relative):
    """The path of `relative` inside chrono-tz's crate sources (exits if `cargo fetch` is due)."""
    home = os.environ.get("CARGO_HOME", os.path.expanduser("~/.cargo"))
    paths = glob.glob(f"{home}/registry/src/*/chrono-tz-{VERSION}/{relative}")
    if not paths:
        sys.exit(f"chrono-tz {VERSION} sources not found under {home}/registry: run `cargo fetch` first")
    return paths[0]
