# Sourced by scripts/demo and scripts/test: installs what is missing (Debian 12, as root),
# then configures and builds glossgraph (Release) into build/.
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir="$repo_root/build"

# Every package the build, the tests and the demo need, from Debian 12.
packages=(
  cmake ninja-build g++ pkg-config git
  libicu-dev libsqlite3-dev sqlite3 libboost-graph-dev librapidxml-dev
  libcli11-dev nlohmann-json3-dev libxxhash-dev libgumbo-dev libzip-dev python3
  libgtest-dev libgmock-dev libbenchmark-dev
  graphviz fonts-noto-cjk
  python3-networkx python3-rdflib raptor2-utils
  jing  # the TBX export validated against the TBX-Basic RNG
  chromium  # the site (glossgraph site) opened, searched and drawn by headless Chromium
  python3-jieba  # the build: the repair model reads its dict.txt; the tests: the jieba export read by jieba
  python3-pandas  # the CSV tables read by pandas
  groff-base  # the manual page rendered and checked by the install test
  nodejs  # scripts/oxigraph: the triple store test (npm comes with it, or from Debian: install_npm)
  icu-devtools time  # bench/compare_peer.sh: uconv for the Python peer, /usr/bin/time -v
  clang libclang-rt-14-dev llvm
)

install_missing() {
  local missing=()
  for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "scripts: installing ${missing[*]}" >&2
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "scripts: need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
  fi
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# npm, for the npm packages of scripts/oxigraph (scripts/test): Debian packages it apart from
# nodejs; Node.js from elsewhere (NodeSource) brings its own, which Debian's npm would clash with.
install_npm() {
  command -v npm >/dev/null && return 0
  local sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  echo "scripts: installing npm" >&2
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends npm >/dev/null
}

# Under CI (CI=true) compiler warnings are errors.
werror=OFF
[ "${CI:-}" = "true" ] && werror=ON

# build_targets (set before sourcing) limits the build to those targets: the demo needs only
# the executable, not the tests. build_tests (set before sourcing) says which tests build/
# makes: all (the default), or programs (no GoogleTest executable: tests/CMakeLists.txt).
build() {
  cmake -S "$repo_root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DGLOSSGRAPH_WERROR="$werror" \
    -DGLOSSGRAPH_TESTS="${build_tests:-all}" >/dev/null
  # shellcheck disable=SC2086  # one word per target
  cmake --build "$build_dir" --parallel "$(nproc)" ${build_targets:+--target $build_targets}
}

install_missing
build
