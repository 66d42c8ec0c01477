using Microsoft.EntityFrameworkCore;

namespace Posyandu.SharedKernel.Imports;

/// <summary>The import tables of the platform database.</summary>
internal static class ImportModel
{
    public static void AddImports(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ImportJob>(job =>
        {
            job.ToTable("import_jobs");
            job.HasKey(j => j.Id);
            job.Property(j => j.Type).HasMaxLength(100);
            job.Property(j => j.Module).HasMaxLength(100);
            job.Property(j => j.FileName).HasMaxLength(260);
            job.Property(j => j.Format).HasMaxLength(10);
            job.Property(j => j.Sha256).HasMaxLength(64);
            job.Property(j => j.RegionCode).HasMaxLength(20);
            job.Property(j => j.UploadedBy).HasMaxLength(200);
            job.Property(j => j.Claims).HasMaxLength(4000);
            job.Property(j => j.Status).HasConversion<string>().HasMaxLength(20);
            job.Property(j => j.Layout).HasMaxLength(100);
            job.Property(j => j.Error).HasMaxLength(1000);
            job.HasIndex(j => new { j.RegionCode, j.UploadedAt });
        });
        modelBuilder.Entity<ImportRowResult>(row =>
        {
            row.ToTable("import_rows");
            row.HasKey(r => new { r.JobId, r.Row });
            row.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        });
        modelBuilder.Entity<ImportMapping>(mapping =>
        {
            mapping.ToTable("import_mappings");
            mapping.HasKey(m => new { m.Type, m.Layout });
            mapping.Property(m => m.Type).HasMaxLength(100);
            mapping.Property(m => m.Layout).HasMaxLength(100);
            mapping.Property(m => m.SavedBy).HasMaxLength(200);
        });
    }
}
