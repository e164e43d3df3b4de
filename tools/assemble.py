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
    shutil.copytree(dist / "pkg", target / "pkg")
    (target / "manifest.json").write_text(json.dumps(manifest_for_target, indent=2) + "\n", encoding="utf-8")

assemble(dist / "extension", manifest)

firefox = json.loads(json.dumps(manifest))
# Firefox's MV3 runs the background as an event page; the same module works as a script.
firefox["background"] = {"scripts": ["worker.js"], "type": "module"}
firefox.pop("minimum_chrome_version", None)
assemble(dist / "firefox", firefox)

for name, folder in (("chrome", "extension"), ("firefox", "firefox")):
    with zipfile.ZipFile(dist / f"ssobridge-{version}-{name}.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted((dist / folder).rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(dist / folder))

shutil.copytree(root / "www", dist / "www")
shutil.copytree(dist / "pkg", dist / "www" / "pkg")

wasm = (dist / "pkg" / "ssobridge_bg.wasm").read_bytes()
print(f"[build] dist/extension ready; wasm {len(wasm) / 1024:.0f} KiB, {len(gzip.compress(wasm, 9)) / 1024:.0f} KiB gzipped")
