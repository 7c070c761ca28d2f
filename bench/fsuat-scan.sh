#!/usr/bin/env bash
# Times `fsuat scan` (Release build) on samples/ and on a generated 1,000-file project:
# wall time, files per second and peak memory (maximum resident set of the fsuat process, GNU time).
#
#   bench/fsuat-scan.sh [RUNS]          # default 3 runs of each; prints a Markdown table
#
# Each run includes what a user's run includes: discovery, `dotnet restore` (a no-op once restored),
# the MSBuildWorkspace load (a design-time build in its build host), compilation and analysis.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-3}"
work="$(mktemp -d "${TMPDIR:-/tmp}/fsuat-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

dotnet build "$root/src/FeishuUatAnalyzer.Cli" -c Release -nologo -v:q >/dev/null
fsuat="$root/src/FeishuUatAnalyzer.Cli/bin/Release/net10.0/fsuat.dll"

# The generated project: 1,000 files of Feishu client code, each with three HttpClient calls;
# one file in ten sends a user token to a tenant-only meeting-room API (FSUAT001).
project="$work/Generated"
mkdir -p "$project"
cat > "$project/Generated.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
  </PropertyGroup>
</Project>
XML
python3 - "$project" <<'PY'
import sys
folder = sys.argv[1]
for i in range(1000):
    token = "userAccessToken" if i % 10 == 0 else "tenantAccessToken"
    open(f"{folder}/Client{i:04}.cs", "w").write(f"""using System.Net.Http.Headers;

namespace Generated;

public sealed class Client{i:04}
{{
    private readonly HttpClient _http = new();

    public async Task<string> ListRoomsAsync(string {token})
    {{
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms?page_size={i % 50 + 1}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", {token});
        using var response = await _http.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }}

    public async Task<string> ReadMessageAsync(string messageId, string tenantAccessToken)
    {{
        using var request = new HttpRequestMessage(HttpMethod.Get, $"https://open.feishu.cn/open-apis/im/v1/messages/{{messageId}}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tenantAccessToken);
        using var response = await _http.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }}

    public Task<string> PingAsync() => _http.GetStringAsync("https://example.invalid/ping/{i}");
}}
""")
PY
dotnet restore "$project" -nologo -v:q >/dev/null

measure() { # name path files
  local name="$1" path="$2" files="$3"
  for run in $(seq 1 "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/time" dotnet "$fsuat" scan "$path" --fail-on none --format json > "$work/out.json"
    read -r seconds kib < "$work/time"
    findings="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["total"])' "$work/out.json")"
    python3 -c 'import sys; n,p,f,s,k,fd,r=sys.argv[1:]; print(f"| {n} | {r} | {f} | {fd} | {float(s):.1f} | {int(f)/float(s):.0f} | {int(k)/1024:.0f} |")' \
      "$name" "$path" "$files" "$seconds" "$kib" "$findings" "$run"
  done
}

echo "| Scan | Run | Files | Findings | Wall time (s) | Files/s | Peak memory (MiB) |"
echo "|---|---:|---:|---:|---:|---:|---:|"
measure "samples/" "$root/samples" "$(find "$root/samples" -name '*.cs' -not -path '*/obj/*' -not -path '*/bin/*' | wc -l)"
measure "generated 1,000-file project" "$project" 1000
echo
echo "$(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(dotnet --version) SDK; fsuat $(dotnet "$fsuat" --version)"
