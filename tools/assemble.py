#!/usr/bin/env python3
"""Assembles the built pieces: dist/extension (load unpacked in Chrome/Edge), dist/firefox (the
same sources with a background script instead of a service worker, which Firefox's MV3 uses),
the store zips, and dist/www. The one manifest is the top-level manifest.json.

The wasm comes from dist/pkg (tools/build.sh). `--out DIR` assembles into DIR instead of dist/
(tests/packages_test.py assembles twice and compares). The zips are reproducible: the same
sources give the same bytes (sorted entries, fixed time stamps and permissions, no directory
entries), so a store upload can be checked against a build from the tagged sources."""
import argparse, gzip, json, pathlib, shutil, subprocess, zipfile

root = pathlib.Path(__file__).resolve().parent.parent
pkg = root / "dist" / "pkg"
arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
arguments.add_argument("--out", type=pathlib.Path, default=root / "dist", help="where to assemble (default dist/)")
dist = arguments.parse_args().out.resolve()
manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
version = manifest["version"]
# Chromium lets `scripting` reach a frame only on hosts the extension holds: those of the
# content scripts (the collector loaded on demand, the popup's page report) must all be held.
missing = {host for scripts in manifest["content_scripts"] for host in scripts["matches"]} - set(manifest["host_permissions"])
if missing:
    raise SystemExit(f"manifest.json: host_permissions lacks the content scripts' hosts {sorted(missing)}")

# The earliest time a zip can hold (1980-01-01 00:00): what a file's time would add is noise.
ZIP_TIME = (1980, 1, 1, 0, 0, 0)

def fresh(target: pathlib.Path) -> pathlib.Path:
    """An assembly never mixes with what a previous one left behind."""
    if target.exists():
        shutil.rmtree(target)
    return target

def strip_comments(target: pathlib.Path) -> None:
    """The shipped scripts without their comments (tools/strip-comments.mjs says why)."""
    subprocess.run(["node", str(root / "tools" / "strip-comments.mjs"), str(target)], check=True)

def assemble(target: pathlib.Path, manifest_for_target: dict) -> None:
    shutil.copytree(root / "extension", fresh(target))
    # The TypeScript definitions stay in dist/pkg (make lint-js); the browser never reads them.
    shutil.copytree(pkg, target / "pkg", ignore=shutil.ignore_patterns("*.d.ts"))
    (target / "manifest.json").write_text(json.dumps(manifest_for_target, indent=2) + "\n", encoding="utf-8")
    strip_comments(target)

def store_zip(folder: pathlib.Path, archive_path: pathlib.Path) -> None:
    """The folder's files as a store zip, the same bytes for the same files: entries sorted by
    path, every one stamped ZIP_TIME with mode 0644 from a Unix system, no directory entries
    (stores and browsers make the folders from the paths)."""
    files = sorted((path.relative_to(folder).as_posix(), path) for path in folder.rglob("*") if path.is_file())
    with zipfile.ZipFile(archive_path, "w") as archive:
        for name, path in files:
            entry = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            entry.create_system = 3  # Unix, whatever builds it
            entry.external_attr = 0o100644 << 16  # a regular file, rw-r--r--
            entry.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(entry, path.read_bytes(), compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)

# Keys only Firefox reads; Chrome warns about them ("Unrecognized manifest key"), so they are
# added to Firefox's manifest only. A gecko id set in manifest.json is kept.
GECKO_ID = "ssobridge@ssobridge.dev"
# The first releases that read data_collection_permissions: 140 (desktop, an ESR) and 142 on
# Android. web-ext lint warns about any lower minimum.
FIREFOX_MIN_VERSION = "140.0"
FIREFOX_ANDROID_MIN_VERSION = "142.0"

chrome = json.loads(json.dumps(manifest))
chrome.pop("browser_specific_settings", None)
# Chromium turns request observation on for an extension only when it loads holding a request
# permission (WebRequestAPI::OnExtensionLoaded counts them; a later grant is not counted): with
# `webRequest` optional, the first sign-in check in a profile without another such extension
# would never see the sign-in. So Chromium's build holds `webRequest` from the start. It shows no
# install warning there (tests/e2e/lifecycle.test.mjs checks the warnings against the manifest's
# own); what the check reads is still reached only through GoTo's sign-in host, which stays
# optional and is asked for at the first check. Firefox counts a grant at once: both stay optional.
chrome["permissions"] = chrome["permissions"] + ["webRequest"]
chrome["optional_permissions"] = [p for p in chrome["optional_permissions"] if p != "webRequest"]
if not chrome["optional_permissions"]:
    del chrome["optional_permissions"]
assemble(dist / "extension", chrome)

firefox = json.loads(json.dumps(manifest))
# Firefox's MV3 runs the background as an event page; the same module works as a script.
firefox["background"] = {"scripts": ["worker.js"], "type": "module"}
firefox.pop("minimum_chrome_version", None)
gecko = firefox.setdefault("browser_specific_settings", {}).setdefault("gecko", {})
gecko.setdefault("id", GECKO_ID)
gecko["strict_min_version"] = FIREFOX_MIN_VERSION
# AMO asks every add-on to declare what it collects (web-ext lint warns otherwise): nothing.
gecko["data_collection_permissions"] = {"required": ["none"]}
firefox["browser_specific_settings"]["gecko_android"] = {"strict_min_version": FIREFOX_ANDROID_MIN_VERSION}
assemble(dist / "firefox", firefox)

for name, folder in (("chrome", "extension"), ("firefox", "firefox")):
    store_zip(dist / folder, dist / f"ssobridge-{version}-{name}.zip")

shutil.copytree(root / "www", fresh(dist / "www"))
shutil.copytree(pkg, dist / "www" / "pkg", ignore=shutil.ignore_patterns("*.d.ts"))
# The module carries no sentences; www reads English and its language from its own copy of _locales.
shutil.copytree(root / "extension" / "_locales", dist / "www" / "_locales")
strip_comments(dist / "www")

wasm = (pkg / "ssobridge_bg.wasm").read_bytes()
print(f"[build] {dist.relative_to(root) if dist.is_relative_to(root) else dist}/extension ready; wasm {len(wasm) / 1024:.0f} KiB, {len(gzip.compress(wasm, 9)) / 1024:.0f} KiB gzipped")
