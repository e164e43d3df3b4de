#!/usr/bin/env python3
"""Assembles the built pieces: dist/extension (load unpacked in Chrome/Edge), dist/firefox (the
same sources with a background script instead of a service worker, which Firefox's MV3 uses),
the store zips, and dist/www. The one manifest is the top-level manifest.json."""
import gzip, json, pathlib, shutil, zipfile

root = pathlib.Path(__file__).resolve().parent.parent
dist = root / "dist"
manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
version = manifest["version"]

def assemble(target: pathlib.Path, manifest_for_target: dict) -> None:
    shutil.copytree(root / "extension", target)
    # The TypeScript definitions stay in dist/pkg (make lint-js); the browser never reads them.
    shutil.copytree(dist / "pkg", target / "pkg", ignore=shutil.ignore_patterns("*.d.ts"))
    (target / "manifest.json").write_text(json.dumps(manifest_for_target, indent=2) + "\n", encoding="utf-8")

# Keys only Firefox reads; Chrome warns about them ("Unrecognized manifest key"), so they are
# added to Firefox's manifest only. A gecko id set in manifest.json is kept.
GECKO_ID = "ssobridge@ssobridge.dev"
# The first releases that read data_collection_permissions: 140 (desktop, an ESR) and 142 on
# Android. web-ext lint warns about any lower minimum.
FIREFOX_MIN_VERSION = "140.0"
FIREFOX_ANDROID_MIN_VERSION = "142.0"

chrome = json.loads(json.dumps(manifest))
chrome.pop("browser_specific_settings", None)
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
    with zipfile.ZipFile(dist / f"ssobridge-{version}-{name}.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted((dist / folder).rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(dist / folder))

shutil.copytree(root / "www", dist / "www")
shutil.copytree(dist / "pkg", dist / "www" / "pkg", ignore=shutil.ignore_patterns("*.d.ts"))

wasm = (dist / "pkg" / "ssobridge_bg.wasm").read_bytes()
print(f"[build] dist/extension ready; wasm {len(wasm) / 1024:.0f} KiB, {len(gzip.compress(wasm, 9)) / 1024:.0f} KiB gzipped")
