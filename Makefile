# The front door. CMake does the build; see README.md.
BUILD   ?= build
JOBS    ?= $(shell nproc)
CMAKE_FLAGS ?=
# ccache: relative paths, so that another clone of the repository on this machine hits the cache.
export CCACHE_BASEDIR := $(CURDIR)
export CCACHE_NOHASHDIR := 1
ifneq ($(CI),)
CMAKE_FLAGS += -DONEWINDOW_WERROR=ON
endif

.PHONY: all deps configure build test run bench bench-large soak package format tidy clean

all: build

deps:
	@scripts/install-deps.sh

configure: deps
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	      -DCMAKE_CXX_COMPILER_LAUNCHER=ccache $(CMAKE_FLAGS)

build: configure
	cmake --build $(BUILD) -j $(JOBS)

test: build
	scripts/run-tests.sh $(BUILD)

run: build
	scripts/run.sh $(BUILD)

bench: build
	scripts/bench.sh $(BUILD)

bench-large: build
	scripts/bench.sh $(BUILD) --large

soak: build
	scripts/soak.sh $(BUILD)

package: build
	cd $(BUILD) && cpack -G DEB

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

tidy: configure
	git ls-files 'models/*.cpp' 'widgets/*.cpp' 'app/*.cpp' 'server/*.cpp' | xargs clang-tidy -p $(BUILD) --quiet

clean:
	rm -rf $(BUILD)
