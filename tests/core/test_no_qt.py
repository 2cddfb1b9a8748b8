"""The core is plain Python: no module under reader.core may load Qt."""
import subprocess
import sys

PROBE = """
import importlib, pkgutil, sys
import reader.core
for module in pkgutil.walk_packages(reader.core.__path__, "reader.core."):
    importlib.import_module(module.name)
loaded = sorted(name for name in sys.modules if name.startswith("reader.core."))
assert "PySide6" not in sys.modules, "PySide6 imported"
print(len(loaded))
"""


def test_core_imports_no_pyside6():
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) >= 15  # every submodule was really imported
