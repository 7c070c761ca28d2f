#!/usr/bin/env bash
# The README's "install from source" on a fresh consumer: pack with build/pack-local.sh, add the folder as a NuGet
# source of the consumer, `dotnet add package FeishuUatAnalyzer --prerelease`, build, and expect FSUAT001 on the
# one line that sends a user token to a meeting-room API. Then a second pack must be picked up over the first.
# (The README adds the source to the user's NuGet configuration; here it goes to the consumer's own nuget.config,
# so that CI leaves the machine's configuration as it was.)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/fsuat-install.XXXXXX")"
trap 'rm -rf "$work"' EXIT
packages="$work/packages"

first="$(bash "$root/build/pack-local.sh" "$packages" | tail -n 1)"
echo "packed $first"

mkdir -p "$work/consumer"
cd "$work/consumer"
dotnet new classlib -n Consumer -o . --framework net10.0 >/dev/null
printf '<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <packageSources />\n</configuration>\n' > nuget.config
dotnet nuget add source "$packages" --name feishu-local --configfile nuget.config >/dev/null
dotnet add package FeishuUatAnalyzer --prerelease >/dev/null
grep -q "FeishuUatAnalyzer\" Version=\"$first\"" Consumer.csproj || { echo "the consumer did not get $first:"; cat Consumer.csproj; exit 1; }

cat > Rooms.cs <<'CS'
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;

namespace Consumer;

public sealed class Rooms
{
    private readonly HttpClient _http = new();

    public Task<HttpResponseMessage> ListAsync(string userAccessToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
        return _http.SendAsync(request);
    }
}
CS
if dotnet build -nologo > build.log 2>&1; then
  echo "the consumer built although FSUAT001 is an error:"; cat build.log; exit 1
fi
grep -q "Rooms.cs(15,22): error FSUAT001" build.log || { echo "no FSUAT001 on Rooms.cs line 15:"; cat build.log; exit 1; }
echo "FSUAT001 reported by $first"

# A later build is picked up by the same command, whatever ~/.nuget/packages holds.
sleep 1
second="$(bash "$root/build/pack-local.sh" "$packages" | tail -n 1)"
dotnet add package FeishuUatAnalyzer --prerelease >/dev/null
grep -q "FeishuUatAnalyzer\" Version=\"$second\"" Consumer.csproj || { echo "the consumer did not move to $second:"; cat Consumer.csproj; exit 1; }
echo "install from source: OK ($first, then $second)"
