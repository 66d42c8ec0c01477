#!/usr/bin/env bash
# Creates an empty, compiling, tested sector module from tools/module-template and plugs it into the host:
#   tools/new-module.sh <Name> ["<Title for Swagger>"]      e.g. tools/new-module.sh Social "Social (Dinas Sosial)"
# Writes src/Modules/<Name>/Posyandu.<Name>{,.Contracts} (module class, DbContext with both providers' subclasses and
# their Initial migrations, a sample feature) and tests/Posyandu.<Name>.Tests (real-HTTP test, authorisation matrix);
# outside those two folders it touches only Posyandu.sln, src/Host/Posyandu.Host.csproj and
# src/Host/Hosting/PosyanduModules.cs (README, "Adding a module").
set -euo pipefail
name=${1:?module name in PascalCase, e.g. Social}
title=${2:-$name}
cd "$(dirname "$0")/.."
[[ $name =~ ^[A-Z][A-Za-z0-9]*$ ]] || { echo "module name must be PascalCase letters and digits: $name" >&2; exit 2; }
lower=$(tr '[:upper:]' '[:lower:]' <<<"$name")
module=src/Modules/$name
tests=tests/Posyandu.$name.Tests
[ ! -e "$module" ] && [ ! -e "$tests" ] || { echo "$module or $tests exists already" >&2; exit 2; }
grep -q "new ${name}Module()" src/Host/Hosting/PosyanduModules.cs && { echo "$name is in the host's module list already" >&2; exit 2; }

# 1. The module's and its tests' files, from the template (placeholders __Name__, __name__, __Title__).
template=tools/module-template
while IFS= read -r -d '' file; do
  relative=${file#"$template"/}
  case $relative in
    src/*) target=$module/${relative#src/} ;;
    tests/*) target=$tests/${relative#tests/} ;;
  esac
  target=${target//__Name__/$name}
  target=${target%.template}
  mkdir -p "$(dirname "$target")"
  sed -e "s/__Name__/$name/g" -e "s/__name__/$lower/g" -e "s/__Title__/${title//\//\\/}/g" "$file" >"$target"
done < <(find "$template" -type f -name '*.template' -print0)

# 2. The host runs it: one project reference, one line in the module list (before Reporting, which reads every sector).
sed -i "/Posyandu.Reporting\/Posyandu.Reporting.csproj/i\\    <ProjectReference Include=\"../Modules/$name/Posyandu.$name/Posyandu.$name.csproj\" />" src/Host/Posyandu.Host.csproj
sed -i -e "/^using Posyandu.SharedKernel.Modules;/i\\using Posyandu.$name;" \
       -e "/\.Add(new ReportingModule())/i\\        .Add(new ${name}Module())" src/Host/Hosting/PosyanduModules.cs

# 3. The solution builds and tests it.
dotnet sln Posyandu.sln add "$module/Posyandu.$name.Contracts/Posyandu.$name.Contracts.csproj" "$module/Posyandu.$name/Posyandu.$name.csproj" "$tests/Posyandu.$name.Tests.csproj" >/dev/null

# 4. Both providers' initial migrations (builds the host).
tools/add-migration.sh "$name" Initial >/dev/null

echo "Created $module and $tests; the host runs /api/$lower. Next: dotnet build && dotnet test tests/Posyandu.$name.Tests"
