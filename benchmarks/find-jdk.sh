# Sourced by benchmarks/run and benchmarks/ratios.
# A JDK >= 21, found as ./learn finds it (and the build's select-jdk-toolchain): JAVA_HOME, `java` on
# the PATH, the usual install folders and ~/.m2/toolchains.xml, the newest there.
jdk_major() {
  local home=$1 version=""
  [[ -x "$home/bin/java" && -x "$home/bin/javac" ]] || return 0
  if [[ -f "$home/release" ]]; then
    version=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release")
  fi
  if [[ -z "$version" ]]; then
    version=$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
  fi
  version=${version#1.}
  echo "${version%%[.+-]*}"
}
is_usable() {
  local major
  major=$(jdk_major "$1")
  [[ -n "$major" && "$major" -ge 21 ]]
}
find_jdk() {
  if [[ -n "${JAVA_HOME:-}" ]] && is_usable "$JAVA_HOME"; then
    echo "$JAVA_HOME"; return
  fi
  if command -v java >/dev/null 2>&1; then
    local on_path
    on_path=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    if is_usable "$on_path"; then
      echo "$on_path"; return
    fi
  fi
  local candidates=(/usr/lib/jvm/* /usr/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home
                    "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*)
  if [[ -f "$HOME/.m2/toolchains.xml" ]]; then
    while IFS= read -r home; do candidates+=("$home"); done \
      < <(sed -n 's:.*<jdkHome>[[:space:]]*\([^<]*[^<[:space:]]\)[[:space:]]*</jdkHome>.*:\1:p' "$HOME/.m2/toolchains.xml")
  fi
  local best="" best_major=0 home major
  for home in "${candidates[@]}"; do
    [[ -d "$home" ]] || continue
    major=$(jdk_major "$home")
    if [[ -n "$major" ]] && (( major >= 21 && major > best_major )); then
      best=$home; best_major=$major
    fi
  done
  [[ -n "$best" ]] && echo "$best"
  return 0
}
