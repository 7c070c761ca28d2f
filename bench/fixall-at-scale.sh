#!/usr/bin/env bash
# Fix-All at scale: a generated consumer project with N (default 500) call sites that the analyzer flags
# (FSUAT001, and FSUAT002 for every tenth), fixed in one go by `dotnet format analyzers`, timed, then rebuilt.
#
#   bench/fixall-at-scale.sh                 # ProjectReference to the analyzer and the code fix (OutputItemType=Analyzer)
#   bench/fixall-at-scale.sh --package       # the packed FeishuUatAnalyzer nupkg from a local folder feed instead
#   bench/fixall-at-scale.sh --sites 1000 --work /tmp/fixall --keep
#
# Prints: the diagnostics before, the time `dotnet format` took (and its output), the diagnostics after, and
# whether the fixed project builds. Exit status: 0 when the fixed project builds with no FSUAT001/FSUAT002 left,
# 1 when it does not (e.g. while the code fix is still being written), 2 when the run could not be made.
set -euo pipefail

SITES=500
MODE=project
WORK=""
KEEP=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --sites) SITES="$2"; shift 2 ;;
    --package) MODE=package; shift ;;
    --work) WORK="$2"; shift 2 ;;
    --keep) KEEP=1; shift ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [[ -z "$WORK" ]]; then
  WORK="$(mktemp -d "${TMPDIR:-/tmp}/feishu-fixall.XXXXXX")"
else
  rm -rf "$WORK"
  mkdir -p "$WORK"
fi
WORK="$(cd "$WORK" && pwd)"
if [[ "$KEEP" != 1 ]]; then
  trap 'rm -rf "$WORK"' EXIT
fi

PROJ_DIR="$WORK/consumer"
PROJ="$PROJ_DIR/FixAllConsumer.csproj"
mkdir -p "$PROJ_DIR/Rooms"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

log() { printf '\n== %s\n' "$*"; }

# ---------------------------------------------------------------- analyzer reference
if [[ "$MODE" == project ]]; then
  log "Building the analyzer and the code fix (Release)"
  dotnet build "$REPO/src/FeishuUatAnalyzer.CodeFixes/FeishuUatAnalyzer.CodeFixes.csproj" -c Release -nologo -v:q -clp:NoSummary
  ANALYZER_ITEMS="    <ProjectReference Include=\"$REPO/src/FeishuUatAnalyzer/FeishuUatAnalyzer.Analyzers.csproj\" OutputItemType=\"Analyzer\" ReferenceOutputAssembly=\"false\" SetConfiguration=\"Configuration=Release\" />
    <ProjectReference Include=\"$REPO/src/FeishuUatAnalyzer.CodeFixes/FeishuUatAnalyzer.CodeFixes.csproj\" OutputItemType=\"Analyzer\" ReferenceOutputAssembly=\"false\" SetConfiguration=\"Configuration=Release\" />"
  EXTRA_PROPS=""
else
  log "Packing FeishuUatAnalyzer into a local folder feed"
  FEED="$WORK/feed"
  mkdir -p "$FEED"
  dotnet pack "$REPO/src/FeishuUatAnalyzer.Package/FeishuUatAnalyzer.Package.csproj" -c Release -o "$FEED" -nologo -v:q -clp:NoSummary
  NUPKG="$(ls "$FEED"/FeishuUatAnalyzer.*.nupkg | head -n 1)"
  VERSION="$(basename "$NUPKG" .nupkg)"
  VERSION="${VERSION#FeishuUatAnalyzer.}"
  echo "package: $NUPKG (version $VERSION)"
  cat > "$PROJ_DIR/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="fixall-local" value="$FEED" />
  </packageSources>
</configuration>
EOF
  ANALYZER_ITEMS="    <PackageReference Include=\"FeishuUatAnalyzer\" Version=\"$VERSION\" PrivateAssets=\"all\" />"
  # A packages folder of its own, so that a package of the same version restored before is never reused.
  EXTRA_PROPS="    <RestorePackagesPath>$WORK/packages</RestorePackagesPath>"
fi

# ---------------------------------------------------------------- consumer project
cat > "$PROJ" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <OutputType>Library</OutputType>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <LangVersion>latest</LangVersion>
    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
    <NoWarn>\$(NoWarn);CS1998</NoWarn>
$EXTRA_PROPS
  </PropertyGroup>
  <ItemGroup>
$ANALYZER_ITEMS
  </ItemGroup>
</Project>
EOF
# Keep the repository's Directory.Build.props/targets (if the work folder is ever put under it) out of the consumer.
printf '<Project />\n' > "$PROJ_DIR/Directory.Build.props"
printf '<Project />\n' > "$PROJ_DIR/Directory.Build.targets"

