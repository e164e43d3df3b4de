#!/usr/bin/env python3
"""Writes the request target's seeds: each recorded snapshot (tests/fixtures/snapshots/*.json)
wrapped as every request a content script sends, plus the popup's requests. Output: the
directory given (default target/corpus/request), one minified JSON file per request."""
import base64, glob, hashlib, json, os, sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.normpath(os.path.join(here, "..", ".."))
out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "target", "corpus", "request")
os.makedirs(out, exist_ok=True)

click = {"trusted": True, "keyboard": False, "focusGiven": False, "onButton": True,
         "inViewport": True, "opacityPercent": 100, "effects": False, "hidden": False,
         "styleIntact": True, "topLayer": True, "seenUncovered": True}
requests = []
for path in sorted(glob.glob(os.path.join(root, "tests/fixtures/snapshots/*.json"))):
    snapshot = json.load(open(path, encoding="utf-8"))
    azure = os.path.basename(path).startswith("azure-")
    requests += [
        {"type": "view", "snapshot": snapshot},
        {"type": "view", "snapshot": snapshot, "filledHere": True},
    ]
    # Each action only where admission lets it run: capture and fill-sp on Azure, fill on GoTo.
    if azure:
        requests += [
            {"type": "capture", "snapshot": snapshot, "click": click},
            {"type": "capture", "snapshot": snapshot, "progress": {"round": 2, "modeAttempts": 0, "written": None}},
            {"type": "fill-sp", "snapshot": snapshot, "click": click},
            {"type": "fill-sp", "snapshot": snapshot, "confirmed": True,
             "progress": {"round": 2, "modeAttempts": 0, "written": ["identifier", "replyUrl", "relayState"]}},
        ]
    else:
        requests += [
            {"type": "fill", "snapshot": snapshot, "click": click},
            {"type": "fill", "snapshot": snapshot, "confirmed": True,
             "progress": {"round": 3, "modeAttempts": 1, "written": ["signInUrl", "entityId", "certificate"]}},
        ]
cert = open(os.path.join(root, "tests/fixtures/certs/derived/ggtristams_active_signing_cert.cer"), "rb").read()
requests += [
    {"type": "popup-open"},
    {"type": "set-mode", "mode": "automatic"},
    {"type": "set-mode", "mode": "metadata-file"},
    {"type": "set-product", "product": "gotowebinar"},
    {"type": "add-file", "base64": base64.b64encode(cert).decode()},
    {"type": "read-metadata-url", "url": "https://login.microsoftonline.com/81c1df79-e153-4f9d-a101-8dcf04af6c2c/federationmetadata/2007-06/federationmetadata.xml?appid=2f6c1a3e-8d4b-4b7e-9a51-6c0d3e7b9f21"},
    {"type": "clear"},
]
for request in requests:
    data = json.dumps(request, ensure_ascii=False, separators=(",", ":")).encode()
    name = hashlib.sha1(data).hexdigest()
    open(os.path.join(out, name), "wb").write(data)
print(f"{len(requests)} seeds in {out}")
