"""The Linux desktop file, the AppStream metainfo, their installer, and the ids and versions
the packaging files share."""
import re
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree

from conftest import PACKAGING, ROOT, need_tool

APP_ID = "io.github.govdoc_reader.Reader"
LINUX = PACKAGING / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
INSTALL = LINUX / "install-desktop.sh"
OFD_TYPE = LINUX / f"{APP_ID}-ofd.xml"


def desktop_entry(path):
    entry = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            entry[key] = value
    return entry


def version():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    return re.search(r'^version = "([^"]+)"', text, re.MULTILINE).group(1)


def test_desktop_file_is_valid():
    tool = need_tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout  # no hints either


def test_desktop_file_opens_text_html_pdf_word_and_ofd():
    entry = desktop_entry(DESKTOP)
    assert entry["Exec"] == "reader %f"
    types = set(filter(None, entry["MimeType"].split(";")))
    assert {"text/plain", "text/html", "application/pdf", "application/msword", "application/ofd",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"} <= types
    provided = {element.text for element in ElementTree.parse(METAINFO).getroot().iter("mediatype")}
    assert provided == types
    assert entry["Icon"] == APP_ID
    assert entry["Name[zh_CN]"]


def test_metainfo_is_valid():
    tool = need_tool("appstreamcli", "appstream")
    result = subprocess.run([tool, "validate", "--no-net", "--pedantic", str(METAINFO)],
                            capture_output=True, text=True)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    # Only the pedantic note that reverse-DNS ids hold capitals, nothing else.
    problems = [line for line in output.splitlines() if re.match(r"^[EWI]:", line)]
    assert problems == [], output


def test_ids_and_versions_agree():
    root = ElementTree.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.find("releases/release").get("version") == version()
    assert f'APP_ID = "{APP_ID}"' in (PACKAGING / "reader.spec").read_text(encoding="utf-8")
    assert f'VERSION = "{version()}"' in (PACKAGING / "reader.spec").read_text(encoding="utf-8")
    assert f'APP_ID = "{APP_ID}"' in (PACKAGING / "build.py").read_text(encoding="utf-8")
    iss = (PACKAGING / "windows" / "reader.iss").read_text(encoding="utf-8")
    assert f'#define AppId "{APP_ID}"' in iss and f'#define AppVersion "{version()}"' in iss
    assert f"ID={APP_ID}" in INSTALL.read_text(encoding="utf-8")


def test_install_and_uninstall(tmp_path):
    program = "/opt/my apps/reader/reader"
    subprocess.run(["sh", str(INSTALL), "--prefix", str(tmp_path), "--exec", program], check=True,
                   capture_output=True)
    share = tmp_path / "share"
    desktop = share / "applications" / f"{APP_ID}.desktop"
    icon = share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    metainfo = share / "metainfo" / f"{APP_ID}.metainfo.xml"
    assert icon.read_bytes() == (ROOT / "resources" / "icons" / "reader.svg").read_bytes()
    assert metainfo.read_bytes() == METAINFO.read_bytes()
    entry = desktop_entry(desktop)
    assert entry["Exec"] == f'"{program}" %f'
    assert entry["TryExec"] == program
    if need_tool("desktop-file-validate", "desktop-file-utils"):
        result = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout
    ofd_type = share / "mime" / "packages" / OFD_TYPE.name
    assert ofd_type.read_bytes() == OFD_TYPE.read_bytes()
    if shutil.which("update-mime-database"):  # the desktop now knows .ofd files as application/ofd
        assert "application/ofd:*.ofd" in (share / "mime" / "globs2").read_text(encoding="utf-8")
    subprocess.run(["sh", str(INSTALL), "--prefix", str(tmp_path), "--uninstall"], check=True,
                   capture_output=True)
    assert not desktop.exists() and not icon.exists() and not metainfo.exists() and not ofd_type.exists()


def test_install_from_the_one_folder_app_runs_its_reader(tmp_path):
    """In the one-folder build the script sits in share/ beside the files, under the app."""
    app = tmp_path / "reader"
    (app / "share").mkdir(parents=True)
    for path in (DESKTOP, METAINFO, OFD_TYPE, INSTALL):
        (app / "share" / path.name).write_bytes(path.read_bytes())
    (app / "share" / f"{APP_ID}.svg").write_bytes((ROOT / "resources" / "icons" / "reader.svg").read_bytes())
    (app / "reader").write_text("#!/bin/sh\n")
    (app / "reader").chmod(0o755)
    home = tmp_path / "home"
    subprocess.run(["sh", str(app / "share" / INSTALL.name)], check=True, capture_output=True,
                   env={"HOME": str(home), "PATH": "/usr/bin:/bin"})
    entry = desktop_entry(home / ".local" / "share" / "applications" / f"{APP_ID}.desktop")
    assert entry["Exec"] == f"{app / 'reader'} %f"


def test_install_refuses_a_path_it_cannot_quote(tmp_path):
    result = subprocess.run(["sh", str(INSTALL), "--prefix", str(tmp_path), "--exec", "/opt/$HOME/reader"],
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert not (tmp_path / "share" / "applications").exists()