# Each site: GET/PATCH/DELETE/POST on a tenant-only meeting-room endpoint, sent with HttpClient.SendAsync and a
# bearer header. Nine in ten carry a token named as a user token (FSUAT001), one in ten a token whose kind
# cannot be told (FSUAT002).
ENDPOINTS=(
  "Get|Get|open-apis/vc/v1/rooms/{id}"
  "Update|Patch|open-apis/vc/v1/rooms/{id}"
  "Delete|Delete|open-apis/vc/v1/rooms/{id}"
  "BatchGet|Post|open-apis/vc/v1/rooms/mget"
  "List|Get|open-apis/vc/v1/rooms?page_size=50&room_level_id={id}"
  "GetLevel|Get|open-apis/vc/v1/room_levels/{id}"
  "UpdateLevel|Patch|open-apis/vc/v1/room_levels/{id}"
  "ScopeConfig|Get|open-apis/vc/v1/scope_config?scope_type=1&scope_id={id}"
  "ReserveForm|Get|open-apis/vc/v1/reserve_configs/{id}/form"
  "ReserveAdmin|Get|open-apis/vc/v1/reserve_configs/{id}/admin"
)
PER_FILE=10
FILES=$(( (SITES + PER_FILE - 1) / PER_FILE ))
site=0
for (( f = 0; f < FILES; f++ )); do
  file="$PROJ_DIR/Rooms/RoomClient$(printf '%03d' "$f").cs"
  {
    printf 'using System.Net.Http;\nusing System.Net.Http.Headers;\nusing System.Net.Http.Json;\nusing System.Threading;\nusing System.Threading.Tasks;\n\n'
    printf 'namespace FixAll.Rooms\n{\n'
    printf '    public sealed class RoomClient%03d\n    {\n' "$f"
    printf '        private readonly HttpClient _http;\n\n'
    printf '        public RoomClient%03d(HttpClient http) => _http = http;\n' "$f"
    for (( m = 0; m < PER_FILE && site < SITES; m++, site++ )); do
      IFS='|' read -r op verb path <<< "${ENDPOINTS[$(( (f + m) % ${#ENDPOINTS[@]} ))]}"
      if (( site % 10 == 9 )); then token=accessToken; else token=userAccessToken; fi
      url="https://open.feishu.cn/$path"
      printf '\n        public async Task<string> %s%dAsync(string id, string %s, CancellationToken cancellationToken = default)\n        {\n' "$op" "$m" "$token"
      printf '            using var request = new HttpRequestMessage(HttpMethod.%s, $"%s");\n' "$verb" "$url"
      printf '            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", %s);\n' "$token"
      if [[ "$verb" == Post || "$verb" == Patch ]]; then
        printf '            request.Content = JsonContent.Create(new { room_ids = new[] { id } });\n'
      fi
      printf '            using var response = await _http.SendAsync(request, cancellationToken);\n'
      printf '            return await response.Content.ReadAsStringAsync(cancellationToken);\n        }\n'
    done
    printf '    }\n}\n'
  } > "$file"
done
echo "consumer: $PROJ ($FILES files, $SITES call sites; analyzer via $MODE reference)"

# ---------------------------------------------------------------- helpers
count_diagnostics() { # $1 = build log; prints "FSUAT001=n FSUAT002=n ..." (each diagnostic once)
  grep -oE '[^ ]+\.cs\([0-9]+,[0-9]+\): (error|warning) FSUAT[0-9]{3}' "$1" | sort -u | grep -oE 'FSUAT[0-9]{3}' | sort | uniq -c | awk '{printf "%s=%s ", $2, $1}' || true
}

build_consumer() { # $1 = log file; returns the build's exit status
  set +e
  dotnet build "$PROJ" -c Debug -nologo -v:q -clp:NoSummary --no-incremental -p:TreatWarningsAsErrors=false > "$1" 2>&1
  local rc=$?
  set -e
  return $rc
}

# ---------------------------------------------------------------- before
log "Build before the fix (FSUAT001 is an error by default: this build is expected to fail)"
if build_consumer "$WORK/build-before.log"; then BEFORE_RC=0; else BEFORE_RC=$?; fi
BEFORE="$(count_diagnostics "$WORK/build-before.log")"
echo "exit code $BEFORE_RC; diagnostics: ${BEFORE:-none}"
grep -E ' error (CS|NU|MSB|NETSDK)[0-9]+' "$WORK/build-before.log" | sort -u | head -n 5 || true
if [[ -z "$BEFORE" ]]; then
  echo "The analyzer reported nothing on the consumer: the run cannot show a fix." >&2
  tail -n 30 "$WORK/build-before.log" >&2
  exit 2
fi

# ---------------------------------------------------------------- dotnet format
log "dotnet format analyzers $PROJ --diagnostics FSUAT001 FSUAT002 --severity info"
sleep 1
touch "$WORK/format-started"
START=$(date +%s.%N)
set +e
dotnet format analyzers "$PROJ" --diagnostics FSUAT001 FSUAT002 --severity info --verbosity detailed > "$WORK/format.log" 2>&1
FORMAT_RC=$?
set -e
END=$(date +%s.%N)
FORMAT_SECONDS=$(awk -v s="$START" -v e="$END" 'BEGIN { printf "%.1f", e - s }')
cat "$WORK/format.log"
echo "dotnet format: exit code $FORMAT_RC, ${FORMAT_SECONDS} s"
CHANGED=$(find "$PROJ_DIR" -name '*.cs' -newer "$WORK/format-started" -not -path '*/obj/*' | wc -l | tr -d ' ')
echo "files changed or added by the fix: $CHANGED"

# ---------------------------------------------------------------- after
log "Build after the fix"
if build_consumer "$WORK/build-after.log"; then AFTER_RC=0; else AFTER_RC=$?; fi
AFTER="$(count_diagnostics "$WORK/build-after.log")"
echo "exit code $AFTER_RC; diagnostics: ${AFTER:-none}"
grep -E ' error [A-Z]+[0-9]+' "$WORK/build-after.log" | sort -u | head -n 10 || true

log "Summary"
echo "sites: $SITES in $FILES files; reference: $MODE"
echo "before: ${BEFORE:-none} (build exit $BEFORE_RC)"
echo "dotnet format analyzers: ${FORMAT_SECONDS} s (exit $FORMAT_RC), $CHANGED files changed or added"
echo "after:  ${AFTER:-none} (build exit $AFTER_RC)"
if [[ "$KEEP" == 1 ]]; then echo "kept: $WORK"; fi
if [[ "$AFTER_RC" == 0 && "$AFTER" != *FSUAT001* && "$AFTER" != *FSUAT002* ]]; then
  exit 0
fi
exit 1
