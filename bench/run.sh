#!/usr/bin/env bash
# The quick benchmark run (a few minutes' worth of measurements on 2 cores, plus builds):
#   bench/run.sh                 # = dotnet run -c Release --project bench/FeishuUatAnalyzer.Benchmarks -- --quick
#   bench/run.sh --rounds 3      # more interleaved rounds; any other option of the benchmark program passes through
# The summary (tables, ratios, targets) is printed at the end and written to bench/BenchmarkDotNet.Artifacts/feishu-summary.md.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"
exec dotnet run -c Release --project bench/FeishuUatAnalyzer.Benchmarks -- --quick "$@"
