# The two commands a newcomer types: `make run` and `make test`. Both install what is missing first.
BUILD_DIR ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

# Debian 12 packages the build, the tests and the default corpus need. The second line renders the icon and
# checks what is installed: the desktop entry, the AppStream metadata, the man pages and the Debian package;
# libgloo-dev holds the Gloo headers that LibTorch's c10d headers include (data-parallel training); python3
# assembles tests/gpu/device_check.sh's summary. libopenblas0-openmp is not optional:
# without it Debian's LibTorch runs on the reference BLAS, about 25 times slower.
PACKAGES := cmake ninja-build g++ make ccache \
	qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n \
	libtorch-dev libqcustomplot-dev libqcustomplot2.1-qt6 libopenblas0-openmp \
	xvfb fortunes fonts-nanum clang-format-14 \
	librsvg2-bin desktop-file-utils appstream man-db dpkg-dev libgloo-dev python3

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps configure build test run package clean fuzz test-asan parity-fixture format format-check

deps:
	@missing=""; \
	for package in $(PACKAGES); do \
	  dpkg-query -W -f='$${Status}\n' $$package 2>/dev/null | grep -q '^install ok installed$$' || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "make deps: installing$$missing"; \
	  $(SUDO) apt-get update && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $$missing; \
	else \
	  echo "make deps: all packages present"; \
	fi

$(BUILD_DIR)/build.ninja:
	cmake -S . -B $(BUILD_DIR) -G Ninja

configure: $(BUILD_DIR)/build.ninja

build: deps
	@$(MAKE) --no-print-directory configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

# Every C++ file as clang-format 14 writes it under .clang-format (120 columns; string literals are not split,
# so a long message stays greppable on one line). `make format` rewrites them; `make test` checks first.
SOURCES = $(shell find app model widgets tests -name '*.cpp' -o -name '*.h' | sort)
format-check: deps
	@clang-format-14 --dry-run --Werror $(SOURCES) && echo "make format-check: $(words $(SOURCES)) files formatted"

format: deps
	clang-format-14 -i $(SOURCES)

test: format-check build
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

run: build
	$(BUILD_DIR)/bin/textgen-studio

# The Debian package: $(BUILD_DIR)/textgen-studio_<version>_<arch>.deb, for `sudo apt-get install ./...deb`.
package: build
	cd $(BUILD_DIR) && cpack
	@ls $(BUILD_DIR)/textgen-studio_*.deb

# Not part of CI: the whole suite built with AddressSanitizer and UndefinedBehaviorSanitizer (leak reports
# off: LibTorch and Qt keep global state alive at exit). About 15 minutes on 2 cores, building included.
ASAN_DIR ?= build-asan
test-asan: deps
	cmake -S . -B $(ASAN_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DCMAKE_CXX_FLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" \
	  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined"
	cmake --build $(ASAN_DIR) -j $(JOBS)
	cd $(ASAN_DIR) && ASAN_OPTIONS=detect_leaks=0:halt_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  ctest --output-on-failure -j $(JOBS) --timeout 900

# Not part of CI: the libFuzzer targets of the parsers, 60 s each (FUZZ_SECONDS=...), with clang's sanitizers.
fuzz:
	@command -v clang++ >/dev/null && [ -n "$$(ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a 2>/dev/null)" ] || \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends clang libclang-rt-14-dev
	tests/fuzz/run_fuzzers.sh

# Not part of CI: remakes tests/parity/seed.fixture, the PyTorch port's numbers that tst_seed_parity checks
# the seed preset against. Needs Debian's python3-torch (installed when missing); the test itself does not.
parity-fixture: build
	@dpkg-query -W -f='$${Status}\n' python3-torch 2>/dev/null | grep -q '^install ok installed$$' || \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends python3-torch
	$(BUILD_DIR)/bin/tst_seed_parity --export $(BUILD_DIR)/parity
	/usr/bin/python3 tests/parity/make_seed_fixture.py $(BUILD_DIR)/parity/seed-weights.txt tests/parity/seed.fixture

clean:
	rm -rf $(BUILD_DIR)
