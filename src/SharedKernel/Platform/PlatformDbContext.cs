using Microsoft.EntityFrameworkCore;
using Posyandu.SharedKernel.Imports;
using Posyandu.SharedKernel.Persistence;

namespace Posyandu.SharedKernel.Platform;

/// <summary>
/// The platform's own tables, owned by SharedKernel rather than by a sector: idempotency records (and the
/// trail of what it stores. Schema <c>platform</c>; on SQLite the file <c>platform.db</c>.
/// </summary>
public class PlatformDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string Name = "platform";

    public override string Schema => Name;

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<ImportJob> ImportJobs => Set<ImportJob>();

    public DbSet<ImportRowResult> ImportRows => Set<ImportRowResult>();

    public DbSet<ImportMapping> ImportMappings => Set<ImportMapping>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<IdempotencyRecord>(record =>
        {
            record.ToTable("idempotency_records");
            record.HasKey(r => new { r.Caller, r.Key });
            record.Property(r => r.Caller).HasMaxLength(200);
            record.Property(r => r.Key).HasMaxLength(200);
            record.Property(r => r.RequestHash).HasMaxLength(64);
            record.Property(r => r.Path).HasMaxLength(500);
            record.Property(r => r.ContentType).HasMaxLength(200);
            record.Property(r => r.Location).HasMaxLength(500);
            record.Property(r => r.ETag).HasMaxLength(100);
            record.HasIndex(r => r.CreatedAt);
        });
        modelBuilder.AddImports();
    }
}

internal sealed class PlatformSqliteDbContext(DbContextOptions<PlatformSqliteDbContext> options) : PlatformDbContext(options);

internal sealed class PlatformSqlServerDbContext(DbContextOptions<PlatformSqlServerDbContext> options) : PlatformDbContext(options);
