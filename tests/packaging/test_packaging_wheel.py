"""The wheel holds what `pip install .` / `pipx install .` need: the code, the sample report,
the icon and a compiled translation for every i18n/*.ts, built from a fresh-clone-like copy."""
import tarfile
import zipfile

import pytest

from conftest import ROOT


@pytest.fixture(scope="module")
def built(builder, tmp_path_factory):
    out = tmp_path_factory.mktemp("dist")
    wheel = builder.build_wheel(out)
    return wheel, next(out.glob("*.tar.gz"))


def test_wheel_holds_resources_and_every_translation(builder, built):
    wheel, _ = built
    assert builder.wheel_problems(wheel) == []
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    sources = sorted((ROOT / "i18n").glob("*.ts"))
    assert sources, "no translation sources"
    for source in sources:
        assert f"reader/resources/i18n/{source.stem}.qm" in names
    assert "reader/resources/icons/reader.svg" in names
    assert not any(name.startswith(("tests/", "packaging/", "tools/")) for name in names)


def _tracked_resources() -> set[str]:
    """resources/ files a fresh clone has (compiled translations are built, not tracked)."""
    return {str(path.relative_to(ROOT)) for path in (ROOT / "resources").rglob("*")
            if path.is_file() and path.suffix not in {".pyc", ".qm"} and "__pycache__" not in path.parts}


def test_sdist_and_wheel_carry_every_resource(built):
    wheel, sdist = built
    with tarfile.open(sdist) as archive:
        in_sdist = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    with zipfile.ZipFile(wheel) as archive:
        in_wheel = {name.replace("reader/resources/", "resources/", 1) for name in archive.namelist()}
    assert _tracked_resources() - in_sdist == set()
    assert _tracked_resources() - in_wheel == set()


def test_sdist_can_build_the_translations(built):
    _, sdist = built
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    assert {"setup.py", "pyproject.toml", "tools/translations.py", "MANIFEST.in"} <= names
    assert {f"i18n/{path.name}" for path in (ROOT / "i18n").glob("*.ts")} <= names


def test_wheel_check_finds_a_missing_translation(builder, tmp_path):
    wheel = tmp_path / "reader-0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr("reader/__main__.py", "")
        archive.writestr("reader-0.dist-info/entry_points.txt", "[console_scripts]\nreader = reader.__main__:main\n")
    problems = builder.wheel_problems(wheel)
    assert any("reader_zh_CN.qm" in problem for problem in problems)
    assert any("reader.svg" in problem for problem in problems)


def test_every_package_of_the_reader_is_listed_for_the_wheel():
    """pyproject.toml lists the packages by name: a new folder of modules must be added there."""
    import tomllib

    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]["packages"])
    folders = {".".join(init.parent.relative_to(ROOT).parts) for init in (ROOT / "reader").rglob("__init__.py")}
    assert folders - listed == set()
