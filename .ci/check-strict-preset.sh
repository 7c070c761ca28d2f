#!/usr/bin/env bash
# Checks the package's CI preset the way a user meets it: a consumer that adds the package from a local
# folder and sets <FeishuUatAnalyzerStrict>true</FeishuUatAnalyzerStrict> gets FSUAT002 (a warning by
# default) as an error; without the property the same build succeeds with the warning.
#   bash .ci/check-strict-preset.sh FEED_DIR VERSION
set -euo pipefail
feed="$(cd "$1" && pwd)"
version="$2"
work="$(mktemp -d "${TMPDIR:-/tmp}/fsuat-strict.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export NUGET_PACKAGES="$work/packages"

cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local" value="$feed" />
  </packageSources>
</configuration>
XML
cat > "$work/Rooms.cs" <<'CS'
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;

public class Rooms
{
    public Task<string> List(HttpClient http, string token)
    {
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http.GetStringAsync("https://open.feishu.cn/open-apis/vc/v1/rooms");
    }
}
CS
write_project() {
  cat > "$work/consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    $1
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="FeishuUatAnalyzer" Version="$version" PrivateAssets="all" />
  </ItemGroup>
</Project>
XML
}

write_project ""
out="$(cd "$work" && dotnet build -nologo -v:q 2>&1)" || { echo "$out" | tail -20; echo "strict preset: FAIL (plain build failed)"; exit 1; }
echo "$out" | grep -q "warning FSUAT002" || { echo "$out" | tail -20; echo "strict preset: FAIL (no FSUAT002 warning without the preset)"; exit 1; }
echo "ok    without the preset: FSUAT002 is a warning and the build succeeds"

write_project "<FeishuUatAnalyzerStrict>true</FeishuUatAnalyzerStrict>"
if out="$(cd "$work" && dotnet build -nologo -v:q --no-incremental 2>&1)"; then
  echo "$out" | tail -20; echo "strict preset: FAIL (the build succeeded)"; exit 1
fi
echo "$out" | grep -q "error FSUAT002" || { echo "$out" | tail -20; echo "strict preset: FAIL (no FSUAT002 error)"; exit 1; }
echo "ok    with FeishuUatAnalyzerStrict=true: FSUAT002 is an error and the build fails"
echo "strict preset: PASS"
