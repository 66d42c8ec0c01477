#!/usr/bin/env bash
# Adds an EF Core migration for one module on BOTH providers (SQLite and SQL Server), each into its own folder:
#   tools/add-migration.sh <Module> <MigrationName>      e.g. tools/add-migration.sh Registry AddKaderTraining
#   tools/add-migration.sh Platform <MigrationName>      (SharedKernel's own tables)
# EF cannot serve two providers from one migration set, so each module has one DbContext subclass per provider
# (<Module>SqliteDbContext, <Module>SqlServerDbContext) and the folders Migrations/Sqlite and Migrations/SqlServer.
set -euo pipefail
module=${1:?module name, e.g. Registry}; name=${2:?migration name}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
if [ "$module" = Platform ]; then
  project=src/SharedKernel; dir=Platform/Migrations
else
  project=src/Modules/$module/Posyandu.$module; dir=Persistence/Migrations
fi
dotnet build src/Host -v q -nologo
for provider in Sqlite SqlServer; do
  dotnet ef migrations add "$name" --no-build --project "$project" --startup-project src/Host \
    --context "${module}${provider}DbContext" --output-dir "$dir/$provider" \
    -- --Database:Provider=$provider --Database:ConnectionString="Server=design-time-only" --Hangfire:Server:Enabled=false --Hangfire:PrepareSchema=false
done
