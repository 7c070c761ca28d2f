#!/usr/bin/env bash
# FSUAT001 in a real editor: installs the C# language server csharp-ls (a dotnet tool) into a temp folder,
# makes a consumer that adds the freshly packed analyzer from a local folder, and drives csharp-ls over LSP
# with .ci/lsp_editor_check.py: FSUAT001 on the send method's name, gone after the call switches to a tenant
# token, back after undo. Twice: with the rule's default severity (error), then with .editorconfig setting it
# to warning (so the check also proves the editor reads the project's .editorconfig).
#   bash .ci/check-editor.sh FEED_DIR VERSION
set -euo pipefail
feed="$(cd "$1" && pwd)"
version="$2"
ls_version=0.28.0
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/fsuat-editor.XXXXXX")"
trap 'rm -rf "$work"' EXIT
fail() { echo "editor check: FAIL ($*)"; exit 1; }

# Installed from the machine's usual NuGet sources, before the consumer's nuget.config (which lists only the
# local feed) exists; its own tool path, so no global tool is needed or touched.
(cd "$work" && dotnet tool install csharp-ls --version "$ls_version" --tool-path "$work/tools" >"$work/tool.log" 2>&1) \
  || { cat "$work/tool.log"; fail "could not install csharp-ls $ls_version"; }
server="$work/tools/csharp-ls"

# Its own package folder, so that an older FeishuUatAnalyzer $version in ~/.nuget/packages cannot stand in
# for the one just packed; the local feed only, so that no other feed's copy of that version can either.
consumer="$work/consumer"
mkdir -p "$consumer"
cat > "$consumer/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <config>
    <add key="globalPackagesFolder" value="$work/packages" />
  </config>
  <packageSources>
    <clear />
    <add key="local" value="$feed" />
  </packageSources>
</configuration>
XML
cat > "$consumer/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="FeishuUatAnalyzer" Version="$version" PrivateAssets="all" />
  </ItemGroup>
</Project>
XML
# ListAsync sends the caller's user token to a tenant-only meeting-room API (FSUAT001 on SendAsync);
# FetchAppTokenAsync returns the answer of tenant_access_token/internal, a tenant token (its name says nothing:
# the analyzer must follow the origin). The check swaps one for the other on the Authorization line.
cat > "$consumer/Rooms.cs" <<'CS'
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Tasks;

namespace Consumer;

public sealed class Rooms
{
    private readonly HttpClient _http = new();

    public async Task<HttpResponseMessage> ListAsync(string userAccessToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
        return await _http.SendAsync(request);
    }

    // The app's token: the answer of POST /open-apis/auth/v3/tenant_access_token/internal.
    private async Task<string> FetchAppTokenAsync()
    {
        using var response = await _http.PostAsJsonAsync(
            "https://open.feishu.cn/open-apis/auth/v3/tenant_access_token/internal",
            new { app_id = "cli_x", app_secret = "secret" });
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return answer.RootElement.GetProperty("tenant_access_token").GetString()!;
    }
}
CS
(cd "$consumer" && dotnet restore -nologo >"$work/restore.log" 2>&1) || { cat "$work/restore.log"; fail "restore failed"; }
grep -qi "feishuuatanalyzer/$version" "$consumer/obj/project.assets.json" \
  || fail "the consumer did not restore FeishuUatAnalyzer $version from $feed"

# FSUAT_EDITOR_ANALYZERS_ENABLED=false (the answer to csharp-ls's configuration request) is there to watch
# this check fail; FSUAT_EDITOR_TIMEOUT is how long the project may take to load (seconds).
check() {  # NAME SEVERITY
  if ! python3 "$root/.ci/lsp_editor_check.py" --server "$server" --server-label "csharp-ls $ls_version" \
    --name "$1" --workspace "$consumer" --file "$consumer/Rooms.cs" --method SendAsync \
    --before '"Bearer", userAccessToken)' --after '"Bearer", await FetchAppTokenAsync())' \
    --severity "$2" --analyzers-enabled "${FSUAT_EDITOR_ANALYZERS_ENABLED:-true}" \
    --timeout "${FSUAT_EDITOR_TIMEOUT:-300}" --stderr "$work/csharp-ls.stderr.log" | tee "$work/check.log"; then
    fail "$1: see the lines above"
  fi
}

check "default severity" error
printf 'root = true\n\n[*.cs]\ndotnet_diagnostic.FSUAT001.severity = warning\n' > "$consumer/.editorconfig"
check ".editorconfig severity" warning
at="$(sed -n 's/.*FSUAT001 at \([0-9:-]*\) warning;.*/\1/p' "$work/check.log" | tail -n 1)"
echo "editor check: PASS (csharp-ls $ls_version: FSUAT001 at $at, error by default and warning via .editorconfig; gone after switching to a tenant token; back after undo)"
