#!/usr/bin/env bash
# Packs FeishuUatAnalyzer from this checkout into a local folder, under a version that no earlier build has:
#
#   build/pack-local.sh [FOLDER]        # default FOLDER: artifacts/local-packages in this checkout
#
# The version is <VersionPrefix>-local.<commit count>.<UTC time>, e.g. 0.1.0-local.57.20261130093000: a later build
# always sorts higher, so `dotnet add package FeishuUatAnalyzer --prerelease` picks it up, and no copy of an earlier
# build in ~/.nuget/packages can shadow it. A release build passes the plain version instead (-p:Version=X.Y.Z).
# Prints the version on the last line of its output.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/artifacts/local-packages}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

count="$(git -C "$root" rev-list --count HEAD 2>/dev/null || echo 0)"
suffix="local.${count}.$(date -u +%Y%m%d%H%M%S)"
prefix="$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' "$root/Directory.Build.props" | head -n 1)"

dotnet pack "$root/FeishuUatAnalyzer.sln" -c Release -o "$out" -nologo -p:VersionSuffix="$suffix" >&2
test -f "$out/FeishuUatAnalyzer.$prefix-$suffix.nupkg"
echo "$prefix-$suffix"
