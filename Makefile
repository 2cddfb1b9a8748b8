# Quick start on a fresh Debian/Ubuntu machine (python3, git and make are enough):
#   make run     opens the reader on the bundled report (make run ARGS="file.txt" opens another)
#   make test    runs every test
# Both create the virtual environment $(VENV) and install what is missing first, system
# packages included (tools/install-system-deps.sh, through sudo when not root).

PYTHON ?= python3
VENV   ?= .venv
# Arguments for `python -m reader`; with none it opens its bundled report.
ARGS   ?=
PYTEST_ARGS ?=

VPY  := $(VENV)/bin/python
PIP  := $(VPY) -m pip --disable-pip-version-check
DEPS := PYTHON=$(PYTHON) tools/install-system-deps.sh
# Installing again is needed only when the packaging changes, or a translation source does
# (the build compiles i18n/*.ts into the .qm files the reader loads).
INSTALL_INPUTS := pyproject.toml $(wildcard setup.py) $(wildcard i18n/*.ts)
# pip extras per stamp: $(VENV)/.installed-run and $(VENV)/.installed-test
EXTRAS_run  :=
EXTRAS_test := [test]
# Which package set the venv fallback below installs: the whole test set when the goal is a
# test target (target-specific variables reach prerequisites), so apt-get runs only once.
SYSTEM_SET := run
test venv system-deps: SYSTEM_SET := test

# Prints the PySide6 requirements of pyproject.toml's [project] dependencies.
define PYSIDE_REQUIREMENTS
try:
    import tomllib
except ImportError:  # Python 3.10
    from pip._vendor import tomli as tomllib
with open("pyproject.toml", "rb") as f:
    dependencies = tomllib.load(f)["project"]["dependencies"]
print("\n".join(d for d in dependencies if d.lower().startswith("pyside6")))
endef
export PYSIDE_REQUIREMENTS

.DEFAULT_GOAL := help
.NOTPARALLEL:
.PHONY: help run test venv install system-deps clean package

help:
	@echo "make run          open the reader on the bundled report (ARGS=\"file.txt\" for another)"
	@echo "make test         run every test (PYTEST_ARGS=\"-k name\" to choose)"
	@echo "make venv         create $(VENV) with everything for development and tests"
	@echo "make install      create $(VENV) with what 'make run' needs"
	@echo "make system-deps  install the Debian packages the tests need (apt-get)"
	@echo "make package      build the wheel and the one-folder app into dist/, and smoke-test the app"
	@echo "make clean        remove $(VENV) and build leftovers"

run: $(VENV)/.installed-run
	@if [ "$$(uname -s)" = Linux ] && [ -z "$${DISPLAY:-}$${WAYLAND_DISPLAY:-}$${QT_QPA_PLATFORM:-}" ]; then \
	    echo "make run: no display (DISPLAY and WAYLAND_DISPLAY are unset), so the window cannot open; trying anyway." >&2; \
	fi
	$(VPY) -m reader $(ARGS)

test: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(VPY) -m pytest $(PYTEST_ARGS)

venv: $(VENV)/.installed-test

install: $(VENV)/.installed-run

system-deps:
	@$(DEPS) $(SYSTEM_SET)

# Debian's python3 cannot make a venv until python3-venv is installed: install the system
# packages (which adds python3-venv when needed), then try again.
$(VPY):
	@$(PYTHON) -m venv $(VENV) >/dev/null 2>&1 || { \
	    echo "'$(PYTHON) -m venv' failed; installing the system packages it needs, then trying again."; \
	    rm -rf $(VENV); $(DEPS) $(SYSTEM_SET) && $(PYTHON) -m venv $(VENV) || { rm -rf $(VENV); exit 1; }; }
	@echo "created $(VENV) with $$($(VPY) --version)"

# setup.py compiles the Qt translations with pyside6-lrelease, so PySide6 must be in the venv
# before the project is built (--no-build-isolation). It is installed as pyproject.toml asks
# (its PySide6 lines, markers and all), so that the last step does not replace it.
$(VENV)/.installed-%: $(INSTALL_INPUTS) | $(VPY)
	@$(DEPS) $*
	$(PIP) install --upgrade pip setuptools wheel
	@$(VPY) -c "$$PYSIDE_REQUIREMENTS" > $(VENV)/build-requirements.txt
	$(PIP) install -r $(VENV)/build-requirements.txt
	$(PIP) install --no-build-isolation -e '.$(EXTRAS_$*)'
	@touch $@ $(if $(filter test,$*),$(VENV)/.installed-run)

# The wheel and sdist, the PyInstaller one-folder app (dist/reader/), and its smoke test:
# packaging/build.py, which README's "Building packages" describes.
package: $(VENV)/.installed-test
	$(VPY) packaging/build.py all

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache resources/i18n/*.qm
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
