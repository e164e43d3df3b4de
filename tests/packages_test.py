#!/usr/bin/env python3
"""The store packages (`make test-packages`, after `make build`): each zip holds exactly the
files of its folder (dist/extension/ for Chrome and Edge, dist/firefox/ for Firefox) with the
same bytes, and assembling the same sources again gives the same zip bytes, even from copies
with other time stamps and permissions. Runs tools/assemble.py on the built dist/pkg (no wasm
build), so it takes a few seconds."""
import os, pathlib, shutil, subprocess, sys, tempfile, unittest, zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"


def version() -> str:
    import json
    return json.loads((ROOT / "manifest.json").read_text(encoding="utf-8"))["version"]


def zips(out: pathlib.Path) -> dict:
    return {name: out / f"ssobridge-{version()}-{name}.zip" for name in ("chrome", "firefox")}


FOLDERS = {"chrome": "extension", "firefox": "firefox"}


def assemble(root: pathlib.Path, out: pathlib.Path) -> None:
    subprocess.run([sys.executable, str(root / "tools" / "assemble.py"), "--out", str(out)],
                   check=True, stdout=subprocess.DEVNULL)


class Packages(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not (DIST / "pkg" / "ssobridge_bg.wasm").exists():
            raise unittest.SkipTest("no build in dist/: run make build")
        cls.scratch = pathlib.Path(tempfile.mkdtemp(prefix="ssobridge-packages-"))

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.scratch, ignore_errors=True)

    def assert_zip_is_folder(self, archive_path: pathlib.Path, folder: pathlib.Path):
        files = {path.relative_to(folder).as_posix(): path.read_bytes() for path in folder.rglob("*") if path.is_file()}
        with zipfile.ZipFile(archive_path) as archive:
            names = archive.namelist()
            self.assertEqual(sorted(names), sorted(files), f"{archive_path.name} holds other files than {folder}")
            self.assertEqual(names, sorted(names), "entries in path order")
            self.assertEqual(len(names), len(set(names)), "no entry twice")
            for entry in archive.infolist():
                self.assertFalse(entry.is_dir(), f"directory entry {entry.filename}")
                self.assertEqual(entry.date_time, (1980, 1, 1, 0, 0, 0), entry.filename)
                self.assertEqual(entry.external_attr >> 16, 0o100644, entry.filename)
                self.assertEqual(archive.read(entry), files[entry.filename], f"{entry.filename} differs")
        self.assertIn("manifest.json", files)

    def test_the_built_zips_hold_exactly_the_built_folders(self):
        for name, archive_path in zips(DIST).items():
            with self.subTest(name):
                self.assert_zip_is_folder(archive_path, DIST / FOLDERS[name])

    def test_the_same_sources_give_the_same_zip_bytes(self):
        first = self.scratch / "first"
        assemble(ROOT, first)
        # The second time from a copy of the sources made now (new time stamps) with other
        # permissions, as another checkout or machine would have them.
        copy = self.scratch / "sources"
        for part in ("extension", "www", "dist/pkg"):
            shutil.copytree(ROOT / part, copy / part, copy_function=shutil.copy)
        (copy / "tools").mkdir()
        for part in ("manifest.json", "tools/assemble.py", "tools/strip-comments.mjs"):
            shutil.copy(ROOT / part, copy / part)
        # The build's own tools (TypeScript's printer strips the comments), as installed.
        (copy / "node_modules").symlink_to(ROOT / "node_modules")
        for path in (copy / "extension").rglob("*"):
            if path.is_file():
                os.chmod(path, 0o600)
        second = self.scratch / "second"
        assemble(copy, second)
        for name in FOLDERS:
            with self.subTest(name):
                self.assert_zip_is_folder(zips(first)[name], first / FOLDERS[name])
                self.assertEqual(zips(first)[name].read_bytes(), zips(second)[name].read_bytes(),
                                 f"two assemblies of the same sources gave different {name} zips")
                # And the same as `make build` left in dist/, when dist/ is of these sources.
                self.assertEqual(zips(first)[name].read_bytes(), zips(DIST)[name].read_bytes(),
                                 f"dist/ {name} zip is not of the current sources: run make build")


if __name__ == "__main__":
    unittest.main(verbosity=2)
